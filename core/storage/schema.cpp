// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "../error.h"
#include "open_checks.h"
#include "schema_sql.h"

#include <sqlite3.h>

#include <functional>
#include <vector>

namespace barter::schema {

namespace {

using namespace sql;

// migrations[i] brings a book from version i to version i + 1.
const std::vector<std::function<void(Database&)>>& migrations() {
    static const std::vector<std::function<void(Database&)>> all = {
        [](Database& db) {
            db.exec(kVersion1);
            db.exec(kLineDerived);
        },
        [](Database& db) {
            db.exec(kVersion2);
            db.exec(kScreeningDerived);
        },
        [](Database& db) {
            db.exec(kVersion3);
            db.exec(kJournalDerived);
        },
        [](Database& db) { db.exec(kVersion4); },
        [](Database& db) {
            db.exec(kVersion5);
            // What the price list held before its history was kept: as of the journal's end.
            // verify checks the prices of exchanges posted after that (price_history_from).
            db.exec("INSERT INTO price_entry (agreement_id, good_id, effective_from, unit_price, "
                    "after_seq) SELECT agreement_id, good_id, effective_from, unit_price, "
                    "(SELECT coalesce(max(seq), 0) FROM exchange) FROM price ORDER BY "
                    "agreement_id, good_id, effective_from");
            db.exec("INSERT INTO setting (key, value) SELECT 'price_history_from', "
                    "CAST(max(seq) AS TEXT) FROM exchange HAVING max(seq) > 0");
        },
        [](Database& db) { db.exec(kVersion6); },
    };
    return all;
}

void configure(Database& db) {
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = FULL");
    // A book is always written in WAL mode; reading needs no switch, and a damaged book is
    // never written to, not even its header.
    if (db.readOnly() || db.damaged())
        return;
    if (db.queryText("PRAGMA journal_mode = WAL") != "wal")
        throw StorageError("cannot switch " + db.path() + " to write-ahead logging");
}

void migrate(Database& db, int from) {
    for (int version = from; version < kVersion; ++version) {
        Transaction tx(db);
        migrations().at(static_cast<std::size_t>(version))(db);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
    }
}

} // namespace

void create(Database& db) {
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    configure(db);
    migrate(db, 0);
}

void openExisting(Database& db, PageCheck pages) {
    open_checks::refuseByHeader(db.path(), kVersion, kApplicationId);
    open_checks::refuseCutOff(db);
    bool pagesDamaged = false;
    if (pages == PageCheck::LeaveToVerify) {
        // A verification reads a damaged book to say what else is wrong with it: its pages are
        // checked here, straight from the disk, before anything could be written; when one is
        // damaged, nothing will be (not even a login), and reads go unchecked.
        const Database::PageScan scan = db.scanPages();
        if (scan.damagedCount > 0) {
            pagesDamaged = true;
            db.refuseWrites(damagedPagesMessage(scan.damaged, scan.damagedCount));
            db.setPageChecks(false);
        }
    }
    std::int64_t applicationId = 0;
    std::int64_t version = 0;
    try {
        applicationId = db.queryInt("PRAGMA application_id");
        version = db.queryInt("PRAGMA user_version");
        // Reading the schema now, not at the first statement that needs it: a damaged one is
        // reported here, as damage.
        db.queryInt("SELECT count(*) FROM sqlite_master");
    } catch (const StorageError& e) {
        if (pagesDamaged) // what the page scan found says more than what SQLite stumbled on
            throw StorageError(db.damageReason() + " (" + db.path() + ")", e.code());
        if ((e.code() & 0xff) == SQLITE_NOTADB)
            throw StorageError("not a Barter Ledger book (not an SQLite database): " + db.path(),
                               e.code());
        throw open_checks::explainDamage(db, e);
    }
    if (applicationId != kApplicationId)
        throw StorageError("not a Barter Ledger book (foreign SQLite file): " + db.path());
    if (version > kVersion)
        throw StorageError("the book " + db.path() + " has schema version " +
                           std::to_string(version) + ", newer than this program's " +
                           std::to_string(kVersion) + "; upgrade Barter Ledger to open it");
    if (version < 1)
        throw StorageError("the book " + db.path() + " was never initialised (schema version 0)");
    if (pages == PageCheck::OnOpen)
        open_checks::refuseDamagedPages(db);
    configure(db);
    if (version < kVersion) {
        if (db.damaged())
            throw StorageError(db.damageReason() + "; it cannot be upgraded to schema version " +
                                   std::to_string(kVersion) + " (" + db.path() + ")",
                               SQLITE_CORRUPT);
        migrate(db, static_cast<int>(version));
    }
}

std::string tablesAndIndexes() {
    std::string all;
    for (const char* part : {kVersion1, kLineDerived, kVersion2, kScreeningDerived, kVersion3,
                             kJournalDerived, kVersion4, kVersion5, kVersion6}) {
        const std::string text(part);
        std::size_t at = 0;
        while (at < text.size()) { // the text up to each trigger, then past its END;
            const std::size_t trigger = text.find("CREATE TRIGGER", at);
            all += text.substr(at, trigger == std::string::npos ? std::string::npos : trigger - at);
            if (trigger == std::string::npos)
                break;
            const std::size_t end = text.find("END;", trigger);
            at = end == std::string::npos ? text.size() : end + 4;
        }
    }
    return all;
}

void suspendLineDerived(Database& db) {
    db.exec(kDropLineDerived);
    db.exec(kDropScreeningDerived);
    db.exec(kDropJournalDerived);
}

void restoreLineDerived(Database& db, const std::vector<std::int64_t>& agreements) {
    db.exec(kLineDerived);
    db.exec(kScreeningDerived);
    db.exec(kJournalDerived);
    Statement clear = db.prepare("DELETE FROM balance_day WHERE agreement_id = ?1");
    Statement rebuild = db.prepare(R"sql(
        INSERT INTO balance_day (agreement_id, date, a_to_b, b_to_a, lines_a, lines_b)
        SELECT agreement_id, date,
               sum(CASE side WHEN 'A' THEN value ELSE 0 END),
               sum(CASE side WHEN 'B' THEN value ELSE 0 END),
               sum(CASE WHEN side = 'A' THEN (CASE WHEN quantity < 0 THEN -1 ELSE 1 END) ELSE 0 END),
               sum(CASE WHEN side = 'B' THEN (CASE WHEN quantity < 0 THEN -1 ELSE 1 END) ELSE 0 END)
        FROM delivery_line WHERE agreement_id = ?1 GROUP BY date)sql");
    for (std::int64_t id : agreements) {
        clear.bind(1, id).run();
        rebuild.bind(1, id).run();
    }
}

} // namespace barter::schema

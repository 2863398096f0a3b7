// SPDX-License-Identifier: GPL-3.0-or-later
// Book: a whole book copied between any two locators (DESIGN.md §10), into a new file or an
// empty database: every row as it was (the chain's bytes, the audit trail, the decisions), the
// users with their roles. Passwords travel only from file to file; elsewhere users arrive
// without one, except the copy's admin, who gets the password given.
#include "../auth/password.h"
#include "../io/atomic_file.h"
#include "../storage/checksum_vfs.h"
#include "../storage/locator.h"
#include "../storage/open_checks.h"
#include "../storage/pg/connection.h"
#include "../storage/pg/pg_driver.h"
#include "../storage/pg/pg_schema.h"
#include "../storage/schema.h"
#include "book_impl.h"
#include "permissions.h"
#include "server_users.h"

#include <filesystem>
#include <unistd.h>

#include <sqlite3.h>

#include <fmt/format.h>

namespace barter {

namespace {
// The tables of a book in an order that meets every reference and trigger: master data and
// rules, the journal, pending entries (their decisions follow their lines), the audit trail,
// reconciliations, and the closes last (after them nothing may be posted into their periods).
// The daily sums are not copied: the lines' trigger rebuilds them.
constexpr const char* kTables[] = {"setting",
                                   "party",
                                   "unit",
                                   "good",
                                   "agreement",
                                   "price",
                                   "price_entry",
                                   "restriction_list",
                                   "restriction_rule",
                                   "exemption",
                                   "good_conversion",
                                   "protocol",
                                   "protocol_line",
                                   "exchange",
                                   "delivery_line",
                                   "protocol_override",
                                   "line_screening",
                                   "pending_exchange",
                                   "pending_line",
                                   "audit_event",
                                   "reconciliation",
                                   "reconciliation_item",
                                   "reconciliation_resolution",
                                   "period_close"};

// The columns both backends share (a server's stamp, written_by, is its own).
std::vector<std::string> columnsOf(Database& db, const std::string& table) {
    Statement st = db.prepare(
        db.isServer() ? "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                        "'barter' AND table_name = ?1 AND column_name <> 'written_by' "
                        "ORDER BY ordinal_position"
                      : "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    st.bind(1, table);
    std::vector<std::string> columns;
    while (st.step())
        columns.push_back(st.getText(0));
    return columns;
}

void bindLike(Statement& to, int index, const Statement& from, int column) {
    switch (from.type(column)) {
    case storage::ColumnType::Null:
        to.bindNull(index);
        break;
    case storage::ColumnType::Integer:
        to.bind(index, from.getInt(column));
        break;
    case storage::ColumnType::Blob: {
        const std::vector<unsigned char> bytes = from.getBlob(column);
        to.bindBlob(index, bytes.data(), static_cast<int>(bytes.size()));
        break;
    }
    default:
        to.bind(index, from.getText(column));
    }
}

// Copies `table` row by row; a pending entry goes in as pending and gets its decision after its
// lines (a decided entry takes no lines).
void copyTable(Database& from, Database& to, const std::string& table) {
    const std::vector<std::string> columns = columnsOf(from, table);
    std::string names;
    std::string places;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        names += (i > 0 ? ", " : "") + columns[i];
        places += fmt::format("{}?{}", i > 0 ? ", " : "", i + 1);
    }
    // Table and column names come from the book's own schema, never from a user.
    Statement read = from.prepareScan(fmt::format("SELECT {} FROM {} ORDER BY 1", names, table));
    Statement write =
        to.prepare(fmt::format("INSERT INTO {} ({}) VALUES ({})", table, names, places));
    const bool pending = table == "pending_exchange";
    while (read.step()) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            const std::string& c = columns[i];
            if (pending && c == "status")
                write.bind(index, "pending");
            else if (pending && (c == "checker" || c == "decided_at" || c == "reason"))
                write.bind(index, "");
            else if (pending && c == "posted_seq")
                write.bindNull(index);
            else
                bindLike(write, index, read, static_cast<int>(i));
        }
        write.run();
    }
}

void copyDecisions(Database& from, Database& to) {
    Statement read =
        from.prepareScan("SELECT id, status, checker, decided_at, reason, posted_seq "
                         "FROM pending_exchange WHERE status <> 'pending' ORDER BY id");
    Statement write = to.prepare("UPDATE pending_exchange SET status = ?2, checker = ?3, "
                                 "decided_at = ?4, reason = ?5, posted_seq = ?6 WHERE id = ?1");
    while (read.step()) {
        for (int i = 0; i < 6; ++i)
            bindLike(write, i + 1, read, i);
        write.run();
    }
}

struct SourceUser {
    std::string name, role, passwordHash, createdAt;
    bool disabled = false;
};

std::vector<SourceUser> usersOf(Database& db) {
    Statement st = db.prepare(
        db.isServer()
            ? "SELECT name, role, '', disabled, created_at FROM book_user ORDER BY id"
            : "SELECT name, role, password_hash, disabled, created_at FROM user ORDER BY id");
    std::vector<SourceUser> all;
    while (st.step())
        all.push_back(
            {st.getText(0), st.getText(1), st.getText(2), st.getText(4), st.getInt(3) != 0});
    return all;
}

void copyUsers(Database& from, Database& to, const std::string& adminName,
               std::string_view adminPassword, const std::string& now) {
    std::vector<SourceUser> all = usersOf(from);
    bool adminFound = false;
    for (SourceUser& u : all)
        if (u.name == adminName) {
            adminFound = true;
            u.role = "admin";
            u.disabled = false;
        }
    if (!adminFound)
        all.push_back({adminName, "admin", "", now, false});
    for (const SourceUser& u : all) {
        const bool admin = u.name == adminName;
        if (to.isServer()) {
            Statement add = to.prepare("SELECT user_add(?1, ?2, ?3, ?4)");
            add.bind(1, u.name).bind(2, u.role).bind(4, u.createdAt);
            if (admin)
                add.bind(3, to.server().encryptPassword(u.name, std::string(adminPassword)));
            else
                add.bindNull(3); // no password until the admin resets it
            add.run();
            if (u.disabled)
                to.prepare("SELECT user_disable(?1)").bind(1, u.name).run();
            continue;
        }
        // A file keeps hashes; one that never had a password (from a server) matches none.
        const std::string hash = admin ? password::hash(adminPassword) : u.passwordHash;
        to.prepare("INSERT INTO user (name, role, password_hash, disabled, created_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, u.name)
            .bind(2, u.role)
            .bind(3, hash.empty() ? std::string("!") : hash)
            .bind(4, u.disabled ? 1 : 0)
            .bind(5, u.createdAt)
            .run();
    }
}

// After rows went in with their own ids, the server's identities continue past them.
void continueIdentities(Database& to) {
    Statement tables = to.prepare("SELECT table_name FROM information_schema.columns "
                                  "WHERE table_schema = 'barter' AND column_name = 'id' "
                                  "AND is_identity = 'YES' AND table_name <> 'book_user'");
    std::vector<std::string> names;
    while (tables.step())
        names.push_back(tables.getText(0));
    for (const std::string& t : names)
        to.exec(fmt::format("SELECT setval(pg_get_serial_sequence('barter.{0}', 'id'), "
                            "coalesce((SELECT max(id) FROM {0}), 0) + 1, false)",
                            t));
}
} // namespace

CopyResult IntegrityService::copyTo(const Session& s, const std::string& target,
                                    const std::string& adminName, std::string_view adminPassword,
                                    const std::optional<std::string>& serverPassword) {
    require(s, Action::ManageUsers);
    return copyWhole(s, target, adminName, adminPassword, serverPassword, "copy");
}

void IntegrityService::backupServerBook(const Session& s, const std::string& file) {
    require(s, Action::Backup);
    // The backup is a file book whose admin is the one who made it, with the password they
    // logged in with; the others arrive without one (a server keeps its passwords).
    const std::optional<std::string> password = server::passwordOf(database(), s.userName());
    if (!password)
        throw InvalidInput("password",
                           "a server book's backup makes you the admin of the file with the "
                           "password you logged in with: log in with BARTER_PASSWORD, "
                           "--password-file or the prompt (not ~/.pgpass) to back it up");
    copyWhole(s, file, s.userName(), *password, std::nullopt, "backup");
}

CopyResult IntegrityService::copyWhole(const Session& s, const std::string& target,
                                       const std::string& adminName, std::string_view adminPassword,
                                       const std::optional<std::string>& serverPassword,
                                       const std::string& action) {
    users::checkNewAdmin(adminName, adminPassword);
    const Locator where = parseLocator(target);
    Database& from = database();
    // Reads see one state of the source, whatever other desks post meanwhile: the one verified
    // is the one copied. Only a book that verifies is copied: the copy must prove the same head.
    std::optional<ReadSnapshot> snapshot;
    snapshot.emplace(from);
    const VerifyResult source =
        verifyJournal(from, std::nullopt, [this](std::int64_t done, std::int64_t total) {
            reportProgress(done, total);
        });
    if (source.damaged)
        throw StorageError(source.problem + " (" + book().path() + ")", SQLITE_CORRUPT);
    if (!source.ok)
        throw IntegrityError("the book does not verify, so it is not copied: " + source.problem);

    std::optional<Database> made;
    if (where.isServer()) {
        pg::Connection connection(where.text, serverPassword);
        connection.exec("BEGIN");
        pg::createBook(connection);
        made.emplace(std::make_unique<storage::PgConnection>(std::move(connection)),
                     where.display());
    } else {
        made.emplace(target, Database::Mode::Create);
    }
    Database& to = *made;
    try {
        if (!where.isServer()) {
            schema::create(to);
            to.exec("BEGIN IMMEDIATE");
        }
        copyUsers(from, to, adminName, adminPassword, now());
        for (const char* table : kTables) {
            copyTable(from, to, table);
            if (std::string_view(table) == "pending_line")
                copyDecisions(from, to);
        }
        if (where.isServer())
            continueIdentities(to);
        to.prepare("INSERT INTO audit_event (at, user_name, action, object, detail) "
                   "VALUES (?1, ?2, 'copy', 'book', ?3)")
            .bind(1, now())
            .bind(2, adminName)
            .bind(3, fmt::format("from {}: {} exchanges, head {}", book().path(), source.exchanges,
                                 toHex(source.head)))
            .run();
        if (where.isServer())
            pg::leaveOwner(to.server());
        to.exec("COMMIT");
    } catch (...) {
        if (!where.isServer()) {
            made.reset();
            std::error_code ec;
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                std::filesystem::remove(target + suffix, ec);
        }
        throw;
    }
    snapshot.reset(); // the copy is recorded in a transaction of its own
    auditRead(s, action, "book", (action == "copy" ? "to " : "") + where.display());
    return CopyResult{where.display(), source.exchanges, source.head};
}

void IntegrityService::backup(const Session& s, const std::string& file) {
    require(s, Action::Backup);
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(file, ec))
        throw InvalidInput("file", "\"" + file + "\" already exists; not overwriting it");
    if (database().isServer())
        return backupServerBook(s, file);
    // Copy into a temporary file of our own, then link it to its name, which fails rather
    // than replace a file that appeared meanwhile.
    const std::string temp = file + ".partial-" + std::to_string(::getpid());
    if (fs::exists(temp, ec))
        throw StorageError("backup to " + file + " failed: \"" + temp + "\" is in the way");
    sqlite3* dest = nullptr;
    // Through the checksum VFS like every book: the copy's pages keep the checksums they were
    // read with, but page 1 changes on the way (its page count, its change counter) and needs
    // a new one.
    int rc = sqlite3_open_v2(temp.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             checksum_vfs::name());
    if (rc == SQLITE_OK) {
        sqlite3_extended_result_codes(dest, 1);
        sqlite3_backup* b = sqlite3_backup_init(dest, "main", database().handle(), "main");
        if (b == nullptr) {
            rc = sqlite3_errcode(dest);
        } else {
            do {
                rc = sqlite3_backup_step(b, 1024);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            rc = sqlite3_backup_finish(b);
        }
    }
    // A page of this book that fails its checksum stops the copy: say which.
    std::string message =
        rc == SQLITE_IOERR_DATA
            ? damagedPagesMessage({database().lastDamagedPage()}, 1) + " (" + book().path() + ")"
        : dest ? sqlite3_errmsg(dest)
               : "out of memory";
    sqlite3_close(dest);
    if (rc != SQLITE_OK) {
        fs::remove(temp, ec);
        throw StorageError("backup to " + file + " failed: " + message, rc);
    }
    try {
        // The copy's pages are sealed with their checksums once it is whole: SQLite writes the
        // pages of a copy larger than its cache before page 1, which says there is room for them.
        if (const auto header = open_checks::readHeader(temp);
            header && header->reserve == checksum_vfs::kReserveBytes) {
            Database sealing(temp, Database::Mode::OpenExisting);
            sealing.sealPages();
        }
        syncToDisk(temp);
    } catch (...) {
        fs::remove(temp, ec);
        throw;
    }
    const int linked = ::link(temp.c_str(), file.c_str());
    fs::remove(temp, ec);
    if (linked != 0)
        throw StorageError("backup to " + file + " failed: cannot create the file (it may exist)");
    auditRead(s, "backup", "book", file);
}

} // namespace barter

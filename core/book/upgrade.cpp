// SPDX-License-Identifier: GPL-3.0-or-later
// Book: giving a book made before page checksums its checksums (barter upgrade).
#include "../io/atomic_file.h"
#include "../storage/checksum_vfs.h"
#include "../storage/open_checks.h"
#include "../storage/schema.h"
#include "book.h"
#include "permissions.h"

#include <fmt/format.h>
#include <sodium.h>
#include <sqlite3.h>

#include <filesystem>
#include <unistd.h>

namespace barter {

namespace {
// A SHA-256 of what every report of the book says: the balances, statements (line by line, in
// bounded memory) and turnover of every agreement. Two books with the same answer every report
// alike.
std::string reportFingerprint(Book& book, const Session& s) {
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    auto add = [&state](const std::string& text) {
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(text.data()),
                                  text.size());
    };
    for (const reports::BalanceRow& b : book.reporting().balances(s, "", Date::max())) {
        add(fmt::format("balance {} {} {} {}\n", b.agreement, b.aToB.toString(), b.bToA.toString(),
                        b.balance.toString()));
        const reports::StatementReport st = book.reporting().streamStatement(
            s, b.agreement, std::nullopt, std::nullopt, [&](const reports::StatementLine& line) {
                add(fmt::format("  {} {} {} {} {} {}\n", line.seq, line.date.toString(),
                                line.reference, line.good, line.quantity.toString(),
                                line.value.toString()));
            });
        add(fmt::format("statement {} {} {} {}\n", b.agreement, st.totalAToB.toString(),
                        st.totalBToA.toString(), st.closingBalance.toString()));
        for (const reports::TurnoverByGood& t :
             book.reporting().turnoverByGood(s, b.agreement, std::nullopt, std::nullopt))
            add(fmt::format("turnover {} {} {} {} {}\n", t.good, t.shipper, t.lines,
                            t.quantity.toString(), t.value.toString()));
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    return std::string(reinterpret_cast<const char*>(digest), sizeof digest);
}

// Holds the book for this connection alone while it is upgraded, and gives it back as it was
// unless done() is called.
class ExclusiveUse {
public:
    ExclusiveUse(Database& db, const std::string& book) : m_db(db) {
        sqlite3_busy_timeout(db.handle(), 2000);
        try {
            db.exec("PRAGMA locking_mode = EXCLUSIVE");
            db.exec("BEGIN EXCLUSIVE");
            db.exec("COMMIT");
        } catch (const StorageError& e) {
            release();
            throw StorageError("another program has the book open; close it everywhere and run "
                               "the upgrade again, nothing was changed (" +
                                   book + ")",
                               e.code());
        }
    }
    ~ExclusiveUse() {
        if (!m_done)
            release();
    }
    ExclusiveUse(const ExclusiveUse&) = delete;
    ExclusiveUse& operator=(const ExclusiveUse&) = delete;
    // Folds the write-ahead log into the book and removes it (rollback-journal mode).
    void leaveLog() {
        m_db.exec("PRAGMA journal_mode = DELETE");
        m_leftLog = true;
    }
    void done() { m_done = true; }

private:
    void release() noexcept {
        sqlite3* h = m_db.handle();
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        if (m_leftLog)
            sqlite3_exec(h, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        sqlite3_exec(h, "PRAGMA locking_mode = NORMAL", nullptr, nullptr, nullptr);
        // The lock goes with the next transaction's end.
        sqlite3_exec(h, "SELECT 1 FROM sqlite_schema LIMIT 1", nullptr, nullptr, nullptr);
        sqlite3_busy_timeout(h, 30000); // as every connection waits (database.cpp)
    }
    Database& m_db;
    bool m_leftLog = false;
    bool m_done = false;
};

void removeBook(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path + suffix, ec);
}
} // namespace

UpgradeResult IntegrityService::upgradePageChecksums(const Session& s) {
    require(s, Action::ManageUsers);
    namespace fs = std::filesystem;
    UpgradeResult result;
    const std::string file = book().path();
    const std::optional<open_checks::Header> header = open_checks::readHeader(file);
    if (header && header->reserve == checksum_vfs::kReserveBytes) {
        result.alreadyChecksummed = true;
        return result;
    }
    if (!writable())
        throw StorageError("the book is read-only; copy it to a writable folder to upgrade it (" +
                           file + ")");
    result.original = file + ".before-upgrade";
    std::error_code ec;
    if (fs::exists(result.original, ec))
        throw InvalidInput("book", "\"" + result.original +
                                       "\" is in the way (an earlier upgrade's original?); move it "
                                       "elsewhere first");
    const VerifyResult before = verifyReport(s);
    if (before.damaged)
        throw StorageError(before.problem + "; it was not upgraded (" + file + ")");
    if (!before.ok)
        throw IntegrityError("the book does not verify: " + before.problem +
                             "; it was not upgraded (" + file + ")");

    // Nobody else may have the book open while it is replaced: their connection would keep
    // writing to the original. The exclusive lock is held until this connection closes; on any
    // failure it is given up again and the book is as it was.
    Database& db = database();
    ExclusiveUse exclusive(db, file);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const std::string digest = db.contentDigest();
    const std::string reports = reportFingerprint(book(), s);

    // VACUUM INTO writes the copy with the reserved bytes asked for here; its pages are then
    // sealed with their checksums straight on the disk (VACUUM may write pages before page 1,
    // which says that the copy has room for them).
    const std::string copy = file + ".upgrade-" + std::to_string(::getpid());
    removeBook(copy);
    try {
        int reserve = checksum_vfs::kReserveBytes;
        if (sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) !=
            SQLITE_OK)
            throw StorageError("cannot make room for page checksums in a copy of " + file);
        Statement vacuum = db.prepare("VACUUM INTO ?1");
        vacuum.bind(1, copy).run();
        {
            Database sealing(copy, Database::Mode::OpenExisting);
            sealing.sealPages();
        }
        {
            Book upgraded = Book::open(copy); // every page checked
            const std::string copyDigest = upgraded.database().contentDigest();
            const VerifyResult after = verifyJournal(upgraded.database()); // no audit event
            const Database::PageScan scan = upgraded.database().scanPages();
            if (!scan.checksummed || scan.damagedCount != 0)
                throw StorageError("the copy did not get page checksums; the book was not "
                                   "upgraded (" +
                                   file + ")");
            if (!after.ok || after.head != before.head || after.exchanges != before.exchanges)
                throw IntegrityError("the copy's chain differs from the book's (" +
                                     (after.ok ? toHex(after.head) : after.problem) +
                                     "); the book was not upgraded (" + file + ")");
            if (copyDigest != digest || reportFingerprint(upgraded, s) != reports)
                throw IntegrityError("the copy's content or reports differ from the book's; the "
                                     "book was not upgraded (" +
                                     file + ")");
            // The upgraded book records its upgrade; the original stays as it was.
            upgraded.audit(s, "upgrade", "book",
                           "page checksums added; the original is kept as " +
                               fs::path(result.original).filename().string());
            upgraded.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
            result.pages = scan.pages;
            result.exchanges = after.exchanges;
            result.head = after.head;
        } // closed: its log folded into it and removed
        syncToDisk(copy);
        // The original's log and index go by the book's name: they are folded in and removed
        // now, while nobody else can open the book, not when this connection closes after the
        // rename (when they could be the upgraded book's).
        exclusive.leaveLog();
        // The original keeps its inode under its new name; the copy takes the book's name in
        // one rename, so the book is at every moment either the original or the copy.
        if (::link(file.c_str(), result.original.c_str()) != 0) {
            fs::copy_file(file, result.original, ec);
            if (ec)
                throw StorageError("cannot keep the original as " + result.original + ": " +
                                   ec.message() + "; the book was not upgraded");
            syncToDisk(result.original);
        }
        fs::rename(copy, file, ec);
        if (ec) {
            fs::remove(result.original, ec);
            throw StorageError("cannot put the upgraded copy in place: " + ec.message() +
                               "; the book was not upgraded (" + file + ")");
        }
    } catch (...) {
        removeBook(copy);
        throw;
    }
    exclusive.done();
    try { // the rename is made; a folder that cannot be flushed does not undo it
        const fs::path folder = fs::path(file).parent_path();
        syncToDisk(folder.empty() ? "." : folder.string());
    } catch (const std::exception&) {
    }
    // This connection still reads the original: close it, then open the book that now has the
    // name.
    { Database original = std::move(db); }
    db = Database(file, Database::Mode::OpenExisting);
    schema::openExisting(db, schema::PageCheck::OnOpen);
    return result;
}

} // namespace barter

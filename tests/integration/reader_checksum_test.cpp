// SPDX-License-Identifier: GPL-3.0-or-later
// Page checksums under other readers (issue 15): pages carry their checksums from the moment they
// are written to the write-ahead log, so a plain SQLite program that recovers or checkpoints the
// log copies valid pages; a page such a program changes is still caught, in the log and in the
// book; and `barter upgrade` gives a book made before page checksums its checksums.
#include "book_fixture.h"

#include "audit/verify.h"
#include "error.h"
#include "storage/checksum_vfs.h"
#include "storage/database.h"

#include <sqlite3.h>

#include <fstream>
#include <iterator>

namespace barter::testing {
namespace {

namespace fs = std::filesystem;

// 20,000 one-line exchanges on days 10 to 27 of `month` ("2023-03-"), the two parties shipping
// in turns of 18 lines, with memos long enough to make a book of several MiB.
void writeBulkDeliveries(const std::string& path, const std::string& month, const char* partyA,
                         const char* partyB, const char* good) {
    std::ofstream out(path, std::ios::binary);
    out << "date,reference,shipper,good,quantity,memo\n";
    for (int i = 0; i < 20000; ++i)
        out << month << (10 + i % 18) << ",BULK-" << i << ","
            << ((i / 18) % 2 == 0 ? partyA : partyB) << "," << good << ",1." << i % 10
            << ",a memo long enough to fill the pages of the book " << i << '\n';
}

// A connection of a program other than Barter Ledger: SQLite's default VFS, no checksums.
class PlainSqlite {
public:
    explicit PlainSqlite(const std::string& path) {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(m_db));
    }
    ~PlainSqlite() { sqlite3_close(m_db); }
    PlainSqlite(const PlainSqlite&) = delete;
    PlainSqlite& operator=(const PlainSqlite&) = delete;
    void exec(const char* sql) {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error != nullptr ? error : "?";
            sqlite3_free(error);
            throw std::runtime_error(message);
        }
    }
    std::string text(const char* sql) {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr);
        std::string out;
        if (sqlite3_step(s) == SQLITE_ROW)
            out = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
        sqlite3_finalize(s);
        return out;
    }

private:
    sqlite3* m_db = nullptr;
};

class ReaderChecksumTest : public BookTest {
protected:
    std::string swing() const override { return "1000000000.00"; }
    void postMany(int count, const std::string& prefix) {
        for (int i = 1; i <= count; ++i)
            book().journal().post(
                *clerk,
                draft("2023-03-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1),
                      prefix + std::to_string(i),
                      {{"RU-A", "WHEAT", std::to_string(i) + ".5"}, {"KP-B", "BEER", "300"}}));
    }
    // The book as a new program finds it: every page checked, the chain verified.
    void expectSound() {
        Book b = Book::open(path());
        const Database::PageScan scan = b.database().scanPages();
        EXPECT_TRUE(scan.checksummed);
        EXPECT_EQ(scan.damagedCount, 0);
        const VerifyResult r = verifyJournal(b.database());
        EXPECT_TRUE(r.ok) << r.problem;
    }
};

TEST_F(ReaderChecksumTest, ALogCheckpointedByAnotherProgramLeavesValidPages) {
    postMany(40, "A-");
    const Decimal before = balance();
    {
        PlainSqlite other(path());
        EXPECT_EQ(other.text("SELECT count(*) FROM exchange"), "40");
        postMany(40, "B-"); // into the log, while the other program reads
        EXPECT_GT(fs::file_size(path() + "-wal"), 0u);
        EXPECT_EQ(other.text("PRAGMA integrity_check"), "ok");
        other.exec("PRAGMA wal_checkpoint(TRUNCATE)"); // our pages, copied by another program
    }
    const Decimal after = balance();
    EXPECT_NE(before, after);
    closeBook();
    expectSound();
    reopen();
    EXPECT_EQ(balance(), after);
}

TEST_F(ReaderChecksumTest, ALogRecoveredByAnotherProgramAfterACrashLeavesValidPages) {
    postMany(30, "A-");
    // A crash: the log is left as it is, and the next program to open the book recovers it.
    const std::string crashed = (dir() / "crashed.barter").string();
    fs::copy_file(path(), crashed);
    fs::copy_file(path() + "-wal", crashed + "-wal");
    ASSERT_GT(fs::file_size(crashed + "-wal"), 0u);
    {
        PlainSqlite other(crashed);
        EXPECT_EQ(other.text("PRAGMA integrity_check"), "ok");
        EXPECT_EQ(other.text("SELECT count(*) FROM exchange"), "30");
    } // the last connection: it copies the log into the book
    EXPECT_FALSE(fs::exists(crashed + "-wal"));
    Book b = Book::open(crashed);
    EXPECT_EQ(b.database().scanPages().damagedCount, 0);
    const VerifyResult r = verifyJournal(b.database());
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.exchanges, 30);
}

TEST_F(ReaderChecksumTest, APageAnotherProgramChangesInTheLogIsRefused) {
    postMany(5, "A-");
    {
        PlainSqlite other(path());
        other.exec("UPDATE party SET name = 'Changed outside' WHERE code = 'KP-B'");
    }
    // Still in the log (this book's connection is open), and read from there.
    try {
        book().masterData().parties(*auditor);
        FAIL() << "read a page another program changed";
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("does not match its checksum"), std::string::npos)
            << e.what();
    }
    const VerifyResult r = verifyJournal(book().database());
    EXPECT_TRUE(r.damaged);
    EXPECT_TRUE(r.chainIntact);
    EXPECT_GE(r.damagedPageCount, 1);
    ASSERT_FALSE(r.damagedObjects.empty());
    EXPECT_EQ(r.damagedObjects.front().name, "party");
}

// Regression: the backup of a book larger than SQLite's page cache had pages without valid
// checksums (those written before the copy's page 1, taken from the cache as they were).
TEST_F(ReaderChecksumTest, TheBackupOfALargeBookHasValidChecksums) {
    const std::string csv = (dir() / "many.csv").string();
    writeBulkDeliveries(csv, "2023-03-", "RU-A", "KP-B", "BEER");
    book().journal().importDeliveries(*clerk, csv, "AGR");
    postMany(3, "AFTER-"); // pages changed in the cache since they were read
    const std::string copy = (dir() / "backup.barter").string();
    book().integrity().backup(*manager, copy);
    ASSERT_GT(fs::file_size(copy), 4u << 20); // twice the page cache
    Book restored = Book::open(copy);         // every page checked
    const Database::PageScan scan = restored.database().scanPages();
    EXPECT_TRUE(scan.checksummed);
    EXPECT_EQ(scan.damagedCount, 0);
    EXPECT_TRUE(verifyJournal(restored.database()).ok);
}

TEST_F(ReaderChecksumTest, VerifyNamesWhatTheDamagedPagesBelongTo) {
    postMany(60, "A-");
    closeBook();
    // Another program rewrites the lines behind the triggers' back and closes: its pages reach
    // the book without checksums.
    {
        PlainSqlite other(path());
        other.exec("DROP TRIGGER delivery_line_no_update");
        other.exec("UPDATE delivery_line SET quantity = quantity + 1 WHERE exchange_seq = 7");
    }
    Book b = Book::open(path(), Book::Purpose::Verify);
    const VerifyResult r = verifyJournal(b.database());
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.chainIntact);
    EXPECT_EQ(r.firstBadSeq, 7);
    std::vector<std::string> names;
    for (const Database::PageOwner& o : r.damagedObjects)
        names.push_back(o.name);
    EXPECT_NE(std::find(names.begin(), names.end(), "delivery_line"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "sqlite_schema"), names.end()); // the trigger
}

// --- barter upgrade ---

class UpgradeTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device rd;
        m_dir = fs::temp_directory_path() / ("barter-upgrade-" + std::to_string(rd()));
        fs::create_directories(m_dir);
        m_path = (m_dir / "old.barter").string();
        fs::copy_file(fs::path(BARTER_TEST_DATA_DIR) / "book-v1.barter", m_path);
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    fs::path m_dir;
    std::string m_path;
};

TEST_F(UpgradeTest, AnOldBookGetsChecksumsAndTheOriginalIsKept) {
    Hash head{};
    std::string balance;
    {
        Book b = Book::open(m_path);
        b.setLoginBackoff(0, 0);
        const Session auditor = b.login("auditor", "auditor-pass");
        head = b.integrity().verify(auditor).head;
        balance = b.reporting().balances(auditor, "RUKP", Date::max()).front().balance.toString();
        EXPECT_FALSE(b.database().scanPages().checksummed);
        const Session admin = b.login("admin", "admin-pass");
        EXPECT_THROW(b.integrity().upgradePageChecksums(auditor), PermissionDenied);
        const UpgradeResult r = b.integrity().upgradePageChecksums(admin);
        EXPECT_FALSE(r.alreadyChecksummed);
        EXPECT_EQ(r.original, m_path + ".before-upgrade");
        EXPECT_EQ(r.head, head);
        EXPECT_EQ(r.exchanges, 6);
        // The Book goes on with the upgraded file.
        EXPECT_TRUE(b.database().scanPages().checksummed);
        EXPECT_EQ(b.reporting().balances(auditor, "RUKP", Date::max()).front().balance.toString(),
                  balance);
        EXPECT_TRUE(b.integrity().upgradePageChecksums(admin).alreadyChecksummed);
    }
    EXPECT_EQ(readAll(m_path).at(20), checksum_vfs::kReserveBytes);
    EXPECT_EQ(readAll(m_path + ".before-upgrade").at(20), 0);
    Book b = Book::open(m_path);
    b.setLoginBackoff(0, 0);
    const Session auditor = b.login("auditor", "auditor-pass");
    const VerifyResult r = b.integrity().verify(auditor);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.head, head);
    const Database::PageScan scan = b.database().scanPages();
    EXPECT_TRUE(scan.checksummed);
    EXPECT_EQ(scan.damagedCount, 0);
    EXPECT_EQ(
        b.integrity().auditEvents(auditor, std::nullopt, std::nullopt, "admin", "upgrade").size(),
        1u);
}

// VACUUM INTO spills pages to the copy before page 1 once the book outgrows SQLite's page cache
// (about 2 MiB): every page must still get its checksum.
TEST_F(UpgradeTest, ABookLargerThanThePageCacheIsUpgradedWhole) {
    const std::string csv = (m_dir / "many.csv").string();
    writeBulkDeliveries(csv, "2023-08-", "RU-PRIMORYE", "KP-RUNGRA", "FLOUR");
    Hash head{};
    {
        Book b = Book::open(m_path);
        b.setLoginBackoff(0, 0);
        const Session clerk = b.login("clerk", "clerk-pass");
        b.journal().importDeliveries(clerk, csv, "RUKP");
        ASSERT_GT(fs::file_size(m_path), 4u << 20); // twice the page cache
        const Session admin = b.login("admin", "admin-pass");
        const UpgradeResult r = b.integrity().upgradePageChecksums(admin);
        head = r.head;
        EXPECT_EQ(r.exchanges, 20006);
    }
    Book b = Book::open(m_path); // every page checked on open
    const Database::PageScan scan = b.database().scanPages();
    EXPECT_TRUE(scan.checksummed);
    EXPECT_EQ(scan.damagedCount, 0);
    EXPECT_GT(scan.pages, 1000); // more than the page cache holds
    const VerifyResult r = verifyJournal(b.database());
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.head, head);
}

TEST_F(UpgradeTest, ABookThatDoesNotVerifyIsNotUpgraded) {
    {
        PlainSqlite other(m_path);
        other.exec("DROP TRIGGER delivery_line_no_update");
        other.exec("UPDATE delivery_line SET quantity = quantity + 1000000 WHERE exchange_seq = 2");
    }
    Book b = Book::open(m_path);
    b.setLoginBackoff(0, 0);
    const Session admin = b.login("admin", "admin-pass");
    const std::string bytes = readAll(m_path);
    EXPECT_THROW(b.integrity().upgradePageChecksums(admin), IntegrityError);
    EXPECT_FALSE(fs::exists(m_path + ".before-upgrade"));
    EXPECT_EQ(readAll(m_path).at(20), 0);
    for (const fs::directory_entry& entry : fs::directory_iterator(m_dir))
        EXPECT_EQ(entry.path().filename().string().find(".upgrade-"), std::string::npos)
            << entry.path();
}

TEST_F(UpgradeTest, NotWhileAnotherProgramHasTheBookOpen) {
    PlainSqlite other(m_path);
    Book b = Book::open(m_path);
    b.setLoginBackoff(0, 0);
    const Session admin = b.login("admin", "admin-pass");
    EXPECT_EQ(other.text("SELECT count(*) FROM exchange"), "6");
    try {
        b.integrity().upgradePageChecksums(admin);
        FAIL() << "upgraded a book another program had open";
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("another program has the book open"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_FALSE(fs::exists(m_path + ".before-upgrade"));
}

} // namespace
} // namespace barter::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// Page checksums (issue 8): a book with one flipped byte anywhere in a page it uses is refused
// with a clear error and left byte for byte as it was; verify still names the first altered
// exchange of a book another program changed; older books without checksums still open; backups
// keep their checksums.
#include "book_fixture.h"

#include "audit/verify.h"
#include "error.h"
#include "storage/checksum_vfs.h"
#include "storage/database.h"

#include <sqlite3.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <map>

namespace barter::testing {
namespace {

namespace fs = std::filesystem;

// A fresh file (no log or index left from an earlier one) with exactly `bytes`.
void writeBook(const std::string& path, const std::string& bytes) {
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(path + suffix);
    std::ofstream(path, std::ios::binary) << bytes;
}

class PageChecksumTest : public BookTest {
protected:
    std::string swing() const override { return "1000000000.00"; }
    // Sixty exchanges of three lines with memos, so that the journal spans many pages.
    void postMany() {
        for (int i = 1; i <= 60; ++i)
            book().journal().post(*clerk, draft("2023-03-" + std::string(i % 28 < 9 ? "0" : "") +
                                                    std::to_string(i % 28 + 1),
                                                "INV-" + std::to_string(i),
                                                {{"RU-A", "WHEAT", std::to_string(i) + ".5"},
                                                 {"KP-B", "BEER", "300"},
                                                 {"RU-A", "WHEAT", "1.25"}}));
    }
    // A closed, checkpointed copy of the book, as another program would find it on disk.
    std::string closedCopy(const std::string& name) {
        const std::string copy = (dir() / name).string();
        book().integrity().backup(*manager, copy);
        return copy;
    }
    // The pages a closed book uses (b-trees, overflow pages, page 1), from SQLite's dbstat.
    static std::vector<std::int64_t> usedPages(const std::string& path, const char* table = {}) {
        Database db(path, Database::Mode::OpenExisting);
        Statement s = db.prepare(table ? "SELECT DISTINCT pageno FROM dbstat WHERE name = ?1 "
                                         "AND pagetype = 'leaf' ORDER BY 1"
                                       : "SELECT DISTINCT pageno FROM dbstat ORDER BY 1");
        if (table)
            s.bind(1, table);
        std::vector<std::int64_t> pages;
        while (s.step())
            pages.push_back(s.getInt(0));
        return pages;
    }
    static std::string flipped(std::string bytes, std::size_t offset, unsigned char mask) {
        bytes[offset] = static_cast<char>(static_cast<unsigned char>(bytes[offset]) ^ mask);
        return bytes;
    }
    // How a damaged book is refused: at Book::open, by a verification, or (empty) not at all.
    static std::string refusal(const std::string& path, std::string* message) {
        try {
            Book b = Book::open(path);
            const VerifyResult r = verifyJournal(b.database());
            if (!r.ok) {
                *message = r.problem;
                return "verify";
            }
            return {};
        } catch (const StorageError& e) {
            *message = e.what();
            return "open";
        }
    }
};

TEST_F(PageChecksumTest, ANewBookReservesRoomForChecksumsAndMatchesThem) {
    postMany();
    book().database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    EXPECT_EQ(static_cast<unsigned char>(readAll(path()).at(20)), checksum_vfs::kReserveBytes);
    const Database::PageScan scan = book().database().scanPages();
    EXPECT_TRUE(scan.checksummed);
    EXPECT_EQ(scan.pages, book().database().queryInt("PRAGMA page_count"));
    EXPECT_EQ(scan.damagedCount, 0);
    EXPECT_TRUE(scan.damaged.empty());
}

// Before page checksums, 54 of 60 random flips went unnoticed by both balance and verify.
TEST_F(PageChecksumTest, AnyByteFlippedInAUsedPageIsRefusedAndLeftAsItWas) {
    postMany();
    const std::string pristine = readAll(closedCopy("pristine.barter"));
    const std::vector<std::int64_t> used = usedPages((dir() / "pristine.barter").string());
    ASSERT_GT(used.size(), 10u);
    const std::size_t pageSize = 4096;
    ASSERT_EQ(pristine.size() % pageSize, 0u);
    const std::string damaged = (dir() / "damaged.barter").string();
    std::mt19937 random(20261128);
    std::map<std::string, int> how;
    auto check = [&](std::size_t offset, unsigned char mask) {
        const std::string bytes = flipped(pristine, offset, mask);
        writeBook(damaged, bytes);
        std::string message;
        const std::string where = refusal(damaged, &message);
        const std::string what = "byte " + std::to_string(offset) + " (page " +
                                 std::to_string(offset / pageSize + 1) + ") ^ " +
                                 std::to_string(mask);
        EXPECT_FALSE(where.empty()) << what << " went unnoticed";
        EXPECT_NE(message.find("damaged"), std::string::npos) << what << ": " << message;
        EXPECT_EQ(readAll(damaged), bytes) << what << ": the file was changed";
        ++how[where.empty() ? "unnoticed" : where];
    };
    for (int i = 0; i < 200; ++i) {
        const std::int64_t page = used[random() % used.size()];
        check(static_cast<std::size_t>(page - 1) * pageSize + random() % pageSize,
              static_cast<unsigned char>(1 + random() % 255));
    }
    // Every byte of the header, whose fields SQLite reads before any page.
    for (std::size_t offset = 0; offset < 100; ++offset)
        check(offset, static_cast<unsigned char>(1 + random() % 255));
    for (const auto& [where, count] : how)
        std::cout << "refused at " << where << ": " << count << '\n';
}

TEST_F(PageChecksumTest, TheErrorNamesTheDamagedPageAndTheBook) {
    postMany();
    const std::string pristine = readAll(closedCopy("pristine.barter"));
    const std::vector<std::int64_t> pages =
        usedPages((dir() / "pristine.barter").string(), "delivery_line");
    ASSERT_FALSE(pages.empty());
    const std::int64_t page = pages.back();
    const std::string damaged = (dir() / "damaged.barter").string();
    writeBook(damaged, flipped(pristine, static_cast<std::size_t>(page - 1) * 4096 + 3000, 0x04));
    try {
        Book::open(damaged);
        FAIL() << "a damaged book opened";
    } catch (const StorageError& e) {
        EXPECT_EQ(std::string(e.what()), "the book is damaged: page " + std::to_string(page) +
                                             " does not match its checksum (the file was "
                                             "changed outside Barter Ledger or the disk damaged "
                                             "it) (" +
                                             damaged + ")");
        EXPECT_EQ(e.kind(), ErrorKind::Storage);
    }
}

// A page damaged on disk after the book was opened (past the size checked on open) fails the
// read that meets it, with the page named.
TEST_F(PageChecksumTest, APageDamagedWhileTheBookIsOpenFailsTheReadThatMeetsIt) {
    postMany();
    Database& db = book().database();
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); // every page in the file, none in the log
    const std::int64_t page = db.queryInt(
        "SELECT max(pageno) FROM dbstat WHERE name = 'delivery_line' AND pagetype = 'leaf'");
    {
        std::fstream file(path(), std::ios::in | std::ios::out | std::ios::binary);
        file.seekg((page - 1) * 4096 + 2500);
        const char byte = static_cast<char>(file.get() ^ 0x40);
        file.seekp((page - 1) * 4096 + 2500);
        file.put(byte);
    }
    db.setPageChecks(false);
    db.setPageChecks(true); // checks back on drop the cached pages: the next read goes to disk
    try {
        // unit_price is in no index: the table's own pages are read.
        db.queryInt("SELECT sum(unit_price) FROM delivery_line");
        FAIL() << "a damaged page was read";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.code(), SQLITE_IOERR_DATA);
        const std::string what = e.what();
        EXPECT_NE(what.find("the book is damaged: page " + std::to_string(page) +
                            " does not match its checksum"),
                  std::string::npos)
            << what;
        EXPECT_NE(what.find(fs::path(path()).filename().string()), std::string::npos) << what;
    }
    EXPECT_EQ(db.lastDamagedPage(), page);
    // A backup reads every page: it stops at the damaged one and leaves no copy behind.
    const std::string copy = (dir() / "copy.barter").string();
    try {
        book().integrity().backup(*manager, copy);
        FAIL() << "a damaged book was backed up";
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("page " + std::to_string(page) +
                                             " does not match its checksum"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_FALSE(fs::exists(copy));
}

// The sqlite3 shell rewrites the pages it changes without our checksums. Every command but
// verify refuses such a book; verify reads it unchecked, names the first altered exchange (the
// graver finding), lists the damaged pages with it, and writes nothing, not even a login.
TEST_F(PageChecksumTest, VerifyNamesTheAlteredExchangeOfABookAnotherProgramChanged) {
    postMany();
    const std::string copy = closedCopy("changed.barter");
    {
        sqlite3* other = nullptr; // the default VFS: no checksums
        ASSERT_EQ(sqlite3_open_v2(copy.c_str(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(other,
                               "DROP TRIGGER delivery_line_no_update; UPDATE delivery_line SET "
                               "quantity = quantity + 1000000 WHERE exchange_seq = 7",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(other);
    }
    const std::string bytes = readAll(copy);
    try {
        Book::open(copy);
        FAIL() << "a book changed outside the application opened for use";
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("does not match its checksum"), std::string::npos)
            << e.what();
    }
    {
        Book b = Book::open(copy, Book::Purpose::Verify);
        b.setLoginBackoff(0, 0);
        const Session auditorThere = b.login("auditor", "auditor-pass");
        const VerifyResult r = b.integrity().verify(auditorThere);
        EXPECT_FALSE(r.ok);
        EXPECT_FALSE(r.damaged); // a broken chain, exit 4
        EXPECT_EQ(r.firstBadSeq, 7);
        EXPECT_GT(r.damagedPageCount, 0);
        EXPECT_EQ(r.damagedPages.front(), 1); // its header changed too
        EXPECT_NE(r.problem.find("exchange 7 was altered"), std::string::npos) << r.problem;
        EXPECT_NE(r.problem.find("; also, the book is damaged: pages 1, "), std::string::npos)
            << r.problem;
        const Session clerkThere = b.login("clerk", "clerk-pass");
        EXPECT_THROW(
            b.journal().post(clerkThere, draft("2023-05-01", "LATE", {{"RU-A", "WHEAT", "1"}})),
            StorageError);
        EXPECT_THROW(b.login("clerk", "wrong-pass"), PermissionDenied);
    }
    EXPECT_EQ(readAll(copy), bytes);
}

// Damage outside what the chain covers (here the audit trail) is a storage failure: exit 5.
TEST_F(PageChecksumTest, VerifyReportsDamageOutsideTheChainAsAStorageFailure) {
    postMany();
    const std::string pristine = readAll(closedCopy("pristine.barter"));
    const std::vector<std::int64_t> pages =
        usedPages((dir() / "pristine.barter").string(), "audit_event");
    ASSERT_FALSE(pages.empty());
    const std::string damaged = (dir() / "damaged.barter").string();
    const std::string bytes =
        flipped(pristine, static_cast<std::size_t>(pages.front() - 1) * 4096 + 4000, 0x01);
    writeBook(damaged, bytes);
    {
        Book b = Book::open(damaged, Book::Purpose::Verify);
        b.setLoginBackoff(0, 0);
        const Session auditorThere = b.login("auditor", "auditor-pass");
        try {
            b.integrity().verify(auditorThere);
            FAIL() << "verify passed a damaged book";
        } catch (const StorageError& e) {
            // What SQLite's own check then finds in the record may follow.
            const std::string what = e.what();
            EXPECT_EQ(what.rfind(damagedPagesMessage({pages.front()}, 1), 0), 0u) << what;
            EXPECT_TRUE(what.ends_with(" (" + damaged + ")")) << what;
        }
    }
    EXPECT_EQ(readAll(damaged), bytes);
}

TEST_F(PageChecksumTest, VerifyingASoundBookLeavesItsReadsChecked) {
    postMany();
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
    EXPECT_TRUE(book().database().setPageChecks(true)); // they were on again
    // Opened for verification, a sound book is an ordinary one: the login is recorded.
    const std::size_t logins =
        book()
            .integrity()
            .auditEvents(*auditor, std::nullopt, std::nullopt, "auditor", "login")
            .size();
    const std::string copy = closedCopy("sound.barter");
    Book b = Book::open(copy, Book::Purpose::Verify);
    const Session a = b.login("auditor", "auditor-pass");
    EXPECT_TRUE(b.integrity().verify(a).ok);
    EXPECT_EQ(b.integrity().auditEvents(a, std::nullopt, std::nullopt, "auditor", "login").size(),
              logins + 1);
}

// Books made before page checksums have no room for them: they open, work and verify as they
// did, unchecked (nothing rewrites them to make room).
TEST_F(PageChecksumTest, BooksWithoutChecksumsStillOpenAndWork) {
    const std::string old = (dir() / "old.barter").string();
    fs::copy_file(fs::path(BARTER_TEST_DATA_DIR) / "book-v1.barter", old);
    ASSERT_EQ(readAll(old).at(20), 0);
    {
        Book b = Book::open(old);
        b.setLoginBackoff(0, 0);
        const Session clerkThere = b.login("clerk", "clerk-pass");
        ExchangeDraft d;
        d.agreement = "RUKP";
        d.date = "2023-07-01";
        d.reference = "UNCHECKED";
        d.lines = {{"RU-PRIMORYE", "FLOUR", "1"}};
        b.journal().post(clerkThere, d);
        EXPECT_FALSE(b.database().scanPages().checksummed);
    }
    Book b = Book::open(old, Book::Purpose::Verify);
    const Session a = b.login("auditor", "auditor-pass");
    const VerifyResult r = b.integrity().verify(a);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.exchanges, 7);
    EXPECT_EQ(readAll(old).at(20), 0);
}

TEST_F(PageChecksumTest, ABackupHasValidChecksumsOpensAndVerifies) {
    postMany();
    const std::string copy = closedCopy("backup.barter");
    EXPECT_EQ(static_cast<unsigned char>(readAll(copy).at(20)), checksum_vfs::kReserveBytes);
    Book restored = Book::open(copy); // every page checked on open
    const Database::PageScan scan = restored.database().scanPages();
    EXPECT_TRUE(scan.checksummed);
    EXPECT_EQ(scan.damagedCount, 0);
    const Session a = restored.login("auditor", "auditor-pass");
    const VerifyResult r = restored.integrity().verify(a);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.head, book().integrity().verify(*auditor).head);
}

} // namespace
} // namespace barter::testing

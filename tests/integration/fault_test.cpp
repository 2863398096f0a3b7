// SPDX-License-Identifier: GPL-3.0-or-later
// Faults under the book (issue 8): an I/O error on the Nth write, a full disk, a book that hit
// its size limit. Each must end in a clear error, no partial transaction and no crash; the book
// opens afterwards, passes integrity_check and verify, and holds all of the import or none.
//
// The faults come from a VFS shim made the default before any book is opened: it forwards
// every call to the real VFS and, when armed, fails the Nth write and every one after it (a
// disk that has gone bad stays bad) until disarmed.
#include "book_fixture.h"

#include "error.h"
#include "storage/database.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <fstream>
#include <iostream>

namespace barter::testing {
namespace {

struct FaultyFile {
    sqlite3_file base;
    sqlite3_file* real;
};

struct Faults {
    sqlite3_vfs vfs{};
    sqlite3_vfs* real = nullptr;
    sqlite3_io_methods methods{};
    std::atomic<long> writes{0};
    std::atomic<long> failAt{0}; // 0: never
    std::atomic<int> error{SQLITE_IOERR_WRITE};
};

Faults& faults() {
    static Faults f;
    return f;
}

sqlite3_file* real(sqlite3_file* file) {
    return reinterpret_cast<FaultyFile*>(file)->real;
}

int faultyWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
    Faults& f = faults();
    const long n = ++f.writes;
    if (f.failAt != 0 && n >= f.failAt)
        return f.error;
    return real(file)->pMethods->xWrite(real(file), data, amount, offset);
}

int faultyOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    Faults& f = faults();
    auto* faulty = reinterpret_cast<FaultyFile*>(file);
    faulty->real = reinterpret_cast<sqlite3_file*>(faulty + 1);
    const int rc = f.real->xOpen(f.real, name, faulty->real, flags, outFlags);
    if (rc != SQLITE_OK || faulty->real->pMethods == nullptr) {
        faulty->base.pMethods = nullptr;
        return rc;
    }
    // Every method but xWrite forwards; the table is filled once from the real file's.
    static const sqlite3_io_methods* forwarded = [&] {
        const sqlite3_io_methods* r = faulty->real->pMethods;
        sqlite3_io_methods& m = f.methods;
        m.iVersion = std::min(r->iVersion, 3);
        m.xClose = [](sqlite3_file* p) { return real(p)->pMethods->xClose(real(p)); };
        m.xRead = [](sqlite3_file* p, void* d, int n, sqlite3_int64 o) {
            return real(p)->pMethods->xRead(real(p), d, n, o);
        };
        m.xWrite = faultyWrite;
        m.xTruncate = [](sqlite3_file* p, sqlite3_int64 size) {
            return real(p)->pMethods->xTruncate(real(p), size);
        };
        m.xSync = [](sqlite3_file* p, int syncFlags) {
            return real(p)->pMethods->xSync(real(p), syncFlags);
        };
        m.xFileSize = [](sqlite3_file* p, sqlite3_int64* size) {
            return real(p)->pMethods->xFileSize(real(p), size);
        };
        m.xLock = [](sqlite3_file* p, int l) { return real(p)->pMethods->xLock(real(p), l); };
        m.xUnlock = [](sqlite3_file* p, int l) { return real(p)->pMethods->xUnlock(real(p), l); };
        m.xCheckReservedLock = [](sqlite3_file* p, int* out) {
            return real(p)->pMethods->xCheckReservedLock(real(p), out);
        };
        m.xFileControl = [](sqlite3_file* p, int op, void* arg) {
            return real(p)->pMethods->xFileControl(real(p), op, arg);
        };
        m.xSectorSize = [](sqlite3_file* p) { return real(p)->pMethods->xSectorSize(real(p)); };
        m.xDeviceCharacteristics = [](sqlite3_file* p) {
            return real(p)->pMethods->xDeviceCharacteristics(real(p));
        };
        m.xShmMap = [](sqlite3_file* p, int page, int size, int extend, void volatile** out) {
            return real(p)->pMethods->xShmMap(real(p), page, size, extend, out);
        };
        m.xShmLock = [](sqlite3_file* p, int offset, int n, int lockFlags) {
            return real(p)->pMethods->xShmLock(real(p), offset, n, lockFlags);
        };
        m.xShmBarrier = [](sqlite3_file* p) { real(p)->pMethods->xShmBarrier(real(p)); };
        m.xShmUnmap = [](sqlite3_file* p, int deleteFlag) {
            return real(p)->pMethods->xShmUnmap(real(p), deleteFlag);
        };
        // Memory-mapped reads are left out (iVersion ≤ 3 without xFetch would be wrong).
        m.xFetch = [](sqlite3_file*, sqlite3_int64, int, void** out) {
            *out = nullptr;
            return SQLITE_OK;
        };
        m.xUnfetch = [](sqlite3_file*, sqlite3_int64, void*) { return SQLITE_OK; };
        return &m;
    }();
    faulty->base.pMethods = forwarded;
    return SQLITE_OK;
}

// Made the default VFS before main() runs, so every book in this program is opened through it.
const bool installed = [] {
    Faults& f = faults();
    f.real = sqlite3_vfs_find(nullptr);
    f.vfs = *f.real;
    f.vfs.zName = "barter-faults";
    f.vfs.szOsFile = static_cast<int>(sizeof(FaultyFile)) + f.real->szOsFile;
    f.vfs.pNext = nullptr;
    f.vfs.xOpen = faultyOpen;
    return sqlite3_vfs_register(&f.vfs, 1) == SQLITE_OK;
}();

class FaultTest : public BookTest {
protected:
    std::string swing() const override { return "1000000000.00"; }
    void SetUp() override {
        ASSERT_TRUE(installed);
        BookTest::SetUp();
        disarm();
        // Something to keep: 20 exchanges the faults must never touch.
        book().journal().importDeliveries(*clerk, deliveries("kept.csv", "K", 20), "AGR");
    }
    void TearDown() override {
        disarm();
        BookTest::TearDown();
    }
    static void arm(long nthWrite, int error) {
        faults().error = error;
        faults().writes = 0;
        faults().failAt = nthWrite;
    }
    static void disarm() { faults().failAt = 0; }

    // `count` exchanges of two lines each, references PREFIX-1…
    std::string deliveries(const std::string& name, const std::string& prefix, int count) {
        const std::string path = (dir() / name).string();
        std::ofstream out(path, std::ios::binary);
        out << "date,reference,shipper,good,quantity\n";
        for (int i = 1; i <= count; ++i) {
            out << "2023-05-02," << prefix << '-' << i << ",RU-A,WHEAT,1.5\n";
            out << "2023-05-02," << prefix << '-' << i << ",KP-B,BEER,300\n";
        }
        return path;
    }
    std::int64_t exchanges() { return book().database().queryInt("SELECT count(*) FROM exchange"); }

    // Closes and reopens the book (recovering its log) and checks it through and through.
    void expectSound(const std::string& when) {
        reopen();
        EXPECT_EQ(book().database().queryText("PRAGMA integrity_check"), "ok") << when;
        EXPECT_TRUE(book().integrity().verify(*auditor).ok) << when;
    }

    // Runs an import of 40 exchanges with the Nth write failing, for every N up to the number
    // of writes the import takes when nothing fails.
    void failEveryWriteInTurn(int error, const std::string& expectedWords) {
        arm(0, error);
        faults().writes = 0;
        const std::string probe = deliveries("probe.csv", "P", 40);
        book().journal().importDeliveries(*clerk, probe, "AGR");
        const long writes = faults().writes;
        ASSERT_GT(writes, 3);
        std::cout << "an import of 40 exchanges takes " << writes << " writes\n";
        std::int64_t expected = exchanges();
        for (long n = 1; n <= writes; ++n) {
            const std::string when =
                "failing write " + std::to_string(n) + " of " + std::to_string(writes);
            const std::string file = deliveries("f.csv", "F" + std::to_string(n), 40);
            arm(n, error);
            bool failed = false;
            try {
                book().journal().importDeliveries(*clerk, file, "AGR");
            } catch (const Error& e) {
                failed = true;
                EXPECT_EQ(e.kind(), ErrorKind::Storage) << when << ": " << e.what();
                EXPECT_NE(std::string(e.what()).find(expectedWords), std::string::npos)
                    << when << ": " << e.what();
            }
            disarm();
            expectSound(when);
            // All of the import or none of it, and none whenever an error was reported.
            const std::int64_t now = exchanges();
            if (failed)
                EXPECT_EQ(now, expected) << when;
            else
                EXPECT_EQ(now, expected + 40) << when;
            expected = now;
        }
    }
};

TEST_F(FaultTest, AnIoErrorOnAnyWriteLeavesAllOrNothing) {
    failEveryWriteInTurn(SQLITE_IOERR_WRITE, "I/O error");
}

TEST_F(FaultTest, AFullDiskOnAnyWriteLeavesAllOrNothing) {
    failEveryWriteInTurn(SQLITE_FULL, "disk is full");
}

TEST_F(FaultTest, ABookAtItsSizeLimitRefusesTheImportWhole) {
    const std::int64_t before = exchanges();
    const std::int64_t pages = book().database().queryInt("PRAGMA page_count");
    book().database().exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
    try {
        book().journal().importDeliveries(*clerk, deliveries("big.csv", "B", 3000), "AGR");
        FAIL() << "an import past the size limit went through";
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("disk is full"), std::string::npos) << e.what();
    }
    EXPECT_EQ(exchanges(), before);
    expectSound("after the refused import");
    // With room again (a reopened book has no limit), the same import goes through whole.
    book().journal().importDeliveries(*clerk, deliveries("big.csv", "B", 3000), "AGR");
    EXPECT_EQ(exchanges(), before + 3000);
}

// Closing the last connection copies the log into the book (a checkpoint); when those writes
// fail, the log keeps everything and the next open recovers it.
TEST_F(FaultTest, AFailedCheckpointOnCloseLosesNothing) {
    book().journal().importDeliveries(*clerk, deliveries("more.csv", "M", 200), "AGR");
    const std::int64_t posted = exchanges();
    arm(1, SQLITE_IOERR_WRITE);
    EXPECT_NO_THROW(reopen());
    disarm();
    expectSound("after the failed checkpoint");
    EXPECT_EQ(exchanges(), posted);
}

TEST_F(FaultTest, ASingleRecordFailsCleanlyAndTheNextOneWorks) {
    const std::int64_t before = exchanges();
    arm(1, SQLITE_IOERR_WRITE);
    EXPECT_THROW(
        book().journal().post(*clerk, draft("2023-06-01", "R-1", {{"RU-A", "WHEAT", "2"}})),
        StorageError);
    disarm();
    EXPECT_EQ(exchanges(), before);
    // The same connection carries on: nothing half-done is left in it.
    book().journal().post(*clerk, draft("2023-06-01", "R-1", {{"RU-A", "WHEAT", "2"}}));
    EXPECT_EQ(exchanges(), before + 1);
    expectSound("after the retried record");
}

} // namespace
} // namespace barter::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksum_vfs.h"
#include "checksum_vfs_file.h"

#include "../error.h"

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <set>
#include <type_traits>

namespace barter::checksum_vfs {

namespace {

using namespace detail;

constexpr const char* kName = "barter-checksums";

// Page 1 of a checksummed book whose "reserved bytes" field was damaged would make the whole
// file look unchecked; it still matches the checksum written when the field said 8.
bool reserveFieldDamaged(const unsigned char* page, std::size_t size) {
    if (declaredPageSize(page, size) != size || page[20] == kReserveBytes)
        return false;
    std::unique_ptr<unsigned char[]> copy(new (std::nothrow) unsigned char[size]);
    if (!copy)
        return false;
    std::memcpy(copy.get(), page, size);
    copy[20] = kReserveBytes;
    return load64(copy.get() + size - kReserve) == pageChecksum(copy.get(), size, 1);
}

int checkedRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    CheckedFile* f = self(file);
    if (f->wal != 0)
        return walRead(f, buffer, amount, offset);
    const int rc = f->real->pMethods->xRead(f->real, buffer, amount, offset);
    if (f->mainDatabase == 0 || rc != SQLITE_OK)
        return rc; // a short read past the end is zero-filled by SQLite's rules, not damage
    const auto* bytes = static_cast<const unsigned char*>(buffer);
    const auto size = static_cast<std::size_t>(amount);
    if (offset == 0) {
        if (f->verify != 0 && reserveFieldDamaged(bytes, size)) {
            f->pageSize = size;
            f->reserve = kReserveBytes;
            f->lastDamagedPage = 1;
            return SQLITE_IOERR_DATA;
        }
        learnHeader(f, bytes, size);
    }
    if (f->verify == 0)
        return rc;
    if (const std::int64_t page = checkedPage(f, amount, offset);
        page != 0 && !pageIntact(bytes, size, page)) {
        f->lastDamagedPage = page;
        return SQLITE_IOERR_DATA;
    }
    return rc;
}

int checkedWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
    CheckedFile* f = self(file);
    if (f->wal != 0)
        return walWrite(f, static_cast<const unsigned char*>(data), amount, offset);
    if (f->mainDatabase != 0 && offset == 0)
        learnHeader(f, static_cast<const unsigned char*>(data), static_cast<std::size_t>(amount));
    const std::int64_t page = checkedPage(f, amount, offset);
    if (page == 0)
        return f->real->pMethods->xWrite(f->real, data, amount, offset);
    const unsigned char* sealed = sealedCopy(f, data, static_cast<std::size_t>(amount), page);
    if (sealed == nullptr)
        return SQLITE_IOERR_NOMEM;
    return f->real->pMethods->xWrite(f->real, sealed, amount, offset);
}
int sealPages(CheckedFile* f) {
    unsigned char header[kHeaderSize];
    if (const int rc = readReal(f, header, sizeof header, 0); rc != SQLITE_OK)
        return rc;
    const std::size_t pageSize = declaredPageSize(header, sizeof header);
    if (pageSize == 0 || header[20] != kReserveBytes)
        return SQLITE_MISUSE; // no room for checksums
    sqlite3_int64 fileSize = 0;
    if (const int rc = f->real->pMethods->xFileSize(f->real, &fileSize); rc != SQLITE_OK)
        return rc;
    const auto size = static_cast<sqlite3_int64>(pageSize);
    const std::int64_t count = fileSize / size;
    const std::size_t chunkPages = std::max<std::size_t>(1, kScanChunkBytes / pageSize);
    std::unique_ptr<unsigned char[]> buffer(
        new (std::nothrow) unsigned char[chunkPages * pageSize]);
    if (!buffer)
        return SQLITE_IOERR_NOMEM;
    for (std::int64_t first = 1; first <= count;) {
        const std::int64_t n =
            std::min<std::int64_t>(static_cast<std::int64_t>(chunkPages), count - first + 1);
        const std::size_t bytes = static_cast<std::size_t>(n) * pageSize;
        if (const int rc = readReal(f, buffer.get(), bytes, (first - 1) * size); rc != SQLITE_OK)
            return rc;
        // Page by page: the wrapped VFS writes at most 128 KiB a call.
        for (std::int64_t i = 0; i < n; ++i) {
            unsigned char* page = buffer.get() + i * size;
            store64(page + pageSize - kReserve, pageChecksum(page, pageSize, first + i));
            if (const int rc = writeReal(f, page, pageSize, (first + i - 1) * size);
                rc != SQLITE_OK)
                return rc;
        }
        first += n;
    }
    learnHeader(f, header, sizeof header);
    return f->real->pMethods->xSync(f->real, SQLITE_SYNC_FULL);
}

int scanPages(CheckedFile* f, PageScan& scan) {
    unsigned char header[kHeaderSize];
    int rc = f->real->pMethods->xRead(f->real, header, sizeof header, 0);
    if (rc == SQLITE_IOERR_SHORT_READ)
        return SQLITE_OK; // an empty or tiny file has no pages to check
    if (rc != SQLITE_OK)
        return rc;
    const std::size_t pageSize = declaredPageSize(header, sizeof header);
    if (pageSize == 0)
        return SQLITE_OK;
    sqlite3_int64 fileSize = 0;
    if ((rc = f->real->pMethods->xFileSize(f->real, &fileSize)) != SQLITE_OK)
        return rc;
    const auto size = static_cast<sqlite3_int64>(pageSize);
    std::int64_t count = fileSize / size;
    // The header's page count is valid while its two change counters agree; pages past it are
    // left over from a larger file and belong to nothing.
    if (be32(header + 24) == be32(header + 92) && be32(header + 28) != 0)
        count = std::min<std::int64_t>(count, be32(header + 28));
    const std::size_t chunkPages = std::max<std::size_t>(1, kScanChunkBytes / pageSize);
    std::unique_ptr<unsigned char[]> buffer(
        new (std::nothrow) unsigned char[chunkPages * pageSize]);
    if (!buffer)
        return SQLITE_IOERR_NOMEM;
    // Page 1 decides whether the file is checked at all: its reserved-bytes field, or (when
    // that field is what was damaged) its checksum.
    if ((rc = f->real->pMethods->xRead(f->real, buffer.get(), static_cast<int>(pageSize), 0)) !=
        SQLITE_OK)
        return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_OK : rc;
    scan.checksummed = header[20] == kReserveBytes || reserveFieldDamaged(buffer.get(), pageSize);
    if (!scan.checksummed)
        return SQLITE_OK;
    std::set<std::int64_t> seen; // a page damaged in several frames, or in the log and the book
    auto damaged = [&](std::int64_t page) {
        if (!seen.insert(page).second)
            return;
        if (scan.damaged.size() < scan.keep)
            scan.damaged.push_back(page);
        ++scan.damagedCount;
    };
    for (std::int64_t first = 1; first <= count;) {
        const std::int64_t n =
            std::min<std::int64_t>(static_cast<std::int64_t>(chunkPages), count - first + 1);
        rc = f->real->pMethods->xRead(f->real, buffer.get(), static_cast<int>(n * size),
                                      (first - 1) * size);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
        for (std::int64_t i = 0; i < n; ++i) {
            const unsigned char* page = buffer.get() + i * size;
            if (pageIntact(page, pageSize, first + i))
                continue;
            // A checkpoint in another program may have been writing this very page: read it
            // once more before calling it damaged.
            std::unique_ptr<unsigned char[]> again(new (std::nothrow) unsigned char[pageSize]);
            if (!again)
                return SQLITE_IOERR_NOMEM;
            if (f->real->pMethods->xRead(f->real, again.get(), static_cast<int>(pageSize),
                                         (first + i - 1) * size) != SQLITE_OK ||
                !pageIntact(again.get(), pageSize, first + i))
                damaged(first + i);
        }
        scan.pages += n;
        first += n;
    }
    return f->partner != nullptr ? scanLog(f, f->partner, damaged) : SQLITE_OK;
}

int checkedFileControl(sqlite3_file* file, int op, void* arg) {
    CheckedFile* f = self(file);
    if (const int rc = flushHeld(f); rc != SQLITE_OK)
        return rc;
    if (f->mainDatabase != 0) {
        switch (op) {
        case kVerifyPages: {
            int* value = static_cast<int*>(arg);
            const int previous = f->verify;
            if (*value >= 0)
                f->verify = *value != 0 ? 1 : 0;
            *value = previous;
            return SQLITE_OK;
        }
        case kLastDamagedPage:
            *static_cast<std::int64_t*>(arg) = f->lastDamagedPage;
            return SQLITE_OK;
        case kScanPages:
            try {
                return scanPages(f, *static_cast<PageScan*>(arg));
            } catch (...) { // no exception may cross into SQLite's C code
                return SQLITE_IOERR_NOMEM;
            }
        case kSealPages:
            return sealPages(f);
        default:
            break;
        }
    }
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int checkedClose(sqlite3_file* file) {
    CheckedFile* f = self(file);
    const int flushed = flushHeld(f);
    if (f->partner != nullptr) {
        f->partner->partner = nullptr;
        f->partner = nullptr;
    }
    int rc = f->real->pMethods->xClose(f->real);
    if (rc == SQLITE_OK)
        rc = flushed;
    sqlite3_free(f->scratch);
    f->scratch = nullptr;
    f->scratchSize = 0;
    return rc;
}

// Memory-mapped pages would reach SQLite without being verified: a main file offers none, so
// SQLite reads through xRead. Other files pass through.
int checkedFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
    CheckedFile* f = self(file);
    if (f->mainDatabase != 0 || f->real->pMethods->iVersion < 3) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return f->real->pMethods->xFetch(f->real, offset, amount, out);
}

int checkedUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page) {
    CheckedFile* f = self(file);
    if (f->mainDatabase != 0 || f->real->pMethods->iVersion < 3)
        return SQLITE_OK;
    return f->real->pMethods->xUnfetch(f->real, offset, page);
}

sqlite3_io_methods makeMethods(int version) {
    sqlite3_io_methods m{};
    m.iVersion = version;
    m.xClose = checkedClose;
    m.xRead = checkedRead;
    m.xWrite = checkedWrite;
    // A frame header held back for its page is written before anything else touches the log.
    m.xTruncate = [](sqlite3_file* p, sqlite3_int64 size) {
        const int rc = flushHeld(self(p));
        return rc != SQLITE_OK ? rc : real(p)->pMethods->xTruncate(real(p), size);
    };
    m.xSync = [](sqlite3_file* p, int flags) {
        const int rc = flushHeld(self(p));
        return rc != SQLITE_OK ? rc : real(p)->pMethods->xSync(real(p), flags);
    };
    m.xFileSize = [](sqlite3_file* p, sqlite3_int64* size) {
        const int rc = flushHeld(self(p));
        return rc != SQLITE_OK ? rc : real(p)->pMethods->xFileSize(real(p), size);
    };
    m.xLock = [](sqlite3_file* p, int lock) { return real(p)->pMethods->xLock(real(p), lock); };
    m.xUnlock = [](sqlite3_file* p, int lock) { return real(p)->pMethods->xUnlock(real(p), lock); };
    m.xCheckReservedLock = [](sqlite3_file* p, int* out) {
        return real(p)->pMethods->xCheckReservedLock(real(p), out);
    };
    m.xFileControl = checkedFileControl;
    m.xSectorSize = [](sqlite3_file* p) { return real(p)->pMethods->xSectorSize(real(p)); };
    m.xDeviceCharacteristics = [](sqlite3_file* p) {
        return real(p)->pMethods->xDeviceCharacteristics(real(p));
    };
    if (version < 2)
        return m;
    m.xShmMap = [](sqlite3_file* p, int region, int size, int extend, void volatile** out) {
        return real(p)->pMethods->xShmMap(real(p), region, size, extend, out);
    };
    m.xShmLock = [](sqlite3_file* p, int offset, int n, int flags) {
        return real(p)->pMethods->xShmLock(real(p), offset, n, flags);
    };
    m.xShmBarrier = [](sqlite3_file* p) { real(p)->pMethods->xShmBarrier(real(p)); };
    m.xShmUnmap = [](sqlite3_file* p, int deleteFlag) {
        return real(p)->pMethods->xShmUnmap(real(p), deleteFlag);
    };
    if (version < 3)
        return m;
    m.xFetch = checkedFetch;
    m.xUnfetch = checkedUnfetch;
    return m;
}

// A wrapped file offers what the real one offers: shared memory (for the write-ahead log) only
// when the real file has it; the fetch methods always at version 3.
const sqlite3_io_methods* methodsFor(const sqlite3_io_methods* realMethods) {
    static const sqlite3_io_methods version1 = makeMethods(1);
    static const sqlite3_io_methods version3 = makeMethods(3);
    return realMethods->iVersion >= 2 ? &version3 : &version1;
}

int checkedOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags,
                int* outFlags) {
    CheckedFile* f = self(file);
    std::memset(f, 0, sizeof *f);
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<unsigned char*>(file) + kRealOffset);
    f->mainDatabase = (flags & SQLITE_OPEN_MAIN_DB) != 0 ? 1 : 0;
    f->wal = (flags & SQLITE_OPEN_WAL) != 0 ? 1 : 0;
    f->verify = 1;
    f->reserve = -1;
    f->heldAt = -1;
    sqlite3_vfs* wrapped = realVfs(vfs);
    const int rc = wrapped->xOpen(wrapped, name, f->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open: mirror the real
    // file so that its xClose runs exactly when it must.
    f->base.pMethods = f->real->pMethods != nullptr ? methodsFor(f->real->pMethods) : nullptr;
    if (rc == SQLITE_OK && f->wal != 0 && name != nullptr) {
        // The log's main file was opened through this VFS too (SQLite opens a log with the
        // VFS of its database), so it is one of ours; linked both ways until either closes.
        sqlite3_file* main = sqlite3_database_file_object(name);
        if (main != nullptr && main->pMethods != nullptr && main->pMethods->xRead == checkedRead &&
            self(main)->partner == nullptr) {
            f->partner = self(main);
            f->partner->partner = f;
        }
    }
    return rc;
}

sqlite3_vfs* registerVfs() {
    if (sqlite3_initialize() != SQLITE_OK)
        return nullptr;
    sqlite3_vfs* wrapped = sqlite3_vfs_find(nullptr);
    if (wrapped == nullptr)
        return nullptr;
    static sqlite3_vfs vfs{};
    vfs.iVersion = std::min(wrapped->iVersion, 3);
    vfs.szOsFile = static_cast<int>(kRealOffset) + wrapped->szOsFile;
    vfs.mxPathname = wrapped->mxPathname;
    vfs.zName = kName;
    vfs.pAppData = wrapped;
    vfs.xOpen = checkedOpen;
    vfs.xDelete = [](sqlite3_vfs* v, const char* path, int sync) {
        return realVfs(v)->xDelete(realVfs(v), path, sync);
    };
    vfs.xAccess = [](sqlite3_vfs* v, const char* path, int flags, int* out) {
        return realVfs(v)->xAccess(realVfs(v), path, flags, out);
    };
    vfs.xFullPathname = [](sqlite3_vfs* v, const char* path, int size, char* out) {
        return realVfs(v)->xFullPathname(realVfs(v), path, size, out);
    };
    vfs.xDlOpen = [](sqlite3_vfs* v, const char* path) {
        return realVfs(v)->xDlOpen(realVfs(v), path);
    };
    vfs.xDlError = [](sqlite3_vfs* v, int size, char* out) {
        realVfs(v)->xDlError(realVfs(v), size, out);
    };
    vfs.xDlSym = [](sqlite3_vfs* v, void* handle, const char* symbol) {
        return realVfs(v)->xDlSym(realVfs(v), handle, symbol);
    };
    vfs.xDlClose = [](sqlite3_vfs* v, void* handle) { realVfs(v)->xDlClose(realVfs(v), handle); };
    vfs.xRandomness = [](sqlite3_vfs* v, int size, char* out) {
        return realVfs(v)->xRandomness(realVfs(v), size, out);
    };
    vfs.xSleep = [](sqlite3_vfs* v, int micros) { return realVfs(v)->xSleep(realVfs(v), micros); };
    vfs.xCurrentTime = [](sqlite3_vfs* v, double* out) {
        return realVfs(v)->xCurrentTime(realVfs(v), out);
    };
    vfs.xGetLastError = [](sqlite3_vfs* v, int size, char* out) {
        return realVfs(v)->xGetLastError != nullptr
                   ? realVfs(v)->xGetLastError(realVfs(v), size, out)
                   : 0;
    };
    if (vfs.iVersion >= 2)
        vfs.xCurrentTimeInt64 = [](sqlite3_vfs* v, sqlite3_int64* out) {
            return realVfs(v)->xCurrentTimeInt64(realVfs(v), out);
        };
    if (vfs.iVersion >= 3) {
        vfs.xSetSystemCall = [](sqlite3_vfs* v, const char* call, sqlite3_syscall_ptr p) {
            return realVfs(v)->xSetSystemCall(realVfs(v), call, p);
        };
        vfs.xGetSystemCall = [](sqlite3_vfs* v, const char* call) {
            return realVfs(v)->xGetSystemCall(realVfs(v), call);
        };
        vfs.xNextSystemCall = [](sqlite3_vfs* v, const char* call) {
            return realVfs(v)->xNextSystemCall(realVfs(v), call);
        };
    }
    return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK ? &vfs : nullptr;
}

} // namespace

const char* name() {
    static sqlite3_vfs* const registered = registerVfs();
    if (registered == nullptr)
        throw StorageError("cannot set up page checksums (SQLite refused the VFS)", SQLITE_ERROR);
    return kName;
}

std::uint64_t pageChecksum(const unsigned char* page, std::size_t size, std::int64_t number) {
    // Two running sums of the page's 64-bit words, modulo 2^64 (Fletcher's scheme): the first
    // changes with any changed word, the second also with words moved within the page. The
    // page number is a seed, so a page written in another page's place does not match either.
    std::uint64_t sum = 0x243f6a8885a308d3u ^ static_cast<std::uint64_t>(number);
    std::uint64_t weighted = 0x13198a2e03707344u;
    const std::size_t end = size - kReserve;
    for (std::size_t at = 0; at + 8 <= end; at += 8) {
        sum += load64(page + at);
        weighted += sum;
    }
    return mix(sum) ^ mix(weighted + 0x9e3779b97f4a7c15u);
}

bool pageIntact(const unsigned char* page, std::size_t size, std::int64_t number) {
    if (number == 1 && size >= kHeaderSize && page[20] != kReserveBytes)
        return !reserveFieldDamaged(page, size);
    return load64(page + size - kReserve) == pageChecksum(page, size, number);
}

} // namespace barter::checksum_vfs

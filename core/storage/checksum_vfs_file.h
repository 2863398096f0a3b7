// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checksum VFS's own parts (checksum_vfs.cpp, checksum_wal.cpp): what SQLite sees as a file,
// and the checks of pages shared by the book and its write-ahead log. Not for other code.

#include "checksum_vfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <new>
#include <type_traits>

namespace barter::checksum_vfs::detail {

constexpr std::size_t kHeaderSize = 100;
constexpr std::size_t kReserve = static_cast<std::size_t>(kReserveBytes);
// Pages read per call while scanning a whole file.
constexpr std::size_t kScanChunkBytes = 256 * 1024;

inline std::uint64_t load64(const unsigned char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    return v;
}

inline void store64(unsigned char* p, std::uint64_t v) {
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    std::memcpy(p, &v, sizeof v);
}

inline std::uint32_t be32(const unsigned char* p) {
    return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 |
           std::uint32_t{p[3]};
}

// Spreads every input bit over all 64 output bits (the finaliser of SplitMix64).
inline std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9u;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebu;
    return x ^ (x >> 31);
}

// The page size an SQLite header declares, or 0 when `header` is not one.
inline std::size_t declaredPageSize(const unsigned char* header, std::size_t amount) {
    static constexpr unsigned char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    if (amount < kHeaderSize || std::memcmp(header, kMagic, sizeof kMagic) != 0)
        return 0;
    const std::size_t size = header[16] == 0 && header[17] == 1
                                 ? 65536u
                                 : (std::size_t{header[16]} << 8 | std::size_t{header[17]});
    if (size < 512 || size > 65536 || (size & (size - 1)) != 0)
        return 0;
    return size;
}

// What SQLite sees as a file. `real` is the wrapped VFS's file, in the same allocation.
struct CheckedFile {
    sqlite3_file base;
    sqlite3_file* real;
    int mainDatabase;              // SQLITE_OPEN_MAIN_DB
    int wal;                       // SQLITE_OPEN_WAL: the main file's write-ahead log
    CheckedFile* partner;          // from a log to its main file and back; null when closed
    int verify;                    // reads are verified (kVerifyPages; a log follows its main)
    std::size_t pageSize;          // from the last header read or written; 0 until then
    int reserve;                   // the header's reserved bytes per page; -1 until known
    sqlite3_int64 lastDamagedPage; // kLastDamagedPage
    unsigned char* scratch;        // a page-sized copy for writing (sqlite3_malloc)
    std::size_t scratchSize;
    // A log's own state: its page size (0 until its header is known), the byte order of its
    // frame checksums (from the header's magic number), and a frame header that SQLite wrote
    // and whose page has not come yet (heldAt < 0: none).
    std::size_t walPageSize;
    int walBigEndian;
    sqlite3_int64 heldAt;
    unsigned char held[24];
};
static_assert(std::is_standard_layout_v<CheckedFile> && std::is_trivial_v<CheckedFile>);
static_assert(offsetof(CheckedFile, base) == 0);
constexpr std::size_t kRealOffset = (sizeof(CheckedFile) + 15) & ~std::size_t{15};

inline CheckedFile* self(sqlite3_file* file) {
    return reinterpret_cast<CheckedFile*>(file);
}
inline sqlite3_file* real(sqlite3_file* file) {
    return self(file)->real;
}
inline sqlite3_vfs* realVfs(sqlite3_vfs* vfs) {
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

inline void learnHeader(CheckedFile* f, const unsigned char* header, std::size_t amount) {
    if (const std::size_t size = declaredPageSize(header, amount); size != 0) {
        f->pageSize = size;
        f->reserve = header[20];
    }
}

// The page number of a whole, aligned page at `offset` of a checked file, or 0.
inline std::int64_t checkedPage(const CheckedFile* f, int amount, sqlite3_int64 offset) {
    if (f->mainDatabase == 0 || f->reserve != kReserveBytes || f->pageSize == 0 || amount < 0 ||
        static_cast<std::size_t>(amount) != f->pageSize || offset < 0)
        return 0;
    const auto size = static_cast<sqlite3_int64>(f->pageSize);
    return offset % size == 0 ? offset / size + 1 : 0;
}

// A copy of `page` in the file's scratch buffer with its checksum in the reserved bytes (the
// buffer given is SQLite's page cache, not ours to change); null when memory runs out.
inline unsigned char* sealedCopy(CheckedFile* f, const void* page, std::size_t size,
                                 std::int64_t number) {
    if (f->scratchSize < size) {
        void* grown = sqlite3_realloc64(f->scratch, size);
        if (grown == nullptr)
            return nullptr;
        f->scratch = static_cast<unsigned char*>(grown);
        f->scratchSize = size;
    }
    std::memcpy(f->scratch, page, size);
    store64(f->scratch + size - kReserve, pageChecksum(f->scratch, size, number));
    return f->scratch;
}

// Reads and writes of the wrapped file.
int readReal(CheckedFile* f, unsigned char* out, std::size_t amount, sqlite3_int64 offset);
int writeReal(CheckedFile* f, const unsigned char* data, std::size_t amount, sqlite3_int64 offset);

// The write-ahead log (checksum_wal.cpp): its writes and reads, a frame header held back for its
// page written out, and the scan of the pages of its committed frames (`damaged(page)` for each
// that fails its checksum).
int walWrite(CheckedFile* f, const unsigned char* data, int amount, sqlite3_int64 offset);
int walRead(CheckedFile* f, void* buffer, int amount, sqlite3_int64 offset);
int flushHeld(CheckedFile* f);
int scanLog(CheckedFile* main, CheckedFile* wal, const std::function<void(std::int64_t)>& damaged);

} // namespace barter::checksum_vfs::detail

#include "checksum_vfs.h"

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

constexpr const char* kName = "barter-checksums";
constexpr std::size_t kHeaderSize = 100;
constexpr std::size_t kReserve = static_cast<std::size_t>(kReserveBytes);
// Pages read per call while scanning a whole file.
constexpr std::size_t kScanChunkBytes = 256 * 1024;

std::uint64_t load64(const unsigned char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    return v;
}

void store64(unsigned char* p, std::uint64_t v) {
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    std::memcpy(p, &v, sizeof v);
}

std::uint32_t be32(const unsigned char* p) {
    return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 |
           std::uint32_t{p[3]};
}

// Spreads every input bit over all 64 output bits (the finaliser of SplitMix64).
std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9u;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebu;
    return x ^ (x >> 31);
}

// The page size an SQLite header declares, or 0 when `header` is not one.
std::size_t declaredPageSize(const unsigned char* header, std::size_t amount) {
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

CheckedFile* self(sqlite3_file* file) {
    return reinterpret_cast<CheckedFile*>(file);
}
sqlite3_file* real(sqlite3_file* file) {
    return self(file)->real;
}
sqlite3_vfs* realVfs(sqlite3_vfs* vfs) {
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

void learnHeader(CheckedFile* f, const unsigned char* header, std::size_t amount) {
    if (const std::size_t size = declaredPageSize(header, amount); size != 0) {
        f->pageSize = size;
        f->reserve = header[20];
    }
}

// The page number of a whole, aligned page at `offset` of a checked file, or 0.
std::int64_t checkedPage(const CheckedFile* f, int amount, sqlite3_int64 offset) {
    if (f->mainDatabase == 0 || f->reserve != kReserveBytes || f->pageSize == 0 || amount < 0 ||
        static_cast<std::size_t>(amount) != f->pageSize || offset < 0)
        return 0;
    const auto size = static_cast<sqlite3_int64>(f->pageSize);
    return offset % size == 0 ? offset / size + 1 : 0;
}

// A copy of `page` in the file's scratch buffer with its checksum in the reserved bytes (the
// buffer given is SQLite's page cache, not ours to change); null when memory runs out.
unsigned char* sealedCopy(CheckedFile* f, const void* page, std::size_t size, std::int64_t number) {
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

// --- The write-ahead log ----------------------------------------------------------------------
// A log is a 32-byte header and frames of a 24-byte frame header (page number, commit size,
// salts, a running checksum over every frame so far) and one page. SQLite writes a frame as two
// writes, the frame header and then the page, and computes the frame's checksum from the page it
// has in memory, whose reserved bytes still hold whatever the page had when it was last read.
// So each page gets its checksum here, on its way into the log, and the frame's running
// checksum is computed again over what is really written, chained from the frame before it on
// the disk. Any program that later recovers the log (SQLite's rules, the same checksums) and
// copies its pages into the book then copies pages that match their checksums.
constexpr std::size_t kWalHeader = 32;
constexpr std::size_t kFrameHeader = 24;
constexpr sqlite3_int64 kFrameHeaderOffset = 24; // the same, as a file offset

std::uint32_t le32(const unsigned char* p) {
    return std::uint32_t{p[3]} << 24 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[1]} << 8 |
           std::uint32_t{p[0]};
}
void putBe32(unsigned char* p, std::uint32_t v) {
    p[0] = static_cast<unsigned char>(v >> 24);
    p[1] = static_cast<unsigned char>(v >> 16);
    p[2] = static_cast<unsigned char>(v >> 8);
    p[3] = static_cast<unsigned char>(v);
}

// SQLite's log checksum: two running 32-bit sums over pairs of words, in the log's byte order.
void walChecksum(bool bigEndian, const unsigned char* data, std::size_t size, std::uint32_t& s1,
                 std::uint32_t& s2) {
    for (std::size_t at = 0; at + 8 <= size; at += 8) {
        s1 += (bigEndian ? be32(data + at) : le32(data + at)) + s2;
        s2 += (bigEndian ? be32(data + at + 4) : le32(data + at + 4)) + s1;
    }
}

int readReal(CheckedFile* f, unsigned char* out, std::size_t amount, sqlite3_int64 offset) {
    return f->real->pMethods->xRead(f->real, out, static_cast<int>(amount), offset);
}
int writeReal(CheckedFile* f, const unsigned char* data, std::size_t amount, sqlite3_int64 offset) {
    return f->real->pMethods->xWrite(f->real, data, static_cast<int>(amount), offset);
}

void learnWalHeader(CheckedFile* f, const unsigned char* header) {
    const std::uint32_t magic = be32(header);
    const std::size_t size = be32(header + 8);
    if ((magic & 0xfffffffeu) != 0x377f0682u || size < 512 || size > 65536 ||
        (size & (size - 1)) != 0)
        return;
    f->walBigEndian = static_cast<int>(magic & 1u);
    f->walPageSize = size;
}

// The log's page size, read from its header on first need; 0 while it has none.
std::size_t walPageSize(CheckedFile* f) {
    if (f->walPageSize == 0) {
        unsigned char header[kWalHeader];
        if (readReal(f, header, sizeof header, 0) == SQLITE_OK)
            learnWalHeader(f, header);
    }
    return f->walPageSize;
}

// The index of the frame whose page starts at `offset` (a page-sized access), or -1.
sqlite3_int64 frameOfPage(std::size_t pageSize, sqlite3_int64 offset) {
    const auto frame = static_cast<sqlite3_int64>(kFrameHeader + pageSize);
    const auto first = static_cast<sqlite3_int64>(kWalHeader + kFrameHeader);
    if (offset < first || (offset - first) % frame != 0)
        return -1;
    return (offset - first) / frame;
}
sqlite3_int64 frameOffset(std::size_t pageSize, sqlite3_int64 frame) {
    return static_cast<sqlite3_int64>(kWalHeader) +
           frame * static_cast<sqlite3_int64>(kFrameHeader + pageSize);
}

// Whether the book's pages carry checksums, as the main file (or a page 1 seen in the log)
// says; unknown counts as no.
bool walChecked(const CheckedFile* f) {
    return f->partner != nullptr && f->partner->reserve == kReserveBytes &&
           f->partner->pageSize == f->walPageSize;
}

void learnFromPageOne(CheckedFile* f, const unsigned char* page, std::size_t size) {
    if (f->partner != nullptr && declaredPageSize(page, size) == size)
        learnHeader(f->partner, page, size);
}

// Writes a whole frame: the page with its checksum, the frame header with the running checksum
// of what is written. A frame header that SQLite left without a checksum (it fills those in
// later, from the disk, when a transaction rewrote one of its own frames) is kept as it is.
int writeFrame(CheckedFile* f, const unsigned char* header, const unsigned char* page,
               sqlite3_int64 frame) {
    const std::size_t size = f->walPageSize;
    const std::uint32_t pageNumber = be32(header);
    if (pageNumber == 1)
        learnFromPageOne(f, page, size);
    const sqlite3_int64 at = frameOffset(size, frame);
    if (!walChecked(f) || pageNumber == 0) {
        const int rc = writeReal(f, header, kFrameHeader, at);
        return rc != SQLITE_OK ? rc : writeReal(f, page, size, at + kFrameHeaderOffset);
    }
    const unsigned char* sealed = sealedCopy(f, page, size, pageNumber);
    if (sealed == nullptr)
        return SQLITE_IOERR_NOMEM;
    unsigned char rewritten[kFrameHeader];
    std::memcpy(rewritten, header, kFrameHeader);
    const bool summed =
        std::any_of(header + 8, header + kFrameHeader, [](unsigned char b) { return b != 0; });
    if (summed) {
        // The running checksum so far: the log header's for the first frame, else the frame
        // before this one's, as they are on the disk.
        unsigned char seed[8];
        const sqlite3_int64 seedAt = frame == 0 ? 24 : frameOffset(size, frame - 1) + 16;
        if (const int rc = readReal(f, seed, sizeof seed, seedAt); rc != SQLITE_OK)
            return rc;
        std::uint32_t s1 = be32(seed), s2 = be32(seed + 4);
        const bool bigEndian = f->walBigEndian != 0;
        walChecksum(bigEndian, rewritten, 8, s1, s2);
        walChecksum(bigEndian, sealed, size, s1, s2);
        putBe32(rewritten + 16, s1);
        putBe32(rewritten + 20, s2);
    }
    const int rc = writeReal(f, rewritten, kFrameHeader, at);
    return rc != SQLITE_OK ? rc : writeReal(f, sealed, size, at + kFrameHeaderOffset);
}

// SQLite writes a frame's page in one call on a file with powersafe overwrite (the unix VFS's
// default, which this VFS passes on): with `psow=0` it may pad and split the last frame of a
// transaction at a sector boundary, and such a split page would reach the log unsealed.
//
// A frame header held back for its page goes out as SQLite wrote it when something else comes
// first (SQLite rewriting the checksums of frames already in the log does exactly that).
int flushHeld(CheckedFile* f) {
    if (f->heldAt < 0)
        return SQLITE_OK;
    const sqlite3_int64 at = f->heldAt;
    f->heldAt = -1;
    return writeReal(f, f->held, kFrameHeader, at);
}

// The page number of the frame whose page is at `offset`, from the frame header on the disk.
std::uint32_t pageNumberOnDisk(CheckedFile* f, sqlite3_int64 pageOffset) {
    unsigned char number[4];
    if (readReal(f, number, sizeof number, pageOffset - static_cast<sqlite3_int64>(kFrameHeader)) !=
        SQLITE_OK)
        return 0;
    return be32(number);
}

int walWrite(CheckedFile* f, const unsigned char* data, int amount, sqlite3_int64 offset) {
    const auto bytes = static_cast<std::size_t>(amount);
    if (offset == 0 && bytes >= kWalHeader) {
        if (const int rc = flushHeld(f); rc != SQLITE_OK)
            return rc;
        learnWalHeader(f, data);
        return writeReal(f, data, bytes, offset);
    }
    const std::size_t size = walPageSize(f);
    if (size != 0) {
        const sqlite3_int64 frame = frameOfPage(size, offset + kFrameHeaderOffset);
        if (bytes == kFrameHeader && frame >= 0) {
            if (const int rc = flushHeld(f); rc != SQLITE_OK)
                return rc;
            std::memcpy(f->held, data, kFrameHeader);
            f->heldAt = offset;
            return SQLITE_OK;
        }
        if (bytes == kFrameHeader + size && frame >= 0) {
            if (const int rc = flushHeld(f); rc != SQLITE_OK)
                return rc;
            return writeFrame(f, data, data + kFrameHeader, frame);
        }
        if (const sqlite3_int64 own = frameOfPage(size, offset); bytes == size && own >= 0) {
            if (f->heldAt == offset - static_cast<sqlite3_int64>(kFrameHeader)) {
                f->heldAt = -1;
                return writeFrame(f, f->held, data, own);
            }
            if (const int rc = flushHeld(f); rc != SQLITE_OK)
                return rc;
            // A transaction writing a page again over its own frame: only the page is written,
            // and SQLite recomputes the running checksums from the disk before it commits.
            unsigned char header[kFrameHeader] = {};
            putBe32(header, pageNumberOnDisk(f, offset));
            if (be32(header) == 1)
                learnFromPageOne(f, data, size);
            if (!walChecked(f) || be32(header) == 0)
                return writeReal(f, data, bytes, offset);
            const unsigned char* sealed = sealedCopy(f, data, size, be32(header));
            return sealed == nullptr ? SQLITE_IOERR_NOMEM : writeReal(f, sealed, size, offset);
        }
    }
    if (const int rc = flushHeld(f); rc != SQLITE_OK)
        return rc;
    return writeReal(f, data, bytes, offset);
}

// A page read from the log is verified like one read from the book: the page number comes from
// its frame header.
int walRead(CheckedFile* f, void* buffer, int amount, sqlite3_int64 offset) {
    if (const int rc = flushHeld(f); rc != SQLITE_OK)
        return rc;
    const int rc = f->real->pMethods->xRead(f->real, buffer, amount, offset);
    if (rc != SQLITE_OK || f->partner == nullptr)
        return rc;
    const std::size_t size = walPageSize(f);
    if (size == 0 || static_cast<std::size_t>(amount) != size || frameOfPage(size, offset) < 0)
        return rc;
    const std::uint32_t pageNumber = pageNumberOnDisk(f, offset);
    const auto* page = static_cast<const unsigned char*>(buffer);
    if (pageNumber == 1)
        learnFromPageOne(f, page, size);
    if (f->partner->verify == 0 || !walChecked(f) || pageNumber == 0)
        return rc;
    if (!pageIntact(page, size, pageNumber)) {
        f->partner->lastDamagedPage = pageNumber;
        return SQLITE_IOERR_DATA;
    }
    return rc;
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

// The frames of the log that the database is made of, as SQLite reads them: up to the last
// frame the log's shared index records (the connection scanning holds a read transaction, so
// none of them is overwritten meanwhile). Without an index (a connection in exclusive locking
// mode keeps it in memory) as a recovery finds them: the header's salts and an unbroken running
// checksum, up to the last commit frame. Each page is checked straight from the disk.
template <typename Damaged> int scanLog(CheckedFile* main, CheckedFile* wal, Damaged&& damaged) {
    if (const int rc = flushHeld(wal); rc != SQLITE_OK)
        return rc;
    unsigned char header[kWalHeader];
    if (readReal(wal, header, sizeof header, 0) != SQLITE_OK)
        return SQLITE_OK; // an empty log
    learnWalHeader(wal, header);
    const std::size_t size = wal->walPageSize;
    if (size == 0 || !walChecked(wal))
        return SQLITE_OK;
    std::optional<std::uint32_t> recorded; // frames the shared index records
    volatile void* region = nullptr;
    if (main->real->pMethods->iVersion >= 2 &&
        main->real->pMethods->xShmMap(main->real, 0, 32768, 0, &region) == SQLITE_OK &&
        region != nullptr) {
        const auto* index = static_cast<const volatile unsigned char*>(region);
        unsigned char copies[96];
        for (std::size_t i = 0; i < sizeof copies; ++i)
            copies[i] = index[i];
        std::uint32_t frames = 0;
        std::memcpy(&frames, copies + 16, sizeof frames); // mxFrame, in native order
        if (std::memcmp(copies, copies + 48, 48) == 0 && copies[12] != 0 &&
            std::memcmp(copies + 32, header + 16, 8) == 0) // initialised, same salts
            recorded = frames;
    }
    const bool bigEndian = wal->walBigEndian != 0;
    std::uint32_t s1 = 0, s2 = 0;
    walChecksum(bigEndian, header, 24, s1, s2);
    if (!recorded && (s1 != be32(header + 24) || s2 != be32(header + 28)))
        return SQLITE_OK; // SQLite ignores such a log
    std::vector<unsigned char> frame(kFrameHeader + size);
    std::vector<std::int64_t> uncommitted; // damaged pages since the last commit frame
    for (sqlite3_int64 index = 0; !recorded || index < *recorded; ++index) {
        if (readReal(wal, frame.data(), frame.size(), frameOffset(size, index)) != SQLITE_OK)
            break;
        const unsigned char* page = frame.data() + kFrameHeader;
        const std::uint32_t number = be32(frame.data());
        if (number == 0 || std::memcmp(frame.data() + 8, header + 16, 8) != 0)
            break;
        if (!recorded) {
            walChecksum(bigEndian, frame.data(), 8, s1, s2);
            walChecksum(bigEndian, page, size, s1, s2);
            if (s1 != be32(frame.data() + 16) || s2 != be32(frame.data() + 20))
                break;
        }
        if (!pageIntact(page, size, number))
            uncommitted.push_back(number);
        if (recorded || be32(frame.data() + 4) != 0) { // committed: it counts
            for (std::int64_t bad : uncommitted)
                damaged(bad);
            uncommitted.clear();
        }
    }
    return SQLITE_OK;
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

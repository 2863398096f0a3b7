// SPDX-License-Identifier: GPL-3.0-or-later
// The write-ahead log of a checked book: each page gets its checksum on its way into the log,
// frames keep a running checksum that chains on the disk, pages read from the log are checked.
#include "checksum_vfs_file.h"

#include <optional>
#include <vector>

namespace barter::checksum_vfs::detail {

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

// The frames of the log that the database is made of, as SQLite reads them: up to the last
// frame the log's shared index records (the connection scanning holds a read transaction, so
// none of them is overwritten meanwhile). Without an index (a connection in exclusive locking
// mode keeps it in memory) as a recovery finds them: the header's salts and an unbroken running
// checksum, up to the last commit frame. Each page is checked straight from the disk.
int scanLog(CheckedFile* main, CheckedFile* wal, const std::function<void(std::int64_t)>& damaged) {
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

} // namespace barter::checksum_vfs::detail

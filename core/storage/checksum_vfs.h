// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Page checksums for books: an SQLite VFS that wraps the default one. SQLite's own checks look
// at a file's structure, not its content, so a flipped byte inside a record goes unnoticed; a
// checksum in each page's reserved bytes notices it the moment the page is read.
//
// A database's main file is checked when its header reserves exactly kReserveBytes bytes per
// page (new books do; older ones stay unchecked until `barter upgrade`). Every whole-page write
// gets the checksum of the rest of the page in its last 8 bytes; every whole-page read is
// verified and fails with SQLITE_IOERR_DATA on a mismatch. Its write-ahead log is checked the
// same way: a page gets its checksum on its way into the log, and the frame's own running
// checksum (SQLite's) is computed again over what is really written, so any SQLite program that
// recovers the log after a crash and checkpoints it copies pages that match; pages read from
// the log are verified too. The log's index and journals pass straight through. Memory-mapped
// reads are never offered for a main file, so no page reaches SQLite unverified.
//
// Not cryptographic: it catches damage by disks and by programs other than ours, and the hash
// chain is what catches deliberate changes.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace barter::checksum_vfs {

inline constexpr int kReserveBytes = 8;

// The VFS's name for sqlite3_open_v2, registered (not as the default) on first use; thread-safe.
// It wraps whatever VFS is the default at that moment. Throws StorageError when SQLite refuses it.
const char* name();

// File-control opcodes (sqlite3_file_control on "main") understood by files opened through it.
// kVerifyPages: `int*` in: 1 turns verification of reads on, 0 off, -1 leaves it; out: what it
// was. It is per connection and on when the file is opened; writes always get checksums.
inline constexpr int kVerifyPages = 0x42520001;
// kLastDamagedPage: `std::int64_t*` out: the page whose checksum last failed (0: none yet).
inline constexpr int kLastDamagedPage = 0x42520002;
// kScanPages: `PageScan*`: reads every page of the main file straight from the disk (not from
// SQLite's cache) and checks it, whatever the verification setting; then the pages of the
// committed frames of its open write-ahead log.
inline constexpr int kScanPages = 0x42520003;

// kSealPages: no argument: gives every page of a main file whose header reserves kReserveBytes
// its checksum, read and written straight on the disk, then syncs it. Only for a file nobody
// else has open (a copy being made).
inline constexpr int kSealPages = 0x42520004;

struct PageScan {
    std::size_t keep = 20;             // in: how many damaged page numbers to list
    bool checksummed = false;          // out: whether the file has page checksums at all
    std::int64_t pages = 0;            // out: pages checked
    std::int64_t damagedCount = 0;     // out: pages that do not match their checksums
    std::vector<std::int64_t> damaged; // out: the first `keep` of them, in file order
};

// The checksum stored in the last 8 bytes of page `number` (1-based) of `size` bytes; exposed
// for tests and for checks of a file that SQLite has not opened.
std::uint64_t pageChecksum(const unsigned char* page, std::size_t size, std::int64_t number);
// Whether a page read from disk matches its checksum. Page 1 whose reserved-bytes header field
// no longer says kReserveBytes but which matches as if it did also counts as damaged.
bool pageIntact(const unsigned char* page, std::size_t size, std::int64_t number);

} // namespace barter::checksum_vfs

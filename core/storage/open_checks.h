// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What is checked on a book's file when it is opened, before anything is written to it: its raw
// header (read from the disk before SQLite or the checksum VFS see it), its size against what the
// header records, and its pages.

#include "../error.h"
#include "database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace barter::open_checks {

// The fields of an SQLite file header that opening a book needs; nullopt when the file is too
// short to have one.
struct Header {
    bool sqlite = false; // starts with "SQLite format 3"
    std::uint32_t pageSize = 0;
    int reserve = 0;
    std::uint32_t applicationId = 0;
    std::int32_t userVersion = 0;
    std::vector<unsigned char> page1; // the whole first page, when the header is readable
};
std::optional<Header> readHeader(const std::string& path);

// Whether a write-ahead log with content lies next to the file (then the file alone may be
// behind: its header, its size, a page being copied when the program stopped).
bool walPending(const std::string& path);

// Refuses, from the raw header alone, a foreign SQLite file and a book of a newer schema. That
// comes first because another program that changed the header (`sqlite3 book "PRAGMA
// user_version = 99"`) leaves page 1 without a valid checksum, and "newer" is the true story.
// A file that has our application id but no valid SQLite header is a damaged book, and so is
// one whose page 1 would match its checksum with our application id or a known version.
void refuseByHeader(const std::string& path, int knownVersion, int applicationId);

// A cut-off file (at any size) is damaged.
void refuseCutOff(Database& db);

// Books up to this size have every page checked on open (about 0.25 s at the limit), so a
// damaged one is refused before anything is written to it. Larger books rely on each page
// being verified when it is read, and on `barter verify`, which always checks every page.
inline constexpr std::uintmax_t kCheckOnOpenBytes = 64u << 20;
// PRAGMA quick_check through the checksum VFS, for books up to kCheckOnOpenBytes.
void refuseDamagedPages(Database& db);

// A StorageError met while reading a book, with the book's path when it says the book is
// damaged (a checksum that failed, with the page; SQLite's corruption codes); other errors come
// back unchanged.
StorageError explainDamage(Database& db, const StorageError& e);

} // namespace barter::open_checks

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The book's schema and its migrations. A book is an SQLite file whose header carries our
// application_id; user_version is the schema version. Each migration runs in one transaction.

#include "database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace barter::schema {

inline constexpr int kApplicationId = 0x42525452; // "BRTR"
inline constexpr int kVersion = 6;

// Creates a new book's schema in an empty database.
void create(Database& db);
enum class PageCheck {
    OnOpen,        // every page of a book up to 64 MB checked now; a damaged book is refused
    LeaveToVerify, // for `verify`: a damaged book opens for reading only, its reads unchecked
};

// Checks that `db` is a book we can use, then brings an older schema up to date. Throws
// StorageError without writing anything when the file is not an SQLite database, not a book,
// from a newer version of the application, cut off, or (with PageCheck::OnOpen) damaged.
void openExisting(Database& db, PageCheck pages = PageCheck::OnOpen);

// For a bulk load inside the caller's transaction: drops the unique index of references,
// the delivery lines' and screening verdicts' secondary indexes and the daily-sums trigger, which
// are far cheaper to build once than to maintain row by row (the caller checks references itself
// meanwhile). restoreLineDerived() recreates them and rebuilds the daily sums of `agreements` from
// their lines; the caller must call it before committing (a rollback restores them anyway).
void suspendLineDerived(Database& db);
// (A server book's schema, pg/pg_schema.cpp, is built from the same tables and indexes.)
// Every table and index of the current version, in SQLite's dialect, without its triggers.
std::string tablesAndIndexes();
void restoreLineDerived(Database& db, const std::vector<std::int64_t>& agreements);

} // namespace barter::schema

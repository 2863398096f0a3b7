#pragma once
// The book's schema and its migrations. A book is an SQLite file whose header carries our
// application_id; user_version is the schema version. Each migration runs in one transaction.

#include "database.h"

namespace barter::schema {

inline constexpr int kApplicationId = 0x42525452; // "BRTR"
inline constexpr int kVersion = 1;

// Creates a new book's schema in an empty database.
void create(Database& db);
// Checks that `db` is a book we can use, then brings an older schema up to date. Throws
// StorageError without writing anything when the file is not an SQLite database, not a book,
// or from a newer version of the application.
void openExisting(Database& db);

} // namespace barter::schema

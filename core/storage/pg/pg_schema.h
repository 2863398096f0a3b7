// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A server book's schema (DESIGN.md §10): the tables and indexes of the file book in the
// server's dialect, in a schema of their own (`barter`), owned by a role nobody logs in as; the
// book's four group roles, named after the database; the triggers that keep what was posted
// append-only and stamp every row with the login that wrote it; the grants of DESIGN.md §5; and
// the functions through which the book's admin manages its users' logins.

#include "../database.h"

#include <string>

namespace barter::pg {

class Connection;

// The roles of a book in database `database`: `<database>_owner` and one group per role.
struct BookRoles {
    std::string owner, admin, manager, clerk, auditor;
    const std::string& group(std::string_view role) const; // "admin", "manager"…
};
BookRoles bookRoles(const std::string& database);

// Whether the database holds anything but the server's own catalogs (an empty `public`
// schema is nothing).
bool databaseEmpty(Connection& connection);

// Creates the roles, schema, tables, triggers, functions and grants, inside the caller's
// transaction, as a login that may create roles and owns the database (or a superuser): a
// login that may not is refused (PermissionDenied), a database that is not empty too
// (InvalidInput). The session then acts as the book's owner, to write the book's first rows,
// until leaveOwner().
void createBook(Connection& connection);
void leaveOwner(Connection& connection);

// Checks that the database holds a book this program can use (exit 5 otherwise: not a book, or
// a newer schema) and points the session at its schema.
void openBook(Connection& connection, const std::string& name);

} // namespace barter::pg

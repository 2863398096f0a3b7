// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A server book's users (DESIGN.md §10): each is a login of the server, its role a direct
// membership in one of the book's group roles (pg/pg_schema.h), listed in book_user. The
// admin's changes go through the book's functions, which run as its owner; passwords travel
// SCRAM-encrypted, never in clear.

#include "../storage/database.h"
#include "session.h"

#include <optional>
#include <string>
#include <string_view>

namespace barter::server {

// Connects as `name` and reads the role; PermissionDenied("login failed…") for a refused
// login, or one that is not (or no longer) a user of this book.
User login(Database& db, const std::string& name, const std::optional<std::string>& password);
User resume(Database& db, const Session& other);
// The password `name` logged in to this book with in this process (nullopt: none was given,
// libpq's own sources were used, or nobody logged in as `name`).
std::optional<std::string> passwordOf(Database& db, const std::string& name);
void addUser(Database& db, const std::string& name, const std::string& role,
             std::string_view password, const std::string& at);
void disableUser(Database& db, const std::string& name);
// PermissionDenied unless `password` logs `name` in.
void checkPassword(Database& db, const std::string& name, std::string_view password);
void setOwnPassword(Database& db, const std::string& name, std::string_view password);
void resetPassword(Database& db, const std::string& name, std::string_view password);

} // namespace barter::server

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Book facade's parts (book.cpp, users.cpp, …) share inside the core.

#include "book.h"

#include <string>
#include <string_view>

namespace barter {

struct Book::Impl {
    Database db;
    Clock clock;
    Progress progress;
    int backoffFirstMs = 250;
    int backoffCeilingMs = 4000;
};

namespace users {
// Why `name` cannot be a user name (empty when it can).
std::string checkName(std::string_view name);
// Throws InvalidInput (fields admin, password) unless `name` can be a new book's admin with
// `password`.
void checkNewAdmin(const std::string& name, std::string_view password);
// The current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string utcNow();
} // namespace users

} // namespace barter

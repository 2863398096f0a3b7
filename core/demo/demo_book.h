// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A realistic, deterministic demo book: the two parties of the Russia–North Korea barter
// mechanism, about sixty goods with real HS codes, a price list repriced monthly, deliveries
// both ways from January 2020 through the month before today (multi-line exchanges, one
// reversal), a trade protocol for each year (DESIGN.md §11) and one user of each role. It is
// built through the same Book services a user calls, so every rule and the chain apply.

#include "../domain/date.h"

#include <cstdint>
#include <string>
#include <vector>

namespace barter::demo {

struct DemoUser {
    std::string name, role, password;
};

struct DemoSummary {
    std::vector<DemoUser> users;
    std::string agreement;
    std::int64_t exchanges = 0;
    std::int64_t lines = 0;
};

// Writes the demo book to `path` (which must not exist), with trade up to the month before
// `today`'s. The same `today` month gives the same content on every run.
DemoSummary createDemoBook(const std::string& path, Date today = Date::today());

} // namespace barter::demo

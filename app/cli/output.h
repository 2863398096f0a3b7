// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rendering helpers shared by the commands: numbers in files and JSON are plain ("-1234.56"),
// in tables grouped with their unit ("-1,234.56 CU").

#include "context.h"

#include "decimal/decimal.h"
#include "domain/date.h"
#include "domain/types.h"

#include <optional>
#include <string>
#include <vector>

namespace barter::cli {

// Plain text at exactly `digits` decimals (rounding half-even if the value has more).
std::string plain(const Decimal& value, int digits);
// A unit price without trailing zeros beyond `minDigits` decimals: 123.450000 -> "123.45".
std::string priceText(const Decimal& price, int minDigits);
// Grouped with a unit for tables: "1,234.56 CU".
std::string amount(const Decimal& value, int digits, const std::string& unit);
std::optional<Date> dateOption(const Arguments& args, const std::string& name);
// A positive whole number (a sequence number, an id); `what` completes "\"x\" is not …".
std::int64_t positiveNumber(const std::string& text, const std::string& field, const char* what);
// A --line "SHIPPER GOOD QTY[@PRICE]" (the price only when `allowPrice`); problems are named
// after the option's position ("line 2").
DeliveryLineDraft parseLineOption(const std::string& text, std::size_t index, bool allowPrice);

// A table of strings rendered as an aligned table, CSV or (for JSON) an array of objects
// whose keys are `keys`; `numeric[i]` says whether column i is right-aligned in tables.
struct Rows {
    std::vector<std::string> titles;
    std::vector<std::string> keys;
    std::vector<bool> numeric;
    std::vector<std::vector<std::string>> cells;
    std::string emptyText = {}; // said instead of an empty table (tables only)
};
void printTableOrCsv(const Context& ctx, const Rows& rows);

} // namespace barter::cli

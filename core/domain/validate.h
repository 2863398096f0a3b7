// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small pure checks of single fields. Each returns an empty string when the text is valid,
// otherwise the reason, so callers can collect every problem before refusing.

#include <string>
#include <string_view>

namespace barter::validate {

// Party and agreement codes: [A-Z0-9-]{2,32}.
std::string code(std::string_view text);
// Good codes: [A-Z0-9][A-Z0-9._-]{0,31}.
std::string goodCode(std::string_view text);
// Unit of account codes: [A-Z][A-Z0-9]{1,7}.
std::string unitCode(std::string_view text);
// ISO 3166-1 alpha-2, upper case.
std::string country(std::string_view text);
// HS code: 2 to 10 digits.
std::string hsCode(std::string_view text);
// One of the known units of measure (t, kg, m3, l, bbl, pcs, MWh, ...).
std::string measure(std::string_view text);
// A non-empty name of at most 200 characters without control characters.
std::string name(std::string_view text);
// A reference: 1..64 printable characters, no leading or trailing space.
std::string reference(std::string_view text);
// Free text (memo, reason): at most 1000 characters, no control characters except none.
std::string freeText(std::string_view text);
// Valid UTF-8.
bool isUtf8(std::string_view text);

std::string_view knownMeasures();

} // namespace barter::validate

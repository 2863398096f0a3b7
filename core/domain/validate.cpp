// SPDX-License-Identifier: GPL-3.0-or-later
#include "validate.h"

#include "../io/text.h"

#include <algorithm>
#include <array>

namespace barter::validate {

namespace {
bool upperOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

constexpr std::array kMeasures = {"t",   "kg", "g", "m3", "l",    "bbl", "pcs",  "MWh",
                                  "kWh", "GJ", "m", "m2", "pair", "set", "head", "box"};

bool hasControl(std::string_view text) {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}
} // namespace

bool isUtf8(std::string_view text) {
    return firstInvalidUtf8(text) == text.size();
}

std::string code(std::string_view text) {
    if (text.size() < 2 || text.size() > 32 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return upperOrDigit(c) || c == '-'; }))
        return "must be 2 to 32 characters of A-Z, 0-9 and '-'";
    return {};
}

std::string goodCode(std::string_view text) {
    if (text.empty() || text.size() > 32 || !upperOrDigit(text.front()) ||
        !std::all_of(text.begin(), text.end(),
                     [](char c) { return upperOrDigit(c) || c == '-' || c == '_' || c == '.'; }))
        return "must be 1 to 32 characters of A-Z, 0-9, '-', '_' and '.', starting with a letter "
               "or digit";
    return {};
}

std::string unitCode(std::string_view text) {
    if (text.size() < 2 || text.size() > 8 || text.front() < 'A' || text.front() > 'Z' ||
        !std::all_of(text.begin(), text.end(), upperOrDigit))
        return "must be 2 to 8 characters of A-Z and 0-9, starting with a letter";
    return {};
}

std::string country(std::string_view text) {
    if (text.size() != 2 || text[0] < 'A' || text[0] > 'Z' || text[1] < 'A' || text[1] > 'Z')
        return "must be an ISO 3166-1 alpha-2 code such as RU or KP";
    return {};
}

std::string hsCode(std::string_view text) {
    if (text.size() < 2 || text.size() > 10 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return "must be 2 to 10 digits";
    return {};
}

std::string_view knownMeasures() {
    return "t, kg, g, m3, l, bbl, pcs, MWh, kWh, GJ, m, m2, pair, set, head, box";
}

std::string measure(std::string_view text) {
    if (std::find(kMeasures.begin(), kMeasures.end(), text) == kMeasures.end())
        return "unknown unit of measure \"" + std::string(text) +
               "\" (known: " + std::string(knownMeasures()) + ")";
    return {};
}

std::string name(std::string_view text) {
    if (text.empty())
        return "must not be empty";
    if (text.size() > 200)
        return "must be at most 200 bytes";
    if (!isUtf8(text))
        return "is not valid UTF-8";
    if (hasControl(text))
        return "must not contain control characters";
    return {};
}

std::string reference(std::string_view text) {
    if (text.empty())
        return "must not be empty";
    if (text.size() > 64)
        return "must be at most 64 characters";
    if (text.front() == ' ' || text.back() == ' ')
        return "must not start or end with a space";
    if (!isUtf8(text) || hasControl(text))
        return "must be printable UTF-8 text";
    return {};
}

std::string freeText(std::string_view text) {
    if (text.size() > 1000)
        return "must be at most 1000 bytes";
    if (!isUtf8(text))
        return "is not valid UTF-8";
    if (hasControl(text))
        return "must not contain control characters";
    return {};
}

} // namespace barter::validate

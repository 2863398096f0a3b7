// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A calendar date (proleptic Gregorian), held as days since 1970-01-01. Valid range
// 1900-01-01 .. 2199-12-31, which covers any agreement and keeps day indexes small.
// Text form is ISO 8601 "YYYY-MM-DD" only.

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace barter {

class Date {
public:
    Date() = default;
    // Throws InvalidInput (field "date") when outside the valid range or not a real date.
    Date(int year, unsigned month, unsigned day);
    static Date fromDays(int daysSinceEpoch);

    // Strict "YYYY-MM-DD"; nullopt for anything else (including 2023-02-30).
    static std::optional<Date> parse(std::string_view text);
    // Today in UTC.
    static Date today();
    static Date min() { return Date(1900, 1, 1); }
    static Date max() { return Date(2199, 12, 31); }

    std::string toString() const;
    int days() const { return m_days; }
    int year() const;
    unsigned month() const;
    unsigned day() const;
    std::chrono::year_month_day ymd() const;
    Date plusDays(int n) const { return fromDays(m_days + n); }
    // The last day of this date's month.
    Date endOfMonth() const;

    auto operator<=>(const Date&) const = default;

private:
    int m_days = 0;
};

} // namespace barter

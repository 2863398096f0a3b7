// SPDX-License-Identifier: GPL-3.0-or-later
#include "date.h"

#include "../error.h"

#include <fmt/format.h>

namespace barter {

namespace chr = std::chrono;

namespace {
int toDays(const chr::year_month_day& ymd) {
    return static_cast<int>(chr::sys_days(ymd).time_since_epoch().count());
}
const int kMinDays = toDays(chr::year(1900) / 1 / 1);
const int kMaxDays = toDays(chr::year(2199) / 12 / 31);

bool isDigits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

int toInt(std::string_view s) {
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}
} // namespace

Date::Date(int y, unsigned m, unsigned d) {
    chr::year_month_day ymd{chr::year(y), chr::month(m), chr::day(d)};
    if (!ymd.ok())
        throw InvalidInput("date",
                           fmt::format("{:04}-{:02}-{:02} is not a calendar date", y, m, d));
    int n = toDays(ymd);
    if (n < kMinDays || n > kMaxDays)
        throw InvalidInput("date", "dates must lie between 1900-01-01 and 2199-12-31");
    m_days = n;
}

Date Date::fromDays(int daysSinceEpoch) {
    if (daysSinceEpoch < kMinDays || daysSinceEpoch > kMaxDays)
        throw InvalidInput("date", "dates must lie between 1900-01-01 and 2199-12-31");
    Date d;
    d.m_days = daysSinceEpoch;
    return d;
}

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto ys = text.substr(0, 4), ms = text.substr(5, 2), ds = text.substr(8, 2);
    if (!isDigits(ys) || !isDigits(ms) || !isDigits(ds))
        return std::nullopt;
    chr::year_month_day ymd{chr::year(toInt(ys)), chr::month(static_cast<unsigned>(toInt(ms))),
                            chr::day(static_cast<unsigned>(toInt(ds)))};
    if (!ymd.ok())
        return std::nullopt;
    int n = toDays(ymd);
    if (n < kMinDays || n > kMaxDays)
        return std::nullopt;
    return fromDays(n);
}

Date Date::today() {
    return fromDays(static_cast<int>(
        chr::floor<chr::days>(chr::system_clock::now()).time_since_epoch().count()));
}

chr::year_month_day Date::ymd() const {
    return chr::year_month_day(chr::sys_days(chr::days(m_days)));
}

std::string Date::toString() const {
    auto v = ymd();
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(v.year()),
                       static_cast<unsigned>(v.month()), static_cast<unsigned>(v.day()));
}

int Date::year() const {
    return static_cast<int>(ymd().year());
}
unsigned Date::month() const {
    return static_cast<unsigned>(ymd().month());
}
unsigned Date::day() const {
    return static_cast<unsigned>(ymd().day());
}

Date Date::endOfMonth() const {
    auto v = ymd();
    chr::year_month_day_last last{v.year(), chr::month_day_last(v.month())};
    return fromDays(toDays(chr::year_month_day(last)));
}

} // namespace barter

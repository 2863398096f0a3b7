// SPDX-License-Identifier: GPL-3.0-or-later
// Period ends of the balance series: ISO weeks end on Sunday, quarters in March, June,
// September and December, and February follows leap years.
#include "reports/manager_reports.h"

#include <gtest/gtest.h>

namespace barter::reports {
namespace {

Date d(const char* text) {
    return *Date::parse(text);
}

TEST(PeriodEndTest, EachKindOfPeriod) {
    EXPECT_EQ(periodEnd(SeriesPeriod::Day, d("2024-02-28")), d("2024-02-28"));
    EXPECT_EQ(periodEnd(SeriesPeriod::Week, d("2024-01-01")), d("2024-01-07")); // a Monday
    EXPECT_EQ(periodEnd(SeriesPeriod::Week, d("2024-01-07")), d("2024-01-07")); // a Sunday
    EXPECT_EQ(periodEnd(SeriesPeriod::Week, d("2023-12-31")), d("2023-12-31")); // a Sunday
    EXPECT_EQ(periodEnd(SeriesPeriod::Week, d("1970-01-01")), d("1970-01-04")); // a Thursday
    EXPECT_EQ(periodEnd(SeriesPeriod::Week, d("1969-12-29")), d("1970-01-04")); // before the epoch
    EXPECT_EQ(periodEnd(SeriesPeriod::Month, d("2024-02-10")), d("2024-02-29"));
    EXPECT_EQ(periodEnd(SeriesPeriod::Month, d("2023-02-10")), d("2023-02-28"));
    EXPECT_EQ(periodEnd(SeriesPeriod::Quarter, d("2024-01-01")), d("2024-03-31"));
    EXPECT_EQ(periodEnd(SeriesPeriod::Quarter, d("2024-06-30")), d("2024-06-30"));
    EXPECT_EQ(periodEnd(SeriesPeriod::Quarter, d("2024-08-15")), d("2024-09-30"));
    EXPECT_EQ(periodEnd(SeriesPeriod::Quarter, d("2024-12-01")), d("2024-12-31"));
    EXPECT_EQ(periodEnd(SeriesPeriod::Year, d("2024-03-01")), d("2024-12-31"));
    EXPECT_EQ(periodEnd(SeriesPeriod::Week, Date::max()), Date::max()); // clipped to the range
}

TEST(PeriodEndTest, ParsesItsNames) {
    EXPECT_EQ(parseSeriesPeriod("quarter"), SeriesPeriod::Quarter);
    EXPECT_FALSE(parseSeriesPeriod("Month"));
    EXPECT_FALSE(parseSeriesPeriod(""));
}

} // namespace
} // namespace barter::reports

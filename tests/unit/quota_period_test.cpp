// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliance/screener.h"

#include <gtest/gtest.h>

namespace barter {
namespace {

Date d(const char* text) {
    return *Date::parse(text);
}

TEST(QuotaPeriodTest, CalendarYearByDefault) {
    EXPECT_EQ(quotaPeriodStart("year", d("2024-07-15")), d("2024-01-01"));
    EXPECT_EQ(quotaPeriodStart("", d("2024-01-01")), d("2024-01-01"));
    EXPECT_EQ(quotaPeriodEnd(d("2024-01-01")), d("2024-12-31"));
}

TEST(QuotaPeriodTest, TwelveMonthsFromAMonthAndDay) {
    EXPECT_EQ(quotaPeriodStart("12m-from:04-01", d("2024-03-31")), d("2023-04-01"));
    EXPECT_EQ(quotaPeriodStart("12m-from:04-01", d("2024-04-01")), d("2024-04-01"));
    EXPECT_EQ(quotaPeriodEnd(d("2024-04-01")), d("2025-03-31"));
    EXPECT_EQ(quotaPeriodStart("12m-from:12-31", d("2024-12-30")), d("2023-12-31"));
}

TEST(QuotaPeriodTest, ChecksThePeriodText) {
    EXPECT_EQ(checkQuotaPeriod("year"), "");
    EXPECT_EQ(checkQuotaPeriod("12m-from:04-01"), "");
    for (const char* bad : {"monthly", "12m-from:4-1", "12m-from:13-01", "12m-from:02-29",
                            "12m-from:04-31", "12m-from:04-01x"})
        EXPECT_NE(checkQuotaPeriod(bad), "") << bad;
}

} // namespace
} // namespace barter

// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/date.h"
#include "error.h"

#include <gtest/gtest.h>

namespace barter {
namespace {

TEST(DateTest, ParsesAndFormatsIsoDates) {
    auto d = Date::parse("2024-02-29");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->toString(), "2024-02-29");
    EXPECT_EQ(d->year(), 2024);
    EXPECT_EQ(d->month(), 2u);
    EXPECT_EQ(d->day(), 29u);
    EXPECT_EQ(d->plusDays(1).toString(), "2024-03-01");
    EXPECT_EQ(Date::parse("2023-02-10")->endOfMonth().toString(), "2023-02-28");
}

TEST(DateTest, RejectsAnythingButRealIsoDates) {
    for (const char* bad :
         {"2023-02-29", "2023-13-01", "2023-00-10", "2023-1-01", "23-01-01", "2023/01/01",
          "2023-01-01T00:00", " 2023-01-01", "", "1899-12-31", "2200-01-01", "2023-01-3a"})
        EXPECT_FALSE(Date::parse(bad)) << bad;
}

TEST(DateTest, OrdersChronologically) {
    EXPECT_LT(*Date::parse("2023-12-31"), *Date::parse("2024-01-01"));
    EXPECT_EQ(*Date::parse("2024-01-01"), Date(2024, 1, 1));
    EXPECT_THROW(Date(2023, 2, 30), InvalidInput);
}

} // namespace
} // namespace barter

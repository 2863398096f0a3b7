// SPDX-License-Identifier: GPL-3.0-or-later
// The manager's reports on edge cases found in review: a tiny price in the settlement search,
// shares when a reversal falls in a later period, the monthly average over less than a year,
// and a delivery reversed after the aging date.
#include "book_fixture.h"

namespace barter::testing {
namespace {

TEST_F(BookTest, SettlementWithATinyPriceNeverOvershootsAndEndsQuickly) {
    book().masterData().addGood(*manager, {"PINS", "Pins", "731940", "pcs", "6"});
    book().masterData().setPrice(*manager, {"AGR", "PINS", "0.000001", "2023-01-01"});
    book().journal().post(*clerk,
                          draft("2023-02-01", "D-1", {{"RU-A", "WHEAT", "10"}})); // 2,101.25
    SettlementProposal p =
        book().reporting().settle(*auditor, "AGR", {{"PINS", ""}}, "2023-12-31", "");
    ASSERT_EQ(p.lines.size(), 1u);
    // q × 0.000001 must round (half-even, to cents) to at most 2,101.25: below 2,101.255.
    EXPECT_EQ(p.lines[0].quantity, dec("2101254999.999999"));
    EXPECT_EQ(p.lines[0].value, dec("2101.25"));
    EXPECT_EQ(p.residual, dec("0.00"));
}

TEST_F(BookTest, ARowThatNetsBelowZeroHasNoShare) {
    book().journal().post(*clerk, draft("2023-03-01", "D-1", {{"RU-A", "WHEAT", "10"}}));
    book().journal().post(*clerk, draft("2023-04-01", "D-2", {{"RU-A", "BEER", "100"}}));
    book().journal().reverse(*manager, 1, "returned", "2023-04-10"); // in the second quarter
    auto rows = book().reporting().turnoverByGoodAndPeriod(
        *auditor, "AGR", reports::SeriesPeriod::Quarter, std::nullopt, std::nullopt);
    ASSERT_EQ(rows.size(), 3u); // Q1 wheat; Q2 beer and the wheat reversal
    EXPECT_EQ(*rows[0].share, dec("1.0000"));
    EXPECT_EQ(rows[1].good, "BEER");
    EXPECT_EQ(*rows[1].share, dec("1.0000")); // of the positive values only
    EXPECT_EQ(rows[2].good, "WHEAT");
    EXPECT_FALSE(rows[2].share);
}

TEST_F(BookTest, TheMonthlyAverageNeverDividesByMoreThanTwelve) {
    // First posting 2023-02-20, aging at 2024-02-15: less than a year, 13 calendar months.
    book().journal().post(*clerk,
                          draft("2023-02-20", "D-1", {{"RU-A", "WHEAT", "10"}})); // 2,101.25
    reports::AgingReport r = book().reporting().aging(*auditor, "AGR", Date::parse("2024-02-15"));
    EXPECT_EQ(r.avgMonthlyNet, dec("175.10")); // 2,101.25 ÷ 12 = 175.104…
}

TEST_F(BookTest, ADeliveryReversedAfterTheAgingDateStillCounts) {
    book().journal().post(*clerk, draft("2023-02-01", "D-1", {{"KP-B", "BEER", "10"}}));
    book().journal().post(*clerk, draft("2023-03-01", "D-2", {{"KP-B", "BEER", "10"}}));
    book().journal().post(*clerk,
                          draft("2023-03-02", "D-3", {{"RU-A", "WHEAT", "10"}})); // KP-B owes
    book().journal().reverse(*manager, 2, "returned", "2023-06-01");
    EXPECT_EQ(
        book().reporting().aging(*auditor, "AGR", Date::parse("2023-05-31")).lastDebtorDelivery,
        Date::parse("2023-03-01"));
    EXPECT_EQ(
        book().reporting().aging(*auditor, "AGR", Date::parse("2023-06-30")).lastDebtorDelivery,
        Date::parse("2023-02-01"));
}

TEST_F(BookTest, ASeriesFromAfterTheLastPostingIsOnePoint) {
    book().journal().post(*clerk, draft("2023-02-01", "D-1", {{"RU-A", "WHEAT", "10"}}));
    auto points = book().reporting().balanceSeries(*auditor, "AGR", reports::SeriesPeriod::Month,
                                                   Date::parse("2024-01-01"), std::nullopt);
    ASSERT_EQ(points.size(), 1u);
    EXPECT_EQ(points[0].periodEnd, *Date::parse("2024-01-01"));
    EXPECT_EQ(points[0].balance, dec("2101.25"));
}

} // namespace
} // namespace barter::testing

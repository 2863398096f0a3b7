// SPDX-License-Identifier: GPL-3.0-or-later
// The arithmetic of protocol fulfilment (DESIGN.md §11) at the edges of a period.
#include "protocol/protocol.h"

#include <gtest/gtest.h>

namespace barter {
namespace {

Date day(const char* text) {
    return *Date::parse(text);
}
Decimal dec(const char* text) {
    return *Decimal::parse(text);
}

TEST(ProtocolTest, ElapsedDaysCountBothEndsAndStopAtThePeriod) {
    const Date from = day("2025-01-01"), through = day("2025-12-31");
    EXPECT_EQ(protocol::elapsedDays(from, through, day("2024-12-31")), 0);
    EXPECT_EQ(protocol::elapsedDays(from, through, day("2025-01-01")), 1);
    EXPECT_EQ(protocol::elapsedDays(from, through, day("2025-06-30")), 181);
    EXPECT_EQ(protocol::elapsedDays(from, through, day("2025-12-31")), 365);
    EXPECT_EQ(protocol::elapsedDays(from, through, day("2026-03-01")), 365);
    // A leap year has 366 days, 29 February among them.
    EXPECT_EQ(protocol::elapsedDays(day("2024-01-01"), day("2024-12-31"), day("2024-02-29")), 60);
    EXPECT_EQ(protocol::elapsedDays(day("2024-01-01"), day("2024-12-31"), day("2024-12-31")), 366);
}

TEST(ProtocolTest, ExpectedQuantityIsRoundedHalfEvenOnceAtTheGoodsDecimals) {
    // 1000 t × 181 / 365 = 495.8904… t
    EXPECT_EQ(protocol::expectedQuantity(dec("1000.000"), 3, 181, 365).toString(), "495.890");
    // 10 pcs × 1 / 4 = 2.5 → 2 (half to even), × 3 / 4 = 7.5 → 8
    EXPECT_EQ(protocol::expectedQuantity(dec("10"), 0, 1, 4).toString(), "2");
    EXPECT_EQ(protocol::expectedQuantity(dec("10"), 0, 3, 4).toString(), "8");
    EXPECT_EQ(protocol::expectedQuantity(dec("10"), 0, 0, 4).toString(), "0");
    EXPECT_EQ(protocol::expectedQuantity(dec("366"), 0, 60, 366).toString(), "60");
    EXPECT_EQ(protocol::expectedQuantity(dec("12.5"), 2, 4, 4).toString(), "12.50");
}

TEST(ProtocolTest, FulfilledPercentHasTwoDecimalsHalfEven) {
    EXPECT_EQ(protocol::fulfilledPercent(dec("450.750"), dec("1000.000")).toString(), "45.08");
    EXPECT_EQ(protocol::fulfilledPercent(dec("1"), dec("8")).toString(), "12.50");
    // 1/3 = 33.333… ; 2/3 = 66.666…
    EXPECT_EQ(protocol::fulfilledPercent(dec("1"), dec("3")).toString(), "33.33");
    EXPECT_EQ(protocol::fulfilledPercent(dec("2"), dec("3")).toString(), "66.67");
    // 0.00125 × 100 / 1 = 0.125 → 0.12 (half to even)
    EXPECT_EQ(protocol::fulfilledPercent(dec("0.00125"), dec("1")).toString(), "0.12");
    EXPECT_EQ(protocol::fulfilledPercent(dec("1500"), dec("1000")).toString(), "150.00");
    EXPECT_EQ(protocol::fulfilledPercent(dec("-5"), dec("100")).toString(), "-5.00");
}

TEST(ProtocolTest, PaceHasAFivePercentBandAroundTheExpectedQuantity) {
    // planned 1000, expected 500: on track from 450 through 550 inclusive.
    EXPECT_EQ(protocol::pace(dec("449.999"), dec("500"), dec("1000")), Pace::Behind);
    EXPECT_EQ(protocol::pace(dec("450"), dec("500"), dec("1000")), Pace::OnTrack);
    EXPECT_EQ(protocol::pace(dec("550"), dec("500"), dec("1000")), Pace::OnTrack);
    EXPECT_EQ(protocol::pace(dec("550.001"), dec("500"), dec("1000")), Pace::Ahead);
    // Before the period nothing is expected: a delivery already is ahead only past 5 %.
    EXPECT_EQ(protocol::pace(dec("0"), dec("0"), dec("1000")), Pace::OnTrack);
    EXPECT_EQ(protocol::pace(dec("51"), dec("0"), dec("1000")), Pace::Ahead);
    EXPECT_EQ(toString(Pace::OnTrack), "on_track");
    EXPECT_EQ(toString(Pace::Behind), "behind");
    EXPECT_EQ(toString(Pace::Ahead), "ahead");
}

Protocol sample() {
    Protocol p;
    p.agreement = "AGR";
    p.name = "2024";
    p.from = day("2024-01-01");
    p.through = day("2024-12-31");
    p.digits = 2;
    ProtocolLine l;
    l.line = 2;
    l.shipperCode = "RU-A";
    l.good = "WHEAT";
    l.measure = "t";
    l.decimals = 3;
    l.plannedQuantity = dec("366.000");
    p.lines.push_back(l);
    return p;
}

TEST(ProtocolTest, ALineIsFulfilledFromWhatWasDelivered) {
    const Protocol p = sample();
    FulfilmentRow r =
        protocol::fulfil(p, p.lines[0], day("2024-02-29"), dec("400.000"), dec("84050.00"));
    EXPECT_EQ(r.deliveredQuantity.toString(), "400.000");
    EXPECT_EQ(r.remainingQuantity.toString(), "0.000"); // never below zero
    EXPECT_EQ(r.fulfilledPercent.toString(), "109.29");
    EXPECT_EQ(r.expectedQuantity.toString(), "60.000");
    EXPECT_EQ(r.pace, Pace::Ahead);
    EXPECT_FALSE(r.plannedValue);
    r = protocol::fulfil(p, p.lines[0], day("2024-12-31"), dec("0"), dec("0"));
    EXPECT_EQ(r.remainingQuantity.toString(), "366.000");
    EXPECT_EQ(r.expectedQuantity.toString(), "366.000");
    EXPECT_EQ(r.pace, Pace::Behind);
}

TEST(ProtocolTest, TheSummaryAveragesEachShippersLinesCappedAtAHundred) {
    auto row = [](const char* shipper, const char* percent, Pace pace) {
        FulfilmentRow r;
        r.protocol = "2025";
        r.shipperCode = shipper;
        r.fulfilledPercent = dec(percent);
        r.pace = pace;
        return r;
    };
    std::vector<FulfilmentRow> rows = {
        row("RU", "150.00", Pace::Ahead), row("RU", "24.50", Pace::Behind),
        row("KP", "48.00", Pace::OnTrack), row("KP", "10.00", Pace::Behind)};
    const std::vector<protocol::ProtocolSummary> s = protocol::summarize(rows);
    ASSERT_EQ(s.size(), 1U);
    ASSERT_EQ(s[0].shippers.size(), 2U);
    EXPECT_EQ(s[0].shippers[0].first, "RU");
    EXPECT_EQ(s[0].shippers[0].second.toString(), "62"); // (100 + 24.5) / 2 = 62.25
    EXPECT_EQ(s[0].shippers[1].second.toString(), "29"); // (48 + 10) / 2
    EXPECT_EQ(s[0].behind, 2);
    protocol::behindFirst(rows);
    EXPECT_EQ(rows[0].fulfilledPercent.toString(), "10.00");
    EXPECT_EQ(rows[1].fulfilledPercent.toString(), "24.50");
    EXPECT_EQ(rows[2].pace, Pace::OnTrack);
    EXPECT_EQ(rows[3].pace, Pace::Ahead);
}

TEST(ProtocolTest, TheDigestCoversEveryFieldAndThePreviousVersion) {
    Protocol p = sample();
    const std::string first = protocol::digest(p);
    EXPECT_EQ(first.size(), 64U);
    EXPECT_EQ(protocol::digest(p), first);
    Protocol changed = p;
    changed.lines[0].plannedQuantity = dec("366.001");
    EXPECT_NE(protocol::digest(changed), first);
    changed = p;
    changed.strict = true;
    EXPECT_NE(protocol::digest(changed), first);
    changed = p;
    changed.prevDigest = first;
    EXPECT_NE(protocol::digest(changed), first);
    changed = p;
    changed.through = day("2024-12-30");
    EXPECT_NE(protocol::digest(changed), first);
}

} // namespace
} // namespace barter

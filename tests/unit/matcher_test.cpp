// SPDX-License-Identifier: GPL-3.0-or-later
// The reconciliation matcher: pairing by reference, shipper and good; the order in which the
// categories apply; lines used once; the invariant our − theirs = Σ differences.
#include "reconcile/matcher.h"

#include <gtest/gtest.h>

#include <random>

namespace barter::reconcile {
namespace {

Decimal dec(const char* text) {
    return *Decimal::parse(text);
}

Line line(const char* ref, Side side, const char* good, const char* date, const char* qty,
          const char* value, std::int64_t seq = 0, long no = 0) {
    Line l;
    l.reference = ref;
    l.shipper = side == Side::A ? "RU-A" : "KP-B";
    l.side = side;
    l.good = good;
    l.date = *Date::parse(date);
    l.quantity = dec(qty).rescaled(kQuantityScale);
    l.value = dec(value).rescaled(2);
    l.seq = seq;
    l.line = no;
    return l;
}

Decimal sum(const std::vector<Line>& lines) {
    Decimal s = Decimal::fromInt(0);
    for (const Line& l : lines)
        s += signedValue(l);
    return s;
}

Decimal explained(const std::vector<Item>& items) {
    Decimal s = Decimal::fromInt(0);
    for (const Item& i : items)
        s += i.difference;
    return s;
}

TEST(Matcher, ClassifiesEachItemByTheFirstRuleThatApplies) {
    const std::vector<Line> ours = {
        line("R1", Side::A, "WHEAT", "2023-02-01", "10", "2101.25", 1, 1),
        line("R2", Side::A, "WHEAT", "2023-02-02", "10", "2101.25", 2, 1), // qty and value differ
        line("R3", Side::B, "BEER", "2023-02-03", "100", "110.00", 3, 1),  // value differs
        line("R4", Side::B, "BEER", "2023-02-04", "100", "110.00", 4, 1),  // date differs
        line("R5", Side::A, "WHEAT", "2023-02-05", "1", "210.13", 5, 1),   // only ours
    };
    const std::vector<Line> theirs = {
        line("R1", Side::A, "WHEAT", "2023-02-01", "10", "2101.25", 0, 2),
        line("R2", Side::A, "WHEAT", "2023-02-02", "11", "2311.38", 0, 3),
        line("R3", Side::B, "BEER", "2023-02-03", "100", "100.00", 0, 4),
        line("R4", Side::B, "BEER", "2023-02-07", "100", "110.00", 0, 5),
        line("R6", Side::B, "BEER", "2023-02-06", "5", "5.50", 0, 6), // only theirs
    };
    const std::vector<Item> items = match(ours, theirs, 0, 2);
    ASSERT_EQ(items.size(), 6u);
    EXPECT_EQ(items[0].category, Category::Matched);
    EXPECT_EQ(items[1].category, Category::QuantityDiffers);
    EXPECT_EQ(items[1].difference, dec("-210.13"));
    EXPECT_EQ(items[2].category, Category::ValueDiffers);
    EXPECT_EQ(items[2].difference, dec("-10.00")); // B shipped more in our book: we owe more
    EXPECT_EQ(items[3].category, Category::DateDiffers);
    EXPECT_EQ(items[3].difference, dec("0"));
    EXPECT_EQ(items[4].category, Category::MissingTheirs);
    EXPECT_EQ(items[4].reference, "R5");
    EXPECT_EQ(items[5].category, Category::MissingOurs);
    EXPECT_FALSE(items[5].ours);
    EXPECT_EQ(items[5].theirLine, 6);
    EXPECT_EQ(items[5].difference, dec("5.50"));
    for (std::size_t i = 0; i < items.size(); ++i)
        EXPECT_EQ(items[i].number, static_cast<int>(i + 1));
    EXPECT_EQ(explained(items), sum(ours) - sum(theirs));
}

TEST(Matcher, ToleranceInDaysAppliesOnlyToDates) {
    const std::vector<Line> ours = {line("R1", Side::A, "WHEAT", "2023-02-01", "1", "1.00", 1, 1)};
    const std::vector<Line> theirs = {
        line("R1", Side::A, "WHEAT", "2023-02-03", "1", "1.00", 0, 2)};
    EXPECT_EQ(match(ours, theirs, 1, 2).front().category, Category::DateDiffers);
    EXPECT_EQ(match(ours, theirs, 2, 2).front().category, Category::Matched);
    EXPECT_EQ(match(theirs, ours, 2, 2).front().category, Category::Matched); // either way
}

TEST(Matcher, SharedReferencesArePairedLineByLineAndEachLineIsUsedOnce) {
    // Their statement lists R1's second line twice and lacks the first.
    const std::vector<Line> ours = {
        line("R1", Side::A, "WHEAT", "2023-02-01", "10", "100.00", 1, 1),
        line("R1", Side::A, "WHEAT", "2023-02-01", "20", "200.00", 1, 2),
    };
    const std::vector<Line> theirs = {
        line("R1", Side::A, "WHEAT", "2023-02-01", "20", "200.00", 0, 2),
        line("R1", Side::A, "WHEAT", "2023-02-01", "20", "200.00", 0, 3),
    };
    const std::vector<Item> items = match(ours, theirs, 0, 2);
    ASSERT_EQ(items.size(), 2u);
    // The exact pair first; the rest pair in order, whatever their figures.
    EXPECT_EQ(items[0].category, Category::QuantityDiffers);
    EXPECT_EQ(items[0].ourLine, 1);
    EXPECT_EQ(items[0].theirLine, 3);
    EXPECT_EQ(items[1].category, Category::Matched);
    EXPECT_EQ(items[1].ourLine, 2);
    EXPECT_EQ(items[1].theirLine, 2);
    EXPECT_EQ(explained(items), dec("-100.00"));

    // A third line of theirs has no partner left.
    std::vector<Line> more = theirs;
    more.push_back(line("R1", Side::A, "WHEAT", "2023-02-01", "10", "100.00", 0, 4));
    const std::vector<Item> three = match(ours, more, 0, 2);
    ASSERT_EQ(three.size(), 3u);
    int matched = 0, missing = 0;
    for (const Item& i : three) {
        matched += i.category == Category::Matched;
        missing += i.category == Category::MissingOurs;
    }
    EXPECT_EQ(matched, 2);
    EXPECT_EQ(missing, 1);
    EXPECT_EQ(explained(three), sum(ours) - sum(more));
}

TEST(Matcher, KeysIncludeShipperAndGood) {
    const std::vector<Line> ours = {line("R1", Side::A, "WHEAT", "2023-02-01", "1", "1.00", 1, 1)};
    const std::vector<Line> theirs = {line("R1", Side::B, "WHEAT", "2023-02-01", "1", "1.00", 0, 2),
                                      line("R1", Side::A, "BEER", "2023-02-01", "1", "1.00", 0, 3)};
    const std::vector<Item> items = match(ours, theirs, 0, 2);
    ASSERT_EQ(items.size(), 3u);
    for (const Item& i : items)
        EXPECT_NE(i.category, Category::Matched);
    EXPECT_EQ(explained(items), dec("1.00")); // 1 − (−1 + 1)
}

TEST(Matcher, EmptySidesGiveNoItems) {
    EXPECT_TRUE(match({}, {}, 0, 2).empty());
}

// Random books and statements with every kind of difference: the items always explain the
// whole gap, every line appears in exactly one item, and categories are consistent.
TEST(Matcher, TheInvariantHoldsOnRandomStatements) {
    std::mt19937 random(20231231);
    const char* goods[] = {"WHEAT", "BEER", "OIL"};
    for (int round = 0; round < 200; ++round) {
        std::vector<Line> ours, theirs;
        const int n = static_cast<int>(random() % 40);
        for (int i = 0; i < n; ++i) {
            const std::string ref = "R" + std::to_string(random() % 15); // shared references
            const Side side = random() % 2 ? Side::A : Side::B;
            const char* good = goods[random() % 3];
            const std::string date = "2023-03-" + std::to_string(10 + random() % 9);
            const std::string qty = std::to_string(1 + random() % 50);
            const std::string value =
                std::to_string(random() % 100000) + "." + std::to_string(10 + random() % 90);
            Line l =
                line(ref.c_str(), side, good, date.c_str(), qty.c_str(), value.c_str(), i + 1, 1);
            switch (random() % 6) {
            case 0: // missing on their side
                ours.push_back(l);
                continue;
            case 1: { // missing on ours
                l.seq = 0;
                l.line = i + 2;
                theirs.push_back(l);
                continue;
            }
            default:
                break;
            }
            ours.push_back(l);
            Line t = l;
            t.seq = 0;
            t.line = i + 2;
            switch (random() % 4) {
            case 0:
                t.quantity += Decimal::fromInt(1);
                break;
            case 1:
                t.value += dec("0.01");
                break;
            case 2:
                t.date = t.date.plusDays(static_cast<int>(random() % 5) - 2);
                break;
            default:
                break;
            }
            theirs.push_back(t);
        }
        const int tolerance = static_cast<int>(random() % 2);
        const std::vector<Item> items = match(ours, theirs, tolerance, 2);
        ASSERT_EQ(explained(items), sum(ours) - sum(theirs)) << "round " << round;
        std::size_t withOurs = 0, withTheirs = 0;
        for (const Item& i : items) {
            withOurs += i.ours.has_value();
            withTheirs += i.theirs.has_value();
            EXPECT_EQ(i.category == Category::MissingOurs, !i.ours);
            EXPECT_EQ(i.category == Category::MissingTheirs, !i.theirs);
            if (i.category == Category::Matched) {
                EXPECT_EQ(i.difference, dec("0"));
            }
        }
        EXPECT_EQ(withOurs, ours.size());
        EXPECT_EQ(withTheirs, theirs.size());
    }
}

TEST(Matcher, StornoPairsCancelOnlyWhenTheyNegateEachOther) {
    const std::vector<Line> lines = {
        line("K-1", Side::B, "BEER", "2023-02-01", "10", "11.00", 0, 2),
        line("K-1", Side::B, "BEER", "2023-02-05", "-10", "-11.00", 0, 3), // cancels line 2
        line("K-2", Side::B, "BEER", "2023-02-06", "-5", "-5.50", 0, 4),   // nothing to cancel
        line("K-3", Side::B, "BEER", "2023-02-07", "7", "7.70", 0, 5),
        line("K-3", Side::B, "BEER", "2023-02-08", "-7", "-7.00", 0, 6), // another value
    };
    const std::vector<Line> kept = withoutCancellingPairs(lines);
    ASSERT_EQ(kept.size(), 3u);
    EXPECT_EQ(kept[0].line, 4);
    EXPECT_EQ(kept[1].line, 5);
    EXPECT_EQ(kept[2].line, 6);
    EXPECT_EQ(sum(kept), sum(lines));
}

TEST(Matcher, CategoryNamesRoundTrip) {
    for (Category c : kCategories)
        EXPECT_EQ(parseCategory(toString(c)), c);
    EXPECT_FALSE(parseCategory("missing"));
}

} // namespace
} // namespace barter::reconcile

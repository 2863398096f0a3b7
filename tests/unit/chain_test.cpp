// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/chain.h"

#include <gtest/gtest.h>

namespace barter {
namespace {

Exchange sample() {
    Exchange e;
    e.seq = 7;
    e.agreementCode = "RU-KP";
    e.date = Date(2024, 3, 1);
    e.reference = "INV-1";
    e.memo = "rail";
    e.postedBy = "clerk";
    e.postedAt = "2024-03-01T10:00:00Z";
    DeliveryLine line;
    line.lineNo = 1;
    line.shipper = Side::A;
    line.goodCode = "WHEAT";
    line.quantity = Decimal::fromScaled(1500000000, 6);
    line.unitPrice = Decimal::fromScaled(210500000, 6);
    line.value = Decimal::fromScaled(31575000, 2);
    e.lines.push_back(line);
    return e;
}

TEST(ChainTest, HashIsSha256OfPreviousAndCanonicalBytes) {
    // Known answer: SHA-256 of the empty string.
    EXPECT_EQ(toHex(chain::sha256("")),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    Exchange e = sample();
    Hash zero{};
    std::string bytes(zero.begin(), zero.end());
    bytes += chain::canonicalBytes(e);
    EXPECT_EQ(chain::link(zero, e), chain::sha256(bytes));
}

TEST(ChainTest, EveryFieldChangesTheHash) {
    const Exchange base = sample();
    const Hash h = chain::link({}, base);
    auto differs = [&](auto mutate) {
        Exchange e = base;
        mutate(e);
        return chain::link({}, e) != h;
    };
    EXPECT_TRUE(differs([](Exchange& e) { e.seq = 8; }));
    EXPECT_TRUE(differs([](Exchange& e) { e.date = Date(2024, 3, 2); }));
    EXPECT_TRUE(differs([](Exchange& e) { e.reference = "INV-2"; }));
    EXPECT_TRUE(differs([](Exchange& e) { e.memo = "rai"; }));
    EXPECT_TRUE(differs([](Exchange& e) { e.postedBy = "manager"; }));
    EXPECT_TRUE(differs([](Exchange& e) { e.lines[0].shipper = Side::B; }));
    EXPECT_TRUE(
        differs([](Exchange& e) { e.lines[0].quantity = Decimal::fromScaled(1500000001, 6); }));
    EXPECT_TRUE(differs([](Exchange& e) { e.lines[0].value = Decimal::fromScaled(31575001, 2); }));
    EXPECT_TRUE(differs([](Exchange& e) { e.lines[0].priceReason = "x"; }));
    Hash other{};
    other[0] = 1;
    EXPECT_NE(chain::link(other, base), h);
}

TEST(ChainTest, LengthPrefixesKeepFieldsApart) {
    Exchange a = sample(), b = sample();
    a.reference = "AB";
    a.memo = "C";
    b.reference = "A";
    b.memo = "BC";
    EXPECT_NE(chain::canonicalBytes(a), chain::canonicalBytes(b));
}

TEST(ChainTest, ParsesHex) {
    Hash h = chain::sha256("x");
    EXPECT_EQ(chain::parseHex(toHex(h)), h);
    EXPECT_FALSE(chain::parseHex("abc"));
    EXPECT_FALSE(chain::parseHex(std::string(64, 'g')));
}

} // namespace
} // namespace barter

// SPDX-License-Identifier: GPL-3.0-or-later
// Posting through the Book: valuation, checks, swing limit, reversals and permissions.
#include "book_fixture.h"

#include "error.h"

namespace barter::testing {
namespace {

std::vector<std::string> fields(const InvalidInput& e) {
    std::vector<std::string> out;
    for (const Problem& p : e.problems())
        out.push_back(p.field);
    return out;
}

TEST_F(BookTest, ValuesLinesFromThePriceListInForceWithHalfEvenRounding) {
    // 10.002 t × 210.125 = 2101.67025 -> 2101.67; the July price applies later.
    PostResult r =
        book().journal().post(*clerk, draft("2023-03-01", "INV-1", {{"RU-A", "WHEAT", "10.002"}}));
    ASSERT_EQ(r.exchange.lines.size(), 1u);
    EXPECT_EQ(r.exchange.lines[0].unitPrice, dec("210.125"));
    EXPECT_EQ(r.exchange.lines[0].value.toString(), "2101.67");
    EXPECT_EQ(r.exchange.seq, 1);
    PostResult later =
        book().journal().post(*clerk, draft("2023-07-01", "INV-2", {{"KP-B", "WHEAT", "1"}}));
    EXPECT_EQ(later.exchange.lines[0].value.toString(), "220.00");
    EXPECT_EQ(balance().toString(), "1881.67");
    EXPECT_EQ(balance("2023-06-30").toString(), "2101.67");
    EXPECT_EQ(later.exchange.seq, 2);
    EXPECT_EQ(later.exchange.prevHash, r.exchange.hash);
}

TEST_F(BookTest, HalfEvenRoundingAppliesExactlyOnce) {
    book().masterData().setPrice(*manager, {"AGR", "BEER", "0.125", "2023-02-01"});
    // 1 l × 0.125 = 0.125 -> 0.12 (half to even); 3 l × 0.125 = 0.375 -> 0.38.
    PostResult r = book().journal().post(
        *clerk, draft("2023-02-01", "R", {{"KP-B", "BEER", "1"}, {"KP-B", "BEER", "3"}}));
    EXPECT_EQ(r.exchange.lines[0].value.toString(), "0.12");
    EXPECT_EQ(r.exchange.lines[1].value.toString(), "0.38");
}

TEST_F(BookTest, CheckListsEveryProblemAndPostWritesNothing) {
    ExchangeDraft d = draft("2023-02-30", "", {{"XX", "NOPE", "-1"}, {"RU-A", "WHEAT", "1.0001"}});
    std::vector<Problem> problems = book().journal().check(*clerk, d);
    std::vector<std::string> names;
    for (const Problem& p : problems)
        names.push_back(p.field);
    EXPECT_EQ(names,
              (std::vector<std::string>{"date", "reference", "line 1: shipper", "line 1: good",
                                        "line 1: quantity", "line 2: quantity"}));
    try {
        book().journal().post(*clerk, d);
        FAIL() << "posted an invalid exchange";
    } catch (const InvalidInput& e) {
        EXPECT_EQ(e.problems().size(), problems.size());
    }
    EXPECT_TRUE(balance().isZero());
    EXPECT_FALSE(book().journal().exchange(*auditor, 1));
}

TEST_F(BookTest, RefusesDuplicateReferencesOutsideValidityAndMissingPrices) {
    book().journal().post(*clerk, draft("2023-03-01", "INV-1", {{"RU-A", "WHEAT", "1"}}));
    try {
        book().journal().post(*clerk, draft("2023-03-02", "INV-1", {{"RU-A", "WHEAT", "1"}}));
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(fields(e), std::vector<std::string>{"reference"});
    }
    try {
        book().journal().post(*clerk, draft("2022-12-31", "OLD", {{"RU-A", "WHEAT", "1"}}));
        FAIL();
    } catch (const InvalidInput& e) {
        // Before the agreement starts, and before any price was set.
        EXPECT_EQ(fields(e), (std::vector<std::string>{"date", "line 1: unit_price"}));
    }
    book().masterData().addGood(*manager, {"SALT", "Salt", "250100", "t", "3"});
    try {
        book().journal().post(*clerk, draft("2023-03-01", "S", {{"RU-A", "SALT", "1"}}));
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(fields(e), std::vector<std::string>{"line 1: unit_price"});
    }
}

TEST_F(BookTest, PriceOverrideNeedsAReasonAndIsKept) {
    ExchangeDraft d = draft("2023-03-01", "P", {{"RU-A", "WHEAT", "2", "200"}});
    try {
        book().journal().post(*clerk, d);
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(fields(e), std::vector<std::string>{"price_reason"});
    }
    d.priceReason = "damaged sacks";
    PostResult r = book().journal().post(*clerk, d);
    EXPECT_EQ(r.exchange.lines[0].value.toString(), "400.00");
    EXPECT_EQ(book().journal().exchange(*auditor, 1)->lines[0].priceReason, "damaged sacks");
    // The list price typed explicitly is no override.
    PostResult same = book().journal().post(
        *clerk, draft("2023-03-01", "Q", {{"RU-A", "WHEAT", "1", "210.125"}}));
    EXPECT_EQ(same.exchange.lines[0].priceReason, "");
}

TEST_F(BookTest, SwingLimitRefusesWarnsAndYieldsToAManagersOverride) {
    // 40 t × 210.125 = 8405.00: past 80 % of 10,000 -> a warning.
    PostResult r =
        book().journal().post(*clerk, draft("2023-03-01", "A1", {{"RU-A", "WHEAT", "40"}}));
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].find("80%"), std::string::npos);
    // Another 8 t would make 10,086.00 > 10,000: refused.
    ExchangeDraft over = draft("2023-03-02", "A2", {{"RU-A", "WHEAT", "8"}});
    try {
        book().journal().post(*clerk, over);
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(fields(e), std::vector<std::string>{"swing"});
    }
    over.swingOverride = "ministry letter 12/7";
    EXPECT_THROW(book().journal().post(*clerk, over), PermissionDenied);
    PostResult forced = book().journal().post(*manager, over);
    EXPECT_EQ(forced.exchange.swingOverride, "ministry letter 12/7");
    EXPECT_EQ(balance().toString(), "10086.00");
    // A posting that brings the balance back is never refused, even past the limit.
    book().journal().post(*clerk, draft("2023-03-03", "B1", {{"KP-B", "BEER", "1"}}));
    EXPECT_EQ(balance().toString(), "10084.90");
}

TEST_F(BookTest, ExactlyAtTheSwingLimitPassesOneMinorUnitMoreDoesNot) {
    book().masterData().setPrice(*manager, {"AGR", "BEER", "2.5", "2023-06-01"});
    book().journal().post(*clerk, draft("2023-06-01", "B1", {{"KP-B", "BEER", "4000"}}));
    EXPECT_EQ(balance().toString(), "-10000.00");
    // 0.01 l × 2.5 = 0.025 -> 0.02: one step past the limit.
    EXPECT_THROW(
        book().journal().post(*clerk, draft("2023-06-02", "B2", {{"KP-B", "BEER", "0.01"}})),
        InvalidInput);
    EXPECT_EQ(balance().toString(), "-10000.00");
}

TEST_F(BookTest, BackdatedPostingIsCheckedAtItsDateAndAtTheEnd) {
    book().journal().post(*clerk, draft("2023-03-01", "A", {{"RU-A", "WHEAT", "40"}}));  // +8405
    book().journal().post(*clerk, draft("2023-05-01", "B", {{"KP-B", "BEER", "7000"}})); // -7700
    // On 2023-04-01 the balance is 8405; +2101.25 would make 10506.25 there.
    EXPECT_THROW(book().journal().post(*clerk, draft("2023-04-01", "C", {{"RU-A", "WHEAT", "10"}})),
                 InvalidInput);
    EXPECT_EQ(balance().toString(), "705.00");
}

TEST_F(BookTest, ReversalNegatesOnceAndOnlyForManagers) {
    PostResult r = book().journal().post(
        *clerk, draft("2023-03-01", "INV-9", {{"RU-A", "WHEAT", "1"}, {"KP-B", "BEER", "10"}}));
    EXPECT_THROW(book().journal().reverse(*clerk, 1, "typo", "2023-03-02"), PermissionDenied);
    EXPECT_THROW(book().journal().reverse(*manager, 1, "", "2023-03-02"), InvalidInput);
    EXPECT_THROW(book().journal().reverse(*manager, 1, "typo", "2023-02-28"), InvalidInput);
    PostResult rev = book().journal().reverse(*manager, 1, "typo", "2023-03-02");
    EXPECT_EQ(rev.exchange.reversesSeq, 1);
    EXPECT_EQ(rev.exchange.reference, "REV-INV-9");
    EXPECT_EQ(rev.exchange.lines[0].value.toString(), "-210.12");
    EXPECT_TRUE(balance().isZero());
    EXPECT_EQ(balance("2023-03-01").toString(), "199.12");
    EXPECT_THROW(book().journal().reverse(*manager, 1, "again", "2023-03-03"), InvalidInput);
    EXPECT_THROW(book().journal().reverse(*manager, 2, "undo", "2023-03-03"), InvalidInput);
    EXPECT_THROW(book().journal().reverse(*manager, 99, "none", "2023-03-03"), InvalidInput);
    (void)r;
}

TEST_F(BookTest, RolesAreCheckedInTheCore) {
    EXPECT_THROW(book().masterData().addParty(*clerk, {"XX-1", "X", "", "CN"}), PermissionDenied);
    EXPECT_THROW(book().masterData().addParty(*admin, {"XX-1", "X", "", "CN"}), PermissionDenied);
    EXPECT_THROW(
        book().journal().post(*auditor, draft("2023-03-01", "Z", {{"RU-A", "WHEAT", "1"}})),
        PermissionDenied);
    EXPECT_THROW(book().journal().post(*admin, draft("2023-03-01", "Z", {{"RU-A", "WHEAT", "1"}})),
                 PermissionDenied);
    EXPECT_THROW(book().users().addUser(*manager, "eve", "admin", "long-password"),
                 PermissionDenied);
    EXPECT_THROW(book().masterData().setPrice(*clerk, {"AGR", "WHEAT", "1", "2023-01-01"}),
                 PermissionDenied);
    EXPECT_NO_THROW(book().reporting().balances(*auditor, "", std::nullopt));
    EXPECT_THROW(book().integrity().backup(*clerk, (dir() / "copy.barter").string()),
                 PermissionDenied);
}

TEST_F(BookTest, ChecksMasterDataFields) {
    try {
        book().masterData().addGood(*manager, {"bad code", "", "27.1", "tonnes", "9"});
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(fields(e),
                  (std::vector<std::string>{"code", "name", "hs_code", "unit", "decimals"}));
    }
    try {
        book().masterData().addAgreement(
            *manager, {"AGR", "RU-A", "RU-A", "XX", "-5", "0", "2024-01-01", "2023-01-01"});
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(fields(e), (std::vector<std::string>{"code", "party_b", "unit", "swing",
                                                       "warn_percent", "to"}));
    }
    EXPECT_THROW(book().masterData().addParty(*manager, {"RU-A", "Again", "", "RU"}), InvalidInput);
}

// Regression: the swing check looked only at the posting's date and the end of the journal,
// so a backdated posting could push the balance past the limit on the days in between.
TEST_F(BookTest, SwingIsCheckedOnEveryLaterDayOfTheJournal) {
    book().journal().post(*clerk, draft("2023-03-01", "A", {{"RU-A", "WHEAT", "40"}}));  // +8405.00
    book().journal().post(*clerk, draft("2023-05-01", "B", {{"KP-B", "BEER", "7000"}})); // -7700.00
    // On 2023-02-01 it would be 2101.25 and at the end 2806.25, but 10506.25 on 2023-03-01.
    try {
        book().journal().post(*clerk, draft("2023-02-01", "C", {{"RU-A", "WHEAT", "10"}}));
        FAIL() << "posted past the swing limit on 2023-03-01";
    } catch (const InvalidInput& e) {
        ASSERT_EQ(fields(e), std::vector<std::string>{"swing"});
        EXPECT_NE(e.problems()[0].message.find("on 2023-03-01"), std::string::npos)
            << e.problems()[0].message;
    }
}

TEST_F(BookTest, QuantitiesAndPricesBeyondTheStoredRangeAreProblemsOfTheirLine) {
    ExchangeDraft d = draft("2023-03-01", "BIG", {{"RU-A", "WHEAT", "10000000000000", "0.000001"}});
    d.priceReason = "test";
    std::vector<Problem> problems = book().journal().check(*clerk, d);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].field, "line 1: quantity");
    EXPECT_THROW(book().journal().post(*clerk, d), InvalidInput);
}

TEST_F(BookTest, ReversalFindsAFreeReferenceAndStaysInsideTheAgreementsValidity) {
    book().journal().post(*clerk, draft("2023-03-01", "7", {{"RU-A", "WHEAT", "1"}}));
    book().journal().post(*clerk, draft("2023-03-02", "REV-7", {{"KP-B", "BEER", "1"}}));
    PostResult rev = book().journal().reverse(*manager, 1, "wrong wagon", "2023-03-03");
    EXPECT_EQ(rev.exchange.reference, "REV-SEQ-1");
    book().masterData().addAgreement(
        *manager, {"OLD", "RU-A", "KP-B", "CU", "", "", "2023-01-01", "2023-06-30"});
    book().masterData().setPrice(*manager, {"OLD", "WHEAT", "100", "2023-01-01"});
    ExchangeDraft d = draft("2023-06-01", "X", {{"RU-A", "WHEAT", "1"}});
    d.agreement = "OLD";
    book().journal().post(*clerk, d);
    try {
        book().journal().reverse(*manager, 4, "late correction", "2023-07-15");
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(fields(e), std::vector<std::string>{"date"});
    }
    EXPECT_NO_THROW(book().journal().reverse(*manager, 4, "late correction", "2023-06-30"));
}

TEST_F(BookTest, AStatementFromTheEarliestDateOpensAtZero) {
    book().journal().post(*clerk, draft("2023-03-01", "A", {{"RU-A", "WHEAT", "1"}}));
    auto st = book().reporting().statement(*auditor, "AGR", Date::min(), std::nullopt);
    EXPECT_TRUE(st.openingBalance.isZero());
    EXPECT_EQ(st.closingBalance.toString(), "210.12");
}

} // namespace
} // namespace barter::testing

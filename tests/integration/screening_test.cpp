// SPDX-License-Identifier: GPL-3.0-or-later
// Screening (DESIGN.md §1): verdicts by longest HS prefix, direction and date; quotas per
// rule, direction and period; exemptions; refusal at posting; the last-barrel race.
#include "book_fixture.h"

#include "error.h"
#include "storage/database.h"

#include <fstream>
#include <mutex>
#include <thread>

namespace barter::testing {
namespace {

class ScreeningTest : public BookTest {
protected:
    std::string swing() const override { return ""; } // no swing limit: screening only
    void SetUp() override {
        BookTest::SetUp();
        for (const GoodDraft& g :
             std::vector<GoodDraft>{{"DIESEL", "Diesel", "271019", "t", "3"},
                                    {"JETFUEL", "Jet fuel", "27101921", "t", "3"},
                                    {"CRUDE", "Crude oil", "270900", "bbl", "0"},
                                    {"COAL", "Coal", "270112", "t", "3"},
                                    {"SYRINGES", "Syringes", "901831", "pcs", "0"},
                                    {"SCALPELS", "Scalpels", "901890", "pcs", "0"}})
            book().masterData().addGood(*manager, g);
        for (const char* good : {"DIESEL", "JETFUEL", "CRUDE", "COAL", "SYRINGES", "SCALPELS"})
            book().masterData().setPrice(*manager, {"AGR", good, "1", "2023-01-01"});
        importList("UN", "1",
                   "hs_prefix,from_country,to_country,kind,quota,quota_unit,period,source,"
                   "valid_from,valid_to\n"
                   "27,KP,*,prohibited,,,,UNSCR 2397 para 6,2018-01-01,\n"
                   "2710,*,KP,quota,1000,bbl,year,UNSCR 2397 para 5,2018-01-01,\n"
                   "27101921,*,KP,prohibited,,,,UNSCR 2270 para 31,2018-01-01,\n"
                   "2709,*,KP,quota,500,bbl,12m-from:04-01,UNSCR 2397 para 4,2018-01-01,\n"
                   "9018,*,KP,licence,,,,UNSCR 2397 para 25,2018-01-01,2023-12-31\n");
    }
    void importList(const std::string& name, const std::string& version, const std::string& csv) {
        const std::string path = (dir() / ("list-" + name + version + ".csv")).string();
        std::ofstream(path, std::ios::binary) << csv;
        book().compliance().importRestrictions(*manager, path, name, version);
    }
    void importExemptions(const std::string& csv) {
        const std::string path = (dir() / "exemptions.csv").string();
        std::ofstream(path, std::ios::binary) << csv;
        book().compliance().importExemptions(*manager, path);
    }
    ScreeningResult screenOne(const std::string& date, const std::string& shipper,
                              const std::string& good, const std::string& quantity) {
        return book()
            .compliance()
            .screen(*clerk, draft(date, "", {{shipper, good, quantity}}))
            .front();
    }
    std::string verdict(const std::string& date, const std::string& shipper,
                        const std::string& good, const std::string& quantity) {
        ScreeningResult r = screenOne(date, shipper, good, quantity);
        return r.problem.empty() ? toString(r.screening.verdict) : "error";
    }
};

TEST_F(ScreeningTest, VerdictTable) {
    book().compliance().setConversion(*manager, "DIESEL", "bbl", "7.5");
    struct Case {
        const char *date, *shipper, *good, *quantity, *verdict;
    };
    const Case cases[] = {
        {"2023-03-01", "KP-B", "COAL", "1", "prohibited"},        // 27 from KP, any direction
        {"2023-03-01", "RU-A", "COAL", "1", "allowed"},           // the rule covers KP exports
        {"2023-03-01", "RU-A", "DIESEL", "10", "allowed"},        // 2710 quota, 75 bbl of 1000
        {"2023-03-01", "KP-B", "DIESEL", "10", "prohibited"},     // KP->RU: only 27 applies
        {"2023-03-01", "RU-A", "JETFUEL", "1", "prohibited"},     // 27101921 beats 2710
        {"2023-03-01", "RU-A", "CRUDE", "500", "allowed"},        // exactly at the cap
        {"2023-03-01", "RU-A", "CRUDE", "501", "quota_exceeded"}, // one barrel over
        {"2023-03-01", "RU-A", "SYRINGES", "1", "licence_required"},
        {"2023-12-31", "RU-A", "SYRINGES", "1", "licence_required"}, // its last day
        {"2018-01-01", "KP-B", "COAL", "1", "prohibited"},           // the rule's first day
        {"2024-01-01", "RU-A", "SYRINGES", "1", "allowed"},          // the licence rule ended
        {"2017-12-31", "KP-B", "COAL", "1", "allowed"},              // before the rule's validity
        {"2023-03-01", "RU-A", "WHEAT", "1", "allowed"},             // no rule at all
    };
    for (const Case& c : cases)
        EXPECT_EQ(verdict(c.date, c.shipper, c.good, c.quantity), c.verdict)
            << c.date << " " << c.shipper << " " << c.good << " " << c.quantity;
}

TEST_F(ScreeningTest, AGoodInAnotherUnitNeedsAConversionFactor) {
    try {
        screenOne("2023-03-01", "RU-A", "DIESEL", "1");
        FAIL() << "screened a good without a conversion to the quota's unit";
    } catch (const InvalidInput& e) {
        EXPECT_EQ(e.problems().at(0).field, "line 1: screening");
        EXPECT_NE(e.problems().at(0).message.find("good convert DIESEL --to bbl"),
                  std::string::npos);
    }
    try {
        book().journal().post(*clerk, draft("2023-03-01", "D1", {{"RU-A", "DIESEL", "1"}}));
        FAIL();
    } catch (const InvalidInput& e) {
        EXPECT_EQ(e.problems().at(0).field, "line 1: screening");
    }
    book().compliance().setConversion(*manager, "DIESEL", "bbl", "7.5");
    EXPECT_EQ(toString(screenOne("2023-03-01", "RU-A", "DIESEL", "1").screening.verdict),
              "allowed");
}

TEST_F(ScreeningTest, QuotaCountsPostedLinesPerDirectionAndPeriodAndReversalsGiveBack) {
    // The crude quota runs 12 months from 1 April.
    book().journal().post(*clerk, draft("2023-03-31", "C1", {{"RU-A", "CRUDE", "400"}}));
    ScreeningResult r = screenOne("2023-03-31", "RU-A", "CRUDE", "100");
    EXPECT_EQ(toString(r.screening.verdict), "allowed");
    EXPECT_EQ(r.used->trimmed(0).toString(), "400");
    EXPECT_EQ(r.remaining->trimmed(0).toString(), "100");
    EXPECT_EQ(verdict("2023-03-31", "RU-A", "CRUDE", "101"), "quota_exceeded");
    EXPECT_EQ(verdict("2023-04-01", "RU-A", "CRUDE", "500"), "allowed"); // a new period
    // A refused posting names the rule, its source and the figures, and changes nothing.
    try {
        book().journal().post(*clerk, draft("2023-03-31", "C2", {{"RU-A", "CRUDE", "101"}}));
        FAIL();
    } catch (const InvalidInput& e) {
        const std::string& m = e.problems().at(0).message;
        EXPECT_NE(m.find("UN 1 line 5"), std::string::npos) << m;
        EXPECT_NE(m.find("UNSCR 2397 para 4"), std::string::npos) << m;
        EXPECT_NE(m.find("used 400 bbl, remaining 100 bbl, cap 500 bbl"), std::string::npos) << m;
    }
    EXPECT_FALSE(book().journal().exchange(*auditor, 2));
    // Two lines of one exchange count together.
    EXPECT_THROW(
        book().journal().post(
            *clerk, draft("2023-03-31", "C3", {{"RU-A", "CRUDE", "60"}, {"RU-A", "CRUDE", "41"}})),
        InvalidInput);
    book().journal().reverse(*manager, 1, "wrong tanker", "2023-03-31");
    EXPECT_EQ(verdict("2023-03-31", "RU-A", "CRUDE", "500"), "allowed");
    auto use = book().compliance().quotaUse(*auditor, "AGR", 2023);
    ASSERT_EQ(use.size(), 2u); // 2710 and 2709, RU -> KP
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
}

TEST_F(ScreeningTest, ExemptionsLetLinesThroughOnlyWhenEverythingMatches) {
    importExemptions("reference,hs_prefix,from_country,to_country,agreement,valid_from,valid_to,"
                     "quantity,unit,source\n"
                     "EX-1,901831,RU,KP,AGR,2023-01-01,2023-06-30,100,pcs,Committee letter 1\n"
                     "EX-2,27101921,RU,KP,,2023-01-01,2023-12-31,,,Committee letter 2\n");
    EXPECT_EQ(verdict("2023-03-01", "RU-A", "SYRINGES", "100"), "exempt");
    EXPECT_EQ(verdict("2023-03-01", "RU-A", "SYRINGES", "101"), "licence_required");
    EXPECT_EQ(verdict("2023-06-30", "RU-A", "SYRINGES", "1"), "exempt");           // its last day
    EXPECT_EQ(verdict("2023-07-01", "RU-A", "SYRINGES", "1"), "licence_required"); // expired
    EXPECT_EQ(verdict("2023-03-01", "RU-A", "SCALPELS", "1"), "licence_required"); // HS differs
    EXPECT_EQ(verdict("2023-03-01", "RU-A", "JETFUEL", "5"), "exempt");
    PostResult r =
        book().journal().post(*clerk, draft("2023-03-01", "S1", {{"RU-A", "SYRINGES", "60"}}));
    ASSERT_TRUE(r.exchange.lines[0].screening);
    EXPECT_EQ(r.exchange.lines[0].screening->exemption, "EX-1");
    EXPECT_EQ(r.exchange.lines[0].screening->decidedBy, "UN 1 line 6");
    EXPECT_EQ(verdict("2023-03-01", "RU-A", "SYRINGES", "41"), "licence_required");
    EXPECT_EQ(verdict("2023-03-01", "RU-A", "SYRINGES", "40"), "exempt");
    EXPECT_EQ(book().compliance().exemptions(*auditor).at(0).used.trimmed(0).toString(), "60");
}

TEST_F(ScreeningTest, TheNewestVersionOfAListIsInForceAndEachLineKeepsItsVersion) {
    PostResult before =
        book().journal().post(*clerk, draft("2023-03-01", "K1", {{"RU-A", "COAL", "1"}}));
    EXPECT_EQ(verdict("2023-03-01", "KP-B", "COAL", "1"), "prohibited");
    importList("UN", "2",
               "hs_prefix,from_country,to_country,kind,source,valid_from\n"
               "2701,*,*,prohibited,UNSCR 9999 (fictional),2018-01-01\n");
    EXPECT_EQ(verdict("2023-03-01", "RU-A", "COAL", "1"), "prohibited");
    EXPECT_EQ(verdict("2023-03-01", "RU-A", "DIESEL", "1"), "allowed"); // version 1 is history
    EXPECT_EQ(book().compliance().restrictions(*auditor, "UN").size(), 1u);
    std::optional<Exchange> kept = book().journal().exchange(*auditor, before.exchange.seq);
    ASSERT_TRUE(kept && kept->lines[0].screening);
    EXPECT_EQ(toString(kept->lines[0].screening->verdict), "allowed");
    EXPECT_THROW(
        importList("UN", "2", "hs_prefix,from_country,to_country,kind,source,valid_from\n"),
        InvalidInput);
}

// Regression (issue 15): a line with no list price whose good a rule prohibits reported only the
// missing price, so the clerk set a price for a good that was refused anyway.
TEST_F(ScreeningTest, ALineWithoutAPriceThatARuleProhibitsGetsBothProblems) {
    book().masterData().addGood(*manager,
                                {"ANTHRACITE", "Anthracite", "270111", "t", "3"}); // no price set
    try {
        book().journal().post(*clerk, draft("2023-03-01", "P1", {{"KP-B", "ANTHRACITE", "5"}}));
        FAIL() << "posted a prohibited line without a price";
    } catch (const InvalidInput& e) {
        std::vector<std::string> fields;
        std::string screening;
        for (const Problem& p : e.problems()) {
            fields.push_back(p.field);
            if (p.field == "line 1: screening")
                screening = p.message;
        }
        EXPECT_EQ(fields, (std::vector<std::string>{"line 1: unit_price", "line 1: screening"}));
        EXPECT_NE(screening.find("prohibited"), std::string::npos) << screening;
        EXPECT_NE(screening.find("UNSCR 2397 para 6"), std::string::npos) << screening;
        EXPECT_NE(screening.find("UN 1 line 2"), std::string::npos) << screening;
    }
    // Allowed but without a price: only the price is missing.
    try {
        book().journal().post(*clerk, draft("2023-03-01", "P2", {{"RU-A", "ANTHRACITE", "5"}}));
        FAIL();
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.problems().size(), 1u);
        EXPECT_EQ(e.problems()[0].field, "line 1: unit_price");
    }
}

TEST_F(ScreeningTest, BadListRowsAreListedAndNothingIsImported) {
    const std::string path = (dir() / "bad.csv").string();
    std::ofstream(path, std::ios::binary)
        << "hs_prefix,from_country,to_country,kind,quota,quota_unit,period,source,valid_from\n"
           "27,KP,*,prohibited,,,,ok,2018-01-01\n"
           "2.7,KP,*,banned,,,,,2018-13-01\n"
           "2710,*,KP,quota,,parsec,monthly,src,2018-01-01\n"
           "2710,*,KP,prohibited,5,bbl,,src,2018-01-01\n";
    try {
        book().compliance().importRestrictions(*manager, path, "NAT", "1");
        FAIL();
    } catch (const InvalidInput& e) {
        std::vector<std::pair<long, std::string>> where;
        for (const Problem& p : e.problems())
            where.emplace_back(p.line, p.field);
        EXPECT_EQ(where, (std::vector<std::pair<long, std::string>>{{3, "hs_prefix"},
                                                                    {3, "kind"},
                                                                    {3, "source"},
                                                                    {3, "valid_from"},
                                                                    {4, "quota"},
                                                                    {4, "quota_unit"},
                                                                    {4, "period"},
                                                                    {5, "quota"}}));
    }
    EXPECT_THROW(book().compliance().restrictions(*auditor, "NAT"), InvalidInput);
}

// Regression: one longest prefix was chosen across all lists, so a national quota on 2701
// overrode the UN prohibition of 27.
TEST_F(ScreeningTest, EveryListIsScreenedOnItsOwnAndAnyListCanRefuse) {
    importList("NAT", "1",
               "hs_prefix,from_country,to_country,kind,quota,quota_unit,period,source,valid_from\n"
               "2701,KP,RU,quota,100000,t,year,National coal quota,2018-01-01\n"
               "1001,RU,KP,quota,15,t,year,National wheat quota,2018-01-01\n");
    EXPECT_EQ(verdict("2023-03-01", "KP-B", "COAL", "1"), "prohibited");
    ScreeningResult r = screenOne("2023-03-01", "RU-A", "WHEAT", "15");
    EXPECT_EQ(toString(r.screening.verdict), "allowed");
    EXPECT_EQ(r.screening.decidedBy, "NAT 1 line 3");
    // No rule of either list: the line records the versions that were in force.
    EXPECT_EQ(screenOne("2023-03-01", "RU-A", "BEER", "1").screening.decidedBy,
              "no rule in NAT 1, UN 1");
}

// Regression: quota use was keyed on the rule's row, so a new version of a list started from
// zero and deliveries posted before the list was imported did not count.
TEST_F(ScreeningTest, QuotaUseComesFromTheDeliveriesThemselves) {
    book().journal().post(*clerk, draft("2023-02-01", "W1", {{"RU-A", "WHEAT", "10"}}));
    importList("NAT", "1",
               "hs_prefix,from_country,to_country,kind,quota,quota_unit,period,source,valid_from\n"
               "1001,RU,KP,quota,15,t,year,National wheat quota,2018-01-01\n");
    EXPECT_EQ(verdict("2023-03-01", "RU-A", "WHEAT", "5"), "allowed");
    EXPECT_EQ(verdict("2023-03-01", "RU-A", "WHEAT", "5.001"), "quota_exceeded");
    book().journal().post(*clerk, draft("2023-03-01", "C1", {{"RU-A", "CRUDE", "400"}}));
    importList("UN", "2",
               "hs_prefix,from_country,to_country,kind,quota,quota_unit,period,source,valid_from\n"
               "2709,*,KP,quota,500,bbl,12m-from:04-01,UNSCR 2397 para 4,2018-01-01\n");
    ScreeningResult r = screenOne("2023-03-31", "RU-A", "CRUDE", "100");
    EXPECT_EQ(toString(r.screening.verdict), "allowed");
    EXPECT_EQ(r.used->trimmed(0).toString(), "400");
    EXPECT_EQ(verdict("2023-03-31", "RU-A", "CRUDE", "101"), "quota_exceeded");
}

TEST_F(ScreeningTest, AnEmptyOrOverlappingVersionIsRefused) {
    EXPECT_THROW(
        importList("UN", "9", "hs_prefix,from_country,to_country,kind,source,valid_from\n"),
        InvalidInput);
    EXPECT_EQ(verdict("2023-03-01", "KP-B", "COAL", "1"), "prohibited");
    try {
        importList("NAT", "1",
                   "hs_prefix,from_country,to_country,kind,source,valid_from,valid_to\n"
                   "27,KP,*,prohibited,a,2018-01-01,2020-12-31\n"
                   "27,KP,*,licence,b,2021-01-01,\n"
                   "27,KP,*,prohibited,c,2020-06-01,\n");
        FAIL();
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.problems().size(), 2u);
        EXPECT_EQ(e.problems()[0].line, 4);
        EXPECT_NE(e.problems()[0].message.find("overlaps line 2"), std::string::npos);
        EXPECT_NE(e.problems()[1].message.find("overlaps line 3"), std::string::npos);
    }
}

// Regression: the rules' caps and kinds were covered by nothing, so raising a cap behind the
// application's back went unnoticed by verify.
TEST_F(ScreeningTest, VerifyNoticesAlteredRulesAndExemptions) {
    importExemptions("reference,hs_prefix,from_country,to_country,valid_from,valid_to,source\n"
                     "EX-1,901831,RU,KP,2023-01-01,2023-06-30,Committee letter 1\n");
    ASSERT_TRUE(book().integrity().verify(*auditor).ok);
    Database& db = book().database();
    EXPECT_THROW(db.exec("UPDATE restriction_rule SET quota = 999000000"), StorageError);
    db.exec("DROP TRIGGER restriction_rule_fixed");
    db.exec("UPDATE restriction_rule SET quota = 999000000 WHERE hs_prefix = '2709'");
    VerifyResult rule = book().integrity().verify(*auditor);
    EXPECT_FALSE(rule.ok);
    EXPECT_NE(rule.problem.find("restriction list UN version 1 was altered"), std::string::npos)
        << rule.problem;
    db.exec("UPDATE restriction_rule SET quota = 500000000 WHERE hs_prefix = '2709'");
    ASSERT_TRUE(book().integrity().verify(*auditor).ok);
    db.exec("DROP TRIGGER exemption_fixed");
    db.exec("UPDATE exemption SET valid_to = '2099-12-31'");
    VerifyResult exemption = book().integrity().verify(*auditor);
    EXPECT_FALSE(exemption.ok);
    EXPECT_NE(exemption.problem.find("exemption EX-1 was altered"), std::string::npos);
}

// Two clerks on two connections reach for the last barrels at once: one gets them, the other
// is refused, because the check and the insert happen in one BEGIN IMMEDIATE transaction.
TEST_F(ScreeningTest, TwoConnectionsCannotBothTakeTheLastOfAQuota) {
    book().journal().post(*clerk, draft("2023-05-01", "C0", {{"RU-A", "CRUDE", "300"}}));
    Book other = Book::open(path());
    Session otherClerk = other.login("clerk", "clerk-pass");
    int posted = 0, refused = 0;
    std::mutex m;
    auto attempt = [&](Book& b, const Session& s, const char* ref) {
        try {
            b.journal().post(s, draft("2023-05-02", ref, {{"RU-A", "CRUDE", "200"}}));
            std::lock_guard lock(m);
            ++posted;
        } catch (const InvalidInput&) {
            std::lock_guard lock(m);
            ++refused;
        }
    };
    std::thread first(attempt, std::ref(book()), std::cref(*clerk), "LAST-1");
    std::thread second(attempt, std::ref(other), std::cref(otherClerk), "LAST-2");
    first.join();
    second.join();
    EXPECT_EQ(posted, 1);
    EXPECT_EQ(refused, 1);
    auto use = book().compliance().quotaUse(*auditor, "AGR", 2023);
    for (const QuotaUse& q : use) {
        if (q.hsPrefix == "2709") {
            EXPECT_EQ(q.used.trimmed(0).toString(), "500");
        }
    }
}

} // namespace
} // namespace barter::testing

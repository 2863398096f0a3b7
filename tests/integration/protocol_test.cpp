// SPDX-License-Identifier: GPL-3.0-or-later
// Trade protocols (DESIGN.md §11) on a real book: importing versions, fulfilment at the edges of
// the period, the check at entry (a warning, or a refusal in a strict protocol unless a manager
// lets the line through), and verify.
#include "book_fixture.h"
#include "error.h"

#include <fstream>

namespace barter::testing {
namespace {

class ProtocolTest : public BookTest {
protected:
    std::string swing() const override { return ""; } // the plan is the subject, not the swing
    std::string file(const std::string& name, const std::string& content) {
        std::string path = (dir() / name).string();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    // 2024 (a leap year): 366 t of wheat from RU-A, 3,660 l of beer from KP-B.
    Protocol import2024(bool strict = false) {
        return book().protocols().importProtocol(
            *manager, "AGR",
            file("p.csv", "shipper,good,planned_quantity,planned_value\n"
                          "RU-A,WHEAT,366,80000\n"
                          "KP-B,BEER,3660,\n"),
            "2024", "2024-01-01", "2024-12-31", strict);
    }
    PostResult post(const char* date, const char* ref, std::vector<DeliveryLineDraft> lines,
                    const std::string& protocolOverride = {}) {
        ExchangeDraft d = draft(date, ref, std::move(lines));
        d.protocolOverride = protocolOverride;
        return book().journal().post(*manager, d);
    }
    FulfilmentRow row(const char* at, const char* good) {
        for (const FulfilmentRow& r :
             book().protocols().fulfilment(*auditor, "AGR", "2024", Date::parse(at)))
            if (r.good == good)
                return r;
        ADD_FAILURE() << "no row for " << good;
        return {};
    }
};

TEST_F(ProtocolTest, FulfilmentCountsTheDaysOfThePeriodAndNothingOutsideIt) {
    import2024();
    post("2023-12-31", "BEFORE", {{"RU-A", "WHEAT", "5"}}); // the day before: not counted
    post("2024-01-01", "FIRST", {{"RU-A", "WHEAT", "10"}}); // the first day
    post("2024-12-31", "LAST", {{"RU-A", "WHEAT", "20"}});  // the last day
    post("2025-01-01", "AFTER", {{"RU-A", "WHEAT", "40"}}); // the day after: not counted
    post("2024-02-29", "LEAP", {{"KP-B", "BEER", "100"}});

    FulfilmentRow r = row("2023-12-31", "WHEAT"); // before the period: nothing yet
    EXPECT_EQ(r.deliveredQuantity.toString(), "0.000");
    EXPECT_EQ(r.expectedQuantity.toString(), "0.000");
    EXPECT_EQ(r.pace, Pace::OnTrack);
    r = row("2024-01-01", "WHEAT");
    EXPECT_EQ(r.deliveredQuantity.toString(), "10.000");
    EXPECT_EQ(r.expectedQuantity.toString(), "1.000");
    EXPECT_EQ(r.deliveredValue.toString(), "2200.00"); // 10 t × 220
    r = row("2024-02-29", "WHEAT");
    EXPECT_EQ(r.expectedQuantity.toString(), "60.000"); // 60 of 366 days
    EXPECT_EQ(r.pace, Pace::Behind);                    // 10 < 60 − 18.3
    r = row("2024-12-31", "WHEAT");
    EXPECT_EQ(r.deliveredQuantity.toString(), "30.000");
    EXPECT_EQ(r.remainingQuantity.toString(), "336.000");
    EXPECT_EQ(r.fulfilledPercent.toString(), "8.20");
    EXPECT_EQ(r.expectedQuantity.toString(), "366.000");
    EXPECT_EQ(r.plannedValue->toString(), "80000.00");
    EXPECT_EQ(row("2030-06-01", "WHEAT").deliveredQuantity.toString(), "30.000");

    FulfilmentRow beer = row("2024-02-28", "BEER");
    EXPECT_EQ(beer.deliveredQuantity.toString(), "0.00");
    EXPECT_EQ(beer.expectedQuantity.toString(), "590.00"); // 3660 × 59 / 366
    beer = row("2024-02-29", "BEER");
    EXPECT_EQ(beer.deliveredQuantity.toString(), "100.00");
    EXPECT_FALSE(beer.plannedValue);
}

TEST_F(ProtocolTest, AReversalCountsOnItsOwnDate) {
    import2024();
    const PostResult inside = post("2024-06-01", "IN", {{"RU-A", "WHEAT", "50"}});
    const PostResult late = post("2024-12-20", "LATE", {{"RU-A", "WHEAT", "30"}});
    book().journal().reverse(*manager, inside.exchange.seq, "wagons counted twice", "2024-06-10");
    // Reversed after the period's end, as the balance counts it: the period keeps the delivery.
    book().journal().reverse(*manager, late.exchange.seq, "returned", "2025-01-15");
    EXPECT_EQ(row("2024-06-05", "WHEAT").deliveredQuantity.toString(), "50.000");
    EXPECT_EQ(row("2024-06-10", "WHEAT").deliveredQuantity.toString(), "0.000");
    EXPECT_EQ(row("2025-06-30", "WHEAT").deliveredQuantity.toString(), "30.000");
    EXPECT_EQ(row("2025-06-30", "WHEAT").deliveredValue.toString(), "6600.00"); // 30 t × 220
}

TEST_F(ProtocolTest, ImportingTheSameNameAgainMakesTheNextVersionInForce) {
    const Protocol first = import2024();
    EXPECT_EQ(first.version, 1);
    EXPECT_TRUE(first.prevDigest.empty());
    const Protocol second = book().protocols().importProtocol(
        *manager, "AGR", file("p2.csv", "good,shipper,planned_quantity\nWHEAT,RU-A,500\n"), "2024",
        "2024-01-01", "2024-12-31", true);
    EXPECT_EQ(second.version, 2);
    EXPECT_EQ(second.prevDigest, first.digest);
    const std::vector<Protocol> all = book().protocols().list(*auditor, "AGR");
    ASSERT_EQ(all.size(), 2U);
    EXPECT_FALSE(all[0].inForce);
    EXPECT_TRUE(all[1].inForce);
    EXPECT_EQ(book().protocols().show(*auditor, "AGR", "2024").version, 2);
    EXPECT_EQ(book().protocols().show(*auditor, "AGR", "2024", 1).lines.size(), 2U);
    const std::vector<FulfilmentRow> rows =
        book().protocols().fulfilment(*auditor, "AGR", "", Date::parse("2024-03-01"));
    ASSERT_EQ(rows.size(), 1U); // the newest version only
    EXPECT_EQ(rows[0].version, 2);
    EXPECT_EQ(rows[0].plannedQuantity.toString(), "500.000");
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
    EXPECT_THROW(book().protocols().show(*auditor, "AGR", "2024", 3), InvalidInput);
    EXPECT_THROW(book().protocols().show(*auditor, "AGR", "2025"), InvalidInput);
}

TEST_F(ProtocolTest, WithoutANameTheProtocolsWhosePeriodHoldsTheDateAreRead) {
    import2024();
    book().protocols().importProtocol(*manager, "AGR",
                                      file("q.csv", "shipper,good,planned_quantity\n"
                                                    "KP-B,BEER,100\n"),
                                      "2025", "2025-01-01", "2025-12-31", false);
    auto names = [&](const char* at) {
        std::string out;
        for (const FulfilmentRow& r :
             book().protocols().fulfilment(*auditor, "AGR", "", Date::parse(at)))
            out += r.protocol + "/" + r.good + " ";
        return out;
    };
    EXPECT_EQ(names("2024-07-01"), "2024/WHEAT 2024/BEER ");
    EXPECT_EQ(names("2025-07-01"), "2025/BEER ");
    EXPECT_EQ(names("2026-07-01"), "2025/BEER "); // none holds it: the one that ended last
    EXPECT_EQ(names("2023-07-01"), "");
}

TEST_F(ProtocolTest, EveryBadRowIsListedAndNothingIsWritten) {
    const std::string bad = file("bad.csv", "shipper,good,planned_quantity,planned_value\n"
                                            "RU-A,WHEAT,100,\n"
                                            "XX-NOBODY,WHEAT,1,\n" // not a party of AGR
                                            "RU-A,NOSUCH,1,\n"     // unknown good
                                            "KP-B,BEER,0,\n"       // not positive
                                            "KP-B,BEER,1.001,\n"   // beer has 2 decimals
                                            "RU-A,WHEAT,5,\n"      // twice for RU-A
                                            "KP-B,WHEAT,5,-1\n");  // value not positive
    try {
        book().protocols().importProtocol(*manager, "AGR", bad, "2024", "2024-01-01", "2024-12-31",
                                          false);
        FAIL() << "imported";
    } catch (const InvalidInput& e) {
        std::vector<std::pair<long, std::string>> got;
        for (const Problem& p : e.problems())
            got.emplace_back(p.line, p.field);
        const std::vector<std::pair<long, std::string>> expected = {
            {3, "shipper"},          {4, "good"}, {5, "planned_quantity"},
            {6, "planned_quantity"}, {7, "good"}, {8, "planned_value"}};
        EXPECT_EQ(got, expected);
        EXPECT_EQ(e.source(), bad);
    }
    EXPECT_EQ(book().database().queryInt("SELECT count(*) FROM protocol"), 0);
    EXPECT_EQ(book().database().queryInt("SELECT count(*) FROM protocol_line"), 0);
    // The period must lie inside the agreement (valid from 2023-01-01) and run forwards.
    const std::string good = file("good.csv", "shipper,good,planned_quantity\nRU-A,WHEAT,1\n");
    EXPECT_THROW(book().protocols().importProtocol(*manager, "AGR", good, "2022", "2022-01-01",
                                                   "2022-12-31", false),
                 InvalidInput);
    EXPECT_THROW(book().protocols().importProtocol(*manager, "AGR", good, "X", "2024-12-31",
                                                   "2024-01-01", false),
                 InvalidInput);
    EXPECT_THROW(book().protocols().importProtocol(*manager, "AGR",
                                                   file("e.csv", "shipper,good,"
                                                                 "planned_"
                                                                 "quantity\n"),
                                                   "X", "2024-01-01", "2024-12-31", false),
                 InvalidInput);
    EXPECT_THROW(book().protocols().importProtocol(*clerk, "AGR", good, "X", "2024-01-01",
                                                   "2024-12-31", false),
                 PermissionDenied);
    EXPECT_EQ(book().database().queryInt("SELECT count(*) FROM protocol"), 0);
}

TEST_F(ProtocolTest, ALinePastWhatRemainsWarnsAndAnUnlistedGoodToo) {
    import2024();
    post("2024-03-01", "A", {{"RU-A", "WHEAT", "300"}});
    // 66 t remain: the second line takes the first's 60 t off before it is checked.
    ExchangeDraft d = draft("2024-03-02", "B", {{"RU-A", "WHEAT", "60"}, {"RU-A", "WHEAT", "10"}});
    const ExchangePreview view = book().journal().preview(*manager, d);
    ASSERT_EQ(view.protocolChecks.size(), 2U);
    EXPECT_EQ(view.protocolChecks[0].remaining.toString(), "66.000");
    EXPECT_FALSE(view.protocolChecks[0].past());
    EXPECT_EQ(view.protocolChecks[1].remaining.toString(), "6.000");
    EXPECT_TRUE(view.protocolChecks[1].past());
    const PostResult r = book().journal().post(*manager, d);
    ASSERT_EQ(r.warnings.size(), 1U);
    EXPECT_EQ(r.warnings[0], "line 2: 10.000 t of WHEAT by RU-A goes past the 6.000 t remaining "
                             "of protocol 2024 (planned 366.000 t)");
    // Beer from RU-A is not in the protocol; outside the period nothing is checked.
    EXPECT_EQ(post("2024-03-03", "C", {{"RU-A", "BEER", "1"}}).warnings,
              std::vector<std::string>{"line 1: protocol 2024 does not list BEER shipped by RU-A"});
    EXPECT_TRUE(post("2025-03-03", "D", {{"RU-A", "BEER", "1"}}).warnings.empty());
}

TEST_F(ProtocolTest, AStrictProtocolRefusesUnlessAManagerLetsTheLineThrough) {
    import2024(true);
    EXPECT_THROW(post("2024-03-01", "A", {{"RU-A", "WHEAT", "367"}}), InvalidInput);
    EXPECT_THROW(post("2024-03-01", "A", {{"RU-A", "BEER", "1"}}), InvalidInput);
    EXPECT_EQ(book().database().queryInt("SELECT count(*) FROM exchange"), 0);
    // A clerk may not let it through; a manager may, and the reason stays with the exchange.
    ExchangeDraft byClerk = draft("2024-03-01", "A", {{"RU-A", "WHEAT", "367"}});
    byClerk.protocolOverride = "letter 12";
    EXPECT_THROW(book().journal().post(*clerk, byClerk), PermissionDenied);
    const PostResult r = post("2024-03-01", "A", {{"RU-A", "WHEAT", "367"}}, "letter 12");
    ASSERT_EQ(r.warnings.size(), 1U);
    EXPECT_NE(r.warnings[0].find("let through: letter 12"), std::string::npos);
    Statement kept = book().database().prepare(
        "SELECT exchange_seq, reason, overridden_by FROM protocol_override");
    ASSERT_TRUE(kept.step());
    EXPECT_EQ(kept.getInt(0), r.exchange.seq);
    EXPECT_EQ(kept.getText(1), "letter 12");
    EXPECT_EQ(kept.getText(2), "manager");
    EXPECT_EQ(book().integrity().auditEvents(*auditor, {}, {}, "", "override").size(), 1U);
    // Within the plan nothing needs a reason, and a reason given for nothing is not kept.
    post("2024-03-02", "B", {{"KP-B", "BEER", "10"}}, "not needed");
    EXPECT_EQ(book().database().queryInt("SELECT count(*) FROM protocol_override"), 1);
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
}

TEST_F(ProtocolTest, APendingEntryPastAStrictProtocolWaitsForTheApprovingManager) {
    import2024(true);
    book().settings().setApprovalRequired(*admin, true);
    ExchangeDraft d = draft("2024-04-01", "P", {{"RU-A", "WHEAT", "400"}});
    const RecordResult saved = book().journal().record(*clerk, d);
    ASSERT_TRUE(saved.pending);
    ASSERT_FALSE(saved.warnings.empty());
    EXPECT_NE(saved.warnings[0].find("(at approval)"), std::string::npos);
    EXPECT_THROW(book().journal().approve(*manager, saved.pending->id), InvalidInput);
    const PostResult posted =
        book().journal().approve(*manager, saved.pending->id, {}, "ministry letter 3");
    EXPECT_EQ(book().database().queryInt("SELECT count(*) FROM protocol_override"), 1);
    EXPECT_EQ(posted.exchange.postedBy, "clerk");
}

TEST_F(ProtocolTest, ImportedDeliveriesAreCheckedLineByLine) {
    import2024(true);
    const std::string csv = file("d.csv", "date,reference,shipper,good,quantity\n"
                                          "2024-05-01,D1,RU-A,WHEAT,300\n"
                                          "2024-05-02,D2,RU-A,WHEAT,100\n");
    try {
        book().journal().importDeliveries(*manager, csv, "AGR");
        FAIL() << "imported";
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.problems().size(), 1U);
        EXPECT_EQ(e.problems()[0].line, 3);
        EXPECT_EQ(e.problems()[0].field, "protocol");
    }
    EXPECT_EQ(book().database().queryInt("SELECT count(*) FROM exchange"), 0);
}

TEST_F(ProtocolTest, VerifyNamesAnAlteredOrRemovedVersion) {
    import2024();
    book().protocols().importProtocol(*manager, "AGR",
                                      file("v2.csv", "shipper,good,planned_quantity\n"
                                                     "RU-A,WHEAT,400\n"),
                                      "2024", "2024-01-01", "2024-12-31", false);
    Database& db = book().database();
    EXPECT_THROW(db.exec("UPDATE protocol_line SET planned_quantity = 1"), StorageError);
    EXPECT_THROW(db.exec("DELETE FROM protocol"), StorageError);
    db.exec("DROP TRIGGER protocol_line_fixed");
    db.exec("UPDATE protocol_line SET planned_quantity = 1000000000 WHERE line = 2 AND "
            "protocol_id = 2");
    VerifyResult bad = book().integrity().verify(*auditor);
    EXPECT_FALSE(bad.ok);
    EXPECT_NE(bad.problem.find("protocol 2024 version 2 of AGR was altered"), std::string::npos)
        << bad.problem;
}

} // namespace
} // namespace barter::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// Reconciliation with the other side's statement and period close: the saved result, the
// mapping of their codes, the invariant, resolutions, and that a close locks every write path.
#include "book_fixture.h"

#include "storage/database.h"

#include <fstream>

namespace barter::testing {
namespace {

using reconcile::Category;

class ReconciliationTest : public BookTest {
protected:
    void SetUp() override {
        BookTest::SetUp();
        book().journal().post(*manager, draft("2023-02-01", "R-1", {{"RU-A", "WHEAT", "10"}}));
        book().journal().post(*manager, draft("2023-02-10", "K-1", {{"KP-B", "BEER", "1000"}}));
        book().journal().post(
            *manager, draft("2023-03-01", "R-2", {{"RU-A", "WHEAT", "5"}, {"RU-A", "WHEAT", "2"}}));
        book().journal().post(*manager, draft("2023-03-15", "K-2", {{"KP-B", "BEER", "500"}}));
    }
    std::string file(const std::string& name, const std::string& text) {
        const std::string p = (dir() / name).string();
        std::ofstream(p, std::ios::binary) << text;
        return p;
    }
    // Their statement as a copy of our book: every line matches.
    std::string same() {
        return file("same.csv", "date,reference,shipper,good,quantity,value\n"
                                "2023-02-01,R-1,RU-A,WHEAT,10,2101.25\n"
                                "2023-02-10,K-1,KP-B,BEER,1000,1100.00\n"
                                "2023-03-01,R-2,RU-A,WHEAT,5,1050.62\n"
                                "2023-03-01,R-2,RU-A,WHEAT,2,420.25\n"
                                "2023-03-15,K-2,KP-B,BEER,500,550.00\n");
    }
    static std::int64_t count(const reconcile::Reconciliation& r, Category c) {
        return r.counts().at(c);
    }
};

TEST_F(ReconciliationTest, AnIdenticalStatementMatchesEveryLine) {
    const auto r = book().reconciliation().reconcile(*manager, "AGR", same(), std::nullopt,
                                                     *Date::parse("2023-06-30"));
    EXPECT_EQ(count(r, Category::Matched), 5);
    EXPECT_EQ(r.items.size(), 5u);
    EXPECT_EQ(r.ourBalance, dec("1922.12"));
    EXPECT_EQ(r.theirBalance, r.ourBalance);
    EXPECT_EQ(r.difference(), dec("0"));
    EXPECT_EQ(r.unresolved(), 0);
    EXPECT_EQ(r.statementSha256.size(), 64u);
}

TEST_F(ReconciliationTest, InjectedDifferencesAreClassifiedAndExplainTheGap) {
    // R-1 quantity changed, K-1 value changed, R-2's second line dropped, K-2 dated two days
    // later, and a line of theirs we never saw, its value from our price list.
    const std::string statement =
        file("diff.csv", "reference,date,shipper,good,quantity,unit_price,value\n"
                         "R-1,2023-02-01,RU-A,WHEAT,11,,\n"
                         "K-1,2023-02-10,KP-B,BEER,1000,,1000.00\n"
                         "R-2,2023-03-01,RU-A,WHEAT,5,,1050.62\n"
                         "K-2,2023-03-17,KP-B,BEER,500,1.10,\n"
                         "K-9,2023-04-01,KP-B,BEER,10,,\n"
                         "K-10,2023-07-01,KP-B,BEER,10,,\n");
    const auto r = book().reconciliation().reconcile(*manager, "AGR", statement, std::nullopt,
                                                     *Date::parse("2023-06-30"), {}, 1);
    EXPECT_EQ(count(r, Category::Matched), 1);
    EXPECT_EQ(count(r, Category::QuantityDiffers), 1);
    EXPECT_EQ(count(r, Category::ValueDiffers), 1);
    EXPECT_EQ(count(r, Category::DateDiffers), 1);
    EXPECT_EQ(count(r, Category::MissingTheirs), 1);
    EXPECT_EQ(count(r, Category::MissingOurs), 1);
    EXPECT_EQ(r.statementOutside, 1); // K-10 is after the period
    // Their balance: 2311.38 (11 t at 210.125) − 1000 + 1050.62 − 550 − 11.
    EXPECT_EQ(r.theirBalance, dec("1801.00"));
    EXPECT_EQ(r.difference(), dec("121.12"));
    EXPECT_EQ(r.explained(), r.difference());
    EXPECT_EQ(r.unresolved(), 5);

    // Saved as found, and read back the same after the book is reopened.
    reopen();
    const auto saved = book().reconciliation().saved(*auditor, r.id);
    EXPECT_EQ(saved.items, r.items);
    EXPECT_EQ(saved.ourBalance, r.ourBalance);
    EXPECT_EQ(saved.theirBalance, r.theirBalance);
    EXPECT_EQ(saved.statementSha256, r.statementSha256);
    EXPECT_EQ(saved.toleranceDays, 1);
    ASSERT_EQ(book().reconciliation().reconciliations(*auditor, "AGR").size(), 1u);
}

TEST_F(ReconciliationTest, AMappingTranslatesTheirCodes) {
    const std::string statement = file("theirs.csv", "date,reference,shipper,good,quantity\n"
                                                     "2023-02-01,R-1,RUSSIA,PSHENITSA,10\n"
                                                     "2023-02-10,K-1,KOREA,MAEKJU,1000\n");
    const std::string map = file("map.csv", "kind,theirs,ours\n"
                                            "party,RUSSIA,RU-A\n"
                                            "party,KOREA,KP-B\n"
                                            "good,PSHENITSA,WHEAT\n"
                                            "good,MAEKJU,BEER\n");
    const auto r =
        book().reconciliation().reconcile(*manager, "AGR", statement, std::nullopt,
                                          *Date::parse("2023-02-28"), reconcile::readMapping(map));
    EXPECT_EQ(count(r, Category::Matched), 2);
    EXPECT_EQ(r.items.size(), 2u);
    EXPECT_EQ(r.mappingSha256.size(), 64u);

    // What a mapping editor offers to map: the codes still unknown, each once.
    const auto unknown = book().reconciliation().unknownCodes(*manager, "AGR", statement, {});
    EXPECT_EQ(unknown.parties, (std::vector<std::string>{"RUSSIA", "KOREA"}));
    EXPECT_EQ(unknown.goods, (std::vector<std::string>{"PSHENITSA", "MAEKJU"}));
    const reconcile::Mapping typed =
        reconcile::mappingFromRows({{"party", "RUSSIA", "RU-A", 1}, {"good", "MAEKJU", "BEER", 2}});
    const auto left = book().reconciliation().unknownCodes(*manager, "AGR", statement, typed);
    EXPECT_EQ(left.parties, (std::vector<std::string>{"KOREA"}));
    EXPECT_EQ(left.goods, (std::vector<std::string>{"PSHENITSA"}));
    EXPECT_EQ(typed.sha256.size(), 64u);
    EXPECT_THROW(reconcile::mappingFromRows({{"good", "A", "B", 1}, {"good", "A", "C", 2}}),
                 InvalidInput);

    // Without the map their codes are unknown: every such row is named, nothing is saved.
    try {
        book().reconciliation().reconcile(*manager, "AGR", statement, std::nullopt,
                                          *Date::parse("2023-02-28"));
        FAIL() << "expected InvalidInput";
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.problems().size(), 4u);
        EXPECT_EQ(e.problems()[0].line, 2);
        EXPECT_EQ(e.problems()[0].field, "shipper");
        EXPECT_EQ(e.problems()[1].field, "good");
        EXPECT_EQ(e.source(), statement);
    }
    EXPECT_EQ(book().reconciliation().reconciliations(*auditor, "").size(), 1u);
}

TEST_F(ReconciliationTest, BadStatementRowsAreAllReported) {
    const std::string statement = file("bad.csv", "date,reference,shipper,good,quantity,value\n"
                                                  "2023-02-31,R-1,RU-A,WHEAT,10,\n"
                                                  "2023-02-10,K-1,KP-B,BEER,0,\n"
                                                  "2023-02-10,K-2,KP-B,BEER,1,1.001\n"
                                                  "2023-02-10,K-3,KP-B,BEER,1e3,\n");
    try {
        book().reconciliation().reconcile(*manager, "AGR", statement, std::nullopt,
                                          *Date::parse("2023-06-30"));
        FAIL() << "expected InvalidInput";
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.problems().size(), 4u);
        EXPECT_EQ(e.problems()[0].field, "date");
        EXPECT_EQ(e.problems()[1].field, "quantity");
        EXPECT_EQ(e.problems()[2].field, "value");
        EXPECT_EQ(e.problems()[3].line, 5);
    }
    const std::string badMap = file("map.csv", "kind,theirs,ours\nparty,X,RU-A\nparty,X,KP-B\n"
                                               "colour,Y,Z\n");
    try {
        reconcile::readMapping(badMap);
        FAIL() << "expected InvalidInput";
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.problems().size(), 2u);
        EXPECT_EQ(e.problems()[0].line, 3); // X mapped twice
        EXPECT_EQ(e.problems()[1].field, "kind");
    }
    EXPECT_TRUE(book().reconciliation().reconciliations(*auditor, "AGR").empty());
}

TEST_F(ReconciliationTest, AReversalInThePeriodCancelsItsExchange) {
    book().journal().reverse(*manager, 2, "double entry", "2023-03-20");
    // Their statement never had K-1.
    const std::string statement = file("theirs.csv", "date,reference,shipper,good,quantity\n"
                                                     "2023-02-01,R-1,RU-A,WHEAT,10\n"
                                                     "2023-03-01,R-2,RU-A,WHEAT,5\n"
                                                     "2023-03-01,R-2,RU-A,WHEAT,2\n"
                                                     "2023-03-15,K-2,KP-B,BEER,500\n");
    const auto r = book().reconciliation().reconcile(*manager, "AGR", statement, std::nullopt,
                                                     *Date::parse("2023-06-30"));
    EXPECT_EQ(count(r, Category::Matched), 4);
    EXPECT_EQ(r.items.size(), 4u);
    EXPECT_EQ(r.difference(), dec("0"));

    // From a later start, the reversal is a line of the period and the original is not.
    const auto later = book().reconciliation().reconcile(
        *manager, "AGR", statement, *Date::parse("2023-03-16"), *Date::parse("2023-06-30"));
    EXPECT_EQ(later.openingBalance, dec("1922.12"));
    ASSERT_EQ(later.items.size(), 1u);
    EXPECT_EQ(later.items[0].category, Category::MissingTheirs);
    EXPECT_EQ(later.items[0].reference, "K-1"); // the reference it reverses
    EXPECT_EQ(later.items[0].ourSeq, 5);        // the reversal
    EXPECT_EQ(later.items[0].difference, dec("1100.00"));
    EXPECT_EQ(later.explained(), later.difference());
    EXPECT_EQ(later.ourBalance, balance("2023-06-30"));
}

TEST_F(ReconciliationTest, ItemsAreResolvedByACorrectionAReversalOrANote) {
    const std::string statement = file("theirs.csv", "date,reference,shipper,good,quantity\n"
                                                     "2023-02-01,R-1,RU-A,WHEAT,10\n"
                                                     "2023-02-10,K-1,KP-B,BEER,1000\n"
                                                     "2023-03-01,R-2,RU-A,WHEAT,5\n"
                                                     "2023-03-01,R-2,RU-A,WHEAT,2\n"
                                                     "2023-03-20,K-7,KP-B,BEER,100\n");
    const auto r = book().reconciliation().reconcile(*manager, "AGR", statement, std::nullopt,
                                                     *Date::parse("2023-06-30"));
    ASSERT_EQ(r.unresolved(), 2); // K-2 missing theirs, K-7 missing ours
    int k2 = 0, k7 = 0, matched = 0;
    for (const auto& i : r.items) {
        if (i.reference == "K-2")
            k2 = i.number;
        else if (i.reference == "K-7")
            k7 = i.number;
        else
            matched = i.number;
    }
    using Kind = reconcile::ResolutionKind;
    EXPECT_THROW(
        book().reconciliation().resolveItem(*manager, r.id, matched, Kind::Note, {}, "fine"),
        InvalidInput);
    EXPECT_THROW(book().reconciliation().resolveItem(*manager, r.id, k7, Kind::Note, {}, ""),
                 InvalidInput);
    EXPECT_THROW(book().reconciliation().resolveItem(*manager, r.id, 99, Kind::Note, {}, "x"),
                 InvalidInput);
    EXPECT_THROW(book().reconciliation().resolveItem(*clerk, r.id, k7, Kind::Note, {}, "x"),
                 PermissionDenied);
    EXPECT_THROW(book().reconciliation().resolveItem(*manager, r.id, k7, Kind::Correction, 99, ""),
                 InvalidInput);
    // A correction: the delivery we missed, posted through the normal rules.
    const PostResult posted =
        book().journal().post(*manager, draft("2023-07-05", "K-7", {{"KP-B", "BEER", "100"}}));
    book().reconciliation().resolveItem(*manager, r.id, k7, Kind::Correction, posted.exchange.seq,
                                        "entered late");
    // A reversal must reverse the item's own exchange.
    EXPECT_THROW(book().reconciliation().resolveItem(*manager, r.id, k2, Kind::Reversal,
                                                     posted.exchange.seq, ""),
                 InvalidInput);
    const PostResult reversed =
        book().journal().reverse(*manager, 4, "never shipped", "2023-07-05");
    book().reconciliation().resolveItem(*manager, r.id, k2, Kind::Reversal, reversed.exchange.seq,
                                        "");
    const auto after = book().reconciliation().saved(*auditor, r.id);
    EXPECT_EQ(after.unresolved(), 0);
    ASSERT_EQ(after.resolutions.size(), 2u);
    EXPECT_EQ(after.resolutionOf(k7)->kind, Kind::Correction);
    EXPECT_EQ(after.resolutionOf(k7)->note, "entered late");
    EXPECT_EQ(after.resolutionOf(k2)->seq, reversed.exchange.seq);
    // The items themselves never change.
    EXPECT_EQ(after.items, r.items);
}

TEST_F(ReconciliationTest, TheirStornoPairsCancelAndMeetOurReversals) {
    // Our K-1 is reversed after the period starts; they booked K-1 and later its storno.
    book().journal().reverse(*manager, 2, "never shipped", "2023-04-03");
    const std::string statement = file("theirs.csv", "date,reference,shipper,good,quantity,value\n"
                                                     "2023-04-03,K-1,KP-B,BEER,-1000,-1100.00\n"
                                                     "2023-04-10,K-5,KP-B,BEER,10,11.00\n"
                                                     "2023-04-11,K-5,KP-B,BEER,-10,-11.00\n");
    const auto r = book().reconciliation().reconcile(
        *manager, "AGR", statement, *Date::parse("2023-04-01"), *Date::parse("2023-06-30"));
    // K-5 and its storno cancel; our reversal of K-1 meets their storno of it.
    ASSERT_EQ(r.items.size(), 1u);
    EXPECT_EQ(r.items[0].category, Category::Matched);
    EXPECT_EQ(r.items[0].reference, "K-1");
    EXPECT_EQ(r.difference(), dec("0"));

    const std::string mixed = file("mixed.csv", "date,reference,shipper,good,quantity,value\n"
                                                "2023-04-10,K-6,KP-B,BEER,10,-11.00\n");
    try {
        book().reconciliation().reconcile(*manager, "AGR", mixed, std::nullopt,
                                          *Date::parse("2023-06-30"));
        FAIL() << "expected InvalidInput";
    } catch (const InvalidInput& e) {
        EXPECT_EQ(e.problems().front().field, "value");
        EXPECT_EQ(e.problems().front().line, 2);
    }
}

TEST_F(ReconciliationTest, ACorrectionDraftBringsOurBookToTheirFigures) {
    // Their R-2 has a third line (a reference we use), K-1 a larger quantity, and K-9 is new
    // to us at a price of theirs.
    const std::string statement = file("theirs.csv", "date,reference,shipper,good,quantity,value\n"
                                                     "2023-02-01,R-1,RU-A,WHEAT,10,2101.25\n"
                                                     "2023-02-10,K-1,KP-B,BEER,1200,1320.00\n"
                                                     "2023-03-01,R-2,RU-A,WHEAT,5,1050.62\n"
                                                     "2023-03-01,R-2,RU-A,WHEAT,2,420.25\n"
                                                     "2023-03-01,R-2,RU-A,BEER,100,110.00\n"
                                                     "2023-03-15,K-2,KP-B,BEER,500,550.00\n"
                                                     "2023-03-20,K-9,KP-B,BEER,30,36.00\n");
    const auto r = book().reconciliation().reconcile(*manager, "AGR", statement, std::nullopt,
                                                     *Date::parse("2023-03-31"));
    auto numberOf = [&](const std::string& ref, const std::string& good) {
        for (const auto& i : r.items)
            if (i.reference == ref && i.good == good)
                return i.number;
        return 0;
    };
    const ExchangeDraft extra =
        book().reconciliation().correctionDraft(*manager, r.id, numberOf("R-2", "BEER"));
    EXPECT_EQ(extra.reference, "R-2-R1-" + std::to_string(numberOf("R-2", "BEER")));
    ASSERT_EQ(extra.lines.size(), 1u);
    EXPECT_EQ(extra.lines[0].shipper, "RU-A");
    EXPECT_EQ(extra.lines[0].quantity, "100");
    EXPECT_EQ(extra.lines[0].unitPrice, ""); // their value is our list's
    EXPECT_TRUE(book().journal().check(*manager, extra).empty());

    const ExchangeDraft more =
        book().reconciliation().correctionDraft(*manager, r.id, numberOf("K-1", "BEER"));
    EXPECT_EQ(more.lines[0].quantity, "200");
    EXPECT_EQ(more.date, "2023-02-10");

    const ExchangeDraft missing =
        book().reconciliation().correctionDraft(*manager, r.id, numberOf("K-9", "BEER"));
    EXPECT_EQ(missing.reference, "K-9");
    EXPECT_EQ(missing.lines[0].unitPrice, "1.2"); // 36.00 for 30 l: not our list's 1.10
    EXPECT_FALSE(missing.priceReason.empty());
    EXPECT_TRUE(book().journal().check(*manager, missing).empty());
    EXPECT_THROW(book().reconciliation().correctionDraft(*manager, r.id, numberOf("R-1", "WHEAT")),
                 InvalidInput);

    // After a close, the draft is dated after it; a correction must be one.
    book().reconciliation().closePeriod(*manager, "AGR", *Date::parse("2023-03-31"), "1922.12");
    EXPECT_EQ(book().reconciliation().correctionDraft(*manager, r.id, numberOf("K-9", "BEER")).date,
              "2023-04-01");
    const PostResult posted = book().journal().post(
        *manager, book().reconciliation().correctionDraft(*manager, r.id, numberOf("K-9", "BEER")));
    using Kind = reconcile::ResolutionKind;
    EXPECT_THROW(book().reconciliation().resolveItem(*manager, r.id, numberOf("K-1", "BEER"),
                                                     Kind::Correction, std::int64_t{2}, ""),
                 InvalidInput); // K-1's own exchange
    EXPECT_THROW(book().reconciliation().resolveItem(*manager, r.id, numberOf("R-2", "BEER"),
                                                     Kind::Correction, posted.exchange.seq, ""),
                 InvalidInput); // delivers beer by KP-B, not by RU-A
    book().reconciliation().resolveItem(*manager, r.id, numberOf("K-9", "BEER"), Kind::Correction,
                                        posted.exchange.seq, "");
}

TEST_F(ReconciliationTest, VerifyHoldsEachCloseToWhatItRecorded) {
    book().reconciliation().closePeriod(*manager, "AGR", *Date::parse("2023-03-31"), "1922.12");
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
    Database& raw = book().database();
    raw.exec("DROP TRIGGER period_close_fixed");
    raw.exec("UPDATE period_close SET agreed_balance = agreed_balance + 1");
    const VerifyResult moved = book().integrity().verify(*auditor);
    EXPECT_FALSE(moved.ok);
    EXPECT_NE(moved.problem.find("no longer holds its agreed balance"), std::string::npos)
        << moved.problem;
    raw.exec("UPDATE period_close SET agreed_balance = agreed_balance - 1, head_seq = 3");
    const VerifyResult head = book().integrity().verify(*auditor);
    EXPECT_FALSE(head.ok);
    EXPECT_EQ(head.firstBadSeq, 3);
}

TEST_F(ReconciliationTest, OnlyManagersReconcileAndCloseButEveryoneReads) {
    EXPECT_THROW(book().reconciliation().reconcile(*clerk, "AGR", same(), std::nullopt,
                                                   *Date::parse("2023-06-30")),
                 PermissionDenied);
    EXPECT_THROW(book().reconciliation().reconcile(*auditor, "AGR", same(), std::nullopt,
                                                   *Date::parse("2023-06-30")),
                 PermissionDenied);
    EXPECT_THROW(
        book().reconciliation().closePeriod(*clerk, "AGR", *Date::parse("2023-06-30"), "1922.12"),
        PermissionDenied);
    EXPECT_THROW(
        book().reconciliation().closePeriod(*admin, "AGR", *Date::parse("2023-06-30"), "1922.12"),
        PermissionDenied);
    const auto r = book().reconciliation().reconcile(*manager, "AGR", same(), std::nullopt,
                                                     *Date::parse("2023-06-30"));
    EXPECT_EQ(book().reconciliation().saved(*auditor, r.id).items.size(), 5u);
    EXPECT_TRUE(book().reconciliation().periods(*clerk, "AGR").empty());
}

class PeriodCloseTest : public ReconciliationTest {
protected:
    void SetUp() override {
        ReconciliationTest::SetUp();
        book().settings().setApprovalRequired(*admin, true);
        // A clerk's entry dated in the period, still waiting when the period is closed.
        waiting = book()
                      .journal()
                      .submit(*clerk, draft("2023-03-20", "P-1", {{"RU-A", "WHEAT", "1"}}))
                      .id;
        book().settings().setApprovalRequired(*admin, false);
    }
    std::int64_t waiting = 0;
};

TEST_F(PeriodCloseTest, TheAgreedBalanceMustBeTheBooksAndClosesOnlyMoveForward) {
    const Date through = *Date::parse("2023-03-31");
    EXPECT_THROW(book().reconciliation().closePeriod(*manager, "AGR", through, "1922.11"),
                 InvalidInput);
    EXPECT_THROW(book().reconciliation().closePeriod(*manager, "AGR", through, "abc"),
                 InvalidInput);
    const auto preview = book().reconciliation().previewClose(*manager, "AGR", through);
    EXPECT_EQ(preview.balance, dec("1922.12"));
    EXPECT_EQ(preview.exchanges, 4);
    EXPECT_EQ(preview.pending, 1);
    EXPECT_TRUE(preview.problems.empty());

    const auto r = book().reconciliation().reconcile(*manager, "AGR", same(), std::nullopt,
                                                     *Date::parse("2023-06-30"));
    EXPECT_THROW(book().reconciliation().closePeriod(*manager, "AGR", through, "1922.12", r.id),
                 InvalidInput);
    const auto c = book().reconciliation().closePeriod(*manager, "AGR", through, "1922.12");
    EXPECT_EQ(c.headSeq, 4);
    EXPECT_EQ(c.headHash.size(), 64u);
    EXPECT_THROW(book().reconciliation().closePeriod(*manager, "AGR", through, "1922.12"),
                 InvalidInput);
    EXPECT_THROW(
        book().reconciliation().closePeriod(*manager, "AGR", *Date::parse("2023-03-01"), "1471.25"),
        InvalidInput);
    EXPECT_FALSE(book().reconciliation().previewClose(*manager, "AGR", through).problems.empty());
    // With the reconciliation of the same date.
    const auto c2 = book().reconciliation().closePeriod(*manager, "AGR", *Date::parse("2023-06-30"),
                                                        "1922.12", r.id);
    EXPECT_EQ(c2.reconciliation, r.id);
    const auto all = book().reconciliation().periods(*auditor, "AGR");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].through, through);
    EXPECT_EQ(all[0].agreedBalance, dec("1922.12"));
    EXPECT_EQ(all[1].reconciliation, r.id);
}

TEST_F(PeriodCloseTest, EveryWritePathIntoAClosedPeriodIsRefused) {
    book().reconciliation().closePeriod(*manager, "AGR", *Date::parse("2023-03-31"), "1922.12");
    const Decimal before = balance();
    auto refusedForDate = [](const std::function<void()>& write) {
        try {
            write();
            ADD_FAILURE() << "a write into the closed period went through";
        } catch (const InvalidInput& e) {
            EXPECT_NE(std::string(e.what()).find("closed through 2023-03-31"), std::string::npos)
                << e.what();
        }
    };
    refusedForDate([&] {
        book().journal().post(*manager, draft("2023-03-31", "N-1", {{"RU-A", "WHEAT", "1"}}));
    });
    refusedForDate([&] {
        book().journal().record(*clerk, draft("2023-01-15", "N-2", {{"RU-A", "WHEAT", "1"}}));
    });
    refusedForDate(
        [&] { book().journal().reverse(*manager, 2, "late", "2023-04-10"); }); // K-1 is closed
    refusedForDate([&] { book().journal().approve(*manager, waiting); });
    refusedForDate([&] {
        book().settings().setApprovalRequired(*admin, true);
        book().journal().submit(*clerk, draft("2023-03-30", "N-3", {{"RU-A", "WHEAT", "1"}}));
    });
    book().settings().setApprovalRequired(*admin, false);
    refusedForDate([&] {
        book().journal().importDeliveries(*manager,
                                          file("late.csv", "date,reference,shipper,good,quantity\n"
                                                           "2023-04-02,N-4,RU-A,WHEAT,1\n"
                                                           "2023-03-02,N-5,RU-A,WHEAT,1\n"),
                                          "AGR");
    });
    EXPECT_EQ(balance(), before);
    EXPECT_TRUE(book()
                    .journal()
                    .check(*manager, draft("2023-03-31", "N-6", {{"RU-A", "WHEAT", "1"}}))
                    .front()
                    .message.find("closed") != std::string::npos);

    // The trigger holds even against a program that writes the file directly.
    Database& raw = book().database();
    EXPECT_THROW(raw.exec("INSERT INTO exchange (seq, agreement_id, date, reference, memo, reason, "
                          "swing_override, posted_by, posted_at, prev_hash, hash) VALUES (99, 1, "
                          "'2023-03-01', 'HACK', '', '', '', 'x', 'x', x'00', x'00')"),
                 StorageError);
    EXPECT_THROW(raw.exec("UPDATE period_close SET through = '2023-01-01'"), StorageError);
    EXPECT_THROW(raw.exec("DELETE FROM period_close"), StorageError);

    // After the close, life goes on.
    book().journal().post(*manager, draft("2023-04-01", "N-7", {{"RU-A", "WHEAT", "1"}}));
    book().journal().reverse(*manager, 5, "typo", "2023-04-02");
    EXPECT_EQ(balance(), before);
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
}

TEST_F(PeriodCloseTest, ABookThatDoesNotVerifyCannotBeClosed) {
    {
        Database& raw = book().database();
        raw.exec("DROP TRIGGER exchange_no_update");
        raw.exec("UPDATE exchange SET memo = 'changed' WHERE seq = 2");
    }
    EXPECT_THROW(
        book().reconciliation().closePeriod(*manager, "AGR", *Date::parse("2023-03-31"), "1922.12"),
        IntegrityError);
    EXPECT_TRUE(book().reconciliation().periods(*auditor, "AGR").empty());
}

} // namespace
} // namespace barter::testing

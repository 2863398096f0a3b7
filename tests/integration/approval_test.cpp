// SPDX-License-Identifier: GPL-3.0-or-later
// Maker–checker: pending exchanges stay out of the chain and the balances until another
// manager approves them; a decision is taken once.
#include "book_fixture.h"

#include "storage/database.h"

namespace barter::testing {
namespace {

class ApprovalTest : public BookTest {
protected:
    void SetUp() override {
        BookTest::SetUp();
        book().settings().setApprovalRequired(*admin, true);
        manager2.emplace(book().login("manager2", "manager2-pass"));
    }
    std::optional<Session> manager2;
};

TEST_F(ApprovalTest, OnlyAdminsChangeTheSetting) {
    EXPECT_THROW(book().settings().setApprovalRequired(*manager, false), PermissionDenied);
    EXPECT_TRUE(book().settings().approvalRequired());
    book().settings().setApprovalRequired(*admin, false);
    EXPECT_FALSE(book().settings().approvalRequired());
}

TEST_F(ApprovalTest, ClerkEntryWaitsOutsideChainAndBalance) {
    RecordResult r =
        book().journal().record(*clerk, draft("2023-02-01", "P-1", {{"RU-A", "WHEAT", "10"}}));
    ASSERT_TRUE(r.pending);
    EXPECT_FALSE(r.posted);
    EXPECT_EQ(balance(), dec("0"));
    EXPECT_FALSE(book().journal().exchange(*auditor, 1));
    EXPECT_THROW(
        book().journal().post(*clerk, draft("2023-02-01", "P-2", {{"RU-A", "WHEAT", "1"}})),
        PermissionDenied);
    ASSERT_EQ(book().journal().pendingExchanges(*auditor).size(), 1u);
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
}

TEST_F(ApprovalTest, MakerCannotApproveOwnEntryAndAnotherManagerPostsIt) {
    PendingExchange p =
        book().journal().submit(*manager, draft("2023-02-01", "P-1", {{"RU-A", "WHEAT", "10"}}));
    EXPECT_THROW(book().journal().approve(*manager, p.id), PermissionDenied);
    EXPECT_THROW(book().journal().approve(*clerk, p.id), PermissionDenied);
    PostResult posted = book().journal().approve(*manager2, p.id);
    EXPECT_EQ(posted.exchange.seq, 1);
    EXPECT_EQ(posted.exchange.postedBy, "manager");
    EXPECT_EQ(balance(), dec("2101.25"));
    std::optional<PendingExchange> after = book().journal().pendingExchange(*auditor, p.id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, PendingStatus::Approved);
    EXPECT_EQ(after->checker, "manager2");
    EXPECT_EQ(after->postedSeq, 1);
    EXPECT_TRUE(book().journal().pendingExchanges(*auditor).empty());
    // Decided once.
    EXPECT_THROW(book().journal().approve(*manager2, p.id), InvalidInput);
    EXPECT_THROW(book().journal().reject(*manager2, p.id, "late"), InvalidInput);
    EXPECT_TRUE(book().integrity().verify(*auditor).ok);
}

TEST_F(ApprovalTest, RejectionNeedsReasonAndPostsNothing) {
    RecordResult r =
        book().journal().record(*clerk, draft("2023-02-01", "P-1", {{"RU-A", "WHEAT", "10"}}));
    const std::int64_t id = r.pending->id;
    EXPECT_THROW(book().journal().reject(*manager, id, ""), InvalidInput);
    book().journal().reject(*manager, id, "duplicate of the January delivery");
    std::optional<PendingExchange> p = book().journal().pendingExchange(*auditor, id);
    EXPECT_EQ(p->status, PendingStatus::Rejected);
    EXPECT_EQ(p->reason, "duplicate of the January delivery");
    EXPECT_EQ(balance(), dec("0"));
    // The reference is free again for a corrected entry.
    EXPECT_TRUE(book()
                    .journal()
                    .record(*clerk, draft("2023-02-01", "P-1", {{"RU-A", "WHEAT", "1"}}))
                    .pending);
}

TEST_F(ApprovalTest, SubmitRefusesWhatPostWouldAndDuplicatePendingReferences) {
    EXPECT_THROW(
        book().journal().submit(*clerk, draft("2023-02-01", "P-1", {{"RU-A", "RICE", "10"}})),
        InvalidInput);
    book().journal().submit(*clerk, draft("2023-02-01", "P-1", {{"RU-A", "WHEAT", "1"}}));
    try {
        book().journal().submit(*clerk, draft("2023-02-02", "P-1", {{"RU-A", "WHEAT", "1"}}));
        FAIL() << "a second pending entry with the same reference was accepted";
    } catch (const InvalidInput& e) {
        EXPECT_EQ(e.problems().front().field, "reference");
    }
}

TEST_F(ApprovalTest, OverSwingEntryNeedsTheApproversOverride) {
    // 50 t × 210.125 = 10,506.25 > the swing of 10,000.
    RecordResult r =
        book().journal().record(*clerk, draft("2023-02-01", "P-1", {{"RU-A", "WHEAT", "50"}}));
    ASSERT_TRUE(r.pending);
    ASSERT_FALSE(r.warnings.empty());
    EXPECT_THROW(book().journal().approve(*manager, r.pending->id), InvalidInput);
    PostResult posted = book().journal().approve(*manager, r.pending->id, "settled next week");
    EXPECT_EQ(posted.exchange.swingOverride, "settled next week");
}

TEST_F(ApprovalTest, PendingEntryCannotBeAlteredInTheFile) {
    PendingExchange p =
        book().journal().submit(*clerk, draft("2023-02-01", "P-1", {{"RU-A", "WHEAT", "1"}}));
    Database& db = book().database();
    EXPECT_THROW(db.exec("UPDATE pending_line SET quantity = '100'"), StorageError);
    EXPECT_THROW(db.exec("DELETE FROM pending_exchange"), StorageError);
    EXPECT_THROW(db.exec("UPDATE pending_exchange SET reference = 'X'"), StorageError);
    book().journal().reject(*manager, p.id, "no");
    EXPECT_THROW(db.exec("UPDATE pending_exchange SET status = 'approved'"), StorageError);
}

TEST_F(BookTest, ManagersPostDirectlyAndClerkImportsAreRefusedWhileApprovalIsOn) {
    book().settings().setApprovalRequired(*admin, true);
    EXPECT_TRUE(book()
                    .journal()
                    .record(*manager, draft("2023-02-01", "M-1", {{"RU-A", "WHEAT", "1"}}))
                    .posted);
    EXPECT_THROW(book().journal().importDeliveries(*clerk, "/nonexistent.csv", "AGR"),
                 PermissionDenied);
}

TEST_F(BookTest, PreviewValuesLinesAndShowsEveryProblem) {
    ExchangeDraft d =
        draft("2023-02-01", "",
              {{"RU-A", "WHEAT", "10"}, {"KP-B", "RICE", "1"}, {"KP-B", "BEER", "100"}});
    ExchangePreview v = book().journal().preview(*clerk, d);
    ASSERT_EQ(v.lines.size(), 2u);
    EXPECT_EQ(v.lines[0].lineNo, 1);
    EXPECT_EQ(v.lines[0].value, dec("2101.25"));
    EXPECT_EQ(v.lines[1].lineNo, 3);
    EXPECT_EQ(v.lines[1].value, dec("110.00"));
    EXPECT_EQ(v.aToB, dec("2101.25"));
    EXPECT_EQ(v.bToA, dec("110.00"));
    EXPECT_EQ(*v.balanceBefore, dec("0"));
    EXPECT_EQ(*v.balanceAfter, dec("1991.25"));
    std::vector<std::string> fields;
    for (const Problem& p : v.problems)
        fields.push_back(p.field);
    EXPECT_NE(std::find(fields.begin(), fields.end(), "reference"), fields.end());
    EXPECT_NE(std::find(fields.begin(), fields.end(), "line 2: good"), fields.end());
}

TEST_F(BookTest, PreviewReportsSwingExcessAndWarnings) {
    ExchangePreview v =
        book().journal().preview(*clerk, draft("2023-02-01", "S-1", {{"RU-A", "WHEAT", "40"}}));
    EXPECT_TRUE(v.problems.empty());
    EXPECT_FALSE(v.warnings.empty()); // 8,405 past 80% of 10,000
    EXPECT_EQ(*v.swingUsePercent, dec("84.05"));
    EXPECT_EQ(v.swingLevel, ExchangePreview::SwingLevel::Warning);
    v = book().journal().preview(*clerk, draft("2023-02-01", "S-1", {{"RU-A", "WHEAT", "50"}}));
    ASSERT_EQ(v.problems.size(), 1u);
    EXPECT_EQ(v.problems.front().field, "swing");
    EXPECT_EQ(*v.swingUsePercent, dec("105.06")); // 10,506.25 of 10,000
    EXPECT_EQ(v.swingLevel, ExchangePreview::SwingLevel::Exceeded);
    v = book().journal().preview(*clerk, draft("2023-02-01", "S-1", {{"RU-A", "WHEAT", "1"}}));
    EXPECT_EQ(v.swingLevel, ExchangePreview::SwingLevel::Normal);
    // Past the limit (by a manager's override), an entry that moves towards zero is allowed:
    // shown as a warning, not as refused.
    ExchangeDraft over = draft("2023-02-01", "O-1", {{"RU-A", "WHEAT", "50"}});
    over.swingOverride = "ministry letter";
    book().journal().post(*manager, over);
    v = book().journal().preview(*clerk, draft("2023-02-02", "S-2", {{"KP-B", "BEER", "10"}}));
    EXPECT_TRUE(v.problems.empty());
    EXPECT_EQ(v.swingLevel, ExchangePreview::SwingLevel::Warning);
    // A back-dated entry that pushes a later day past the limit is refused, and shown so.
    v = book().journal().preview(*clerk, draft("2023-01-15", "S-3", {{"RU-A", "BEER", "1"}}));
    EXPECT_EQ(v.swingLevel, ExchangePreview::SwingLevel::Exceeded);
}

TEST_F(BookTest, ResumeGivesTheSameUserOnAnotherConnection) {
    Book other = Book::open(path());
    Session s = other.resume(*clerk);
    EXPECT_EQ(s.userName(), "clerk");
    book().users().disableUser(*admin, "clerk");
    EXPECT_THROW(other.resume(*clerk), PermissionDenied);
}

TEST_F(BookTest, ImportCanBeCancelledAndChangesNothing) {
    const std::string file = (dir() / "d.csv").string();
    {
        std::FILE* f = std::fopen(file.c_str(), "w");
        std::fputs("date,reference,shipper,good,quantity\n", f);
        for (int i = 0; i < 2000; ++i)
            std::fprintf(f, "2023-03-01,R-%d,RU-A,BEER,1\n", i);
        std::fclose(f);
    }
    int calls = 0;
    book().setProgress([&](std::int64_t done, std::int64_t total) {
        ++calls;
        return !(total > 0 && done >= 1000);
    });
    EXPECT_THROW(book().journal().importDeliveries(*clerk, file, "AGR"), Cancelled);
    EXPECT_GT(calls, 1);
    EXPECT_EQ(balance(), dec("0"));
    book().setProgress({});
    EXPECT_EQ(book().journal().importDeliveries(*clerk, file, "AGR").created, 2000);
}

} // namespace
} // namespace barter::testing

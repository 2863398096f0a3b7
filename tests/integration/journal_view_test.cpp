// SPDX-License-Identifier: GPL-3.0-or-later
// The journal view: keyset pages in (date, seq, line) order from either end, filters, the
// running balance of each line's agreement and the status of reversed entries.
#include "book_fixture.h"

namespace barter::testing {
namespace {

class JournalViewTest : public BookTest {
protected:
    void SetUp() override {
        BookTest::SetUp();
        // Posted out of date order on purpose: the view orders by date, then seq.
        post("2023-03-01", "C", {{"RU-A", "WHEAT", "1"}, {"KP-B", "BEER", "100"}}); // seq 1
        post("2023-01-15", "A", {{"RU-A", "WHEAT", "2"}});                          // seq 2
        post("2023-02-01", "B", {{"KP-B", "BEER", "10"}});                          // seq 3
        book().journal().reverse(*manager, 2, "wrong quantity", "2023-03-05");      // seq 4
    }
    void post(const char* date, const char* ref, std::vector<DeliveryLineDraft> lines) {
        book().journal().post(*clerk, draft(date, ref, std::move(lines)));
    }
    std::vector<std::string> refs(const std::vector<reports::JournalRow>& rows) {
        std::vector<std::string> out;
        for (const auto& r : rows)
            out.push_back(r.reference + "/" + std::to_string(r.key.lineNo));
        return out;
    }
};

using Refs = std::vector<std::string>;

TEST_F(JournalViewTest, PagesFromTheStartAndTheEndAgree) {
    auto view = book().journal().view(*auditor, {});
    EXPECT_EQ(view->count(), 5);
    const Refs all{"A/1", "B/1", "C/1", "C/2", "REV-A/1"};
    EXPECT_EQ(refs(view->after(std::nullopt, 0, 100)), all);
    EXPECT_EQ(refs(view->before(std::nullopt, 0, 100)), all);
    auto first = view->after(std::nullopt, 0, 2);
    EXPECT_EQ(refs(view->after(first.back().key, 0, 2)), (Refs{"C/1", "C/2"}));
    EXPECT_EQ(refs(view->after(first.back().key, 1, 2)), (Refs{"C/2", "REV-A/1"}));
    EXPECT_EQ(refs(view->before(std::nullopt, 1, 2)), (Refs{"C/1", "C/2"}));
    EXPECT_EQ(refs(view->before(first.back().key, 0, 10)), (Refs{"A/1"}));
}

TEST_F(JournalViewTest, RunningBalanceAndStatus) {
    auto rows = book().journal().view(*auditor, {})->after(std::nullopt, 0, 100);
    // A: +420.25; B: -11.00; C: +210.125→210.12 (half-even) and -110.00; REV-A: -420.25.
    EXPECT_EQ(rows[0].balance, dec("420.25"));
    EXPECT_EQ(rows[1].balance, dec("409.25"));
    EXPECT_EQ(rows[2].balance, dec("619.37"));
    EXPECT_EQ(rows[3].balance, dec("509.37"));
    EXPECT_EQ(rows[4].balance, dec("89.12"));
    EXPECT_EQ(rows[0].status, reports::LineStatus::Reversed);
    EXPECT_EQ(rows[0].reversedBy, 4);
    EXPECT_EQ(rows[4].status, reports::LineStatus::Reversal);
    EXPECT_EQ(rows[4].reversesSeq, 2);
    EXPECT_EQ(rows[1].status, reports::LineStatus::Posted);
    EXPECT_EQ(rows[1].shipper, "KP-B");
    EXPECT_EQ(rows[1].receiver, "RU-A");
    // A page that starts in the middle computes the balance before it.
    auto tail = book().journal().view(*auditor, {})->before(std::nullopt, 0, 2);
    EXPECT_EQ(tail[0].balance, dec("509.37"));
    EXPECT_EQ(tail[1].balance, dec("89.12"));
}

TEST_F(JournalViewTest, FiltersKeepTheAgreementsBalance) {
    reports::JournalFilter f;
    f.good = "BEER";
    auto view = book().journal().view(*auditor, f);
    EXPECT_EQ(view->count(), 2);
    auto rows = view->after(std::nullopt, 0, 10);
    EXPECT_EQ(refs(rows), (Refs{"B/1", "C/2"}));
    EXPECT_EQ(rows[1].balance, dec("509.37"));

    f = {};
    f.shipper = "KP-B";
    EXPECT_EQ(refs(book().journal().view(*auditor, f)->after(std::nullopt, 0, 10)),
              (Refs{"B/1", "C/2"}));
    f = {};
    f.reference = "rev-";
    EXPECT_EQ(refs(book().journal().view(*auditor, f)->after(std::nullopt, 0, 10)),
              (Refs{"REV-A/1"}));
    f = {};
    f.reference = "%";
    EXPECT_EQ(book().journal().view(*auditor, f)->count(), 0);
    f = {};
    f.from = Date::parse("2023-02-01");
    f.to = Date::parse("2023-03-01");
    EXPECT_EQ(refs(book().journal().view(*auditor, f)->after(std::nullopt, 0, 10)),
              (Refs{"B/1", "C/1", "C/2"}));
    f.agreement = "AGR";
    EXPECT_EQ(book().journal().view(*auditor, f)->count(), 3);
}

TEST_F(JournalViewTest, UnknownCodesNameTheField) {
    reports::JournalFilter f;
    f.good = "RICE";
    try {
        book().journal().view(*auditor, f);
        FAIL() << "an unknown good was accepted";
    } catch (const InvalidInput& e) {
        EXPECT_EQ(e.problems().front().field, "good");
    }
    f = {};
    f.agreement = "NOPE";
    EXPECT_THROW(book().journal().view(*auditor, f), InvalidInput);
}

} // namespace
} // namespace barter::testing

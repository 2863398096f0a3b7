// SPDX-License-Identifier: GPL-3.0-or-later
// Every model under QAbstractItemModelTester, and the journal model's paging against a plain
// read of the same lines.
#include "adapters/text.h"
#include "gui_fixture.h"
#include "models/journal_table_model.h"
#include "models/lines_table_model.h"
#include "models/text_table_model.h"

#include <QAbstractItemModelTester>

namespace barter::ui::testing {
namespace {

class ModelTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        m_book.emplace(Book::open(m_path.toStdString()));
        clerk.emplace(m_book->login("clerk", "clerk-pass"));
    }
    void post(int n) {
        for (int i = 0; i < n; ++i) {
            ExchangeDraft d;
            d.agreement = "AGR";
            d.date = i % 2 ? "2023-03-01" : "2023-02-01"; // out of date order on purpose
            d.reference = "R-" + std::to_string(i);
            d.lines = {{"RU-A", "BEER", "1"}, {"KP-B", "BEER", "2"}};
            m_book->journal().post(*clerk, d);
        }
    }
    std::optional<Book> m_book;
    std::optional<Session> clerk;
};

TEST_F(ModelTest, JournalModelPassesTheTesterAndPagesFromAnyPoint) {
    post(700); // 1,400 lines: seven pages of 200
    JournalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setView(m_book->journal().view(*clerk, {}));
    ASSERT_EQ(model.rowCount(), 1400);
    std::vector<reports::JournalRow> all =
        m_book->journal().view(*clerk, {})->after(std::nullopt, 0, 2000);
    // Jump around: the end, the middle, next to a cached page, the start.
    for (int row : {1399, 700, 601, 599, 0, 1000, 1199, 1200, 399}) {
        const std::optional<reports::JournalRow> got = model.line(row);
        ASSERT_TRUE(got) << row;
        EXPECT_EQ(got->key, all[static_cast<std::size_t>(row)].key) << row;
        EXPECT_EQ(got->balance, all[static_cast<std::size_t>(row)].balance) << row;
    }
    EXPECT_LE(model.cachedPages(), JournalTableModel::kMaxPages);
    for (int row = 0; row < 1400; row += 37)
        model.data(model.index(row, JournalTableModel::Balance));
    EXPECT_LE(model.cachedPages(), JournalTableModel::kMaxPages);
    EXPECT_EQ(model.data(model.index(0, JournalTableModel::Date)).toString(),
              QStringLiteral("2023-02-01"));
    EXPECT_EQ(model.data(model.index(0, JournalTableModel::Value)).toString(),
              QStringLiteral("1.10 CU"));
    EXPECT_EQ(model.data(model.index(0, JournalTableModel::Route)).toString(),
              QStringLiteral("RU-A → KP-B"));
    const int align =
        model.data(model.index(0, JournalTableModel::Value), Qt::TextAlignmentRole).toInt();
    EXPECT_TRUE(align & Qt::AlignRight);
    model.setView(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ModelTest, JournalModelMarksReversedAndReversalLines) {
    post(1);
    Session manager = m_book->login("manager", "manager-pass");
    m_book->journal().reverse(manager, 1, "typo", "2023-02-02");
    JournalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setView(m_book->journal().view(*clerk, {}));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.data(model.index(0, JournalTableModel::Status)).toString(),
              QStringLiteral("reversed by 2"));
    EXPECT_TRUE(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().strikeOut());
    EXPECT_EQ(model.data(model.index(3, JournalTableModel::Status)).toString(),
              QStringLiteral("reversal of 1"));
    EXPECT_EQ(model.data(model.index(3, JournalTableModel::Balance)).toString(),
              QStringLiteral("0.00 CU"));
}

TEST_F(ModelTest, LinesModelKeepsAnEmptyRowAndShowsThePreview) {
    LinesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setGoods(m_book->masterData().goods(*clerk));
    EXPECT_EQ(model.rowCount(), 1);
    ASSERT_TRUE(model.setData(model.index(0, LinesTableModel::Shipper), QStringLiteral("RU-A")));
    EXPECT_EQ(model.rowCount(), 2);
    model.setData(model.index(0, LinesTableModel::Good), QStringLiteral("WHEAT"));
    model.setData(model.index(0, LinesTableModel::Quantity), QStringLiteral("1,000.5"));
    model.setData(model.index(1, LinesTableModel::Shipper), QStringLiteral("KP-B"));
    model.setData(model.index(1, LinesTableModel::Good), QStringLiteral("RICE"));
    model.setData(model.index(1, LinesTableModel::Quantity), QStringLiteral("1"));
    EXPECT_EQ(model.rowCount(), 3);
    std::vector<DeliveryLineDraft> drafts = model.drafts();
    ASSERT_EQ(drafts.size(), 2u);
    EXPECT_EQ(drafts[0].quantity, "1000.5"); // the locale's grouping removed for the core
    EXPECT_FALSE(model.flags(model.index(0, LinesTableModel::Value)) & Qt::ItemIsEditable);

    ExchangeDraft d;
    d.agreement = "AGR";
    d.date = "2023-02-01";
    d.reference = "X";
    d.lines = drafts;
    model.setPreview(m_book->journal().preview(*clerk, d));
    EXPECT_EQ(model.data(model.index(0, LinesTableModel::Unit)).toString(), QStringLiteral("t"));
    EXPECT_EQ(model.data(model.index(0, LinesTableModel::Value)).toString(),
              QStringLiteral("210,230.06 CU")); // 1000.5 × 210.125 = 210,230.0625
    EXPECT_EQ(model.data(model.index(0, LinesTableModel::UnitPrice)).toString(),
              QStringLiteral("210.125"));
    EXPECT_EQ(model.data(model.index(0, LinesTableModel::Screening)).toString(),
              QStringLiteral("allowed"));
    EXPECT_EQ(
        model.data(model.index(1, LinesTableModel::Good), LinesTableModel::ProblemRole).toString(),
        QStringLiteral("no good \"RICE\""));
    EXPECT_TRUE(model.data(model.index(1, LinesTableModel::Good), Qt::BackgroundRole).isValid());
    ASSERT_FALSE(model.problems().isEmpty());
    EXPECT_TRUE(model.problems().front().startsWith(QStringLiteral("line 2: good")));
    model.removeLine(1);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(TextTableModelTest, PassesTheTester) {
    TextTableModel model({{QStringLiteral("Code")}, {QStringLiteral("Amount"), true}});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({{{QStringLiteral("A"), QStringLiteral("1.00")}, QStringLiteral("a"), {}, false},
                   {{QStringLiteral("B"), QStringLiteral("2.00")}, QStringLiteral("b"), {}, true}});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(1, 0), TextTableModel::UnderlyingDataRole).toString(),
              QStringLiteral("b"));
    EXPECT_TRUE(model.data(model.index(0, 1), Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(AdaptersTest, DecimalsAreGroupedByLocaleAndReadBack) {
    const Decimal d = *Decimal::parse("-1234567.50");
    EXPECT_EQ(displayDecimal(d, QLocale::c()), QStringLiteral("-1,234,567.50"));
    const QLocale russian(QLocale::Russian);
    const QString shown = displayDecimal(d, russian);
    EXPECT_EQ(canonicalNumber(shown, russian), "-1234567.50");
    EXPECT_EQ(canonicalNumber(QStringLiteral("1,000.25"), QLocale::c()), "1000.25");
    EXPECT_EQ(canonicalNumber(QStringLiteral("1e3"), QLocale::c()), "1e3"); // the core refuses it
    // A separator out of place is not dropped: the core is shown what was typed.
    EXPECT_EQ(canonicalNumber(QStringLiteral("1,5"), QLocale::c()), "1,5");
    EXPECT_EQ(canonicalNumber(QStringLiteral("12,34"), QLocale::c()), "12,34");
    EXPECT_EQ(canonicalNumber(QStringLiteral("1,234,567"), QLocale::c()), "1234567");
    EXPECT_EQ(canonicalNumber(QStringLiteral("-0.5"), QLocale::c()), "-0.5");
    EXPECT_EQ(canonicalNumber(QStringLiteral(" 42 "), QLocale::c()), "42");
    EXPECT_EQ(canonicalNumber(QStringLiteral("1.2.3"), QLocale::c()), "1.2.3");
    EXPECT_EQ(displayDecimal(*Decimal::parse("999"), QLocale::c()), QStringLiteral("999"));
    EXPECT_EQ(displayDecimal(*Decimal::parse("0.001"), QLocale::c()), QStringLiteral("0.001"));
}

} // namespace
} // namespace barter::ui::testing

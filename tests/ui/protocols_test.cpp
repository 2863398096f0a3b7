// SPDX-License-Identifier: GPL-3.0-or-later
// Trade protocols in the desktop application (DESIGN.md §11): the Protocols page (behind pace
// first, the filter by shipper, the summary), the remaining quantity and the warning in the entry
// form, a strict protocol's refusal and the manager's reason, the dashboard's line, and an import.
#include "dialogs/exchange_dialog.h"
#include "dialogs/import_dialog.h"
#include "gui_fixture.h"
#include "models/lines_table_model.h"
#include "widgets/date_field.h"
#include "widgets/inline_error.h"
#include "widgets/protocols_page.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <fstream>

using namespace Qt::StringLiterals;

namespace barter::ui::testing {
namespace {

class ProtocolsTest : public UiTest {
protected:
    QString file(const char* name, const std::string& content) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        std::ofstream(path.toStdString(), std::ios::binary) << content;
        return path;
    }
    // The 2024 protocol (366 days): 30 t of wheat from RU-A, 1,000 l of beer from KP-B; by
    // 1 July (183 days) 10 t of wheat and 600 l of beer have come.
    void planAndDeliver(bool strict) {
        Book book = Book::open(m_path.toStdString());
        Session m = book.login("manager", "manager-pass");
        book.protocols().importProtocol(
            m, "AGR",
            file("p.csv", "shipper,good,planned_quantity\nRU-A,WHEAT,30\nKP-B,BEER,1000\n")
                .toStdString(),
            "2024", "2024-01-01", "2024-12-31", strict);
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = "2024-03-01";
        d.reference = "W-1";
        d.lines = {{"RU-A", "WHEAT", "10"}, {"KP-B", "BEER", "600"}};
        book.journal().post(m, d);
    }
};

TEST_F(ProtocolsTest, ThePageShowsTheGoodsBehindFirstAndFiltersByShipper) {
    planAndDeliver(false);
    auto w = openAs(QStringLiteral("auditor"));
    w->showPage(MainWindow::ProtocolsView);
    ProtocolsPage* page = w->protocolsPage();
    child<QDateEdit>(page, "protocolAt")->setDate(QDate(2024, 7, 1));
    FulfilmentModel* model = page->model();
    ASSERT_EQ(model->rowCount(), 2);
    // Wheat: 10 of an expected 15 t is behind; beer: 600 of an expected 500 l is ahead.
    EXPECT_EQ(model->data(model->index(0, FulfilmentModel::Good)).toString(), u"WHEAT"_s);
    EXPECT_EQ(model->data(model->index(0, FulfilmentModel::Pace)).toString(), u"behind"_s);
    EXPECT_EQ(model->data(model->index(0, FulfilmentModel::Expected)).toString(), u"15.000 t"_s);
    EXPECT_EQ(model->data(model->index(1, FulfilmentModel::Pace)).toString(), u"ahead"_s);
    EXPECT_EQ(model->data(model->index(1, FulfilmentModel::Fulfilled)).toString(), u"60.00 %"_s);
    const QString summary = page->summary()->text();
    EXPECT_TRUE(summary.contains(u"Protocol 2024, version 1: 2024-01-01 through 2024-12-31"_s))
        << summary.toStdString();
    // (Without the English translation loaded, the plural reads "good(s)".)
    EXPECT_TRUE(summary.contains(u"2024 protocol: RU-A 33 % · KP-B 60 %, 1 good"_s))
        << summary.toStdString();
    auto* shipper = child<QComboBox>(page, "protocolShipper");
    shipper->setCurrentIndex(shipper->findText(u"KP-B"_s));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->data(model->index(0, FulfilmentModel::Good)).toString(), u"BEER"_s);
    // Before the protocol's period nothing is in force: the page says so.
    child<QDateEdit>(page, "protocolAt")->setDate(QDate(2023, 7, 1));
    EXPECT_TRUE(child<QLabel>(page, "protocolEmpty")->isVisibleTo(page));
    EXPECT_TRUE(child<QLabel>(page, "protocolEmpty")->text().contains(u"No protocol of AGR"_s));
    // An auditor reads; only a manager imports.
    EXPECT_FALSE(child<QWidget>(page, "importProtocol")->isVisibleTo(page));
}

TEST_F(ProtocolsTest, TheEntryFormShowsWhatRemainsAndWarnsPastIt) {
    planAndDeliver(false);
    auto w = openAs(QStringLiteral("clerk"));
    ExchangeDialog dialog(w->workspace(), w.get());
    dialog.show();
    ExchangeDraft d = dialog.draft();
    d.date = "2024-07-01";
    d.reference = "W-2";
    d.lines = {{"RU-A", "WHEAT", "25"}, {"RU-A", "BEER", "1"}};
    dialog.setDraft(d);
    LinesTableModel* lines = dialog.linesModel();
    EXPECT_EQ(lines->data(lines->index(0, LinesTableModel::Protocol)).toString(),
              u"20.000 left of 30.000 t (2024)"_s);
    EXPECT_EQ(lines->data(lines->index(1, LinesTableModel::Protocol)).toString(),
              u"not in protocol 2024"_s);
    const QString warnings = child<QLabel>(&dialog, "warnings")->text();
    EXPECT_TRUE(warnings.contains(u"line 1: 25.000 t of WHEAT by RU-A goes past the 20.000 t "
                                  "remaining of protocol 2024"_s))
        << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(u"protocol 2024 does not list BEER shipped by RU-A"_s));
    dialog.submit(); // a warning, not a refusal
    EXPECT_TRUE(dialog.result().has_value());
    EXPECT_EQ(exchanges(), 2);
}

TEST_F(ProtocolsTest, AStrictProtocolNeedsTheManagersReason) {
    planAndDeliver(true);
    auto w = openAs(QStringLiteral("manager"));
    ExchangeDialog dialog(w->workspace(), w.get());
    dialog.show();
    ExchangeDraft d = dialog.draft();
    d.date = "2024-07-01";
    d.reference = "W-3";
    d.lines = {{"RU-A", "WHEAT", "25"}};
    dialog.setDraft(d);
    dialog.submit();
    EXPECT_FALSE(dialog.result().has_value());
    LinesTableModel* lines = dialog.linesModel();
    EXPECT_TRUE(
        lines->data(lines->index(0, LinesTableModel::Protocol), LinesTableModel::ProblemRole)
            .toString()
            .contains(u"the protocol is strict"_s));
    EXPECT_EQ(exchanges(), 1);
    child<QLineEdit>(&dialog, "protocolOverride")->setText(u"extra train, letter 4"_s);
    dialog.submit();
    ASSERT_TRUE(dialog.result().has_value());
    EXPECT_EQ(exchanges(), 2);
    // A clerk is not offered the reason.
    auto c = openAs(QStringLiteral("clerk"));
    ExchangeDialog byClerk(c->workspace(), c.get());
    EXPECT_FALSE(child<QLineEdit>(&byClerk, "protocolOverride")->isVisibleTo(&byClerk));
}

TEST_F(ProtocolsTest, TheDashboardCardSaysHowFarTheProtocolHasGot) {
    planAndDeliver(false);
    auto w = openAs(QStringLiteral("manager"));
    w->showPage(MainWindow::DashboardView);
    child<QDateEdit>(w.get(), "dashboardAt")->setDate(QDate(2024, 7, 1));
    auto* line = child<QLabel>(w.get(), "protocolLine");
    ASSERT_NE(line, nullptr);
    EXPECT_TRUE(line->text().startsWith(u"2024 protocol: RU-A 33 % · KP-B 60 %, 1 good"_s))
        << line->text().toStdString();
}

TEST_F(ProtocolsTest, AProtocolIsImportedFromTheDialogAndShown) {
    auto w = openAs(QStringLiteral("manager"));
    w->showPage(MainWindow::ProtocolsView);
    ImportDialog dialog(w->workspace(), w.get());
    dialog.setKind(ImportWorker::Kind::Protocol);
    dialog.setFile(file("p.csv", "shipper,good,planned_quantity,planned_value\n"
                                 "RU-A,WHEAT,100,21000\nKP-B,NOSUCH,1,\n"));
    child<QLineEdit>(&dialog, "protocolName")->setText(u"2024"_s);
    child<QDateEdit>(&dialog, "protocolFrom")->setDate(QDate(2024, 1, 1));
    child<QDateEdit>(&dialog, "protocolThrough")->setDate(QDate(2024, 12, 31));
    QSignalSpy done(&dialog, &ImportDialog::done);
    dialog.start();
    ASSERT_TRUE(done.wait(10000));
    EXPECT_FALSE(done.back().front().toBool());
    EXPECT_TRUE(dialog.errorsText().contains(u"line 3: good: no good \"NOSUCH\""_s))
        << dialog.errorsText().toStdString();
    dialog.setFile(file("p.csv", "shipper,good,planned_quantity,planned_value\n"
                                 "RU-A,WHEAT,100,21000\n"));
    dialog.start();
    ASSERT_TRUE(done.wait(10000));
    EXPECT_TRUE(done.back().front().toBool());
    ProtocolsPage* page = w->protocolsPage();
    child<QDateEdit>(page, "protocolAt")->setDate(QDate(2024, 2, 1));
    EXPECT_EQ(page->model()->rowCount(), 1);
    EXPECT_TRUE(page->summary()->text().contains(u"Protocol 2024, version 1"_s));
}

TEST_F(ProtocolsTest, TheFulfilmentIsExportedAsAPdfFromThePage) {
    planAndDeliver(false);
    auto w = openAs(QStringLiteral("auditor"));
    w->showPage(MainWindow::ProtocolsView);
    ProtocolsPage* page = w->protocolsPage();
    child<QDateEdit>(page, "protocolAt")->setDate(QDate(2024, 7, 1));
    auto* language = child<QComboBox>(page, "protocolLanguage");
    language->setCurrentIndex(language->findData(u"en+ru"_s));
    const QString pdf = m_dir.filePath(u"protocol.pdf"_s);
    page->exportPdf(pdf);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == QByteArrayLiteral("%PDF-"));
    EXPECT_TRUE(page->summary()->text().contains(u"Exported to"_s))
        << page->summary()->text().toStdString();
}

TEST_F(ProtocolsTest, TheApprovingManagerGivesTheReasonOnThePendingPage) {
    planAndDeliver(true);
    {
        Book book = Book::open(m_path.toStdString());
        Session admin = book.login("admin", "admin-pass");
        book.settings().setApprovalRequired(admin, true);
        Session clerk = book.login("clerk", "clerk-pass");
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = "2024-07-01";
        d.reference = "P-1";
        d.lines = {{"RU-A", "WHEAT", "25"}}; // 20 t remain of a strict plan
        ASSERT_TRUE(book.journal().record(clerk, d).pending);
    }
    auto w = openAs(QStringLiteral("manager"));
    w->showPage(MainWindow::PendingView);
    QWidget* page = w->findChild<QWidget*>(u"pendingPage"_s);
    ASSERT_NE(page, nullptr);
    QTest::qWait(50);
    auto* approve = child<QPushButton>(page, "approve");
    ASSERT_NE(approve, nullptr);
    approve->click(); // without a reason: refused, and said
    EXPECT_EQ(exchanges(), 1);
    child<QLineEdit>(page, "protocolOverride")->setText(u"second train agreed"_s);
    approve->click();
    EXPECT_EQ(exchanges(), 2);
}

} // namespace
} // namespace barter::ui::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// What a user does, driven through the real widgets: create a book, log in, add master data,
// enter an exchange with the keyboard alone, be refused past the swing limit, approve a pending
// entry as a second user, reverse an entry, and import a CSV with a bad row.
#include "charts/balance_chart.h"
#include "charts/turnover_chart.h"
#include "dialogs/exchange_dialog.h"
#include "dialogs/import_dialog.h"
#include "dialogs/login_dialog.h"
#include "dialogs/new_book_wizard.h"
#include "dialogs/reverse_dialog.h"
#include "dialogs/settlement_dialog.h"
#include "gui_fixture.h"
#include "models/journal_table_model.h"
#include "models/lines_table_model.h"
#include "models/text_table_model.h"
#include "widgets/dashboard_page.h"
#include "widgets/date_field.h"
#include "widgets/inline_error.h"
#include "widgets/journal_page.h"
#include "widgets/master_data_page.h"
#include "widgets/pending_page.h"
#include "widgets/reports_page.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

namespace barter::ui::testing {
namespace {

TEST(WizardTest, CreatesABookWhoseAdminLogsIn) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.barter"));
    NewBookWizard wizard;
    wizard.show();
    child<QLineEdit>(&wizard, "bookPath")->setText(path);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), 1);
    child<QLineEdit>(&wizard, "adminName")->setText(QStringLiteral("chief"));
    child<QLineEdit>(&wizard, "adminPassword")->setText(QStringLiteral("long-enough-pass"));
    child<QLineEdit>(&wizard, "adminConfirm")->setText(QStringLiteral("another-pass"));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), 1) << "mismatched passwords were accepted";
    EXPECT_TRUE(child<InlineError>(&wizard, "adminError")->isVisibleTo(&wizard));
    child<QLineEdit>(&wizard, "adminConfirm")->setText(QStringLiteral("long-enough-pass"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), 2);
    child<QLineEdit>(&wizard, "unitCode")->setText(QStringLiteral("TR"));
    child<QLineEdit>(&wizard, "unitName")->setText(QStringLiteral("Transferable rouble"));
    child<QSpinBox>(&wizard, "unitDigits")->setValue(4);
    ASSERT_TRUE(wizard.validateCurrentPage());
    Book book = Book::open(path.toStdString());
    Session admin = book.login("chief", "long-enough-pass");
    std::vector<UnitOfAccount> units = book.masterData().units(admin);
    ASSERT_EQ(units.size(), 1u);
    EXPECT_EQ(units[0].code, "TR");
    EXPECT_EQ(units[0].digits, 4);
}

TEST_F(UiTest, AWrongPasswordSaysSoWithoutSayingWhichPart) {
    Workspace workspace;
    workspace.open(m_path);
    LoginDialog login(workspace, {});
    login.show();
    child<QLineEdit>(&login, "user")->setText(QStringLiteral("clerk"));
    child<QLineEdit>(&login, "password")->setText(QStringLiteral("wrong"));
    login.tryLogin();
    EXPECT_FALSE(workspace.loggedIn());
    const QString message = child<InlineError>(&login, "loginError")->text();
    EXPECT_TRUE(message.contains(QStringLiteral("user name or the password")))
        << message.toStdString();
    child<QLineEdit>(&login, "password")->setText(QStringLiteral("clerk-pass"));
    login.tryLogin();
    EXPECT_TRUE(workspace.loggedIn());
    EXPECT_EQ(login.result(), QDialog::Accepted);
}

TEST_F(UiTest, RolesAreOfferedOnlyWhatTheyMayDo) {
    auto auditor = openAs(QStringLiteral("auditor"));
    EXPECT_FALSE(auditor->action(QStringLiteral("newExchange"))->isVisible());
    EXPECT_FALSE(auditor->action(QStringLiteral("reverse"))->isVisible());
    EXPECT_FALSE(auditor->action(QStringLiteral("approval"))->isVisible());
    EXPECT_FALSE(
        child<QPushButton>(auditor->masterDataPage(), "addParty")->isVisibleTo(auditor.get()));
    auto clerk = openAs(QStringLiteral("clerk"));
    EXPECT_TRUE(clerk->action(QStringLiteral("newExchange"))->isVisible());
    EXPECT_FALSE(clerk->action(QStringLiteral("reverse"))->isVisible());
    EXPECT_EQ(clerk->masterDataPage()->findChild<QWidget*>(QStringLiteral("usersTab")), nullptr);
    auto admin = openAs(QStringLiteral("admin"));
    EXPECT_TRUE(admin->action(QStringLiteral("approval"))->isVisible());
    EXPECT_NE(admin->masterDataPage()->findChild<QWidget*>(QStringLiteral("usersTab")), nullptr);
}

TEST_F(UiTest, ManagerAddsAPartyAndAGoodThroughTheForms) {
    auto w = openAs(QStringLiteral("manager"));
    bool sawProblem = false;
    whenModal([&](QWidget* dialog) {
        child<QLineEdit>(dialog, "code")->setText(QStringLiteral("CN-DANDONG"));
        child<QLineEdit>(dialog, "name")->setText(QStringLiteral("Dandong Trading"));
        child<QLineEdit>(dialog, "country")->setText(QStringLiteral("China"));
        child<QPushButton>(dialog, "save")->click();
        // Refused by the core: the problem is shown beside the country, the form stays open.
        sawProblem = child<InlineError>(dialog, "countryError")->isVisibleTo(dialog);
        child<QLineEdit>(dialog, "country")->setText(QStringLiteral("CN"));
        child<QPushButton>(dialog, "save")->click();
    });
    w->masterDataPage()->addParty();
    EXPECT_TRUE(sawProblem);
    whenModal([&](QWidget* dialog) {
        child<QLineEdit>(dialog, "code")->setText(QStringLiteral("COAL"));
        child<QLineEdit>(dialog, "name")->setText(QStringLiteral("Anthracite"));
        child<QLineEdit>(dialog, "hs_code")->setText(QStringLiteral("270111"));
        child<QPushButton>(dialog, "save")->click();
    });
    w->masterDataPage()->addGood();
    Book book = Book::open(m_path.toStdString());
    Session s = book.login("auditor", "auditor-pass");
    bool party = false, good = false;
    for (const Party& p : book.masterData().parties(s))
        party = party || (p.code == "CN-DANDONG" && p.country == "CN");
    for (const Good& g : book.masterData().goods(s))
        good = good || (g.code == "COAL" && g.measure == "t");
    EXPECT_TRUE(party);
    EXPECT_TRUE(good);
    auto* table = child<QTableView>(w->masterDataPage(), "partiesTable");
    EXPECT_EQ(table->model()->rowCount(), 3);
}

TEST_F(UiTest, ClerkEntersATwoLineExchangeWithTheKeyboardAlone) {
    auto w = openAs(QStringLiteral("clerk"));
    JournalTableModel* journal = w->journalPage()->model();
    ASSERT_EQ(journal->rowCount(), 0);
    whenModal([&](QWidget* dialog) {
        ASSERT_NE(qobject_cast<ExchangeDialog*>(dialog), nullptr);
        QApplication::setActiveWindow(dialog);
        child<QComboBox>(dialog, "agreement")->setFocus();
        press(Qt::Key_Tab); // date
        press(Qt::Key_Tab); // reference
        type(QStringLiteral("RU-0001"));
        press(Qt::Key_Tab); // memo
        type(QStringLiteral("Nakhodka"));
        press(Qt::Key_Tab); // the first cell of the lines
        type(QStringLiteral("R"));
        press(Qt::Key_Tab);
        type(QStringLiteral("WHEAT"));
        press(Qt::Key_Tab);
        type(QStringLiteral("10"));
        press(Qt::Key_Tab); // unit price: from the list
        press(Qt::Key_Tab); // the next line
        type(QStringLiteral("K"));
        press(Qt::Key_Tab);
        type(QStringLiteral("BEER"));
        press(Qt::Key_Tab);
        type(QStringLiteral("100"));
        // Tab on past the last line: through the empty row, out to the price reason, adding
        // no blank line on the way.
        for (int i = 0; i < 6 && focus()->objectName() != QStringLiteral("priceReason"); ++i)
            press(Qt::Key_Tab);
        EXPECT_EQ(focus()->objectName(), QStringLiteral("priceReason"));
        EXPECT_EQ(qobject_cast<ExchangeDialog*>(dialog)->linesModel()->inputs().size(), 2u);
        press(Qt::Key_Return); // Enter in a field never posts
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(exchanges(), 0);
        press(Qt::Key_Return, Qt::ControlModifier);
        if (dialog->isVisible()) { // should not happen: say why
            for (auto* e : dialog->findChildren<InlineError*>())
                if (e->isVisibleTo(dialog))
                    ADD_FAILURE() << e->objectName().toStdString() << ": "
                                  << e->text().toStdString();
            qobject_cast<QDialog*>(dialog)->reject();
        }
    });
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(journal->rowCount(), 2);
    // 10 t × 210.125 = 2,101.25 shipped by RU-A; 100 l × 1.10 = 110.00 by KP-B.
    EXPECT_EQ(balance(), "1991.25");
    EXPECT_EQ(journal->data(journal->index(1, JournalTableModel::Balance)).toString(),
              QStringLiteral("1,991.25 CU"));
    EXPECT_EQ(journal->data(journal->index(0, JournalTableModel::Reference)).toString(),
              QStringLiteral("RU-0001"));
}

TEST_F(UiTest, AnOverSwingExchangeIsRefusedWithTheReasonShown) {
    auto w = openAs(QStringLiteral("clerk"));
    ExchangeDialog dialog(w->workspace(), w.get());
    dialog.show();
    ExchangeDraft d = dialog.draft();
    d.reference = "BIG";
    d.lines = {{"RU-A", "WHEAT", "50"}}; // 10,506.25 > the swing of 10,000
    dialog.setDraft(d);
    auto* bar = child<QProgressBar>(&dialog, "swingBar");
    EXPECT_EQ(bar->value(), 1000);
    EXPECT_EQ(bar->property("level").toInt(),
              static_cast<int>(ExchangePreview::SwingLevel::Exceeded));
    dialog.submit();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.result().has_value());
    auto* error = child<InlineError>(&dialog, "swingError");
    EXPECT_TRUE(error->isVisibleTo(&dialog));
    EXPECT_TRUE(error->text().contains(QStringLiteral("past its swing limit of 10,000.00 CU")))
        << error->text().toStdString();
    EXPECT_EQ(exchanges(), 0);
}

TEST_F(UiTest, APriceOverrideAsksForTheReason) {
    auto w = openAs(QStringLiteral("clerk"));
    ExchangeDialog dialog(w->workspace(), w.get());
    dialog.show();
    ExchangeDraft d = dialog.draft();
    d.reference = "P-1";
    d.lines = {{"RU-A", "WHEAT", "1", "200"}};
    dialog.setDraft(d);
    dialog.submit();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(child<InlineError>(&dialog, "priceReasonError")->isVisibleTo(&dialog));
    child<QLineEdit>(&dialog, "priceReason")->setText(QStringLiteral("discount agreed 3 May"));
    dialog.submit();
    ASSERT_TRUE(dialog.result().has_value());
    EXPECT_EQ(balance(), "200.00");
}

TEST_F(UiTest, APendingEntryIsApprovedByASecondUser) {
    {
        Book book = Book::open(m_path.toStdString());
        book.settings().setApprovalRequired(book.login("admin", "admin-pass"), true);
    }
    auto clerk = openAs(QStringLiteral("clerk"));
    ExchangeDialog dialog(clerk->workspace(), clerk.get());
    dialog.show();
    EXPECT_EQ(child<QPushButton>(&dialog, "post")->text(), QStringLiteral("Submit for approval"));
    ExchangeDraft d = dialog.draft();
    d.reference = "PEND-1";
    d.lines = {{"RU-A", "BEER", "100"}};
    dialog.setDraft(d);
    dialog.submit();
    ASSERT_TRUE(dialog.result() && dialog.result()->pending);
    EXPECT_EQ(exchanges(), 0);
    EXPECT_EQ(clerk->pendingPage()->count(), 1);
    // The clerk cannot decide it.
    EXPECT_FALSE(child<QPushButton>(clerk->pendingPage(), "approve")->isEnabled());

    auto manager = openAs(QStringLiteral("manager"));
    PendingPage* pending = manager->pendingPage();
    ASSERT_EQ(pending->count(), 1);
    auto* approve = child<QPushButton>(pending, "approve");
    ASSERT_TRUE(approve->isEnabled());
    approve->click();
    EXPECT_EQ(pending->count(), 0);
    EXPECT_EQ(exchanges(), 1);
    EXPECT_EQ(balance(), "110.00");
    EXPECT_EQ(manager->journalPage()->model()->rowCount(), 1);
}

TEST_F(UiTest, AManagerRejectsWithAReason) {
    {
        Book book = Book::open(m_path.toStdString());
        book.settings().setApprovalRequired(book.login("admin", "admin-pass"), true);
        Session clerk = book.login("clerk", "clerk-pass");
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = "2023-05-01";
        d.reference = "PEND-2";
        d.lines = {{"RU-A", "BEER", "1"}};
        book.journal().submit(clerk, d);
    }
    auto manager = openAs(QStringLiteral("manager"));
    PendingPage* pending = manager->pendingPage();
    child<QPushButton>(pending, "reject")->click();
    EXPECT_TRUE(child<InlineError>(pending, "pendingError")->isVisibleTo(pending)); // no reason
    EXPECT_EQ(pending->count(), 1);
    child<QLineEdit>(pending, "rejectReason")->setText(QStringLiteral("duplicate"));
    child<QPushButton>(pending, "reject")->click();
    EXPECT_EQ(pending->count(), 0);
    EXPECT_EQ(exchanges(), 0);
}

TEST_F(UiTest, AManagerReversesAnEntry) {
    {
        Book book = Book::open(m_path.toStdString());
        Session clerk = book.login("clerk", "clerk-pass");
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = "2023-05-01";
        d.reference = "R-1";
        d.lines = {{"RU-A", "BEER", "100"}};
        book.journal().post(clerk, d);
    }
    auto w = openAs(QStringLiteral("manager"));
    EXPECT_EQ(w->currentPage(), MainWindow::DashboardView); // where a manager starts
    w->showPage(MainWindow::JournalView);
    w->journalPage()->table()->selectRow(0);
    ASSERT_TRUE(w->action(QStringLiteral("reverse"))->isEnabled());
    whenModal([&](QWidget* dialog) {
        ASSERT_NE(qobject_cast<ReverseDialog*>(dialog), nullptr);
        auto* lines = child<QTableView>(dialog, "reversalLines");
        EXPECT_EQ(lines->model()->data(lines->model()->index(0, 4)).toString(),
                  QStringLiteral("-110.00 CU"));
        child<QPushButton>(dialog, "reverse")->click(); // no reason yet: refused
        EXPECT_TRUE(child<InlineError>(dialog, "reasonError")->isVisibleTo(dialog));
        child<QLineEdit>(dialog, "reason")->setText(QStringLiteral("entered twice"));
        child<QPushButton>(dialog, "reverse")->click();
    });
    w->action(QStringLiteral("reverse"))->trigger();
    EXPECT_EQ(exchanges(), 2);
    EXPECT_EQ(balance(), "0.00");
    JournalTableModel* journal = w->journalPage()->model();
    ASSERT_EQ(journal->rowCount(), 2);
    EXPECT_EQ(journal->data(journal->index(0, JournalTableModel::Status)).toString(),
              QStringLiteral("reversed by 2"));
}

TEST_F(UiTest, AnImportWithOneBadRowListsItAndChangesNothing) {
    const QString csv = m_dir.filePath(QStringLiteral("deliveries.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("date,reference,shipper,good,quantity\n"
                "2023-06-01,IMP-1,RU-A,WHEAT,1\n"
                "2023-06-02,IMP-2,KP-B,BEER,-5\n"
                "2023-06-03,IMP-3,KP-B,BEER,5\n");
    }
    auto w = openAs(QStringLiteral("clerk"));
    ImportDialog dialog(w->workspace(), w.get());
    dialog.show();
    dialog.setFile(csv);
    auto* preview = child<QTableView>(&dialog, "preview");
    ASSERT_NE(preview->model(), nullptr);
    EXPECT_EQ(preview->model()->rowCount(), 3);
    QSignalSpy done(&dialog, &ImportDialog::done);
    dialog.start();
    ASSERT_TRUE(done.wait(10000));
    EXPECT_FALSE(done.front().front().toBool());
    EXPECT_EQ(dialog.errorsText(), QStringLiteral("line 3: quantity: must be greater than zero"));
    EXPECT_TRUE(child<QPushButton>(&dialog, "copyErrors")->isVisibleTo(&dialog));
    EXPECT_EQ(exchanges(), 0);

    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("date,reference,shipper,good,quantity\n2023-06-01,IMP-1,RU-A,WHEAT,1\n");
    }
    dialog.setFile(csv);
    dialog.start();
    ASSERT_TRUE(done.wait(10000));
    EXPECT_TRUE(done.back().front().toBool());
    EXPECT_EQ(exchanges(), 1);
    EXPECT_EQ(w->journalPage()->model()->rowCount(), 1);
}

} // namespace
} // namespace barter::ui::testing

namespace barter::ui::testing {
namespace {

// The dashboard's card for three books: inside the swing, past the warn percentage, past the
// limit (by a manager's override).
class DashboardTest : public UiTest, public ::testing::WithParamInterface<int> {};

TEST_P(DashboardTest, ShowsTheBalanceInWordsAndTheGaugeColour) {
    struct Case {
        const char* tons;
        const char* words;
        reports::SwingLevel level;
        const char* gauge;
        const char* value;
    };
    const Case cases[] = {
        {"10", "KP-B owes RU-A 2,101.25 CU", reports::SwingLevel::Normal, "21.01 %", "2101.25"},
        {"40", "KP-B owes RU-A 8,405.00 CU", reports::SwingLevel::Warning, "84.05 %", "8405.00"},
        {"50", "KP-B owes RU-A 10,506.25 CU", reports::SwingLevel::Exceeded, "105.06 %",
         "10506.25"},
    };
    const Case& c = cases[GetParam()];
    {
        Book book = Book::open(m_path.toStdString());
        Session manager = book.login("manager", "manager-pass");
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = "2023-02-01";
        d.reference = "D-1";
        d.lines = {{"RU-A", "WHEAT", c.tons}};
        d.swingOverride = c.level == reports::SwingLevel::Exceeded ? "ministry letter" : "";
        book.journal().post(manager, d);
    }
    auto w = openAs(QStringLiteral("manager"));
    QWidget* card = w->dashboardPage()->findChild<QWidget*>(QStringLiteral("card-AGR"));
    ASSERT_NE(card, nullptr);
    EXPECT_EQ(child<QLabel>(card, "balanceWords")->text(), QString::fromUtf8(c.words));
    auto* gauge = child<QProgressBar>(card, "swingGauge");
    EXPECT_EQ(gauge->property("level").toInt(), static_cast<int>(c.level));
    EXPECT_TRUE(gauge->text().contains(QString::fromUtf8(c.gauge))) << gauge->text().toStdString();
    const char* colour = c.level == reports::SwingLevel::Normal    ? "#81c784"
                         : c.level == reports::SwingLevel::Warning ? "#ffca28"
                                                                   : "#e57373";
    EXPECT_TRUE(gauge->styleSheet().contains(QLatin1String(colour)));
    EXPECT_GT(w->dashboardPage()->chart()->pointCount(), 0);
    EXPECT_EQ(w->dashboardPage()->turnoverChart()->barSets(), 1); // WHEAT from RU-A
    ASSERT_EQ(w->dashboardPage()->topGoods()->rowCount(), 1);
    EXPECT_EQ(w->dashboardPage()->topGoods()->row(0).cells.at(4), QStringLiteral("100.00 %"));

    // The table tab saves CSV, as the CLI and the Reports view write it.
    child<QTabWidget>(w->dashboardPage(), "charts")->setCurrentIndex(2);
    EXPECT_EQ(child<QPushButton>(w->dashboardPage(), "saveChart")->text(),
              QStringLiteral("Save table as CSV…"));
    const QString csv = m_dir.filePath(QStringLiteral("top.csv"));
    w->dashboardPage()->saveShown(csv);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[0].trimmed(),
              QStringLiteral("period_end,good,shipper,unit,lines,quantity,value,share"));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral(",WHEAT,RU-A,t,1,")));
    EXPECT_TRUE(lines[1].contains(QLatin1String(c.value))) << lines[1].toStdString();
}

INSTANTIATE_TEST_SUITE_P(ThreeBooks, DashboardTest, ::testing::Values(0, 1, 2));

} // namespace
} // namespace barter::ui::testing

namespace barter::ui::testing {
namespace {

TEST_F(UiTest, ASettlementProposalClearsTheBalanceAndBecomesADraft) {
    {
        Book book = Book::open(m_path.toStdString());
        Session clerk = book.login("clerk", "clerk-pass");
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = "2023-02-01";
        d.reference = "D-1";
        d.lines = {{"RU-A", "WHEAT", "10"}}; // KP-B owes 2,101.25
        book.journal().post(clerk, d);
    }
    auto w = openAs(QStringLiteral("manager"));
    SettlementDialog dialog(w->workspace(), QStringLiteral("AGR"), w.get());
    dialog.show();
    child<DateField>(&dialog, "date")->setDate(QDate(2023, 12, 31));
    dialog.propose();
    EXPECT_TRUE(child<InlineError>(&dialog, "settlementError")->isVisibleTo(&dialog)); // no goods
    dialog.offer(QStringLiteral("BEER"));
    dialog.propose();
    ASSERT_TRUE(dialog.proposal());
    auto* lines = child<QTableView>(&dialog, "proposedLines");
    ASSERT_EQ(lines->model()->rowCount(), 1);
    // 1,910.23 l × 1.10 = 2,101.253 → 2,101.25: the balance to the cent.
    EXPECT_EQ(lines->model()->data(lines->model()->index(0, 1)).toString(),
              QStringLiteral("1,910.23 l"));
    EXPECT_TRUE(child<QLabel>(&dialog, "settlementSummary")
                    ->text()
                    .contains(QStringLiteral("After them: RU-A and KP-B are even")));
    const ExchangeDraft d = dialog.draft();
    ASSERT_EQ(d.lines.size(), 1u);
    EXPECT_EQ(d.lines[0].shipper, "KP-B");
    EXPECT_EQ(d.lines[0].quantity, "1910.23");
    EXPECT_EQ(exchanges(), 1); // a proposal posts nothing
    // A changed offer makes the proposal stale: it cannot be entered any more.
    dialog.offer(QStringLiteral("WHEAT"));
    EXPECT_FALSE(dialog.proposal());
    EXPECT_FALSE(child<QPushButton>(&dialog, "enterAsExchange")->isEnabled());
}

} // namespace
} // namespace barter::ui::testing

namespace barter::ui::testing {
namespace {

TEST_F(UiTest, ReportsShowTheCoresTablesAndExportThemAsCsv) {
    {
        Book book = Book::open(m_path.toStdString());
        Session clerk = book.login("clerk", "clerk-pass");
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = "2023-02-01";
        d.reference = "D-1";
        d.lines = {{"RU-A", "WHEAT", "10"}, {"KP-B", "BEER", "1000"}}; // 2,101.25 − 1,100.00
        book.journal().post(clerk, d);
    }
    auto w = openAs(QStringLiteral("auditor"));
    ReportsPage* page = w->reportsPage();
    page->choose(ReportsPage::Consolidated);
    child<DateField>(page, "reportAt")->setDate(QDate(2023, 12, 31));
    QSignalSpy shown(page, &ReportsPage::reportShown);
    page->showReport(); // off the UI thread
    ASSERT_TRUE(shown.wait(10000));
    TextTableModel* model = page->model();
    ASSERT_EQ(model->rowCount(), 2);
    // KP-B owes RU-A 1,001.25: shown grouped, kept canonical for the CSV.
    EXPECT_EQ(model->row(0).cells,
              (QStringList{QStringLiteral("CU"), QStringLiteral("KP-B"), QStringLiteral("1"),
                           QStringLiteral("0.00"), QStringLiteral("1,001.25"),
                           QStringLiteral("-1,001.25")}));
    EXPECT_EQ(page->table().rows.at(1).back(), "1001.25");

    page->choose(ReportsPage::BalanceSeries);
    child<DateField>(page, "reportFrom")->setDate(QDate(2023, 1, 1));
    child<DateField>(page, "reportTo")->setDate(QDate(2023, 3, 31));
    page->showReport();
    ASSERT_TRUE(shown.wait(10000));
    ASSERT_EQ(model->rowCount(), 3); // January, February, March
    const QString csv = m_dir.filePath(QStringLiteral("series.csv"));
    w->workspace().book().exports().exportReportCsv(w->workspace().session(), page->table(),
                                                    "series", csv.toStdString());
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(f.readAll()),
              QStringLiteral("period_end,balance,swing,utilization\n"
                             "2023-01-31,0.00,10000.00,0.0000\n"
                             "2023-02-28,1001.25,10000.00,0.1001\n"
                             "2023-03-31,1001.25,10000.00,0.1001\n"));
}

} // namespace
} // namespace barter::ui::testing

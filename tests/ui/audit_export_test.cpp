// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's desk in the GUI: the audit trail with its filters, "Verify book" off the UI
// thread, the statement exported as PDF, and the act of reconciliation from its view.
#include "dialogs/export_pdf_dialog.h"
#include "dialogs/password_dialog.h"
#include "gui_fixture.h"
#include "models/text_table_model.h"
#include "widgets/audit_page.h"
#include "widgets/reconciliation_page.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace barter::ui::testing {
namespace {

class AuditExportTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        Book book = Book::open(m_path.toStdString());
        Session manager = book.login("manager", "manager-pass");
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = "2023-02-01";
        d.reference = "R-1";
        d.lines = {{"RU-A", "WHEAT", "10"}, {"KP-B", "BEER", "500"}};
        book.journal().post(manager, d);
    }
    static QByteArray head(const QString& path, int bytes) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
    }
};

TEST_F(AuditExportTest, TheAuditorFiltersTheTrailAndVerifiesTheBook) {
    auto w = openAs(QStringLiteral("auditor"));
    w->showPage(MainWindow::AuditView);
    AuditPage* page = w->auditPage();
    ASSERT_GT(page->events()->rowCount(), 5);
    EXPECT_EQ(page->events()->row(0).cells.at(3), QStringLiteral("login")); // newest first
    auto* action = child<QComboBox>(page, "auditAction");
    action->setCurrentIndex(action->findData(QStringLiteral("post")));
    ASSERT_EQ(page->events()->rowCount(), 1);
    EXPECT_EQ(page->events()->row(0).cells.at(2), QStringLiteral("manager"));

    child<QPushButton>(page, "verifyBook")->click();
    // (English plural forms come with the translator the application loads; tests run without.)
    EXPECT_TRUE(page->verifyResult()->text().startsWith(QStringLiteral("1 exchange")))
        << page->verifyResult()->text().toStdString();
    EXPECT_TRUE(page->verifyResult()->text().contains(QStringLiteral("chain intact, head ")));
    action->setCurrentIndex(action->findData(QStringLiteral("verify")));
    EXPECT_EQ(page->events()->rowCount(), 1); // verifying is recorded too
}

TEST_F(AuditExportTest, AnAlteredBookFailsVerificationByName) {
    {
        Book book = Book::open(m_path.toStdString());
        book.database().exec("DROP TRIGGER exchange_no_update");
        book.database().exec("UPDATE exchange SET memo = 'changed' WHERE seq = 1");
    }
    auto w = openAs(QStringLiteral("auditor"));
    child<QPushButton>(w->auditPage(), "verifyBook")->click();
    EXPECT_TRUE(w->auditPage()->verifyResult()->text().contains(QStringLiteral("exchange 1")))
        << w->auditPage()->verifyResult()->text().toStdString();
}

TEST_F(AuditExportTest, TheStatementIsExportedAsPdfAndTheAdminIsNotOffered) {
    auto w = openAs(QStringLiteral("auditor"));
    ASSERT_TRUE(w->action(QStringLiteral("exportPdf"))->isVisible());
    ExportPdfDialog dialog(w->workspace(), w.get());
    const QString file = m_dir.filePath(QStringLiteral("statement.pdf"));
    dialog.setFile(file);
    auto* language = child<QComboBox>(&dialog, "language");
    language->setCurrentIndex(2); // Korean
    ASSERT_TRUE(dialog.exportNow()) << dialog.outcome().toStdString();
    EXPECT_EQ(head(file, 5), QByteArray("%PDF-"));
    EXPECT_TRUE(dialog.outcome().contains(QStringLiteral("1 page")))
        << dialog.outcome().toStdString();

    dialog.setFile(m_dir.filePath(QStringLiteral("no/such/folder/x.pdf")));
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_FALSE(dialog.outcome().isEmpty());

    auto admin = openAs(QStringLiteral("admin"));
    EXPECT_FALSE(admin->action(QStringLiteral("exportPdf"))->isVisible());
}

TEST_F(AuditExportTest, TheActIsExportedFromTheReconciliationView) {
    const QString statement = m_dir.filePath(QStringLiteral("theirs.csv"));
    {
        QFile f(statement);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("date,reference,shipper,good,quantity\n2023-02-01,R-1,RU-A,WHEAT,10\n");
        f.close();
        Book book = Book::open(m_path.toStdString());
        book.reconciliation().reconcile(book.login("manager", "manager-pass"), "AGR",
                                        statement.toStdString(), std::nullopt,
                                        *Date::parse("2023-03-31"));
    }
    auto w = openAs(QStringLiteral("auditor"));
    ReconciliationPage* page = w->reconciliationPage();
    ASSERT_TRUE(page->shown()); // the latest reconciliation is shown
    EXPECT_TRUE(child<QPushButton>(page, "exportAct")->isVisibleTo(page));
    const QString act = m_dir.filePath(QStringLiteral("act.pdf"));
    page->exportAct(act, pdf::Language::English, pdf::Language::Korean);
    EXPECT_EQ(head(act, 5), QByteArray("%PDF-"));
    EXPECT_TRUE(
        child<QLabel>(page, "recError")->text().startsWith(QStringLiteral("Saved the act")));
}

TEST_F(UiTest, AUserChangesTheirOwnPassword) {
    auto w = openAs(QStringLiteral("clerk"));
    ASSERT_TRUE(w->action(QStringLiteral("changePassword"))->isEnabled());
    PasswordDialog dialog(w->workspace(), w.get());
    auto set = [&](const char* current, const char* next, const char* repeat) {
        child<QLineEdit>(&dialog, "current")->setText(QLatin1String(current));
        child<QLineEdit>(&dialog, "next")->setText(QLatin1String(next));
        child<QLineEdit>(&dialog, "repeat")->setText(QLatin1String(repeat));
    };
    set("clerk-pass", "new-clerk-pass", "new-clerk-typo");
    EXPECT_FALSE(dialog.change());
    set("wrong-pass", "new-clerk-pass", "new-clerk-pass");
    EXPECT_FALSE(dialog.change());
    EXPECT_TRUE(child<QLabel>(&dialog, "problem")->text().contains(QStringLiteral("not right")));
    set("clerk-pass", "short", "short");
    EXPECT_FALSE(dialog.change());
    set("clerk-pass", "new-clerk-pass", "new-clerk-pass");
    ASSERT_TRUE(dialog.change());
    Book book = Book::open(m_path.toStdString());
    EXPECT_THROW(book.login("clerk", "clerk-pass"), PermissionDenied);
    EXPECT_NO_THROW(book.login("clerk", "new-clerk-pass"));
}

} // namespace
} // namespace barter::ui::testing

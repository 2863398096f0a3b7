// SPDX-License-Identifier: GPL-3.0-or-later
// The Reconciliation view: their statement loaded (with a code to map), reconciled, an item
// resolved by a correction prefilled from their figures, another by reversing ours, and the
// period closed after a confirmation; the journal then shows the lock.
#include "dialogs/exchange_dialog.h"
#include "dialogs/reverse_dialog.h"
#include "gui_fixture.h"
#include "models/journal_table_model.h"
#include "models/text_table_model.h"
#include "widgets/date_field.h"
#include "widgets/journal_page.h"
#include "widgets/reconciliation_page.h"

#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace barter::ui::testing {
namespace {

class ReconciliationFlowTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        Book book = Book::open(m_path.toStdString());
        Session manager = book.login("manager", "manager-pass");
        auto post = [&](const char* date, const char* ref, DeliveryLineDraft line) {
            ExchangeDraft d;
            d.agreement = "AGR";
            d.date = date;
            d.reference = ref;
            d.lines = {std::move(line)};
            book.journal().post(manager, d);
        };
        post("2023-02-01", "R-1", {"RU-A", "WHEAT", "10"});  // 2101.25, in both books
        post("2023-02-10", "K-1", {"KP-B", "BEER", "1000"}); // 1100.00, only ours
        m_statement = m_dir.filePath(QStringLiteral("theirs.csv"));
        QFile f(m_statement);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        // Their code for beer is MAEKJU; K-7 never reached our book.
        f.write("date,reference,shipper,good,quantity,value\n"
                "2023-02-01,R-1,RU-A,WHEAT,10,2101.25\n"
                "2023-03-01,K-7,KP-B,MAEKJU,200,220.00\n");
    }
    QString m_statement;
};

TEST_F(ReconciliationFlowTest, ReconcileResolveAndClose) {
    auto w = openAs(QStringLiteral("manager"));
    w->showPage(MainWindow::ReconciliationView);
    ReconciliationPage* page = w->reconciliationPage();
    child<QComboBox>(page, "recAgreement")->setCurrentText(QStringLiteral("AGR"));
    child<DateField>(page, "recThrough")->setDate(QDate(2023, 3, 31));
    page->setStatement(m_statement);
    // Their unknown code is offered for mapping, and the statement is previewed.
    QTableWidget* mapping = page->mapping();
    ASSERT_EQ(mapping->rowCount(), 1);
    EXPECT_EQ(mapping->item(0, 0)->text(), QStringLiteral("good"));
    EXPECT_EQ(mapping->item(0, 1)->text(), QStringLiteral("MAEKJU"));
    EXPECT_EQ(child<QTableView>(page, "statementPreview")->model()->rowCount(), 2);

    // Without our code for it, the core says which row of the mapping is wrong.
    page->reconcileNow();
    EXPECT_FALSE(page->shown());
    EXPECT_TRUE(child<QLabel>(page, "recError")->text().contains(QStringLiteral("ours: is empty")))
        << child<QLabel>(page, "recError")->text().toStdString();
    mapping->item(0, 2)->setText(QStringLiteral("BEER"));
    page->reconcileNow();
    ASSERT_TRUE(page->shown());
    const reconcile::Reconciliation r = *page->shown();
    EXPECT_EQ(r.counts().at(reconcile::Category::Matched), 1);
    EXPECT_EQ(r.counts().at(reconcile::Category::MissingOurs), 1);
    EXPECT_EQ(r.counts().at(reconcile::Category::MissingTheirs), 1);
    const QString summary = child<QLabel>(page, "recSummary")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("KP-B owes RU-A 1,001.25 CU")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("KP-B owes RU-A 1,881.25 CU")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("-880.00 CU"))) << summary.toStdString();

    // Only the differing items, side by side.
    auto* filter = child<QComboBox>(page, "recFilter");
    filter->setCurrentIndex(filter->findData(QStringLiteral("differing")));
    ASSERT_EQ(page->items()->rowCount(), 2);

    // K-7: posted from their figures (Ctrl+Enter in the prefilled form), then resolved.
    int k7 = 0, k1 = 0;
    for (const reconcile::Item& item : r.items) {
        if (item.reference == "K-7")
            k7 = item.number;
        else if (item.reference == "K-1")
            k1 = item.number;
    }
    page->selectItem(k7);
    ASSERT_TRUE(child<QPushButton>(page, "postCorrection")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page, "reverseOurs")->isEnabled());
    whenModal([&](QWidget* dialog) {
        auto* entry = qobject_cast<ExchangeDialog*>(dialog);
        ASSERT_NE(entry, nullptr);
        const ExchangeDraft d = entry->draft();
        EXPECT_EQ(d.reference, "K-7");
        EXPECT_EQ(d.date, "2023-03-01");
        ASSERT_EQ(d.lines.size(), 1u);
        EXPECT_EQ(d.lines[0].good, "BEER");
        EXPECT_EQ(d.lines[0].quantity, "200");
        QApplication::setActiveWindow(dialog);
        dialog->setFocus();
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
    });
    child<QPushButton>(page, "postCorrection")->click();
    EXPECT_EQ(exchanges(), 3);
    ASSERT_EQ(page->shown()->resolutions.size(), 1u);
    EXPECT_EQ(page->shown()->resolutions[0].kind, reconcile::ResolutionKind::Correction);
    EXPECT_EQ(page->shown()->resolutions[0].seq, 3);

    // K-1: reversed in our book, then resolved.
    page->selectItem(k1);
    ASSERT_TRUE(child<QPushButton>(page, "reverseOurs")->isEnabled());
    whenModal([&](QWidget* dialog) {
        ASSERT_NE(qobject_cast<ReverseDialog*>(dialog), nullptr);
        child<QLineEdit>(dialog, "reason")->setText(QStringLiteral("never shipped"));
        child<QDateEdit>(dialog, "date")->setDate(QDate(2023, 3, 20));
        child<QPushButton>(dialog, "reverse")->click();
    });
    child<QPushButton>(page, "reverseOurs")->click();
    EXPECT_EQ(exchanges(), 4);
    EXPECT_EQ(page->shown()->unresolved(), 0);
    EXPECT_EQ(balance(), "1881.25"); // both books agree now

    // Close: the confirmation says what is locked and asks for the agreed balance, offering
    // theirs only when the books agreed. Cancel changes nothing; a balance other than the
    // book's is refused by the core; then it closes.
    QString said;
    whenModal([&](QWidget* dialog) {
        auto* box = qobject_cast<QInputDialog*>(dialog);
        ASSERT_NE(box, nullptr);
        said = box->labelText();
        EXPECT_TRUE(box->textValue().isEmpty()); // the reconciliation still shows a difference
        box->reject();
    });
    child<QPushButton>(page, "closePeriod")->click();
    EXPECT_TRUE(said.contains(QStringLiteral("Close AGR through 2023-03-31 at an agreed balance "
                                             "of 1,881.25 CU")))
        << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("4 exchange(s)"))) << said.toStdString();
    auto closes = [this] {
        Book book = Book::open(m_path.toStdString());
        return book.reconciliation().periods(book.login("auditor", "auditor-pass"), "AGR");
    };
    EXPECT_TRUE(closes().empty());
    auto closeWith = [&](const QString& agreed) {
        whenModal([agreed](QWidget* dialog) {
            auto* box = qobject_cast<QInputDialog*>(dialog);
            ASSERT_NE(box, nullptr);
            box->setTextValue(agreed);
            box->accept();
        });
        child<QPushButton>(page, "closePeriod")->click();
    };
    closeWith(QStringLiteral("1,001.25")); // their figure before the corrections
    EXPECT_TRUE(closes().empty());
    EXPECT_TRUE(child<QLabel>(page, "recError")->text().contains(QStringLiteral("agreed_balance")))
        << child<QLabel>(page, "recError")->text().toStdString();
    closeWith(QStringLiteral("1,881.25"));
    EXPECT_TRUE(child<QLabel>(page, "recError")->text().startsWith(QStringLiteral("Closed AGR")));
    const auto closed = closes();
    ASSERT_EQ(closed.size(), 1u);
    EXPECT_EQ(closed[0].agreedBalance.toString(), "1881.25");
    EXPECT_EQ(closed[0].reconciliation, page->shown()->id);

    // The journal marks the closed lines with a lock, and only those.
    {
        Book book = Book::open(m_path.toStdString());
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = "2023-04-05";
        d.reference = "K-8";
        d.lines = {{"KP-B", "BEER", "10"}};
        book.journal().post(book.login("manager", "manager-pass"), d);
    }
    w->journalPage()->reload();
    JournalTableModel* journal = w->journalPage()->model();
    ASSERT_EQ(journal->rowCount(), 5);
    const QModelIndex status = journal->index(0, JournalTableModel::Status);
    EXPECT_FALSE(journal->data(status, Qt::DecorationRole).isNull());
    EXPECT_TRUE(journal->data(status, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("closed through 2023-03-31")));
}

TEST_F(ReconciliationFlowTest, AnAuditorReadsSavedReconciliationsButResolvesNothing) {
    {
        Book book = Book::open(m_path.toStdString());
        Session manager = book.login("manager", "manager-pass");
        book.reconciliation().reconcile(
            manager, "AGR", m_statement.toStdString(), std::nullopt, *Date::parse("2023-03-31"),
            reconcile::mappingFromRows({{"good", "MAEKJU", "BEER", 1}}));
    }
    auto w = openAs(QStringLiteral("auditor"));
    ReconciliationPage* page = w->reconciliationPage();
    EXPECT_FALSE(child<QPushButton>(page, "reconcileButton")->isVisibleTo(page));
    auto* saved = child<QComboBox>(page, "savedReconciliations");
    ASSERT_EQ(saved->count(), 2); // "(choose one)" and No. 1
    page->showSaved(saved->itemData(1).toLongLong());
    ASSERT_TRUE(page->shown());
    EXPECT_EQ(page->items()->rowCount(), 2); // the differing items, by default
    auto* filter = child<QComboBox>(page, "recFilter");
    filter->setCurrentIndex(filter->findData(QString()));
    EXPECT_EQ(page->items()->rowCount(), 3);
    page->selectItem(1);
    for (const char* button : {"postCorrection", "reverseOurs", "addNote", "closePeriod"})
        EXPECT_FALSE(child<QPushButton>(page, button)->isVisibleTo(page)) << button;
}

} // namespace
} // namespace barter::ui::testing

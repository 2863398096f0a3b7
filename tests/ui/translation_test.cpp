// SPDX-License-Identifier: GPL-3.0-or-later
// The window speaks Russian and Korean: real texts of the main window (navigation, menus,
// buttons, a column, a tooltip, the journal's count with its plural form), Qt's own standard
// buttons, and numbers in the language's own way. The .qm files come from the program's
// resources, as in the installed application. Each test puts English back: the other tests of
// this process read English texts.
#include "gui_fixture.h"

#include "adapters/text.h"
#include "dialogs/form_dialog.h"
#include "language.h"
#include "models/journal_table_model.h"
#include "widgets/journal_page.h"
#include "widgets/master_data_page.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace barter::ui::testing {
namespace {

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

class TranslationTest : public UiTest {
protected:
    void TearDown() override {
        installLanguage(Language::English);
        saveLanguage(std::nullopt);
        UiTest::TearDown();
    }

    // Posts `lines` one-line exchanges, so that the journal counts that many lines.
    void postLines(int lines) {
        Book book = Book::open(m_path.toStdString());
        Session manager = book.login("manager", "manager-pass");
        for (int i = 0; i < lines; ++i) {
            ExchangeDraft d;
            d.agreement = "AGR";
            d.date = "2023-02-01";
            d.reference = "R-" + std::to_string(i);
            d.lines = {{"RU-A", "WHEAT", "1"}};
            book.journal().post(manager, d);
        }
    }

    static QStringList menuTitles(MainWindow& w) {
        QStringList titles;
        for (QAction* a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }

    static QString journalCount(int lines) {
        return QCoreApplication::translate("barter::ui::JournalPage",
                                           "%n delivery line(s) in the journal", nullptr, lines);
    }

    // The Cancel button of one of our dialogs: its text comes from Qt's own translations.
    static QString cancelText() {
        FormDialog dialog(QStringLiteral("x"), {{QStringLiteral("code"), QStringLiteral("&Code:")}},
                          [](const QHash<QString, QString>&) {});
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        return buttons ? buttons->button(QDialogButtonBox::Cancel)->text() : QString();
    }
};

TEST_F(TranslationTest, TheMainWindowSpeaksRussian) {
    postLines(2);
    ASSERT_TRUE(installLanguage(Language::Russian));
    auto w = openAs(QStringLiteral("manager"));
    auto* nav = child<QListWidget>(w.get(), "navigation");
    EXPECT_EQ(nav->item(MainWindow::DashboardView)->text(), u8("Сводка"));
    EXPECT_EQ(nav->item(MainWindow::JournalView)->text(), u8("Журнал"));
    EXPECT_EQ(nav->item(MainWindow::ReconciliationView)->text(), u8("Сверка"));
    EXPECT_EQ(menuTitles(*w),
              QStringList({u8("&Книга"), u8("&Проводки"), u8("&Вид"), u8("&Справка")}));
    EXPECT_EQ(w->action(QStringLiteral("newExchange"))->toolTip(), u8("Новая проводка (Ctrl+N)"));
    EXPECT_EQ(child<QPushButton>(w->masterDataPage(), "addParty")->text(), u8("Добавить сторону…"));
    EXPECT_EQ(w->journalPage()
                  ->model()
                  ->headerData(JournalTableModel::Balance, Qt::Horizontal)
                  .toString(),
              u8("Сальдо"));
    EXPECT_EQ(child<QLabel>(w->journalPage(), "journalSummary")->text(),
              u8("В журнале 2 строки поставки"));
    EXPECT_EQ(cancelText(), u8("Отмена"));

    // Russian has three plural forms: 1 and 21; 2 to 4 and 22; 5 to 20, 11 and 0.
    EXPECT_EQ(journalCount(1), u8("В журнале 1 строка поставки"));
    EXPECT_EQ(journalCount(21), u8("В журнале 21 строка поставки"));
    EXPECT_EQ(journalCount(2), u8("В журнале 2 строки поставки"));
    EXPECT_EQ(journalCount(24), u8("В журнале 24 строки поставки"));
    EXPECT_EQ(journalCount(5), u8("В журнале 5 строк поставки"));
    EXPECT_EQ(journalCount(11), u8("В журнале 11 строк поставки"));
    EXPECT_EQ(journalCount(0), u8("В журнале 0 строк поставки"));

    // Numbers as Russian writes them, and the balance in Russian words.
    EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral(","));
    EXPECT_EQ(balanceInWords(Decimal::parse("-1234.5").value(), QStringLiteral("RU-A"),
                             QStringLiteral("KP-B"), QStringLiteral("CU")),
              u8("RU-A должен KP-B 1") + QLocale().groupSeparator() + u8("234,5 CU"));
}

TEST_F(TranslationTest, TheMainWindowSpeaksKorean) {
    postLines(1);
    ASSERT_TRUE(installLanguage(Language::Korean));
    auto w = openAs(QStringLiteral("manager"));
    auto* nav = child<QListWidget>(w.get(), "navigation");
    EXPECT_EQ(nav->item(MainWindow::JournalView)->text(), u8("분개장"));
    EXPECT_EQ(nav->item(MainWindow::PendingView)->text(), u8("승인대기"));
    EXPECT_EQ(nav->item(MainWindow::ReconciliationView)->text(), u8("대사"));
    EXPECT_EQ(menuTitles(*w),
              QStringList({u8("장부(&B)"), u8("교환(&E)"), u8("보기(&V)"), u8("도움말(&H)")}));
    // The accelerator in brackets, as Korean writes it, is not part of the tooltip.
    EXPECT_EQ(w->action(QStringLiteral("newExchange"))->toolTip(), u8("새 교환 (Ctrl+N)"));
    EXPECT_EQ(child<QPushButton>(w->masterDataPage(), "addParty")->text(), u8("당사자 추가…"));
    EXPECT_EQ(child<QLabel>(w->journalPage(), "journalSummary")->text(),
              u8("분개장의 인도 내역 1행"));
    EXPECT_EQ(cancelText(), u8("취소"));
    // Korean has one plural form.
    EXPECT_EQ(journalCount(2), u8("분개장의 인도 내역 2행"));
    EXPECT_EQ(journalCount(5), u8("분개장의 인도 내역 5행"));
}

TEST_F(TranslationTest, EnglishHasItsPluralForms) {
    ASSERT_TRUE(installLanguage(Language::English));
    EXPECT_EQ(journalCount(1), QStringLiteral("1 delivery line in the journal"));
    EXPECT_EQ(journalCount(2), QStringLiteral("2 delivery lines in the journal"));
    EXPECT_EQ(cancelText(), QStringLiteral("Cancel"));
}

TEST_F(TranslationTest, TheLanguageMenuKeepsTheChoiceForTheNextStart) {
    MainWindow w;
    QAction* russian = w.action(QStringLiteral("language-ru"));
    QAction* system = w.action(QStringLiteral("language-system"));
    ASSERT_NE(russian, nullptr);
    ASSERT_NE(system, nullptr);
    EXPECT_TRUE(system->isChecked()); // nothing chosen yet: the system's
    EXPECT_EQ(w.action(QStringLiteral("language-ko"))->text(), u8("한국어"));

    QString said;
    whenModal([&](QWidget* modal) {
        said = static_cast<QMessageBox*>(modal)->text();
        static_cast<QMessageBox*>(modal)->accept();
    });
    russian->trigger();
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ru"));
    EXPECT_EQ(startupLanguage(), Language::Russian);
    EXPECT_EQ(startupLanguage(Language::Korean), Language::Korean); // --lang wins
    // Said in the language in use and in the one chosen.
    EXPECT_TRUE(said.contains(QStringLiteral("takes effect when Barter Ledger starts again")))
        << said.toStdString();
    EXPECT_TRUE(said.contains(u8("при следующем запуске"))) << said.toStdString();

    whenModal([](QWidget* modal) { static_cast<QMessageBox*>(modal)->accept(); });
    system->trigger();
    EXPECT_FALSE(QSettings().contains(QStringLiteral("language")));
    EXPECT_EQ(startupLanguage(), systemLanguage());
}

} // namespace
} // namespace barter::ui::testing

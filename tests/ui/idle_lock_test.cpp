// SPDX-License-Identifier: GPL-3.0-or-later
// The window locks itself after the book's idle time and asks for the user's password again
// (issue 8): nothing of the book stays on screen or in reach of a shortcut meanwhile.
#include "gui_fixture.h"
#include "widgets/idle_lock.h"
#include "widgets/inline_error.h"
#include "workspace.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace barter::ui::testing {
namespace {

bool offered(QAction* a) {
    return a->isVisible() && a->isEnabled();
}

TEST_F(UiTest, TheWindowLocksWhenIdleAndOnlyTheUsersPasswordOpensIt) {
    auto w = openAs(QStringLiteral("clerk"));
    ASSERT_TRUE(w->idleWatcher()->watching()); // a new book locks after 15 minutes
    auto* nav = child<QListWidget>(w.get(), "navigation");
    ASSERT_TRUE(nav->isVisible());

    // Idle for a moment with the entry dialog open: the lock closes it.
    w->idleWatcher()->watch(300);
    QWidget* seen = nullptr;
    whenModal([&](QWidget* modal) { seen = modal; });
    w->action(QStringLiteral("newExchange"))->trigger(); // returns when the lock rejects it
    ASSERT_NE(seen, nullptr);
    EXPECT_TRUE(w->locked());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_FALSE(nav->isVisible());
    EXPECT_TRUE(child<LockScreen>(w.get(), "lockScreen")->isVisible());
    for (const char* name : {"newExchange", "import", "exportPdf", "reverse", "refresh", "page1"})
        EXPECT_FALSE(offered(w->action(QString::fromLatin1(name)))) << name;
    EXPECT_TRUE(offered(w->action(QStringLiteral("closeBook"))));

    // A wrong password keeps it locked, and counts as a failed login.
    auto* password = child<QLineEdit>(w.get(), "lockPassword");
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_TRUE(w->locked());
    EXPECT_TRUE(child<InlineError>(w.get(), "lockError")->isVisible());
    {
        Book book = Book::open(m_path.toStdString());
        const Session auditor = book.login("auditor", "auditor-pass");
        EXPECT_EQ(book.integrity()
                      .auditEvents(auditor, std::nullopt, std::nullopt, "clerk", "failed login")
                      .size(),
                  1u);
    }

    // The right one opens the book where it was, and the watch starts again.
    QTest::keyClicks(password, QStringLiteral("clerk-pass"));
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_FALSE(w->locked());
    EXPECT_TRUE(nav->isVisible());
    EXPECT_TRUE(offered(w->action(QStringLiteral("newExchange"))));
    EXPECT_TRUE(w->idleWatcher()->watching());
}

TEST_F(UiTest, LockNowAndCloseTheBookFromTheLockScreen) {
    auto w = openAs(QStringLiteral("manager"));
    QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(w->locked());
    QTest::mouseClick(child<QPushButton>(w.get(), "lockCloseBook"), Qt::LeftButton);
    EXPECT_FALSE(w->locked());
    EXPECT_FALSE(w->workspace().isOpen());
    EXPECT_FALSE(w->idleWatcher()->watching());
}

TEST_F(UiTest, AnAdminSetsTheIdleTimeForEveryoneAndZeroMeansNever) {
    {
        Book book = Book::open(m_path.toStdString());
        const Session manager = book.login("manager", "manager-pass");
        EXPECT_THROW(book.settings().setIdleLockMinutes(manager, 5), PermissionDenied);
        const Session admin = book.login("admin", "admin-pass");
        EXPECT_THROW(book.settings().setIdleLockMinutes(admin, -1), InvalidInput);
        EXPECT_THROW(
            book.settings().setIdleLockMinutes(admin, SettingsService::kMaxIdleLockMinutes + 1),
            InvalidInput);
        book.settings().setIdleLockMinutes(admin, 0);
    }
    auto w = openAs(QStringLiteral("clerk"));
    EXPECT_FALSE(w->idleWatcher()->watching());
    EXPECT_FALSE(w->action(QStringLiteral("idleLock"))->isVisible()); // admins only
}

} // namespace
} // namespace barter::ui::testing

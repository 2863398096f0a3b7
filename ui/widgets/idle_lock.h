// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The desktop application locks itself after a time without input (the book's idle-lock
// setting, DESIGN.md §5 and issue 8): an IdleWatcher notices that nobody has typed, clicked or
// moved the mouse, and the main window then shows a LockScreen instead of the book, which asks
// the logged-in user's password again (a real login: counted, backed off, locked after five
// failures) or lets them close the book.

#include <QObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace barter::ui {

class InlineError;
class Workspace;

class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    // Emits idle() after `ms` milliseconds without input; 0 or less stops watching.
    void watch(int ms);
    bool watching() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(Workspace& workspace, QWidget* parent = nullptr);
    // Says who is locked out (after how long without use; 0: locked by hand) and waits for
    // their password.
    void prepare(int idleMinutes);

signals:
    void unlocked();
    void closeBookRequested();

private:
    void tryUnlock();

    Workspace& m_workspace;
    QLabel* m_title = nullptr;
    QLineEdit* m_password = nullptr;
    InlineError* m_error = nullptr;
};

} // namespace barter::ui

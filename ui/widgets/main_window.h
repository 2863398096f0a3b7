// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window wires actions to views and dialogs and nothing more: a welcome page until a
// book is open, then a navigation list (Dashboard, Journal, Pending, Reports, Master data) beside
// the pages, menus and a toolbar with shortcuts, and a status bar with the book, the user and the
// role. What a role may not do is not offered; the core refuses it anyway. View → Language keeps
// the user's choice of language for the next start. On a server book the window shows what other
// desks commit within a moment (each view keeps its place), and the connection's state: when the
// server goes away a banner says so, nothing that writes is offered, and everything is read anew
// once it is back.

#include "language.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace barter::ui {

class DashboardPage;
class IdleWatcher;
class LockScreen;
class JournalPage;
class MasterDataPage;
class PendingPage;
class AuditPage;
class ProtocolsPage;
class ReconciliationPage;
class ReportsPage;
class WelcomePage;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        DashboardView,
        JournalView,
        PendingView,
        ReconciliationView,
        ReportsView,
        MasterDataView,
        AuditView,
        ProtocolsView,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace& workspace() { return *m_workspace; }
    // Opens the book and logs in: with the given user and password, or else by asking. A
    // `hint` is shown in the login dialog (the demo book's users). False when it did not open.
    bool openBook(const QString& path, const QString& user = {}, const QString& password = {},
                  const QString& hint = {});
    // The demo book at `path` (default: in the user's data folder), created if missing.
    bool openDemoBook(const QString& path = {}, const QString& user = {},
                      const QString& password = {});
    void showPage(Page page);
    Page currentPage() const;
    DashboardPage* dashboardPage() const { return m_dashboard; }
    JournalPage* journalPage() const { return m_journal; }
    PendingPage* pendingPage() const { return m_pending; }
    MasterDataPage* masterDataPage() const { return m_masterData; }
    ReportsPage* reportsPage() const { return m_reports; }
    ReconciliationPage* reconciliationPage() const { return m_reconciliation; }
    AuditPage* auditPage() const { return m_audit; }
    ProtocolsPage* protocolsPage() const { return m_protocols; }
    WelcomePage* welcomePage() const { return m_welcome; }
    QAction* action(const QString& name) const;
    // Hides the book behind the lock screen until the user's password is given again (after
    // `idleMinutes` without use, or 0: Book → Lock now). Open dialogs are closed, unsaved.
    void lock(int idleMinutes = 0);
    bool locked() const { return m_locked; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    // Renders each view (and the entry dialogs) to DIR/NN-name.png; for documentation and for
    // looking at the UI without a screen. Returns the files written.
    QStringList saveScreenshots(const QString& dir);

public slots:
    void newExchange();
    void reverseSelected();
    void importCsv();
    void newBook();
    void openBookDialog();
    // Asks for a server book's address (ConnectDialog), then logs in to it.
    void connectToServer();
    void closeBook();
    // Every view reads what it shows again, keeping its place (F5; others' commits; after a
    // reconnection).
    void refreshAll();
    void about();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void tearDownBookUi();
    // Whether this user's exchanges wait for approval (then they cannot import deliveries).
    bool approvalOn() const;
    void buildActions();
    void buildMenus();
    void buildLanguageMenu(QMenu* menu);
    // Keeps the choice (none: follow the system) for the next start, and says so.
    void chooseLanguage(std::optional<Language> language);
    void showBookUi();
    void unlock();
    // (Re)starts the idle watch with the book's setting.
    void watchIdle();
    void chooseIdleLock();
    void updateActions();
    // The status bar's connection label and the banner, as the server link says.
    void showConnection();
    void rememberBook(const QString& path);
    QStringList recentBooks() const;

    Workspace* m_workspace = nullptr;
    QStackedWidget* m_outer = nullptr;
    WelcomePage* m_welcome = nullptr;
    QWidget* m_bookUi = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
    DashboardPage* m_dashboard = nullptr;
    JournalPage* m_journal = nullptr;
    PendingPage* m_pending = nullptr;
    MasterDataPage* m_masterData = nullptr;
    ReportsPage* m_reports = nullptr;
    ReconciliationPage* m_reconciliation = nullptr;
    AuditPage* m_audit = nullptr;
    ProtocolsPage* m_protocols = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_changePassword = nullptr;
    QLabel* m_bookLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QTimer* m_connectionTick = nullptr; // counts down to the next attempt
    QAction* m_newExchange = nullptr;
    QAction* m_import = nullptr;
    QAction* m_reverse = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_approval = nullptr;
    QAction* m_close = nullptr;
    QAction* m_lockNow = nullptr;
    QAction* m_idleLock = nullptr;
    QAction* m_pageActions[PageCount] = {};
    IdleWatcher* m_idle = nullptr;
    LockScreen* m_lockScreen = nullptr;
    bool m_locked = false;
};

} // namespace barter::ui

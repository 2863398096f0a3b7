// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "adapters/text.h"
#include "build_info.h"
#include "demo/demo_book.h"
#include "dialogs/damaged_book.h"
#include "dialogs/exchange_dialog.h"
#include "dialogs/export_pdf_dialog.h"
#include "dialogs/import_dialog.h"
#include "dialogs/login_dialog.h"
#include "dialogs/new_book_wizard.h"
#include "dialogs/password_dialog.h"
#include "dialogs/reverse_dialog.h"
#include "dialogs/settlement_dialog.h"
#include "language.h"
#include "models/journal_table_model.h"
#include "server_link.h"
#include "storage/locator.h"
#include "widgets/audit_page.h"
#include "widgets/dashboard_page.h"
#include "widgets/error_display.h"
#include "widgets/idle_lock.h"
#include "widgets/journal_page.h"
#include "widgets/master_data_page.h"
#include "widgets/pending_page.h"
#include "widgets/protocols_page.h"
#include "widgets/reconciliation_page.h"
#include "widgets/reports_page.h"
#include "widgets/welcome_page.h"
#include "widgets/writes.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace barter::ui {

namespace {
// Said in the language just chosen too, which the user reads best.
const char* const kLanguageNextStart = QT_TRANSLATE_NOOP(
    "barter::ui::MainWindow", "The new language takes effect when Barter Ledger starts again.");

// An action's text as its tooltip: "&New exchange…" → "New exchange", and without an accelerator
// in brackets as Korean and other scripts without Latin letters write it: "새 교환(&N)…".
QString plainActionText(QString text) {
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&[^&]\\)"));
    return text.remove(bracketed).remove(QLatin1Char('&'));
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_workspace(new Workspace(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Barter Ledger"));
    m_outer = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_outer);
    m_outer->addWidget(m_welcome);
    m_lockScreen = new LockScreen(*m_workspace, m_outer);
    m_outer->addWidget(m_lockScreen);
    setCentralWidget(m_outer);
    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        int minutes = SettingsService::kDefaultIdleLockMinutes;
        try {
            minutes = m_workspace->book().settings().idleLockMinutes();
        } catch (const std::exception&) {
        }
        lock(minutes);
    });
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::closeBookRequested, this, &MainWindow::closeBook);
    buildActions();
    buildMenus();
    m_bookLabel = new QLabel(this);
    m_bookLabel->setObjectName(QStringLiteral("statusBook"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_bookLabel->setContentsMargins(8, 0, 8, 0);
    m_userLabel->setContentsMargins(8, 0, 8, 0);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("statusConnection"));
    m_connectionLabel->setContentsMargins(8, 0, 8, 0);
    m_connectionLabel->hide();
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_bookLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    m_connectionTick = new QTimer(this);
    m_connectionTick->setInterval(1000);
    connect(m_connectionTick, &QTimer::timeout, this, &MainWindow::showConnection);
    ServerLink* link = &m_workspace->link();
    connect(link, &ServerLink::stateChanged, this, [this] {
        if (m_bookUi)
            enableWrites(m_bookUi, m_workspace->online());
        showConnection();
        updateActions();
    });
    connect(link, &ServerLink::othersCommitted, this, &MainWindow::refreshAll);
    connect(link, &ServerLink::reconnected, this, [this] {
        refreshAll();
        statusBar()->showMessage(tr("Connected to the server again; everything shown was read "
                                    "anew."),
                                 10000);
    });
    m_welcome->setRecentBooks(recentBooks());
    connect(m_welcome, &WelcomePage::openRequested, this, [this](const QString& path) {
        if (path.isEmpty())
            openBookDialog();
        else
            openBook(path);
    });
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::connectToServer);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newBook);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] { openDemoBook(); });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    updateActions();
}

MainWindow::~MainWindow() {
    tearDownBookUi();
}

void MainWindow::buildActions() {
    auto make = [this](const QString& text, const QString& name, QKeySequence key = {}) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(plainActionText(text) + QStringLiteral(" (") +
                          key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        }
        return a;
    };
    m_newExchange = make(tr("&New exchange…"), QStringLiteral("newExchange"),
                         QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newExchange, &QAction::triggered, this, &MainWindow::newExchange);
    m_import =
        make(tr("&Import from CSV…"), QStringLiteral("import"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importCsv);
    m_exportPdf = make(tr("Export statement as &PDF…"), QStringLiteral("exportPdf"),
                       QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        if (!m_workspace->loggedIn())
            return;
        try {
            ExportPdfDialog dialog(*m_workspace, this);
            if (dialog.exec() == QDialog::Accepted)
                statusBar()->showMessage(dialog.outcome(), 10000);
        } catch (const std::exception& e) {
            showError(this, e);
        }
    });
    m_reverse =
        make(tr("&Reverse…"), QStringLiteral("reverse"), QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reverse, &QAction::triggered, this, &MainWindow::reverseSelected);
    m_refresh = make(tr("Re&fresh"), QStringLiteral("refresh"), QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshAll);
    m_approval = make(tr("Entries need &approval"), QStringLiteral("approval"));
    m_approval->setCheckable(true);
    connect(m_approval, &QAction::triggered, this, [this](bool on) {
        try {
            m_workspace->book().settings().setApprovalRequired(m_workspace->session(), on);
            m_workspace->notifyPendingChanged();
            statusBar()->showMessage(on ? tr("Clerks' exchanges now wait for a manager's approval")
                                        : tr("Clerks' exchanges now post directly"),
                                     5000);
        } catch (const std::exception& e) {
            showError(this, e);
        }
        updateActions();
    });
    m_lockNow =
        make(tr("&Lock now"), QStringLiteral("lockNow"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockNow, &QAction::triggered, this, [this] { lock(); });
    m_idleLock = make(tr("Lock after &idle time…"), QStringLiteral("idleLock"));
    connect(m_idleLock, &QAction::triggered, this, &MainWindow::chooseIdleLock);
    m_close = make(tr("&Close book"), QStringLiteral("closeBook"), QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeBook);
    const QString pageNames[PageCount] = {
        tr("&Dashboard"), tr("&Journal"),     tr("&Pending"), tr("Re&conciliation"),
        tr("&Reports"),   tr("&Master data"), tr("&Audit"),   tr("Pro&tocols")};
    for (int p = 0; p < PageCount; ++p) {
        m_pageActions[p] = make(pageNames[p], QStringLiteral("page%1").arg(p),
                                QKeySequence(Qt::CTRL | (Qt::Key_1 + p)));
        connect(m_pageActions[p], &QAction::triggered, this,
                [this, p] { showPage(static_cast<Page>(p)); });
    }
}

void MainWindow::buildMenus() {
    QMenu* book = menuBar()->addMenu(tr("&Book"));
    QAction* create = book->addAction(tr("&New book…"), this, &MainWindow::newBook);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = book->addAction(tr("&Open…"), this, &MainWindow::openBookDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* server =
        book->addAction(tr("Connect to a &server book…"), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("connectServer"));
    book->addAction(tr("Open the &demo book"), this, [this] { openDemoBook(); });
    book->addAction(m_close);
    book->addSeparator();
    book->addAction(m_exportPdf);
    m_changePassword = book->addAction(tr("Change my &password…"), this, [this] {
        if (!m_workspace->loggedIn())
            return;
        PasswordDialog dialog(*m_workspace, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Your password was changed."), 5000);
    });
    m_changePassword->setObjectName(QStringLiteral("changePassword"));
    book->addAction(m_lockNow);
    book->addSeparator();
    book->addAction(m_approval);
    book->addAction(m_idleLock);
    book->addSeparator();
    QAction* quit = book->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* exchange = menuBar()->addMenu(tr("&Exchange"));
    exchange->addAction(m_newExchange);
    exchange->addAction(m_reverse);
    exchange->addSeparator();
    exchange->addAction(m_import);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QAction* a : m_pageActions)
        view->addAction(a);
    view->addSeparator();
    view->addAction(m_refresh);
    view->addSeparator();
    buildLanguageMenu(view->addMenu(tr("&Language")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Barter Ledger…"), this, &MainWindow::about);
    about->setObjectName(QStringLiteral("about"));

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_newExchange);
    bar->addAction(m_import);
    bar->addAction(m_reverse);
    bar->addSeparator();
    bar->addAction(m_refresh);
}

void MainWindow::buildLanguageMenu(QMenu* menu) {
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const std::optional<Language> saved = savedLanguage();
    auto add = [&](const QString& text, std::optional<Language> language, const QString& name) {
        QAction* a = menu->addAction(text);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setChecked(language == saved);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    };
    add(tr("&System language (%1)").arg(languageName(systemLanguage())), std::nullopt,
        QStringLiteral("language-system"));
    menu->addSeparator();
    for (Language language : kLanguages)
        add(languageName(language), language, QStringLiteral("language-") + languageCode(language));
}

void MainWindow::chooseLanguage(std::optional<Language> language) {
    saveLanguage(language);
    QString text = tr(kLanguageNextStart);
    const QString next =
        translatedInto(startupLanguage(), "barter::ui::MainWindow", kLanguageNextStart);
    if (next != text)
        text += QStringLiteral("\n\n") + next;
    QMessageBox box(QMessageBox::Information, tr("Language"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("languageBox"));
    box.exec();
}

QAction* MainWindow::action(const QString& name) const {
    return findChild<QAction*>(name);
}

void MainWindow::showBookUi() {
    tearDownBookUi();
    m_bookUi = new QWidget(m_outer);
    auto* column = new QVBoxLayout(m_bookUi);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    // The lost connection's banner, above everything of the book.
    m_banner = new QWidget(m_bookUi);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(
        QStringLiteral("#connectionBanner { background: #fdecea; border-bottom: "
                       "1px solid #d93025; } #connectionBanner QLabel { "
                       "color: #8a1c14; }"));
    auto* bannerRow = new QHBoxLayout(m_banner);
    bannerRow->setContentsMargins(12, 8, 12, 8);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("connectionBannerText"));
    m_bannerText->setWordWrap(true);
    auto* retry = new QPushButton(tr("Try &again now"), m_banner);
    retry->setObjectName(QStringLiteral("reconnectNow"));
    connect(retry, &QPushButton::clicked, this, [this] { m_workspace->link().retryNow(); });
    bannerRow->addWidget(m_bannerText, 1);
    bannerRow->addWidget(retry);
    m_banner->hide();
    column->addWidget(m_banner);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(9, 9, 9, 9);
    column->addLayout(layout, 1);
    m_nav = new QListWidget(m_bookUi);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(150);
    m_nav->addItems({tr("Dashboard"), tr("Journal"), tr("Pending"), tr("Reconciliation"),
                     tr("Reports"), tr("Master data"), tr("Audit"), tr("Protocols")});
    m_pages = new QStackedWidget(m_bookUi);
    m_dashboard = new DashboardPage(*m_workspace, m_pages);
    m_journal = new JournalPage(*m_workspace, m_pages);
    m_pending = new PendingPage(*m_workspace, m_pages);
    m_reconciliation = new ReconciliationPage(*m_workspace, m_pages);
    m_reports = new ReportsPage(*m_workspace, m_pages);
    m_masterData = new MasterDataPage(*m_workspace, m_pages);
    m_audit = new AuditPage(*m_workspace, m_pages);
    m_protocols = new ProtocolsPage(*m_workspace, m_pages);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_journal);
    m_pages->addWidget(m_pending);
    m_pages->addWidget(m_reconciliation);
    m_pages->addWidget(m_reports);
    m_pages->addWidget(m_masterData);
    m_pages->addWidget(m_audit);
    m_pages->addWidget(m_protocols);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    m_outer->addWidget(m_bookUi);
    m_outer->setCurrentWidget(m_bookUi);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        updateActions();
        if (row == AuditView) // the trail grows with every action; show it as it is now
            m_audit->reload();
        if (row == DashboardView) // what changed while another page was shown
            m_dashboard->reloadIfStale();
    });
    connect(m_workspace, &Workspace::journalChanged, m_journal, &JournalPage::reload);
    connect(m_workspace, &Workspace::journalChanged, m_dashboard, &DashboardPage::reload);
    connect(m_workspace, &Workspace::masterDataChanged, m_dashboard, &DashboardPage::reload);
    connect(m_workspace, &Workspace::masterDataChanged, m_journal, &JournalPage::reloadMasterData);
    connect(m_workspace, &Workspace::masterDataChanged, m_masterData, &MasterDataPage::reload);
    connect(m_workspace, &Workspace::masterDataChanged, m_protocols,
            &ProtocolsPage::reloadMasterData);
    connect(m_workspace, &Workspace::journalChanged, m_protocols, &ProtocolsPage::reload);
    connect(m_workspace, &Workspace::masterDataChanged, m_reports, &ReportsPage::reloadMasterData);
    connect(m_workspace, &Workspace::masterDataChanged, m_reconciliation,
            &ReconciliationPage::reloadMasterData);
    connect(m_workspace, &Workspace::pendingChanged, m_pending, &PendingPage::reload);
    connect(m_journal, &JournalPage::selectionChanged, this, [this] { updateActions(); });
    connect(m_journal, &JournalPage::reverseRequested, this, [this] { reverseSelected(); });
    connect(m_journal->table(), &QTableView::doubleClicked, this, [this] {
        if (m_workspace->may(Action::Reverse))
            reverseSelected();
    });
    connect(m_pending, &PendingPage::countChanged, this, [this](int n) {
        if (n >= 0) // -1: the page lists decided entries, the count is not known
            m_nav->item(PendingView)->setText(n > 0 ? tr("Pending (%1)").arg(n) : tr("Pending"));
    });
    m_journal->reloadMasterData();
    m_journal->reload();
    m_pending->reload();
    m_masterData->reload();
    m_reports->reloadMasterData();
    m_reconciliation->reloadMasterData();
    m_dashboard->reload();
    // A clerk's day starts in the journal; a manager's and an auditor's on the dashboard.
    m_nav->setCurrentRow(m_workspace->session().role() == Role::Clerk ? JournalView
                                                                      : DashboardView);
    setWindowTitle(tr("%1 — Barter Ledger").arg(bookTitle(m_workspace->path())));
    m_bookLabel->setText(
        m_workspace->book().readOnly()
            ? tr("Book: %1 (read-only: nothing can be changed)").arg(bookWhere(m_workspace->path()))
            : tr("Book: %1").arg(bookWhere(m_workspace->path())));
    const Session& s = m_workspace->session();
    m_userLabel->setText(tr("User: %1 (%2)").arg(toQ(s.userName()), roleText(s.role())));
    updateActions();
    m_journal->table()->setFocus();
    showConnection();
    watchIdle();
}

void MainWindow::refreshAll() {
    if (!m_workspace->loggedIn() || !m_bookUi || m_locked)
        return; // behind the lock screen nothing is shown; unlocking reads it all
    // The journal first: it is what another desk's posting changes most often.
    m_workspace->notifyJournalChanged();
    m_workspace->notifyMasterDataChanged();
    m_workspace->notifyPendingChanged();
    m_reconciliation->refresh();
    if (currentPage() == AuditView)
        m_audit->reload();
    updateActions();
}

void MainWindow::showConnection() {
    const ServerLink& link = m_workspace->link();
    const ServerLink::State state = link.state();
    m_connectionLabel->setVisible(state != ServerLink::State::Off);
    const bool lost = state == ServerLink::State::Lost || state == ServerLink::State::Reconnecting;
    switch (state) {
    case ServerLink::State::Off:
        break;
    case ServerLink::State::Online:
        m_connectionLabel->setText(tr("● Server: connected"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #1e7e34;"));
        break;
    case ServerLink::State::Lost:
        m_connectionLabel->setText(
            tr("● Server: connection lost — trying again in %1 s").arg(link.retryInSeconds()));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        break;
    case ServerLink::State::Reconnecting:
        m_connectionLabel->setText(tr("● Server: reconnecting…"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #b06000;"));
        break;
    case ServerLink::State::Ended:
        m_connectionLabel->setText(tr("● Server: your login is no longer accepted"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        break;
    }
    if (lost && !m_connectionTick->isActive())
        m_connectionTick->start();
    else if (!lost)
        m_connectionTick->stop();
    if (!m_banner)
        return;
    if (lost) {
        const QString next =
            state == ServerLink::State::Reconnecting
                ? tr("Reconnecting…")
                : tr("Trying again in %n second(s).", nullptr, link.retryInSeconds());
        m_bannerText->setText(
            tr("<b>The connection to the server was lost at %1.</b> Nothing can be changed until "
               "it is back; an entry you are typing is kept, to be posted once it is. %2")
                .arg(link.lostAt(), next));
        m_bannerText->setToolTip(link.lastProblem());
    } else if (state == ServerLink::State::Ended) {
        m_bannerText->setText(tr("<b>The server no longer lets you in</b> (%1). Close the book "
                                 "and log in again, or ask your administrator.")
                                  .arg(link.lastProblem().toHtmlEscaped()));
    }
    m_banner->setVisible(lost || state == ServerLink::State::Ended);
    if (QPushButton* retry = m_banner->findChild<QPushButton*>(QStringLiteral("reconnectNow")))
        retry->setVisible(state == ServerLink::State::Lost);
}

void MainWindow::watchIdle() {
    int minutes = 0;
    try {
        minutes = m_workspace->book().settings().idleLockMinutes();
    } catch (const std::exception&) {
        minutes = SettingsService::kDefaultIdleLockMinutes; // unreadable setting: lock as a new
                                                            // book would
    }
    m_idle->watch(minutes * 60 * 1000);
}

void MainWindow::lock(int idleMinutes) {
    if (!m_workspace->loggedIn() || !m_bookUi || m_locked)
        return;
    // Nothing of the book stays on screen: open dialogs go (what they held is not saved).
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible())
            dialog->reject();
    m_locked = true;
    m_idle->watch(0);
    m_lockScreen->prepare(idleMinutes);
    m_outer->setCurrentWidget(m_lockScreen);
    updateActions();
}

void MainWindow::unlock() {
    m_locked = false;
    m_outer->setCurrentWidget(m_bookUi);
    updateActions();
    // Others may have posted meanwhile.
    // The journal first: it is what another desk's posting changes most often.
    m_workspace->notifyJournalChanged();
    m_workspace->notifyMasterDataChanged();
    m_workspace->notifyPendingChanged();
    watchIdle();
}

void MainWindow::chooseIdleLock() {
    if (!m_workspace->loggedIn())
        return;
    try {
        bool ok = false;
        const int minutes = QInputDialog::getInt(
            this, tr("Lock after idle time"),
            tr("Minutes without use after which Barter Ledger locks itself and asks for the "
               "password again (0 = never). This applies to everyone who opens this book:"),
            m_workspace->book().settings().idleLockMinutes(), 0,
            SettingsService::kMaxIdleLockMinutes, 1, &ok);
        if (!ok)
            return;
        m_workspace->book().settings().setIdleLockMinutes(m_workspace->session(), minutes);
        watchIdle();
        statusBar()->showMessage(
            minutes == 0
                ? tr("Barter Ledger no longer locks itself when idle")
                : tr("Barter Ledger locks itself after %n minute(s) without use", nullptr, minutes),
            5000);
    } catch (const std::exception& e) {
        showError(this, e);
    }
}

void MainWindow::tearDownBookUi() {
    m_idle->watch(0);
    m_locked = false;
    if (!m_bookUi)
        return;
    // The views go before the book they read: the journal model holds a view over its database.
    m_outer->setCurrentWidget(m_welcome);
    m_outer->removeWidget(m_bookUi);
    delete m_bookUi;
    m_bookUi = nullptr;
    m_banner = nullptr;
    m_bannerText = nullptr;
    m_nav = nullptr;
    m_pages = nullptr;
    m_dashboard = nullptr;
    m_journal = nullptr;
    m_pending = nullptr;
    m_masterData = nullptr;
    m_reports = nullptr;
    m_reconciliation = nullptr;
    m_audit = nullptr;
    m_protocols = nullptr;
}

void MainWindow::updateActions() {
    // Behind the lock screen, nothing but closing the book (and quitting) is offered.
    const bool in = m_workspace->loggedIn() && !m_locked;
    // A read-only book offers what reads (the core would refuse the rest with a clear error).
    // Nor does a server book whose server is gone (a banner says so; it comes back by itself).
    const bool writable = in && !m_workspace->book().readOnly() && m_workspace->online();
    m_lockNow->setEnabled(in);
    m_idleLock->setVisible(writable && m_workspace->may(Action::ManageUsers));
    m_newExchange->setVisible(writable && m_workspace->may(Action::EnterExchange));
    m_import->setVisible(writable && (m_workspace->may(Action::ManageMasterData) ||
                                      (m_workspace->may(Action::EnterExchange) && !approvalOn())));
    m_reverse->setVisible(writable && m_workspace->may(Action::Reverse));
    m_exportPdf->setVisible(in && m_workspace->may(Action::Export));
    m_changePassword->setEnabled(in && m_workspace->online());
    m_reverse->setEnabled(in && m_journal && currentPage() == JournalView &&
                          m_journal->selectedSeq().has_value());
    m_approval->setVisible(writable && m_workspace->may(Action::ManageUsers));
    if (in) {
        const QSignalBlocker block(m_approval);
        try {
            m_approval->setChecked(m_workspace->book().settings().approvalRequired());
        } catch (const std::exception&) {
            m_approval->setEnabled(false); // the book cannot be read; its views say why
        }
    }
    m_refresh->setEnabled(in);
    if (QToolBar* bar = findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        bar->setVisible(in);
    m_close->setEnabled(m_workspace->isOpen());
    for (QAction* a : m_pageActions)
        a->setEnabled(in);
    if (!m_workspace->loggedIn()) {
        m_bookLabel->clear();
        m_userLabel->clear();
    }
}

void MainWindow::showPage(Page page) {
    if (m_nav)
        m_nav->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const {
    return m_pages ? static_cast<Page>(m_pages->currentIndex()) : JournalView;
}

bool MainWindow::approvalOn() const {
    try {
        return m_workspace->loggedIn() &&
               m_workspace->book().settings().needsApproval(m_workspace->session());
    } catch (const std::exception&) {
        return false;
    }
}

void MainWindow::newExchange() {
    if (!m_workspace->loggedIn())
        return;
    std::optional<RecordResult> result;
    try {
        ExchangeDialog dialog(*m_workspace, this);
        if (dialog.exec() != QDialog::Accepted || !dialog.result())
            return;
        result = dialog.result();
    } catch (const std::exception& e) {
        showError(this, e);
        return;
    }
    QString message = result->posted
                          ? tr("Posted exchange %1 (%2)")
                                .arg(result->posted->exchange.seq)
                                .arg(toQ(result->posted->exchange.reference))
                          : tr("Saved as pending entry %1; it is posted when a manager approves it")
                                .arg(result->pending ? result->pending->id : 0);
    for (const std::string& w : result->warnings)
        message += QStringLiteral(" — ") + toQ(w);
    statusBar()->showMessage(message, 15000);
}

void MainWindow::reverseSelected() {
    if (!m_journal || !m_workspace->may(Action::Reverse))
        return;
    const std::optional<std::int64_t> seq = m_journal->selectedSeq();
    if (!seq)
        return;
    try {
        ReverseDialog dialog(*m_workspace, *seq, this);
        if (dialog.exec() == QDialog::Accepted && dialog.result())
            statusBar()->showMessage(tr("Exchange %1 reversed by exchange %2")
                                         .arg(*seq)
                                         .arg(dialog.result()->exchange.seq),
                                     8000);
    } catch (const std::exception& e) {
        showError(this, e);
    }
}

void MainWindow::importCsv() {
    if (!m_workspace->loggedIn())
        return;
    try {
        ImportDialog dialog(*m_workspace, this);
        dialog.exec();
    } catch (const std::exception& e) {
        showError(this, e);
    }
}

void MainWindow::about() {
    // What a bug report needs: the exact source and the libraries this copy runs with. The
    // text is selectable so that it can be copied into the report.
    const BuildInfo info = buildInfo();
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Barter Ledger"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Barter Ledger %1</h3>"
                   "<p>A ledger for bilateral barter (clearing) trade.</p>"
                   "<p>Revision: %2<br>Qt %3<br>SQLite %4<br>libsodium %5</p>")
                    .arg(toQ(info.version).toHtmlEscaped(), toQ(info.revision).toHtmlEscaped(),
                         QString::fromLatin1(qVersion()), toQ(info.sqlite), toQ(info.sodium)));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace barter::ui

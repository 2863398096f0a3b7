// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: opening, creating and closing books, and the recent books.
#include "adapters/text.h"
#include "build_info.h"
#include "demo/demo_book.h"
#include "dialogs/connect_dialog.h"
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
#include "main_window.h"
#include "models/journal_table_model.h"
#include "storage/locator.h"
#include "widgets/audit_page.h"
#include "widgets/dashboard_page.h"
#include "widgets/error_display.h"
#include "widgets/idle_lock.h"
#include "widgets/journal_page.h"
#include "widgets/master_data_page.h"
#include "widgets/pending_page.h"
#include "widgets/reconciliation_page.h"
#include "widgets/reports_page.h"
#include "widgets/welcome_page.h"
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
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace barter::ui {

namespace {
constexpr int kMaxRecent = 8;

QString demoHint() {
    return QObject::tr("Demo book users (password in brackets): clerk (demo-clerk-pass), "
                       "manager (demo-manager-pass), auditor (demo-auditor-pass), admin "
                       "(demo-admin-pass).");
}
} // namespace

bool MainWindow::openBook(const QString& path, const QString& user, const QString& password,
                          const QString& hint) {
    // One book at a time: the open one is closed first, so that no view outlives its book.
    closeBook();
    // A server book's URI stays as given; a file's path is made absolute.
    const QString absolute = isServerUri(fromQ(path)) ? path : QFileInfo(path).absoluteFilePath();
    try {
        m_workspace->open(absolute);
    } catch (const std::exception& e) {
        offerVerification(this, *m_workspace, absolute, e); // a damaged book: Verify…
        m_welcome->setRecentBooks(recentBooks());
        return false;
    }
    if (!user.isEmpty() && !password.isEmpty()) {
        try {
            m_workspace->login(user, password);
        } catch (const std::exception& e) {
            m_workspace->close();
            showError(this, e);
            return false;
        }
    } else {
        LoginDialog login(*m_workspace, hint, this);
        login.setUser(user);
        if (login.exec() != QDialog::Accepted) {
            m_workspace->close();
            return false;
        }
    }
    rememberBook(m_workspace->path());
    showBookUi();
    return true;
}

bool MainWindow::openDemoBook(const QString& pathIn, const QString& user, const QString& password) {
    QString path = pathIn;
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = QDir(dir).filePath(QStringLiteral("demo.barter"));
    }
    if (!QFileInfo::exists(path)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            demo::createDemoBook(fromQ(path));
        } catch (const std::exception& e) {
            QApplication::restoreOverrideCursor();
            showError(this, e);
            return false;
        }
        QApplication::restoreOverrideCursor();
    }
    return openBook(path, user, password, demoHint());
}

void MainWindow::newBook() {
    NewBookWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    openBook(wizard.path(), wizard.adminName(), wizard.adminPassword());
}

void MainWindow::openBookDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open book"), QSettings().value(QStringLiteral("lastBook")).toString(),
        tr("Barter Ledger books (*.barter);;All files (*)"));
    if (!path.isEmpty())
        openBook(path);
}

void MainWindow::connectToServer() {
    ConnectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openBook(dialog.uri(), dialog.user());
}

void MainWindow::closeBook() {
    tearDownBookUi();
    m_workspace->close();
    m_welcome->setRecentBooks(recentBooks());
    m_outer->setCurrentWidget(m_welcome);
    setWindowTitle(tr("Barter Ledger"));
    updateActions();
}

QStringList MainWindow::recentBooks() const {
    return QSettings().value(QStringLiteral("recentBooks")).toStringList();
}

void MainWindow::rememberBook(const QString& path) {
    QStringList recent = recentBooks();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings settings;
    settings.setValue(QStringLiteral("recentBooks"), recent);
    settings.setValue(QStringLiteral("lastBook"), path);
}

} // namespace barter::ui

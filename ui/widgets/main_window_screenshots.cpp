// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: every view rendered to PNG files (barter-ledger --screenshot DIR).
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

QStringList MainWindow::saveScreenshots(const QString& dirPath) {
    QDir dir(dirPath);
    dir.mkpath(QStringLiteral("."));
    QStringList written;
    auto save = [&](QWidget* w, const QString& name) {
        QApplication::processEvents();
        const QString file = dir.filePath(
            QStringLiteral("%1-%2.png").arg(written.size() + 1, 2, 10, QLatin1Char('0')).arg(name));
        if (w->grab().save(file))
            written << file;
    };
    if (!m_workspace->loggedIn()) {
        save(this, QStringLiteral("welcome"));
        ConnectDialog connectTo(this);
        connectTo.show();
        save(&connectTo, QStringLiteral("connect-server"));
        connectTo.reject();
        return written;
    }
    for (int p = 0; p < PageCount; ++p) {
        showPage(static_cast<Page>(p));
        if (p == ReportsView) { // the first report with its default parameters
            QEventLoop wait;
            connect(m_reports, &ReportsPage::reportShown, &wait, &QEventLoop::quit);
            m_reports->showReport();
            if (m_reports->busy())
                wait.exec();
        }
        save(this, QStringList{QStringLiteral("dashboard"), QStringLiteral("journal"),
                               QStringLiteral("pending"), QStringLiteral("reconciliation"),
                               QStringLiteral("reports"), QStringLiteral("master-data"),
                               QStringLiteral("audit"), QStringLiteral("protocols")}[p]);
        if (p == DashboardView)
            if (auto* charts = m_dashboard->findChild<QTabWidget*>(QStringLiteral("charts"))) {
                for (int tab = 1; tab < charts->count(); ++tab) {
                    charts->setCurrentIndex(tab);
                    save(this, QStringLiteral("dashboard-tab%1").arg(tab + 1));
                }
                charts->setCurrentIndex(0);
            }
    }
    showPage(JournalView);
    const std::vector<Agreement> all =
        m_workspace->book().masterData().agreements(m_workspace->session());
    if (!all.empty()) {
        // The debtor offers the goods the other side bought most recently, as a manager might.
        SettlementDialog settle(*m_workspace, toQ(all.front().code), this);
        for (const char* good : {"SOJU", "BEER", "GINSENG-LIQUOR"})
            settle.offer(QString::fromLatin1(good),
                         good[0] == 'B' ? QStringLiteral("50000") : QString());
        settle.show();
        settle.propose();
        save(&settle, QStringLiteral("settlement"));
        settle.reject();
    }
    if (m_workspace->may(Action::EnterExchange)) {
        ExchangeDialog dialog(*m_workspace, this);
        // A plausible two-line exchange from the agreement's own price list.
        const std::vector<Agreement> agreements =
            m_workspace->book().masterData().agreements(m_workspace->session());
        if (!agreements.empty()) {
            const Agreement& a = agreements.front();
            ExchangeDraft d = dialog.draft();
            const std::vector<Price> prices = m_workspace->book().masterData().prices(
                m_workspace->session(), a.code, Date::parse(d.date));
            d.reference = "SHOT-1";
            d.memo = "screenshot";
            if (prices.size() >= 2) {
                d.lines.push_back({a.partyA.code, prices[0].goodCode, "120"});
                d.lines.push_back({a.partyB.code, prices[1].goodCode, "35.5"});
            }
            dialog.setDraft(d);
        }
        dialog.show();
        dialog.refreshPreview();
        save(&dialog, QStringLiteral("exchange-entry"));
        dialog.reject();
    }
    if (m_workspace->may(Action::Reverse)) {
        QTableView* table = m_journal->table();
        const int last = m_journal->model()->rowCount() - 1;
        if (last >= 0) {
            table->selectRow(last);
            table->scrollToBottom();
            save(this, QStringLiteral("journal-end"));
            ReverseDialog dialog(*m_workspace, *m_journal->selectedSeq(), this);
            dialog.show();
            save(&dialog, QStringLiteral("reverse"));
            dialog.reject();
        }
    }
    if (m_workspace->may(Action::EnterExchange) || m_workspace->may(Action::ManageMasterData)) {
        ImportDialog import(*m_workspace, this);
        import.show();
        save(&import, QStringLiteral("import"));
        import.reject();
    }
    return written;
}

} // namespace barter::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reports: pick one, set its parameters, see the table, export it as CSV. The tables are the
// core's (canonical text); numbers are grouped by the locale on screen only, and the CSV holds
// them exactly as the CLI prints them.

#include "reports/report_table.h"

#include <QWidget>

class QComboBox;
class QProgressBar;
class QPushButton;
class QThread;
class QLabel;
class QTableView;

namespace barter::ui {

class DateField;
class TextTableModel;
class Workspace;

class ReportsPage : public QWidget {
    Q_OBJECT
public:
    enum Report { BalanceSeries, Turnover, Aging, PriceOverrides, Consolidated };
    explicit ReportsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ReportsPage() override;

    void choose(Report report);
    const reports::ReportTable& table() const { return m_table; }
    TextTableModel* model() const { return m_model; }
    bool busy() const { return m_thread != nullptr; }

public slots:
    void reloadMasterData();
    // Builds the chosen report off the UI thread; reportShown() says when it is on screen.
    void showReport();
    void exportCsv();

signals:
    void reportShown();

private:
    void updateParameters();
    void finish(const reports::ReportTable& table, const QString& error);

    Workspace& m_workspace;
    QComboBox* m_report = nullptr;
    QComboBox* m_agreement = nullptr;
    QComboBox* m_period = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    DateField* m_at = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_view = nullptr;
    TextTableModel* m_model = nullptr;
    reports::ReportTable m_table;
    QString m_requestedName, m_shownName; // the report (and agreement) asked for, and on screen
    QProgressBar* m_busy = nullptr;
    QPushButton* m_showButton = nullptr;
    QThread* m_thread = nullptr;
};

} // namespace barter::ui

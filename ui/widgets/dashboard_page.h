// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The manager's first look: one card per agreement (the balance in words, a swing gauge that is
// green, amber past the warn percentage and red past the limit, how long the balance has been
// one-sided, the last activity) and the balance over time of the chosen agreement. Every
// figure comes from the core's reports.

#include "reports/manager_reports.h"
#include "reports/report_table.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace barter::ui {

class BalanceChart;
class TextTableModel;
class TurnoverChart;
class DateField;
class Workspace;

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);
    BalanceChart* chart() const { return m_chart; }
    TurnoverChart* turnoverChart() const { return m_turnover; }
    TextTableModel* topGoods() const { return m_topGoods; }

    // Saves the shown tab: a chart as PNG, the table of top goods as CSV (the core's report
    // table, as the Reports view and the CLI write it). Errors are shown on the page.
    void saveShown(const QString& path);

public slots:
    // Reads every card and chart again; while another page is shown, only marks the dashboard
    // to be read when it is shown (reloadIfStale), so that a refresh costs only what is seen.
    void reload();
    void reloadIfStale();
    void saveChart();

private:
    void load();
    void showChart();

    Workspace& m_workspace;
    DateField* m_at = nullptr;
    QComboBox* m_agreement = nullptr;
    QComboBox* m_period = nullptr;
    QGridLayout* m_cards = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    BalanceChart* m_chart = nullptr;
    TurnoverChart* m_turnover = nullptr;
    TextTableModel* m_topGoods = nullptr;
    QTabWidget* m_charts = nullptr;
    QPushButton* m_save = nullptr;
    reports::ReportTable m_topTable;
    std::vector<QWidget*> m_cardWidgets;
    bool m_stale = false;
};

} // namespace barter::ui

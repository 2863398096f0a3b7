// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Trade protocols (DESIGN.md §11): the protocol in force of an agreement at a date, with a bar
// per good each way (delivered against planned, the expected-to-date mark), the goods behind
// pace first, a filter by shipper, and (for managers) Import protocol…

#include <QAbstractTableModel>
#include <QWidget>

#include "protocol/protocol.h"

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace barter::ui {

class DateField;
class Workspace;

// The fulfilment rows as a table; the bar column carries FulfilmentDelegate's roles.
class FulfilmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Shipper,
        Good,
        Planned,
        Delivered,
        Fulfilled,
        Expected,
        Remaining,
        Pace,
        Value,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(std::vector<FulfilmentRow> rows);
    const std::vector<FulfilmentRow>& rows() const { return m_rows; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<FulfilmentRow> m_rows;
};

class ProtocolsPage : public QWidget {
    Q_OBJECT
public:
    explicit ProtocolsPage(Workspace& workspace, QWidget* parent = nullptr);
    FulfilmentModel* model() const { return m_model; }
    QLabel* summary() const { return m_summary; }

public slots:
    void reload();
    void reloadMasterData();
    void importProtocol();
    // The fulfilment report as a PDF, in the chosen language or two (off the UI thread).
    void exportPdf(const QString& path = {});

private:
    Workspace& m_workspace;
    QComboBox* m_agreement = nullptr;
    DateField* m_at = nullptr;
    QComboBox* m_shipper = nullptr;
    QPushButton* m_import = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    FulfilmentModel* m_model = nullptr;
};

// "2025 protocol: RU-PRIMORYE 62 % · KP-RUNGRA 48 %, 5 goods behind" for each summary.
QString protocolSummaryText(const std::vector<protocol::ProtocolSummary>& summaries);

} // namespace barter::ui

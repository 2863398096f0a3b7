// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small read-only table of texts for lists that fit in memory (parties, goods, users,
// pending entries…). Numeric columns are right-aligned; UnderlyingDataRole gives the key a
// view keeps for a row (its code or id), set per row.

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace barter::ui {

class TextTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { UnderlyingDataRole = Qt::UserRole };
    struct ColumnSpec {
        QString title;
        bool numeric = false;
    };
    struct Row {
        QStringList cells;
        QString key;        // what the row stands for (a code, an id)
        QString toolTip;    // for the whole row, may be empty
        bool muted = false; // shown greyed (a disabled user, a decided entry)
    };

    explicit TextTableModel(std::vector<ColumnSpec> columns, QObject* parent = nullptr);
    void setRows(std::vector<Row> rows);
    // Replaces the columns (and empties the rows).
    void setColumns(std::vector<ColumnSpec> columns);
    const Row& row(int index) const { return m_rows.at(static_cast<std::size_t>(index)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ColumnSpec> m_columns;
    std::vector<Row> m_rows;
};

} // namespace barter::ui

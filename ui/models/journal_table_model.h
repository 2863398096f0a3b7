// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The journal's delivery lines as a table, read lazily: rowCount() is the filtered count, and
// rows are fetched in pages of kPageSize through the core's keyset-paged JournalView. At most
// kMaxPages pages are cached (least recently used are dropped), so memory stays bounded on a
// book of any size. A page is reached from the nearest cached page or from either end, so
// jumping to the end of a million lines costs one short query, not a million rows.

#include "reports/journal_view.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace barter::ui {

class JournalTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Seq,
        Date,
        Reference,
        Agreement,
        Route,
        Good,
        Quantity,
        UnitPrice,
        Value,
        Balance,
        Status,
        ColumnCount
    };
    enum Role {
        UnderlyingDataRole = Qt::UserRole, // the raw value for sorting and tests
        SeqRole,
        StatusRole, // reports::LineStatus as int
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 16;

    explicit JournalTableModel(QObject* parent = nullptr);
    ~JournalTableModel() override;

    // Shows the lines of `view` (nullptr: nothing). Resets the model. Throws (and changes
    // nothing) when the view cannot count its lines.
    void setView(std::unique_ptr<reports::JournalView> view);
    reports::JournalView* view() const { return m_view.get(); }
    // The row's line, fetching its page if need be; nullopt outside the table.
    std::optional<reports::JournalRow> line(int row) const;
    int cachedPages() const { return static_cast<int>(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Page {
        std::vector<reports::JournalRow> rows;
        std::uint64_t lastUse = 0;
    };
    static QIcon drawLock();
    const reports::JournalRow* fetch(int row) const;
    void load(int page) const;

    std::unique_ptr<reports::JournalView> m_view;
    std::int64_t m_count = 0;
    mutable std::map<int, Page> m_pages;
    mutable std::uint64_t m_clock = 0;
    QIcon m_lock = drawLock(); // the mark of a line dated in a closed period
};

} // namespace barter::ui

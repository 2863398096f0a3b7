// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The journal: every delivery line, lazily loaded, with filters for agreement, dates, shipper,
// good and reference text.

#include "reports/journal_view.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace barter::ui {

class DateField;
class JournalTableModel;
class Workspace;

class JournalPage : public QWidget {
    Q_OBJECT
public:
    explicit JournalPage(Workspace& workspace, QWidget* parent = nullptr);

    JournalTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The sequence number of the selected line's exchange, if a line is selected.
    std::optional<std::int64_t> selectedSeq() const;

public slots:
    // Keeps the filters, the selected line and the line at the top of the view (found again
    // near where they were, however many lines were posted before them); re-reads the book.
    void reload();
    void reloadMasterData(); // the filter choices

signals:
    void selectionChanged();
    void reverseRequested(std::int64_t seq);

private:
    void applyFilter();
    // The row within a page's distance of `near` that shows the line `key` (-1: none).
    int findRow(const reports::JournalKey& key, int near) const;

    Workspace& m_workspace;
    QComboBox* m_agreement = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QComboBox* m_shipper = nullptr;
    QComboBox* m_good = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    JournalTableModel* m_model = nullptr;
    QTimer* m_debounce = nullptr;
    std::optional<reports::JournalKey> m_selectedKey; // read when it was selected
};

} // namespace barter::ui

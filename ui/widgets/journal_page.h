// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The journal: every delivery line, lazily loaded, with filters for agreement, dates, shipper,
// good and reference text.

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
    void reload();           // keeps the filters; re-reads the book
    void reloadMasterData(); // the filter choices

signals:
    void selectionChanged();
    void reverseRequested(std::int64_t seq);

private:
    void applyFilter();

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
};

} // namespace barter::ui

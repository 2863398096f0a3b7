// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Maker–checker: the exchanges waiting for approval, what each would post, and (for managers
// other than the maker) Approve or Reject with a reason. Decided entries can be listed too, with
// who decided and why.

#include "book/book.h"

#include <QWidget>

#include <exception>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace barter::ui {

class InlineError;
class TextTableModel;
class Workspace;

class PendingPage : public QWidget {
    Q_OBJECT
public:
    explicit PendingPage(Workspace& workspace, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    int count() const { return static_cast<int>(m_pending.size()); }

public slots:
    void reload();
    void approveSelected();
    void rejectSelected();

signals:
    void countChanged(int count);

private:
    const PendingExchange* selected() const;
    void showSelected();
    // A decision on entry `id` the core refused: `text` ("… %1 … %2") with the id and why.
    void refused(std::int64_t id, const std::exception& e, const QString& text);

    Workspace& m_workspace;
    std::vector<PendingExchange> m_pending;
    QLabel* m_setting = nullptr;
    QComboBox* m_show = nullptr; // waiting, approved, rejected, all
    QLabel* m_outcome = nullptr; // what the last decision did
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    TextTableModel* m_model = nullptr;
    QTableView* m_lines = nullptr;
    TextTableModel* m_linesModel = nullptr;
    QLabel* m_effect = nullptr;
    QLineEdit* m_swingOverride = nullptr;
    QLineEdit* m_protocolOverride = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    InlineError* m_error = nullptr;
};

} // namespace barter::ui

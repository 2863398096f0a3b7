// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reversing a posted exchange (managers): asks for the reason and the date, shows what the
// reversal will post (the negated lines and the balance after), and posts it.

#include "book/book.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace barter::ui {

class InlineError;
class TextTableModel;
class Workspace;

class ReverseDialog : public QDialog {
    Q_OBJECT
public:
    ReverseDialog(Workspace& workspace, std::int64_t seq, QWidget* parent = nullptr);
    const std::optional<PostResult>& result() const { return m_result; }

public slots:
    void refreshPreview();
    void submit();

private:
    void showProblems(const std::vector<Problem>& problems);

    Workspace& m_workspace;
    std::int64_t m_seq;
    QLineEdit* m_reason = nullptr;
    QDateEdit* m_date = nullptr;
    InlineError* m_reasonError = nullptr;
    InlineError* m_dateError = nullptr;
    InlineError* m_otherError = nullptr;
    TextTableModel* m_lines = nullptr;
    QLabel* m_balance = nullptr;
    QPushButton* m_reverse = nullptr;
    QTimer m_timer;
    bool m_reasonTouched = false;
    std::optional<PostResult> m_result;
};

} // namespace barter::ui

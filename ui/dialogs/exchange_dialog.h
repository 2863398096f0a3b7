// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Entering an exchange: agreement, date, reference, memo and the delivery lines. Every change
// asks the core for a preview (valuation, screening, swing use), shown live; every problem is
// shown beside its field before posting. Ctrl+Enter posts (or submits for approval when the
// book needs it), Esc cancels.

#include "book/book.h"

#include <QDialog>
#include <QTimer>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace barter::ui {

class InlineError;
class LinesDelegate;
class LinesTableModel;
class Workspace;

class ExchangeDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExchangeDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ExchangeDialog() override;

    // Fills the form (e.g. from a pending entry or a proposal); lines as typed.
    void setDraft(const ExchangeDraft& draft);
    ExchangeDraft draft() const;
    // What posting did, once accepted.
    const std::optional<RecordResult>& result() const { return m_result; }
    LinesTableModel* linesModel() const { return m_model; }

public slots:
    // Asks the core for the preview now (it is otherwise asked shortly after each change).
    void refreshPreview();
    // Posts (or submits) the exchange; on problems they are shown and the dialog stays open.
    void submit();

private:
    void buildForm();
    void agreementChanged();
    void showPreview(const ExchangePreview& preview);
    void showProblems(const std::vector<Problem>& problems);
    void removeSelectedLine();

    Workspace& m_workspace;
    std::vector<Agreement> m_agreements;
    QComboBox* m_agreement = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_memo = nullptr;
    QLineEdit* m_priceReason = nullptr;
    QLineEdit* m_swingOverride = nullptr;
    QLineEdit* m_protocolOverride = nullptr;
    InlineError* m_agreementError = nullptr;
    InlineError* m_dateError = nullptr;
    InlineError* m_referenceError = nullptr;
    InlineError* m_memoError = nullptr;
    InlineError* m_linesError = nullptr;
    InlineError* m_priceReasonError = nullptr;
    InlineError* m_swingError = nullptr;
    InlineError* m_protocolError = nullptr;
    QTableView* m_lines = nullptr;
    LinesTableModel* m_model = nullptr;
    LinesDelegate* m_delegate = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_warnings = nullptr;
    QProgressBar* m_swingBar = nullptr;
    QPushButton* m_post = nullptr;
    QTimer m_previewTimer;
    std::optional<RecordResult> m_result;
};

} // namespace barter::ui

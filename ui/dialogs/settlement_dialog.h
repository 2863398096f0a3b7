// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A settlement proposal (managers and everyone who reads reports): the debtor's goods on offer,
// each with an optional maximum quantity, a date and a target; the core proposes quantities at
// the prices in force within the screening rules, and shows the residual. Nothing is posted;
// "Enter as exchange…" opens the proposal in the entry form for a user who may post it.

#include "book/book.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace barter::ui {

class DateField;
class InlineError;
class TextTableModel;
class Workspace;

class SettlementDialog : public QDialog {
    Q_OBJECT
public:
    SettlementDialog(Workspace& workspace, const QString& agreement, QWidget* parent = nullptr);
    // Ticks `good` with an optional maximum (for tests and for callers that know the offer).
    void offer(const QString& good, const QString& maxQuantity = {});
    const std::optional<SettlementProposal>& proposal() const { return m_proposal; }
    // The proposal as a draft exchange (no reference yet).
    ExchangeDraft draft() const;

public slots:
    void propose();
    void enterAsExchange();

private:
    void stale();

    Workspace& m_workspace;
    QString m_agreement;
    DateField* m_date = nullptr;
    QLineEdit* m_target = nullptr;
    QTableWidget* m_goods = nullptr;
    TextTableModel* m_lines = nullptr;
    QLabel* m_summary = nullptr;
    InlineError* m_error = nullptr;
    QPushButton* m_enter = nullptr;
    QStringList m_order; // the ticked goods, in the order they were ticked
    std::optional<SettlementProposal> m_proposal;
};

} // namespace barter::ui

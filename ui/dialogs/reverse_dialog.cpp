// SPDX-License-Identifier: GPL-3.0-or-later
#include "reverse_dialog.h"

#include "adapters/text.h"
#include "models/text_table_model.h"
#include "widgets/date_field.h"
#include "widgets/error_display.h"
#include "widgets/inline_error.h"
#include "workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace barter::ui {

ReverseDialog::ReverseDialog(Workspace& workspace, std::int64_t seq, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_seq(seq) {
    setObjectName(QStringLiteral("reverseDialog"));
    setWindowTitle(tr("Reverse exchange %1").arg(seq));
    auto* layout = new QVBoxLayout(this);
    std::optional<Exchange> original =
        workspace.book().journal().exchange(workspace.session(), seq);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (original)
        intro->setText(tr("Exchange %1 of %2, %3, reference %4, posted by %5. A posted exchange "
                          "is never changed: the reversal posts its negation, and both stay "
                          "in the journal.")
                           .arg(seq)
                           .arg(toQ(original->agreementCode), toQ(original->date.toString()),
                                toQ(original->reference), toQ(original->postedBy)));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("why it is reversed; kept with the reversal"));
    m_reasonError = new InlineError(QStringLiteral("reasonError"), this);
    m_date = new DateField(this);
    m_date->setDate(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("date"));
    m_dateError = new InlineError(QStringLiteral("dateError"), this);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_reasonError);
    form->addRow(tr("&Date of the reversal:"), m_date);
    form->addRow(QString(), m_dateError);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("The reversal will post:"), this));
    m_lines = new TextTableModel({{tr("Shipper")},
                                  {tr("Good")},
                                  {tr("Quantity"), true},
                                  {tr("Unit price"), true},
                                  {tr("Value"), true}},
                                 this);
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("reversalLines"));
    table->setModel(m_lines);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(table, 1);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("balanceAfter"));
    layout->addWidget(m_balance);
    m_otherError = new InlineError(QStringLiteral("otherError"), this);
    layout->addWidget(m_otherError);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Not the default button: a reversal is posted for good, so Enter in the reason must not.
    m_reverse = buttons->addButton(tr("Reverse"), QDialogButtonBox::ActionRole);
    m_reverse->setObjectName(QStringLiteral("reverse"));
    m_reverse->setAutoDefault(false);
    connect(m_reverse, &QPushButton::clicked, this, &ReverseDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Dated today if the agreement allows, else its last valid day; never before the original.
    if (original) {
        QDate date = QDate::currentDate();
        for (const Agreement& a : workspace.book().masterData().agreements(workspace.session()))
            if (a.code == original->agreementCode && a.validTo && toQDate(*a.validTo) < date)
                date = toQDate(*a.validTo);
        m_date->setDate(std::max(date, toQDate(original->date)));
    }
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &ReverseDialog::refreshPreview);
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        m_reasonTouched = true;
        m_timer.start();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_timer.start(); });
    resize(720, 460);
    refreshPreview();
}

void ReverseDialog::refreshPreview() {
    m_timer.stop();
    try {
        ExchangePreview p = m_workspace.book().journal().previewReversal(
            m_workspace.session(), m_seq, fromQ(m_reason->text().trimmed()),
            isoDate(m_date->date()));
        std::vector<TextTableModel::Row> rows;
        for (const DeliveryLine& l : p.lines)
            rows.push_back({{toQ(l.shipperCode), toQ(l.goodCode),
                             displayAmount(l.quantity.rounded(l.decimals), toQ(l.measure)),
                             displayDecimal(l.unitPrice.trimmed(p.digits)),
                             displayAmount(l.value, toQ(p.unit))},
                            {},
                            {},
                            false});
        m_lines->setRows(std::move(rows));
        if (p.balanceAfter)
            m_balance->setText(tr("Balance of the agreement after the reversal: %1")
                                   .arg(displayAmount(*p.balanceAfter, toQ(p.unit))));
        if (!m_reasonTouched)
            std::erase_if(p.problems, [](const Problem& pr) { return pr.field == "reason"; });
        showProblems(p.problems);
    } catch (const std::exception& e) {
        m_otherError->show(describeError(e));
    }
}

void ReverseDialog::showProblems(const std::vector<Problem>& problems) {
    QStringList reason, date, other;
    for (const Problem& p : problems) {
        if (p.field == "reason")
            reason << toQ(p.message);
        else if (p.field == "date")
            date << toQ(p.message);
        else
            other << problemText(p);
    }
    m_reasonError->show(reason.join(QLatin1Char('\n')));
    m_dateError->show(date.join(QLatin1Char('\n')));
    m_otherError->show(other.join(QLatin1Char('\n')));
}

void ReverseDialog::submit() {
    m_reasonTouched = true;
    try {
        m_result = m_workspace.book().journal().reverse(m_workspace.session(), m_seq,
                                                        fromQ(m_reason->text().trimmed()),
                                                        isoDate(m_date->date()));
    } catch (const InvalidInput& e) {
        showProblems(e.problems());
        return;
    } catch (const std::exception& e) {
        showError(this, e);
        return;
    }
    m_workspace.notifyJournalChanged();
    accept();
}

} // namespace barter::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "settlement_dialog.h"

#include "adapters/text.h"
#include "dialogs/exchange_dialog.h"
#include "models/text_table_model.h"
#include "widgets/date_field.h"
#include "widgets/error_display.h"
#include "widgets/inline_error.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace barter::ui {

namespace {
enum GoodsColumn { Offered, Code, Name, Maximum };
}

SettlementDialog::SettlementDialog(Workspace& workspace, const QString& agreement, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_agreement(agreement) {
    setObjectName(QStringLiteral("settlementDialog"));
    setWindowTitle(tr("Settlement proposal for %1").arg(agreement));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tick the goods the debtor offers, in the order they should be "
                                "used (the first ticked is used first), with a maximum quantity "
                                "where there is one. The proposal uses the prices in force on "
                                "the date and the screening rules; it posts nothing."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(QDate::currentDate());
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setPlaceholderText(tr("0: clear the balance completely"));
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Target balance:"), m_target);
    layout->addLayout(form);

    m_goods = new QTableWidget(this);
    m_goods->setObjectName(QStringLiteral("offeredGoods"));
    m_goods->setColumnCount(4);
    m_goods->setHorizontalHeaderLabels({tr("Offer"), tr("Good"), tr("Name"), tr("Maximum")});
    m_goods->verticalHeader()->hide();
    m_goods->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    const std::vector<Good> goods = workspace.book().masterData().goods(workspace.session());
    m_goods->setRowCount(static_cast<int>(goods.size()));
    for (int r = 0; r < static_cast<int>(goods.size()); ++r) {
        const Good& g = goods[static_cast<std::size_t>(r)];
        auto* tick = new QTableWidgetItem;
        tick->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        tick->setCheckState(Qt::Unchecked);
        m_goods->setItem(r, Offered, tick);
        for (auto [column, text] : {std::pair{Code, toQ(g.code)}, std::pair{Name, toQ(g.name)}}) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            m_goods->setItem(r, column, item);
        }
        auto* max = new QTableWidgetItem;
        max->setToolTip(tr("in %1; empty: no maximum").arg(toQ(g.measure)));
        m_goods->setItem(r, Maximum, max);
    }
    layout->addWidget(m_goods, 2);
    connect(m_goods, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        stale();
        if (item->column() != Offered)
            return;
        const QString code = m_goods->item(item->row(), Code)->text();
        m_order.removeAll(code);
        if (item->checkState() == Qt::Checked)
            m_order << code;
    });

    m_error = new InlineError(QStringLiteral("settlementError"), this);
    layout->addWidget(m_error);
    m_lines = new TextTableModel(
        {{tr("Good")}, {tr("Quantity"), true}, {tr("Unit price"), true}, {tr("Value"), true}},
        this);
    auto* lines = new QTableView(this);
    lines->setObjectName(QStringLiteral("proposedLines"));
    lines->setModel(m_lines);
    lines->verticalHeader()->hide();
    lines->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(lines, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("settlementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* propose = buttons->addButton(tr("&Propose"), QDialogButtonBox::ActionRole);
    propose->setObjectName(QStringLiteral("propose"));
    m_enter = buttons->addButton(tr("&Enter as exchange…"), QDialogButtonBox::ActionRole);
    m_enter->setObjectName(QStringLiteral("enterAsExchange"));
    m_enter->setEnabled(false);
    m_enter->setVisible(workspace.may(Action::EnterExchange));
    connect(propose, &QPushButton::clicked, this, &SettlementDialog::propose);
    connect(m_enter, &QPushButton::clicked, this, &SettlementDialog::enterAsExchange);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_date, &QDateEdit::dateChanged, this, &SettlementDialog::stale);
    connect(m_target, &QLineEdit::textChanged, this, &SettlementDialog::stale);
    resize(720, 640);
}

void SettlementDialog::stale() {
    // A changed offer, date or target makes the shown proposal out of date.
    if (!m_proposal)
        return;
    m_proposal.reset();
    m_enter->setEnabled(false);
    m_summary->setText(tr("The offer has changed: press Propose again."));
}

void SettlementDialog::offer(const QString& good, const QString& maxQuantity) {
    for (int r = 0; r < m_goods->rowCount(); ++r)
        if (m_goods->item(r, Code)->text() == good) {
            m_goods->item(r, Maximum)->setText(maxQuantity);
            m_goods->item(r, Offered)->setCheckState(Qt::Checked);
        }
}

void SettlementDialog::propose() {
    m_error->show({});
    std::vector<SettlementOffer> offers;
    for (const QString& code : std::as_const(m_order))
        for (int r = 0; r < m_goods->rowCount(); ++r)
            if (m_goods->item(r, Code)->text() == code) {
                const QString max = m_goods->item(r, Maximum)->text().trimmed();
                offers.push_back(
                    {fromQ(code), max.isEmpty() ? std::string() : canonicalNumber(max)});
            }
    try {
        m_proposal = m_workspace.book().reporting().settle(
            m_workspace.session(), fromQ(m_agreement), offers, isoDate(m_date->date()),
            canonicalNumber(m_target->text()));
    } catch (const std::exception& e) {
        m_proposal.reset();
        m_lines->setRows({});
        m_summary->clear();
        m_enter->setEnabled(false);
        m_error->show(describeError(e));
        return;
    }
    const SettlementProposal& p = *m_proposal;
    const QString unit = toQ(p.unit);
    std::vector<TextTableModel::Row> rows;
    for (const SettlementLine& l : p.lines)
        rows.push_back(
            {{toQ(l.good), displayAmount(l.quantity, toQ(l.unit)),
              displayDecimal(l.unitPrice.trimmed(p.digits)), displayAmount(l.value, unit)},
             toQ(l.good),
             {},
             false});
    m_lines->setRows(std::move(rows));
    QStringList summary;
    const reports::AgreementInfo info =
        m_workspace.book().reporting().agreementInfo(m_workspace.session(), p.agreement);
    auto words = [&](const Decimal& b) {
        return balanceInWords(b, toQ(info.partyA), toQ(info.partyB), unit);
    };
    summary << tr("On %1: %2").arg(toQ(p.date.toString()), words(p.balance));
    if (!p.lines.empty()) {
        summary << tr("%1 ships the goods above to %2.").arg(toQ(p.debtor), toQ(p.creditor));
        summary << tr("After them: %1").arg(words(p.residual));
    }
    for (const std::string& n : p.notes)
        summary << toQ(n);
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_enter->setEnabled(!p.lines.empty());
}

ExchangeDraft SettlementDialog::draft() const {
    ExchangeDraft d;
    if (!m_proposal)
        return d;
    d.agreement = m_proposal->agreement;
    d.date = m_proposal->date.toString();
    d.memo = "settlement proposal";
    for (const SettlementLine& l : m_proposal->lines)
        d.lines.push_back({m_proposal->debtor, l.good, l.quantity.toString()});
    return d;
}

void SettlementDialog::enterAsExchange() {
    if (!m_proposal || m_proposal->lines.empty())
        return;
    try {
        ExchangeDialog entry(m_workspace, this);
        entry.setDraft(draft());
        if (entry.exec() == QDialog::Accepted)
            accept();
    } catch (const std::exception& e) {
        showError(this, e);
    }
}

} // namespace barter::ui

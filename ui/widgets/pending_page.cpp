// SPDX-License-Identifier: GPL-3.0-or-later
#include "pending_page.h"

#include "adapters/text.h"
#include "models/text_table_model.h"
#include "widgets/error_display.h"
#include "widgets/inline_error.h"
#include "widgets/writes.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace barter::ui {

PendingPage::PendingPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("pendingPage"));
    auto* layout = new QVBoxLayout(this);
    m_setting = new QLabel(this);
    m_setting->setObjectName(QStringLiteral("approvalSetting"));
    m_setting->setWordWrap(true);
    layout->addWidget(m_setting);
    auto* showRow = new QHBoxLayout;
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("showStatus"));
    m_show->addItem(tr("waiting for approval"), QStringLiteral("pending"));
    m_show->addItem(tr("approved"), QStringLiteral("approved"));
    m_show->addItem(tr("rejected"), QStringLiteral("rejected"));
    m_show->addItem(tr("all"), QStringLiteral("all"));
    auto* showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    showRow->addWidget(showLabel);
    showRow->addWidget(m_show);
    showRow->addStretch();
    layout->addLayout(showRow);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("pendingOutcome"));
    m_outcome->setWordWrap(true);
    layout->addWidget(m_outcome);
    connect(m_show, &QComboBox::currentIndexChanged, this, &PendingPage::reload);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("pendingEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);

    m_model = new TextTableModel({{tr("Id"), true},
                                  {tr("Agreement")},
                                  {tr("Date")},
                                  {tr("Reference")},
                                  {tr("Lines"), true},
                                  {tr("Entered by")},
                                  {tr("Entered at")},
                                  {tr("Status")},
                                  {tr("Decided by")},
                                  {tr("Reason / memo")}},
                                 this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pendingTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {50, 120, 90, 130, 50, 100, 170};
    for (int c = 0; c < 7; ++c)
        m_table->setColumnWidth(c, widths[c]);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(new QLabel(tr("If approved now, it posts:"), detail));
    m_linesModel = new TextTableModel({{tr("Shipper")},
                                       {tr("Good")},
                                       {tr("Quantity"), true},
                                       {tr("Unit price"), true},
                                       {tr("Value"), true},
                                       {tr("Screening")}},
                                      this);
    m_lines = new QTableView(detail);
    m_lines->setObjectName(QStringLiteral("pendingLines"));
    m_lines->setModel(m_linesModel);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    detailLayout->addWidget(m_lines, 1);
    m_effect = new QLabel(detail);
    m_effect->setObjectName(QStringLiteral("pendingEffect"));
    m_effect->setWordWrap(true);
    detailLayout->addWidget(m_effect);

    auto* decide = new QFormLayout;
    m_swingOverride = new QLineEdit(detail);
    m_swingOverride->setObjectName(QStringLiteral("swingOverride"));
    m_swingOverride->setPlaceholderText(tr("only to approve past the swing limit"));
    m_protocolOverride = new QLineEdit(detail);
    m_protocolOverride->setObjectName(QStringLiteral("protocolOverride"));
    m_protocolOverride->setPlaceholderText(tr("only to approve past a strict protocol"));
    m_reason = new QLineEdit(detail);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setPlaceholderText(tr("why it is rejected; kept with the entry (Show: rejected)"));
    decide->addRow(tr("S&wing override reason:"), m_swingOverride);
    decide->addRow(tr("P&rotocol override reason:"), m_protocolOverride);
    decide->addRow(tr("Re&jection reason:"), m_reason);
    detailLayout->addLayout(decide);
    m_error = new InlineError(QStringLiteral("pendingError"), detail);
    detailLayout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve and post"), detail);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject = new QPushButton(tr("&Reject"), detail);
    m_reject->setObjectName(QStringLiteral("reject"));
    markWrites({m_approve, m_reject});
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    detailLayout->addLayout(buttons);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 3);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingPage::showSelected);
    connect(m_approve, &QPushButton::clicked, this, &PendingPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &PendingPage::rejectSelected);
}

void PendingPage::reload() {
    if (!m_workspace.loggedIn())
        return;
    const QString show = m_show->currentData().toString();
    const PendingExchange* before = selected();
    const std::int64_t keep = before ? before->id : -1; // ids start at 1
    QString error;
    try {
        const bool on = m_workspace.book().settings().approvalRequired();
        m_setting->setText(on ? tr("Entries need approval: a clerk's exchange waits here until a "
                                   "manager other than its maker approves or rejects it.")
                              : tr("Entries do not need approval in this book (an administrator "
                                   "can turn it on in the Book menu)."));
        m_pending = m_workspace.book().journal().pendingExchanges(
            m_workspace.session(), show != QStringLiteral("pending"));
        if (show != QStringLiteral("all"))
            std::erase_if(m_pending, [&](const PendingExchange& p) {
                return toQ(toString(p.status)) != show;
            });
    } catch (const std::exception& e) {
        m_pending.clear();
        error = describeError(e);
    }
    std::vector<TextTableModel::Row> rows;
    for (const PendingExchange& p : m_pending) {
        const QString status = p.status == PendingStatus::Pending ? tr("waiting")
                               : p.status == PendingStatus::Approved
                                   ? tr("posted as %1").arg(p.postedSeq.value_or(0))
                                   : tr("rejected", "the status of one entry");
        rows.push_back({{QString::number(p.id), toQ(p.draft.agreement), toQ(p.draft.date),
                         toQ(p.draft.reference), QString::number(p.draft.lines.size()),
                         toQ(p.maker), toQ(p.madeAt), status, toQ(p.checker),
                         toQ(p.reason.empty() ? p.draft.memo : p.reason)},
                        QString::number(p.id),
                        {},
                        p.status != PendingStatus::Pending});
    }
    m_model->setRows(std::move(rows));
    m_empty->setText(show == QStringLiteral("pending") ? tr("Nothing is waiting for approval.")
                                                       : tr("No entries to show."));
    m_empty->setVisible(m_pending.empty());
    m_table->parentWidget()->setVisible(!m_pending.empty());
    // The entry that was selected stays selected (another desk may have decided it meanwhile:
    // then it shows as decided, or is gone from the waiting list); else the first.
    if (!m_pending.empty()) {
        int row = 0;
        for (std::size_t i = 0; i < m_pending.size(); ++i)
            if (m_pending[i].id == keep)
                row = static_cast<int>(i);
        m_table->selectRow(row);
    }
    showSelected();
    m_error->show(error); // after showSelected(), which clears it
    if (!error.isEmpty())
        m_empty->setText(error);
    int waiting = 0;
    for (const PendingExchange& p : m_pending)
        waiting += p.status == PendingStatus::Pending ? 1 : 0;
    emit countChanged(show == QStringLiteral("pending") ? waiting : -1);
}

const PendingExchange* PendingPage::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.front().row() >= count())
        return nullptr;
    return &m_pending[static_cast<std::size_t>(rows.front().row())];
}

void PendingPage::showSelected() {
    m_error->show({});
    const PendingExchange* p = selected();
    const bool mayDecide =
        p && m_workspace.may(Action::Approve) && p->maker != m_workspace.session().userName();
    m_approve->setEnabled(mayDecide);
    m_reject->setEnabled(mayDecide);
    m_swingOverride->setEnabled(mayDecide);
    m_protocolOverride->setEnabled(mayDecide);
    m_reason->setEnabled(mayDecide);
    m_approve->setToolTip(p && p->maker == m_workspace.session().userName()
                              ? tr("You entered it; another manager must decide")
                              : QString());
    std::vector<TextTableModel::Row> rows;
    m_effect->clear();
    if (!p) {
        m_linesModel->setRows({});
        return;
    }
    std::optional<ExchangePreview> view;
    if (p->status == PendingStatus::Pending && m_workspace.may(Action::EnterExchange)) {
        try {
            view = m_workspace.book().journal().preview(m_workspace.session(), p->draft);
        } catch (const std::exception& e) {
            m_error->show(describeError(e));
        }
    }
    for (std::size_t i = 0; i < p->draft.lines.size(); ++i) {
        const DeliveryLineDraft& d = p->draft.lines[i];
        QStringList cells{toQ(d.shipper),   toQ(d.good), toQ(d.quantity),
                          toQ(d.unitPrice), QString(),   QString()};
        if (view)
            for (const DeliveryLine& l : view->lines)
                if (l.lineNo == static_cast<int>(i + 1)) {
                    cells[2] = displayAmount(l.quantity.rounded(l.decimals), toQ(l.measure));
                    cells[3] = displayDecimal(l.unitPrice.trimmed(view->digits));
                    cells[4] = displayAmount(l.value, toQ(view->unit));
                    cells[5] = l.screening ? verdictText(*l.screening) : QString();
                }
        rows.push_back({cells, {}, {}, false});
    }
    m_linesModel->setRows(std::move(rows));
    if (view && view->balanceAfter) {
        QStringList notes;
        notes << tr("Balance of %1 after approval: %2")
                     .arg(toQ(p->draft.agreement),
                          displayAmount(*view->balanceAfter, toQ(view->unit)));
        for (const Problem& pr : view->problems)
            notes << problemText(pr);
        for (const std::string& w : view->warnings)
            notes << toQ(w);
        m_effect->setText(notes.join(QLatin1Char('\n')));
    }
}

void PendingPage::approveSelected() {
    const PendingExchange* p = selected();
    if (!p)
        return;
    const std::int64_t id = p->id;
    try {
        PostResult r = m_workspace.book().journal().approve(
            m_workspace.session(), id, fromQ(m_swingOverride->text().trimmed()),
            fromQ(m_protocolOverride->text().trimmed()));
        m_swingOverride->clear();
        m_protocolOverride->clear();
        QString outcome =
            tr("Pending entry %1 approved and posted as exchange %2.").arg(id).arg(r.exchange.seq);
        for (const std::string& w : r.warnings)
            outcome += QLatin1Char(' ') + toQ(w);
        m_outcome->setText(outcome);
        m_outcome->setStyleSheet({});
        m_workspace.notifyJournalChanged();
        m_workspace.notifyPendingChanged();
    } catch (const std::exception& e) {
        refused(id, e, tr("Pending entry %1 was not approved: %2"));
    }
}

void PendingPage::refused(std::int64_t id, const std::exception& e, const QString& text) {
    // A field to correct stays beside the fields; an entry another manager decided a moment
    // ago (or one that can no longer post, its period closed meanwhile) is said above the
    // list, which shows the entry as it now is.
    const auto* input = dynamic_cast<const InvalidInput*>(&e);
    const bool fixable =
        input != nullptr && !input->problems().empty() && input->problems().front().field != "id";
    if (fixable) {
        m_error->show(describeError(e));
        return;
    }
    reload();
    m_outcome->setText(text.arg(id).arg(describeError(e)));
    m_outcome->setStyleSheet(QStringLiteral("color: #b00020;"));
}

void PendingPage::rejectSelected() {
    const PendingExchange* p = selected();
    if (!p)
        return;
    const std::int64_t id = p->id;
    try {
        m_workspace.book().journal().reject(m_workspace.session(), id,
                                            fromQ(m_reason->text().trimmed()));
        m_reason->clear();
        m_outcome->setText(tr("Pending entry %1 rejected.").arg(id));
        m_outcome->setStyleSheet({});
        m_workspace.notifyPendingChanged();
    } catch (const std::exception& e) {
        refused(id, e, tr("Pending entry %1 was not rejected: %2"));
        m_reason->setFocus();
    }
}

} // namespace barter::ui

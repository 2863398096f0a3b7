// SPDX-License-Identifier: GPL-3.0-or-later
// The Reconciliation view's actions on the items and the period: a correction, a reversal or
// a note for an item, the close of the period, and the act as a PDF. The rules are the core's.
#include "reconciliation_page.h"

#include "act_pdf.h"
#include "adapters/text.h"
#include "dialogs/exchange_dialog.h"
#include "dialogs/reverse_dialog.h"
#include "workspace.h"

#include <QInputDialog>
#include <QLineEdit>

namespace barter::ui {

void ReconciliationPage::resolve(int number, reconcile::ResolutionKind kind,
                                 std::optional<std::int64_t> seq, const QString& note) {
    const std::int64_t id = m_shown->id;
    m_workspace.book().reconciliation().resolveItem(m_workspace.session(), id, number, kind, seq,
                                                    fromQ(note));
    showSaved(id);
    selectItem(number);
}

void ReconciliationPage::postCorrection() {
    const reconcile::Item* item = selectedItem();
    if (!item)
        return;
    const int number = item->number; // the dialog may outlive what `item` points into
    try {
        const ExchangeDraft draft = m_workspace.book().reconciliation().correctionDraft(
            m_workspace.session(), m_shown->id, number);
        ExchangeDialog dialog(m_workspace, this);
        dialog.setDraft(draft);
        if (dialog.exec() == QDialog::Accepted && dialog.result() && dialog.result()->posted)
            resolve(number, reconcile::ResolutionKind::Correction,
                    dialog.result()->posted->exchange.seq, QString());
    } catch (const std::exception& e) {
        showError(e);
    }
}

void ReconciliationPage::reverseOurs() {
    const reconcile::Item* item = selectedItem();
    if (!item || item->ourSeq == 0)
        return;
    const int number = item->number;
    try {
        ReverseDialog dialog(m_workspace, item->ourSeq, this);
        if (dialog.exec() == QDialog::Accepted && dialog.result())
            resolve(number, reconcile::ResolutionKind::Reversal, dialog.result()->exchange.seq,
                    QString());
    } catch (const std::exception& e) {
        showError(e);
    }
}

void ReconciliationPage::addNote() {
    const reconcile::Item* item = selectedItem();
    if (!item)
        return;
    const int number = item->number;
    bool ok = false;
    const QString note =
        QInputDialog::getText(this, tr("Explain item %1").arg(number),
                              tr("How is item %1 (%2, %3) explained?")
                                  .arg(number)
                                  .arg(toQ(item->reference), categoryText(item->category)),
                              QLineEdit::Normal, tr("The other side will correct theirs"), &ok);
    if (!ok)
        return;
    try {
        resolve(number, reconcile::ResolutionKind::Note, std::nullopt, note);
    } catch (const std::exception& e) {
        showError(e);
    }
}

void ReconciliationPage::closePeriod() {
    if (!m_shown)
        return;
    try {
        const reconcile::ClosePreview p = m_workspace.book().reconciliation().previewClose(
            m_workspace.session(), m_shown->agreement, m_shown->through);
        if (!p.problems.empty())
            throw InvalidInput("through", p.problems.front());
        const QString unit = toQ(p.unit);
        QString text =
            tr("Close %1 through %2 at an agreed balance of %3?\n\n"
               "%n exchange(s) dated from %4 to %2 are locked for good: nothing dated on or "
               "before %2 can be entered, imported, approved or reversed afterwards. "
               "Corrections go after it.",
               nullptr, static_cast<int>(p.exchanges))
                .arg(toQ(p.agreement), toQ(p.through.toString()), displayAmount(p.balance, unit))
                .arg(p.lastClose ? toQ(p.lastClose->plusDays(1).toString()) : tr("the first"));
        if (p.pending > 0)
            text += QStringLiteral("\n\n") +
                    tr("%n pending entry(ies) dated in the period can then no longer be approved.",
                       nullptr, static_cast<int>(p.pending));
        if (m_shown->unresolved() > 0)
            text += QStringLiteral("\n\n") +
                    tr("%n differing item(s) of this reconciliation are not resolved yet.", nullptr,
                       static_cast<int>(m_shown->unresolved()));
        // The balance both sides agreed is typed, never assumed: the core closes only when it is
        // the balance of the book. Their balance is offered when the books agreed.
        text +=
            QStringLiteral("\n\n") + tr("The balance both sides agreed (%1; positive: %2 owes %3):")
                                         .arg(unit, toQ(m_shown->partyB), toQ(m_shown->partyA));
        QInputDialog confirm(this);
        confirm.setObjectName(QStringLiteral("closeConfirmation"));
        confirm.setWindowTitle(tr("Close period"));
        confirm.setLabelText(text);
        confirm.setOkButtonText(tr("Close the period"));
        if (m_shown->difference().isZero())
            confirm.setTextValue(toQ(m_shown->theirBalance.toString(p.digits)));
        if (confirm.exec() != QDialog::Accepted)
            return;
        const reconcile::PeriodClose c = m_workspace.book().reconciliation().closePeriod(
            m_workspace.session(), p.agreement, p.through, canonicalNumber(confirm.textValue()),
            m_shown->id);
        m_workspace.notifyJournalChanged();
        say(tr("Closed %1 through %2 at %3; chain head %4 (exchange %5).")
                .arg(toQ(c.agreement), toQ(c.through.toString()),
                     displayAmount(c.agreedBalance, unit), toQ(c.headHash))
                .arg(c.headSeq),
            false);
    } catch (const std::exception& e) {
        showError(e);
    }
}

void ReconciliationPage::exportAct(const QString& path, pdf::Language first, pdf::Language second) {
    if (!m_shown)
        return;
    try {
        const pdf::ActPdf act =
            pdf::writeActPdf(m_workspace.book(), m_workspace.session(), m_shown->id, first, second,
                             pdf::Paper::A4, fromQ(path));
        say(tr("Saved the act to %1 (%n page(s)).", nullptr, act.pages).arg(path), false);
    } catch (const std::exception& e) {
        showError(e);
    }
}

} // namespace barter::ui

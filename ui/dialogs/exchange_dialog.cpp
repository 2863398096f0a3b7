// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange_dialog.h"

#include "adapters/text.h"
#include "delegates/lines_delegate.h"
#include "models/lines_table_model.h"
#include "widgets/date_field.h"
#include "widgets/error_display.h"
#include "widgets/inline_error.h"
#include "widgets/lines_view.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace barter::ui {

namespace {
constexpr int kPreviewDelayMs = 150;

QString inWords(const ExchangePreview& p, const Decimal& balance) {
    return balanceInWords(balance, toQ(p.partyA), toQ(p.partyB), toQ(p.unit));
}
} // namespace

ExchangeDialog::ExchangeDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("exchangeDialog"));
    setWindowTitle(tr("New exchange"));
    buildForm();
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExchangeDialog::refreshPreview);
    agreementChanged();
    resize(1100, 640);
}

ExchangeDialog::~ExchangeDialog() = default;

void ExchangeDialog::buildForm() {
    Book& book = m_workspace.book();
    const Session& s = m_workspace.session();
    m_agreements = book.masterData().agreements(s);

    auto* form = new QFormLayout;
    m_agreement = new QComboBox(this);
    m_agreement->setObjectName(QStringLiteral("agreement"));
    for (const Agreement& a : m_agreements)
        m_agreement->addItem(toQ(a.code) + QStringLiteral("  (") + toQ(a.partyA.code) +
                                 QStringLiteral(" ⇄ ") + toQ(a.partyB.code) + QStringLiteral(", ") +
                                 toQ(a.unit.code) + QLatin1Char(')'),
                             toQ(a.code));
    m_agreementError = new InlineError(QStringLiteral("agreementError"), this);
    form->addRow(tr("&Agreement:"), m_agreement);
    form->addRow(QString(), m_agreementError);

    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(QDate::currentDate());
    m_dateError = new InlineError(QStringLiteral("dateError"), this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dateError);

    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("e.g. the waybill or contract number"));
    m_referenceError = new InlineError(QStringLiteral("referenceError"), this);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(QString(), m_referenceError);

    m_memo = new QLineEdit(this);
    m_memo->setObjectName(QStringLiteral("memo"));
    m_memoError = new InlineError(QStringLiteral("memoError"), this);
    form->addRow(tr("&Memo:"), m_memo);
    form->addRow(QString(), m_memoError);

    m_model = new LinesTableModel(this);
    std::vector<Good> goods = book.masterData().goods(s);
    m_model->setGoods(goods);
    m_delegate = new LinesDelegate(this);
    QStringList goodItems;
    for (const Good& g : goods)
        goodItems << toQ(g.code) + QStringLiteral(" — ") + toQ(g.name);
    m_delegate->setGoods(goodItems);
    m_lines = new LinesView(this);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setModel(m_model);
    m_lines->setItemDelegate(m_delegate);
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->horizontalHeader()->setSectionResizeMode(LinesTableModel::Good, QHeaderView::Stretch);
    m_lines->setColumnWidth(LinesTableModel::Shipper, 150);
    m_lines->setColumnWidth(LinesTableModel::Quantity, 110);
    m_lines->setColumnWidth(LinesTableModel::Unit, 50);
    m_lines->setColumnWidth(LinesTableModel::UnitPrice, 110);
    m_lines->setColumnWidth(LinesTableModel::Value, 140);
    m_lines->setColumnWidth(LinesTableModel::Screening, 130);
    m_lines->setColumnWidth(LinesTableModel::Protocol, 220);
    m_lines->verticalHeader()->setDefaultSectionSize(26);
    m_linesError = new InlineError(QStringLiteral("linesError"), this);

    auto* removeLine = new QPushButton(tr("Remove line"), this);
    removeLine->setObjectName(QStringLiteral("removeLine"));
    removeLine->setAutoDefault(false);
    connect(removeLine, &QPushButton::clicked, this, &ExchangeDialog::removeSelectedLine);

    auto* reasons = new QFormLayout;
    m_priceReason = new QLineEdit(this);
    m_priceReason->setObjectName(QStringLiteral("priceReason"));
    m_priceReason->setPlaceholderText(tr("needed when a line's price differs from the price list"));
    m_priceReasonError = new InlineError(QStringLiteral("priceReasonError"), this);
    reasons->addRow(tr("Price &override reason:"), m_priceReason);
    reasons->addRow(QString(), m_priceReasonError);
    m_swingOverride = new QLineEdit(this);
    m_swingOverride->setObjectName(QStringLiteral("swingOverride"));
    m_swingOverride->setPlaceholderText(tr("only to post past the swing limit"));
    m_swingError = new InlineError(QStringLiteral("swingError"), this);
    if (m_workspace.may(Action::OverrideSwing))
        reasons->addRow(tr("S&wing override reason:"), m_swingOverride);
    else
        m_swingOverride->hide();
    reasons->addRow(QString(), m_swingError);
    m_protocolOverride = new QLineEdit(this);
    m_protocolOverride->setObjectName(QStringLiteral("protocolOverride"));
    m_protocolOverride->setPlaceholderText(tr("only to post past a strict protocol"));
    m_protocolError = new InlineError(QStringLiteral("protocolError"), this);
    if (m_workspace.may(Action::OverrideProtocol))
        reasons->addRow(tr("P&rotocol override reason:"), m_protocolOverride);
    else
        m_protocolOverride->hide();
    reasons->addRow(QString(), m_protocolError);

    auto* summary = new QGroupBox(tr("If posted"), this);
    auto* summaryLayout = new QVBoxLayout(summary);
    m_totals = new QLabel(summary);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_balance = new QLabel(summary);
    m_balance->setObjectName(QStringLiteral("balanceAfter"));
    m_swingBar = new QProgressBar(summary);
    m_swingBar->setObjectName(QStringLiteral("swingBar"));
    m_swingBar->setRange(0, 1000);
    m_swingBar->setTextVisible(true);
    m_warnings = new QLabel(summary);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    summaryLayout->addWidget(m_totals);
    summaryLayout->addWidget(m_balance);
    summaryLayout->addWidget(m_swingBar);
    summaryLayout->addWidget(m_warnings);

    auto* buttons = new QDialogButtonBox(this);
    m_post = buttons->addButton(book.settings().needsApproval(s) ? tr("Submit for approval")
                                                                 : tr("Post"),
                                QDialogButtonBox::ActionRole);
    m_post->setObjectName(QStringLiteral("post"));
    m_post->setToolTip(tr("Ctrl+Enter"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Posting is for good (only a reversal undoes it): Enter in a field must not post. (An
    // AcceptRole button would be made the default when the dialog is shown; hence ActionRole.)
    for (QPushButton* b : {m_post, cancel}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(m_post, &QPushButton::clicked, this, &ExchangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QKeySequence key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &ExchangeDialog::submit);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* linesHeader = new QHBoxLayout;
    linesHeader->addWidget(new QLabel(tr("Delivery &lines — type into the row marked * to add "
                                         "one; the unit and the price in force fill in"),
                                      this));
    linesHeader->addStretch();
    linesHeader->addWidget(removeLine);
    layout->addLayout(linesHeader);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_linesError);
    layout->addLayout(reasons);
    layout->addWidget(summary);
    layout->addWidget(buttons);
    if (auto* label = qobject_cast<QLabel*>(linesHeader->itemAt(0)->widget()))
        label->setBuddy(m_lines);

    setTabOrder(m_agreement, m_date);
    setTabOrder(m_date, m_reference);
    setTabOrder(m_reference, m_memo);
    setTabOrder(m_memo, m_lines);
    setTabOrder(m_lines, m_priceReason);
    setTabOrder(m_priceReason, m_swingOverride);
    setTabOrder(m_swingOverride, m_protocolOverride);
    setTabOrder(m_protocolOverride, m_post);

    auto schedule = [this] { m_previewTimer.start(); };
    connect(m_agreement, &QComboBox::currentIndexChanged, this, [this] { agreementChanged(); });
    connect(m_date, &QDateEdit::dateChanged, this, schedule);
    for (QLineEdit* edit :
         {m_reference, m_memo, m_priceReason, m_swingOverride, m_protocolOverride})
        connect(edit, &QLineEdit::textChanged, this, schedule);
    connect(m_model, &LinesTableModel::edited, this, schedule);
}

void ExchangeDialog::agreementChanged() {
    const int i = m_agreement->currentIndex();
    if (i < 0 || i >= static_cast<int>(m_agreements.size())) {
        m_delegate->setParties({});
        m_previewTimer.start();
        return;
    }
    const Agreement& a = m_agreements[static_cast<std::size_t>(i)];
    m_delegate->setParties({toQ(a.partyA.code), toQ(a.partyB.code)});
    // A new exchange is dated today, or the last day the agreement is valid if that is earlier.
    QDate date = QDate::currentDate();
    if (a.validTo && toQDate(*a.validTo) < date)
        date = toQDate(*a.validTo);
    if (a.validFrom && toQDate(*a.validFrom) > date)
        date = toQDate(*a.validFrom);
    m_date->setDate(date);
    m_previewTimer.start();
}

void ExchangeDialog::setDraft(const ExchangeDraft& d) {
    const int i = m_agreement->findData(toQ(d.agreement));
    if (i >= 0)
        m_agreement->setCurrentIndex(i);
    if (const std::optional<Date> date = Date::parse(d.date))
        m_date->setDate(toQDate(*date));
    m_reference->setText(toQ(d.reference));
    m_memo->setText(toQ(d.memo));
    m_priceReason->setText(toQ(d.priceReason));
    std::vector<LinesTableModel::Input> inputs;
    for (const DeliveryLineDraft& l : d.lines)
        inputs.push_back({toQ(l.shipper), toQ(l.good), toQ(l.quantity), toQ(l.unitPrice)});
    m_model->setInputs(std::move(inputs));
    refreshPreview();
}

ExchangeDraft ExchangeDialog::draft() const {
    ExchangeDraft d;
    d.agreement = fromQ(m_agreement->currentData().toString());
    d.date = isoDate(m_date->date());
    d.reference = fromQ(m_reference->text().trimmed());
    d.memo = fromQ(m_memo->text().trimmed());
    d.priceReason = fromQ(m_priceReason->text().trimmed());
    d.swingOverride = fromQ(m_swingOverride->text().trimmed());
    d.protocolOverride = fromQ(m_protocolOverride->text().trimmed());
    d.lines = m_model->drafts();
    return d;
}

void ExchangeDialog::refreshPreview() {
    m_previewTimer.stop();
    try {
        ExchangeDraft d = draft();
        // While nothing is typed yet, do not greet the clerk with "needs a reference".
        const bool untouched = d.reference.empty() && d.lines.empty();
        ExchangePreview p = m_workspace.book().journal().preview(m_workspace.session(), d);
        showPreview(p);
        if (untouched)
            std::erase_if(p.problems, [](const Problem& pr) {
                return pr.field == "reference" || pr.field == "line";
            });
        showProblems(p.problems);
        if (m_agreements.empty())
            m_agreementError->show(tr("There is no agreement yet; a manager adds one under "
                                      "Master data → Agreements."));
    } catch (const std::exception& e) {
        m_linesError->show(describeError(e));
    }
}

void ExchangeDialog::showPreview(const ExchangePreview& p) {
    m_model->setPreview(p);
    const QString unit = toQ(p.unit);
    if (p.unit.empty()) {
        m_totals->clear();
        m_balance->clear();
        m_swingBar->hide();
        m_warnings->clear();
        return;
    }
    m_totals->setText(tr("%1 ships %2   ·   %3 ships %4")
                          .arg(toQ(p.partyA), displayAmount(p.aToB, unit), toQ(p.partyB),
                               displayAmount(p.bToA, unit)));
    if (p.balanceAfter)
        m_balance->setText(
            tr("Balance after posting: %1   (now: %2)")
                .arg(inWords(p, *p.balanceAfter), inWords(p, p.balanceBefore.value_or(Decimal()))));
    using Level = ExchangePreview::SwingLevel;
    m_swingBar->setVisible(p.swingLevel != Level::None);
    if (p.swing) {
        // Clamped before it becomes an integer: a tiny limit can give an enormous percentage.
        const std::int64_t permille = !p.swingUsePercent
                                          ? (p.swingLevel == Level::Exceeded ? 1000 : 0)
                                      : *p.swingUsePercent > Decimal::fromInt(100)
                                          ? 1000
                                          : p.swingUsePercent->rounded(1).toScaled(1);
        m_swingBar->setValue(static_cast<int>(permille));
        m_swingBar->setFormat(
            p.swingUsePercent
                ? tr("%1% of the swing limit of %2")
                      .arg(displayDecimal(*p.swingUsePercent), displayAmount(*p.swing, unit))
                : tr("swing limit %1").arg(displayAmount(*p.swing, unit)));
        const char* colour = p.swingLevel == Level::Exceeded  ? "#e57373"
                             : p.swingLevel == Level::Warning ? "#ffca28"
                                                              : "#81c784";
        m_swingBar->setStyleSheet(QStringLiteral("QProgressBar { text-align: center; } "
                                                 "QProgressBar::chunk { background: %1; }")
                                      .arg(QLatin1String(colour)));
        m_swingBar->setProperty("level", static_cast<int>(p.swingLevel));
    }
    QStringList warnings;
    for (const std::string& w : p.warnings)
        warnings << toQ(w);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
}

void ExchangeDialog::showProblems(const std::vector<Problem>& problems) {
    QStringList agreement, date, reference, memo, lines, priceReason, swing, protocol, other;
    for (const Problem& p : problems) {
        const QString message = toQ(p.message);
        if (p.field == "agreement")
            agreement << message;
        else if (p.field == "date")
            date << message;
        else if (p.field == "reference")
            reference << message;
        else if (p.field == "memo")
            memo << message;
        else if (p.field == "price_reason")
            priceReason << message;
        else if (p.field == "swing" || p.field == "override_swing")
            swing << message;
        else if (p.field == "override_protocol")
            protocol << message;
        else if (p.field.rfind("line", 0) == 0)
            continue; // shown in the table and listed below it
        else
            other << problemText(p);
    }
    m_agreementError->show(agreement.join(QLatin1Char('\n')));
    m_dateError->show(date.join(QLatin1Char('\n')));
    m_referenceError->show(reference.join(QLatin1Char('\n')));
    m_memoError->show(memo.join(QLatin1Char('\n')));
    m_priceReasonError->show(priceReason.join(QLatin1Char('\n')));
    m_swingError->show(swing.join(QLatin1Char('\n')));
    m_protocolError->show(protocol.join(QLatin1Char('\n')));
    QStringList lineProblems = m_model->problems();
    for (const Problem& p : problems)
        if (p.field == "line")
            lineProblems << toQ(p.message);
    lineProblems << other;
    m_linesError->show(lineProblems.join(QLatin1Char('\n')));
}

void ExchangeDialog::removeSelectedLine() {
    const QModelIndex current = m_lines->currentIndex();
    if (current.isValid())
        m_model->removeLine(current.row());
}

void ExchangeDialog::submit() {
    // Whatever is still in an open cell editor is part of what the clerk means to post.
    if (QWidget* editor = m_lines->indexWidget(m_lines->currentIndex())) {
        emit m_delegate->commitData(editor);
        emit m_delegate->closeEditor(editor);
    }
    const ExchangeDraft d = draft();
    try {
        m_result = m_workspace.book().journal().record(m_workspace.session(), d);
    } catch (const InvalidInput& e) {
        refreshPreview();
        showProblems(e.problems());
        for (const Problem& p : e.problems())
            if (p.field == "price_reason") {
                m_priceReason->setFocus();
                break;
            }
        return;
    } catch (const std::exception& e) {
        showError(this, e);
        return;
    }
    if (m_result->posted)
        m_workspace.notifyJournalChanged();
    else
        m_workspace.notifyPendingChanged();
    accept();
}

} // namespace barter::ui

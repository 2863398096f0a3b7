// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocols_page.h"

#include "adapters/text.h"
#include "delegates/fulfilment_delegate.h"
#include "dialogs/import_dialog.h"
#include "protocol_pdf.h"
#include "widgets/date_field.h"
#include "widgets/error_display.h"
#include "widgets/writes.h"
#include "workers/book_task.h"
#include "workspace.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace barter::ui {

namespace {
// A share of the planned quantity in ‰, 0..1000, for painting only.
int permille(const Decimal& part, const Decimal& planned) {
    if (planned.sign() <= 0 || part.sign() <= 0)
        return 0;
    const Decimal p = Decimal::divide(Decimal(part.mantissa() * 1000, part.scale()), planned, 0);
    return p > Decimal::fromInt(1000) ? 1000 : static_cast<int>(p.toScaled(0));
}

QString paceText(Pace pace) {
    switch (pace) {
    case Pace::Behind:
        return ProtocolsPage::tr("behind");
    case Pace::Ahead:
        return ProtocolsPage::tr("ahead");
    case Pace::OnTrack:
        break;
    }
    return ProtocolsPage::tr("on track");
}
} // namespace

QString protocolSummaryText(const std::vector<protocol::ProtocolSummary>& summaries) {
    QStringList out;
    for (const protocol::ProtocolSummary& s : summaries) {
        QStringList sides;
        for (const auto& [shipper, percent] : s.shippers)
            sides << QStringLiteral("%1 %2 %").arg(toQ(shipper), displayDecimal(percent));
        out << ProtocolsPage::tr("%1 protocol: %2, %n good(s) behind", nullptr, s.behind)
                   .arg(toQ(s.protocol), sides.join(QStringLiteral(" · ")));
    }
    return out.join(QStringLiteral("; "));
}

void FulfilmentModel::setRows(std::vector<FulfilmentRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int FulfilmentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FulfilmentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FulfilmentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FulfilmentRow& r = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    const QString measure = QLatin1Char(' ') + toQ(r.measure);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Shipper:
            return toQ(r.shipperCode);
        case Good:
            return toQ(r.good);
        case Planned:
            return displayDecimal(r.plannedQuantity) + measure;
        case Delivered:
            return displayDecimal(r.deliveredQuantity) + measure;
        case Fulfilled:
            return displayDecimal(r.fulfilledPercent) + QStringLiteral(" %");
        case Expected:
            return displayDecimal(r.expectedQuantity) + measure;
        case Remaining:
            return displayDecimal(r.remainingQuantity) + measure;
        case Pace:
            return paceText(r.pace);
        case Value:
            return r.plannedValue
                       ? tr("%1 of %2")
                             .arg(displayDecimal(r.deliveredValue), displayDecimal(*r.plannedValue))
                       : displayDecimal(r.deliveredValue);
        case ColumnCount:
            break;
        }
        return {};
    case FulfilmentDelegate::BarRole:
        if (column != Fulfilled)
            return {};
        return QPoint(permille(r.deliveredQuantity, r.plannedQuantity),
                      permille(r.expectedQuantity, r.plannedQuantity));
    case FulfilmentDelegate::PaceRole:
        return r.pace == Pace::Behind ? 0 : r.pace == Pace::Ahead ? 2 : 1;
    case Qt::ForegroundRole:
        if (column == Pace && r.pace == Pace::Behind)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case Planned:
        case Delivered:
        case Expected:
        case Remaining:
        case Value:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        if (column == Fulfilled)
            return tr("Delivered against planned; the dark mark is where it should be by the "
                      "date (expected %1)")
                .arg(displayDecimal(r.expectedQuantity) + measure);
        return {};
    default:
        return {};
    }
}

QVariant FulfilmentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Shipper:
        return tr("Shipper");
    case Good:
        return tr("Good");
    case Planned:
        return tr("Planned");
    case Delivered:
        return tr("Delivered");
    case Fulfilled:
        return tr("Fulfilled");
    case Expected:
        return tr("Expected by now");
    case Remaining:
        return tr("Remaining");
    case Pace:
        return tr("Pace");
    case Value:
        return tr("Value delivered");
    default:
        return {};
    }
}

ProtocolsPage::ProtocolsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("protocolsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_agreement = new QComboBox(this);
    m_agreement->setObjectName(QStringLiteral("protocolAgreement"));
    m_at = new DateField(this);
    m_at->setObjectName(QStringLiteral("protocolAt"));
    m_at->setDate(QDate::currentDate());
    m_shipper = new QComboBox(this);
    m_shipper->setObjectName(QStringLiteral("protocolShipper"));
    auto field = [&](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    field(tr("&Agreement:"), m_agreement);
    field(tr("&At:"), m_at);
    field(tr("&Shipper:"), m_shipper);
    filters->addStretch();
    m_import = new QPushButton(tr("&Import protocol…"), this);
    m_import->setObjectName(QStringLiteral("importProtocol"));
    m_import->setToolTip(tr("A CSV of shipper, good, planned_quantity[, planned_value]; the same "
                            "name again makes a new version"));
    markWrites({m_import});
    filters->addWidget(m_import);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("protocolLanguage"));
    for (const char* code : {"en", "ru", "ko", "en+ru", "en+ko", "ru+ko"})
        m_language->addItem(QLatin1String(code), QLatin1String(code));
    m_language->setToolTip(tr("The report's language, or two side by side"));
    filters->addWidget(m_language);
    m_export = new QPushButton(tr("&Export PDF…"), this);
    m_export->setObjectName(QStringLiteral("exportProtocol"));
    filters->addWidget(m_export);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("protocolSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("protocolEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_model = new FulfilmentModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("protocolTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(FulfilmentModel::Fulfilled, new FulfilmentDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(FulfilmentModel::Fulfilled, 240);
    layout->addWidget(m_table, 1);

    connect(m_agreement, &QComboBox::currentIndexChanged, this, [this] {
        // The shipper filter offers the agreement's two parties.
        const QSignalBlocker block(m_shipper);
        m_shipper->clear();
        m_shipper->addItem(tr("both"), QString());
        for (const Agreement& a : m_workspace.book().masterData().agreements(m_workspace.session()))
            if (toQ(a.code) == m_agreement->currentText())
                for (const Party* p : {&a.partyA, &a.partyB})
                    m_shipper->addItem(toQ(p->code), toQ(p->code));
        reload();
    });
    connect(m_at, &QDateEdit::dateChanged, this, &ProtocolsPage::reload);
    connect(m_shipper, &QComboBox::currentIndexChanged, this, &ProtocolsPage::reload);
    connect(m_import, &QPushButton::clicked, this, &ProtocolsPage::importProtocol);
    connect(m_export, &QPushButton::clicked, this, [this] { exportPdf(); });
    reloadMasterData();
}

void ProtocolsPage::reloadMasterData() {
    if (!m_workspace.loggedIn())
        return;
    m_import->setVisible(m_workspace.may(Action::ManageMasterData) &&
                         !m_workspace.book().readOnly());
    m_export->setVisible(m_workspace.may(Action::Export));
    m_language->setVisible(m_workspace.may(Action::Export));
    const QString chosen = m_agreement->currentText();
    {
        const QSignalBlocker block(m_agreement);
        m_agreement->clear();
        try {
            for (const Agreement& a :
                 m_workspace.book().masterData().agreements(m_workspace.session()))
                m_agreement->addItem(toQ(a.code));
        } catch (const std::exception& e) {
            m_summary->setText(describeError(e));
            return;
        }
        const int i = m_agreement->findText(chosen);
        m_agreement->setCurrentIndex(i >= 0 ? i : 0);
    }
    emit m_agreement->currentIndexChanged(m_agreement->currentIndex());
}

void ProtocolsPage::reload() {
    if (!m_workspace.loggedIn())
        return;
    m_summary->clear();
    const std::string agreement = fromQ(m_agreement->currentText());
    if (agreement.empty()) {
        m_model->setRows({});
        m_empty->setText(tr("There is no agreement yet; a manager adds one under Master data."));
        m_empty->show();
        m_table->hide();
        return;
    }
    try {
        const Date at = fromQDate(m_at->date()).value_or(Date::today());
        ProtocolService protocols = m_workspace.book().protocols();
        const std::vector<Protocol> inForce =
            protocols.inForce(m_workspace.session(), agreement, {}, at);
        std::vector<FulfilmentRow> rows =
            protocols.fulfilment(m_workspace.session(), agreement, {}, at);
        QStringList heads;
        for (const Protocol& p : inForce)
            heads << tr("Protocol %1, version %2%3: %4 through %5")
                         .arg(toQ(p.name))
                         .arg(p.version)
                         .arg(p.strict ? tr(" (strict)") : QString(), toQ(p.from.toString()),
                              toQ(p.through.toString()));
        m_summary->setText(heads.isEmpty() ? QString()
                                           : heads.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                                 protocolSummaryText(protocol::summarize(rows)));
        const std::string shipper = fromQ(m_shipper->currentData().toString());
        if (!shipper.empty())
            std::erase_if(rows, [&](const FulfilmentRow& r) { return r.shipperCode != shipper; });
        protocol::behindFirst(rows);
        m_model->setRows(std::move(rows));
        for (int c = 0; c < FulfilmentModel::ColumnCount; ++c)
            if (c != FulfilmentModel::Fulfilled)
                m_table->resizeColumnToContents(c);
        const bool none = inForce.empty();
        m_export->setEnabled(!none);
        m_empty->setVisible(none);
        m_table->setVisible(!none);
        if (none)
            m_empty->setText(
                m_workspace.may(Action::ManageMasterData)
                    ? tr("No protocol of %1 is in force on %2. Import one: Import protocol…")
                          .arg(toQ(agreement), toQ(at.toString()))
                    : tr("No protocol of %1 is in force on %2; a manager imports one.")
                          .arg(toQ(agreement), toQ(at.toString())));
    } catch (const std::exception& e) {
        m_model->setRows({});
        m_summary->setText(describeError(e));
    }
}

void ProtocolsPage::exportPdf(const QString& chosen) {
    const QString agreement = m_agreement->currentText();
    const Date at = fromQDate(m_at->date()).value_or(Date::today());
    QString path = chosen;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(
            this, tr("Export the protocol fulfilment"),
            QStringLiteral("protocol-%1-%2.pdf").arg(agreement, toQ(at.toString())),
            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const std::string code = m_language->currentData().toString().toStdString();
    const std::size_t plus = code.find('+');
    const pdf::Language first =
        *pdf::parseLanguage(plus == std::string::npos ? code : code.substr(0, plus));
    const std::optional<pdf::Language> second =
        plus == std::string::npos ? std::nullopt : pdf::parseLanguage(code.substr(plus + 1));
    QString message;
    const bool ok = runWithProgress(
        this, m_workspace, tr("Exporting the protocol fulfilment…"),
        [&](Book& book, const Session& s, const BookTask::Progress&) {
            const pdf::ProtocolPdf r = pdf::writeProtocolPdf(
                book, s, fromQ(agreement), {}, at, first, second, pdf::Paper::A4, fromQ(path));
            return tr("Exported to %1: %n page(s).", nullptr, r.pages).arg(path);
        },
        message);
    if (ok)
        m_summary->setText(m_summary->text() + QLatin1Char('\n') + message);
    else
        QMessageBox::warning(this, tr("Export the protocol fulfilment"), message);
}

void ProtocolsPage::importProtocol() {
    ImportDialog dialog(m_workspace, this);
    dialog.setKind(ImportWorker::Kind::Protocol);
    dialog.setAgreement(m_agreement->currentText());
    dialog.exec();
    reload();
}

} // namespace barter::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_page.h"

#include "adapters/text.h"
#include "models/journal_table_model.h"
#include "widgets/date_field.h"
#include "widgets/error_display.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace barter::ui {

JournalPage::JournalPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("journalPage"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_agreement = new QComboBox(this);
    m_agreement->setObjectName(QStringLiteral("agreementFilter"));
    m_from = DateField::optional(QStringLiteral("fromFilter"), this);
    m_to = DateField::optional(QStringLiteral("toFilter"), this);
    m_shipper = new QComboBox(this);
    m_shipper->setObjectName(QStringLiteral("shipperFilter"));
    m_good = new QComboBox(this);
    m_good->setObjectName(QStringLiteral("goodFilter"));
    m_good->setEditable(true);
    m_good->setInsertPolicy(QComboBox::NoInsert);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceFilter"));
    m_reference->setPlaceholderText(tr("reference contains…"));
    m_reference->setClearButtonEnabled(true);
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("A&greement:"), m_agreement));
    filters->addWidget(m_agreement);
    filters->addWidget(label(tr("&From:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(label(tr("&To:"), m_to));
    filters->addWidget(m_to);
    filters->addWidget(label(tr("S&hipper:"), m_shipper));
    filters->addWidget(m_shipper);
    filters->addWidget(label(tr("G&ood:"), m_good));
    filters->addWidget(m_good);
    filters->addWidget(m_reference, 1);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("journalSummary"));
    layout->addWidget(m_summary);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("journalEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    m_model = new JournalTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int widths[JournalTableModel::ColumnCount] = {55,  85, 115, 95,  195, 115,
                                                        115, 75, 115, 140, 110};
    for (int c = 0; c < JournalTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_table, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &JournalPage::applyFilter);
    auto schedule = [this] { m_debounce->start(); };
    connect(m_agreement, &QComboBox::currentIndexChanged, this, schedule);
    connect(m_shipper, &QComboBox::currentIndexChanged, this, schedule);
    connect(m_good, &QComboBox::currentTextChanged, this, schedule);
    connect(m_from, &QDateEdit::dateChanged, this, schedule);
    connect(m_to, &QDateEdit::dateChanged, this, schedule);
    connect(m_reference, &QLineEdit::textChanged, this, schedule);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const std::optional<reports::JournalRow> line =
            rows.isEmpty() ? std::nullopt : m_model->line(rows.front().row());
        m_selectedKey = line ? std::optional<reports::JournalKey>(line->key) : std::nullopt;
        emit selectionChanged();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        const std::optional<std::int64_t> seq = selectedSeq();
        if (!seq || !m_workspace.may(Action::Reverse))
            return;
        QMenu menu(this);
        QAction* reverse = menu.addAction(tr("Reverse exchange %1…").arg(*seq));
        if (menu.exec(m_table->viewport()->mapToGlobal(at)) == reverse)
            emit reverseRequested(*seq);
    });
}

void JournalPage::reloadMasterData() {
    const Session& s = m_workspace.session();
    Book& book = m_workspace.book();
    const QSignalBlocker b1(m_agreement), b2(m_shipper), b3(m_good);
    const QString agreement = m_agreement->currentData().toString();
    const QString shipper = m_shipper->currentData().toString();
    const QString good = m_good->currentText();
    try {
        m_agreement->clear();
        m_agreement->addItem(tr("all"), QString());
        for (const Agreement& a : book.masterData().agreements(s))
            m_agreement->addItem(toQ(a.code), toQ(a.code));
        m_shipper->clear();
        m_shipper->addItem(tr("any"), QString());
        for (const Party& p : book.masterData().parties(s))
            m_shipper->addItem(toQ(p.code), toQ(p.code));
        m_good->clear();
        m_good->addItem(QString());
        for (const Good& g : book.masterData().goods(s))
            m_good->addItem(toQ(g.code));
        m_agreement->setCurrentIndex(std::max(0, m_agreement->findData(agreement)));
        m_shipper->setCurrentIndex(std::max(0, m_shipper->findData(shipper)));
        m_good->setCurrentText(good);
        m_good->lineEdit()->setPlaceholderText(tr("any"));
    } catch (const std::exception& e) {
        m_summary->setText(describeError(e));
    }
}

void JournalPage::reload() {
    const int topRow = m_table->rowAt(0);
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const int selectedRow = selected.isEmpty() ? -1 : selected.front().row();
    const int column = m_table->horizontalScrollBar()->value();
    const std::optional<reports::JournalRow> top = m_model->line(topRow);
    // The selected line as it was read when it was selected: read now, its row might already
    // show another line.
    const std::optional<reports::JournalKey> chosen =
        selectedRow >= 0 ? m_selectedKey : std::nullopt;
    applyFilter();
    if (top) {
        const int row = findRow(top->key, topRow);
        if (row >= 0)
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    }
    if (chosen) {
        const int row = findRow(*chosen, selectedRow);
        // As a click selects it, so that the view knows its current row too (selectionChanged
        // follows).
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    }
    m_table->horizontalScrollBar()->setValue(column);
}

int JournalPage::findRow(const reports::JournalKey& key, int near) const {
    // Lines posted meanwhile move a line down (dated before it) or leave it where it was; a
    // page's worth either way covers what a busy morning adds between two refreshes.
    const int rows = m_model->rowCount();
    for (int d = 0; d <= JournalTableModel::kPageSize; ++d)
        for (const int row : {near + d, near - d})
            if (row >= 0 && row < rows)
                if (const std::optional<reports::JournalRow> r = m_model->line(row);
                    r && r->key == key)
                    return row;
    return -1;
}

void JournalPage::applyFilter() {
    m_debounce->stop();
    if (!m_workspace.loggedIn())
        return;
    reports::JournalFilter f;
    f.agreement = fromQ(m_agreement->currentData().toString());
    f.from = m_from->chosen();
    f.to = m_to->chosen();
    f.shipper = fromQ(m_shipper->currentData().toString());
    f.good = fromQ(m_good->currentText().trimmed().toUpper());
    f.reference = fromQ(m_reference->text().trimmed());
    const bool filtered = !f.agreement.empty() || f.from || f.to || !f.shipper.empty() ||
                          !f.good.empty() || !f.reference.empty();
    try {
        m_model->setView(m_workspace.book().journal().view(m_workspace.session(), f));
    } catch (const InvalidInput& e) {
        m_model->setView(nullptr);
        m_summary->setText(describeError(e));
        m_empty->setText(tr("Correct the filter to see the journal."));
        m_empty->show();
        m_table->hide();
        return;
    } catch (const std::exception& e) {
        m_model->setView(nullptr);
        showError(this, e);
        return;
    }
    // The agreement column says nothing when only one agreement can appear.
    m_table->setColumnHidden(JournalTableModel::Agreement,
                             !f.agreement.empty() || m_agreement->count() <= 2);
    const int rows = m_model->rowCount();
    m_summary->setText(filtered ? tr("%n line(s) match the filter", nullptr, rows)
                                : tr("%n delivery line(s) in the journal", nullptr, rows));
    const bool empty = rows == 0;
    if (empty)
        m_empty->setText(
            filtered ? tr("No lines match the filter. Clear a filter to see more.")
            : m_workspace.may(Action::EnterExchange)
                ? tr("No exchanges yet.\nEnter the first one with Exchange → New exchange "
                     "(Ctrl+N), or import deliveries from a CSV file (Exchange → Import).")
                : tr("No exchanges yet. Clerks and managers enter them."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    emit selectionChanged();
}

std::optional<std::int64_t> JournalPage::selectedSeq() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QVariant seq = m_model->data(rows.front(), JournalTableModel::SeqRole);
    if (!seq.isValid())
        return std::nullopt;
    return seq.toLongLong();
}

} // namespace barter::ui

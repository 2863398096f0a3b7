// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciliation_page.h"

#include "adapters/text.h"
#include "io/csv_preview.h"
#include "models/text_table_model.h"
#include "widgets/date_field.h"
#include "widgets/error_display.h"
#include "widgets/writes.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace barter::ui {

namespace {

constexpr std::size_t kPreviewRows = 50;

QString resolutionText(const reconcile::Resolution& r) {
    QString kind;
    switch (r.kind) {
    case reconcile::ResolutionKind::Correction:
        kind = QObject::tr("corrected by %1").arg(r.seq.value_or(0));
        break;
    case reconcile::ResolutionKind::Reversal:
        kind = QObject::tr("reversed by %1").arg(r.seq.value_or(0));
        break;
    case reconcile::ResolutionKind::Note:
        kind = QObject::tr("note");
        break;
    }
    return r.note.empty() ? kind : kind + QStringLiteral(": ") + toQ(r.note);
}

} // namespace

QString categoryText(reconcile::Category c) {
    switch (c) {
    case reconcile::Category::Matched:
        return QObject::tr("matched");
    case reconcile::Category::QuantityDiffers:
        return QObject::tr("quantity differs");
    case reconcile::Category::ValueDiffers:
        return QObject::tr("value differs");
    case reconcile::Category::DateDiffers:
        return QObject::tr("date differs");
    case reconcile::Category::MissingOurs:
        return QObject::tr("missing in ours");
    case reconcile::Category::MissingTheirs:
        return QObject::tr("missing in theirs");
    }
    return {};
}

ReconciliationPage::ReconciliationPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("reconciliationPage"));
    auto* layout = new QVBoxLayout(this);

    auto* period = new QHBoxLayout;
    m_agreement = new QComboBox(this);
    m_agreement->setObjectName(QStringLiteral("recAgreement"));
    m_from = DateField::optional(QStringLiteral("recFrom"), this);
    m_through = new DateField(this);
    m_through->setObjectName(QStringLiteral("recThrough"));
    m_through->setDate(QDate(QDate::currentDate().year(), QDate::currentDate().month() <= 6 ? 1 : 7,
                             1)
                           .addDays(-1)); // the last half-year that ended
    m_tolerance = new QSpinBox(this);
    m_tolerance->setObjectName(QStringLiteral("recTolerance"));
    m_tolerance->setRange(0, 366);
    m_tolerance->setSuffix(tr(" days"));
    auto label = [&](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        period->addWidget(l);
        period->addWidget(buddy);
    };
    label(tr("A&greement:"), m_agreement);
    label(tr("&From:"), m_from);
    label(tr("&Through:"), m_through);
    label(tr("Date &tolerance:"), m_tolerance);
    period->addStretch();
    layout->addLayout(period);

    auto* file = new QHBoxLayout;
    m_statement = new QLineEdit(this);
    m_statement->setObjectName(QStringLiteral("recStatement"));
    m_statement->setPlaceholderText(
        tr("their statement: date,reference,shipper,good,quantity[,unit_price][,value]"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    m_reconcile = new QPushButton(tr("&Reconcile"), this);
    m_reconcile->setObjectName(QStringLiteral("reconcileButton"));
    m_reconcile->setVisible(m_workspace.may(Action::Reconcile));
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedReconciliations"));
    m_saved->setMinimumContentsLength(28);
    auto* statementLabel = new QLabel(tr("&Statement:"), this);
    statementLabel->setBuddy(m_statement);
    file->addWidget(statementLabel);
    file->addWidget(m_statement, 1);
    file->addWidget(browse);
    file->addWidget(m_reconcile);
    file->addSpacing(16);
    auto* savedLabel = new QLabel(tr("Sa&ved:"), this);
    savedLabel->setBuddy(m_saved);
    file->addWidget(savedLabel);
    file->addWidget(m_saved);
    layout->addLayout(file);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("recError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recTabs"));
    auto* itemsTab = new QWidget(m_tabs);
    auto* itemsLayout = new QVBoxLayout(itemsTab);
    m_summary = new QLabel(tr("Load the other side's statement of the agreement, set the period "
                              "and reconcile; or open a saved reconciliation."),
                           itemsTab);
    m_summary->setObjectName(QStringLiteral("recSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    itemsLayout->addWidget(m_summary);
    auto* filterRow = new QHBoxLayout;
    m_filter = new QComboBox(itemsTab);
    m_filter->setObjectName(QStringLiteral("recFilter"));
    m_filter->addItem(tr("all items"), QString());
    m_filter->addItem(tr("differing items"), QStringLiteral("differing"));
    m_filter->addItem(tr("unresolved items"), QStringLiteral("unresolved"));
    for (reconcile::Category c : reconcile::kCategories)
        m_filter->addItem(categoryText(c), toQ(std::string(reconcile::toString(c))));
    auto* filterLabel = new QLabel(tr("S&how:"), itemsTab);
    filterLabel->setBuddy(m_filter);
    m_filter->setCurrentIndex(1); // the differences are what a reconciliation is about
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    itemsLayout->addLayout(filterRow);
    m_items = new TextTableModel({{tr("Item"), true},
                                  {tr("Category")},
                                  {tr("Reference")},
                                  {tr("Shipper")},
                                  {tr("Good")},
                                  {tr("Our date")},
                                  {tr("Our quantity"), true},
                                  {tr("Our value"), true},
                                  {tr("Their date")},
                                  {tr("Their quantity"), true},
                                  {tr("Their value"), true},
                                  {tr("Difference"), true},
                                  {tr("Resolution")}},
                                 this);
    m_itemsView = new QTableView(itemsTab);
    m_itemsView->setObjectName(QStringLiteral("recItems"));
    m_itemsView->setModel(m_items);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_itemsView->verticalHeader()->setDefaultSectionSize(24);
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    itemsLayout->addWidget(m_itemsView, 1);
    auto* actions = new QHBoxLayout;
    m_correct = new QPushButton(tr("Post &correction…"), itemsTab);
    m_correct->setObjectName(QStringLiteral("postCorrection"));
    m_correct->setToolTip(tr("Enter the delivery our book lacks, prefilled from their figures"));
    m_reverse = new QPushButton(tr("Re&verse ours…"), itemsTab);
    m_reverse->setObjectName(QStringLiteral("reverseOurs"));
    m_note = new QPushButton(tr("&Note…"), itemsTab);
    m_note->setObjectName(QStringLiteral("addNote"));
    m_note->setToolTip(tr("Explain the item, e.g. that the other side will correct theirs"));
    m_exportAct = new QPushButton(tr("Export &act…"), itemsTab);
    m_exportAct->setObjectName(QStringLiteral("exportAct"));
    m_exportAct->setToolTip(tr("The act of reconciliation as a PDF in two languages, to sign"));
    m_close = new QPushButton(tr("C&lose period…"), itemsTab);
    m_close->setObjectName(QStringLiteral("closePeriod"));
    markWrites({m_reconcile, m_correct, m_reverse, m_note, m_close});
    for (QPushButton* b : {m_correct, m_reverse, m_note})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_exportAct);
    actions->addWidget(m_close);
    itemsLayout->addLayout(actions);
    m_tabs->addTab(itemsTab, tr("Items"));

    m_preview = new TextTableModel({}, this);
    auto* preview = new QTableView(m_tabs);
    preview->setObjectName(QStringLiteral("statementPreview"));
    preview->setModel(m_preview);
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(preview, tr("Their statement"));

    auto* mappingTab = new QWidget(m_tabs);
    auto* mappingLayout = new QVBoxLayout(mappingTab);
    mappingLayout->addWidget(new QLabel(
        tr("Their codes that differ from ours: kind (party or good), their code, our code."),
        mappingTab));
    m_mapping = new QTableWidget(0, 3, mappingTab);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setHorizontalHeaderLabels({tr("Kind"), tr("Their code"), tr("Our code")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    mappingLayout->addWidget(m_mapping, 1);
    auto* mappingButtons = new QHBoxLayout;
    auto* find = new QPushButton(tr("Find &unknown codes"), mappingTab);
    auto* add = new QPushButton(tr("&Add row"), mappingTab);
    auto* remove = new QPushButton(tr("Remo&ve row"), mappingTab);
    for (QPushButton* b : {find, add, remove})
        mappingButtons->addWidget(b);
    mappingButtons->addStretch();
    mappingLayout->addLayout(mappingButtons);
    m_tabs->addTab(mappingTab, tr("Mapping"));
    layout->addWidget(m_tabs, 1);

    connect(browse, &QPushButton::clicked, this, &ReconciliationPage::browse);
    connect(m_statement, &QLineEdit::editingFinished, this, [this] {
        if (m_statement->text() != m_loadedStatement)
            setStatement(m_statement->text());
    });
    connect(m_reconcile, &QPushButton::clicked, this, &ReconciliationPage::reconcileNow);
    connect(m_agreement, &QComboBox::currentIndexChanged, this, &ReconciliationPage::reloadSaved);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (const QVariant id = m_saved->itemData(index); id.isValid())
            showSaved(id.toLongLong());
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReconciliationPage::fillItems);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReconciliationPage::updateButtons);
    connect(m_correct, &QPushButton::clicked, this, &ReconciliationPage::postCorrection);
    connect(m_reverse, &QPushButton::clicked, this, &ReconciliationPage::reverseOurs);
    connect(m_note, &QPushButton::clicked, this, &ReconciliationPage::addNote);
    connect(m_close, &QPushButton::clicked, this, &ReconciliationPage::closePeriod);
    connect(m_exportAct, &QPushButton::clicked, this, [this] {
        if (!m_shown)
            return;
        const QStringList pairs = {QStringLiteral("English + Русский"),
                                   QStringLiteral("English + 한국어"),
                                   QStringLiteral("Русский + 한국어")};
        bool ok = false;
        const QString pair =
            QInputDialog::getItem(this, tr("Export act"), tr("Languages:"), pairs, 0, false, &ok);
        if (!ok)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the act"),
            toQ(m_shown->agreement) + QStringLiteral("-act-%1.pdf").arg(m_shown->id),
            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        const int index = static_cast<int>(pairs.indexOf(pair));
        exportAct(path, index == 2 ? pdf::Language::Russian : pdf::Language::English,
                  index == 0 ? pdf::Language::Russian : pdf::Language::Korean);
    });
    connect(find, &QPushButton::clicked, this, &ReconciliationPage::findUnknownCodes);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_mapping->rowCount();
        m_mapping->insertRow(row);
        m_mapping->setItem(row, 0, new QTableWidgetItem(QStringLiteral("good")));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_mapping->currentRow() >= 0)
            m_mapping->removeRow(m_mapping->currentRow());
    });
    updateButtons();
}

void ReconciliationPage::reloadMasterData() {
    if (!m_workspace.loggedIn())
        return;
    const QString chosen = m_agreement->currentText();
    {
        const QSignalBlocker block(m_agreement);
        m_agreement->clear();
        m_goods.clear();
        try {
            for (const Agreement& a :
                 m_workspace.book().masterData().agreements(m_workspace.session()))
                m_agreement->addItem(toQ(a.code));
            for (const Good& g : m_workspace.book().masterData().goods(m_workspace.session()))
                m_goods[g.code] = g;
        } catch (const std::exception& e) {
            showError(e);
        }
        m_agreement->setCurrentIndex(std::max(0, m_agreement->findText(chosen)));
    }
    reloadSaved();
}

void ReconciliationPage::refresh() {
    const std::optional<std::int64_t> shown =
        m_shown ? std::optional<std::int64_t>(m_shown->id) : std::nullopt;
    reloadMasterData();
    if (!shown)
        return;
    const int at = m_saved->findData(QVariant::fromValue<qlonglong>(*shown));
    if (at < 0)
        return;
    const QSignalBlocker block(m_saved);
    m_saved->setCurrentIndex(at);
    showSaved(*shown);
}

void ReconciliationPage::reloadSaved() {
    m_saved->clear();
    const std::string agreement = fromQ(m_agreement->currentText());
    if (agreement.empty() || !m_workspace.loggedIn())
        return;
    m_saved->addItem(tr("(choose one)"));
    try {
        const auto all =
            m_workspace.book().reconciliation().reconciliations(m_workspace.session(), agreement);
        for (auto it = all.rbegin(); it != all.rend(); ++it)
            m_saved->addItem(tr("No. %1 through %2 — %3")
                                 .arg(it->id)
                                 .arg(toQ(it->through.toString()), toQ(it->statementName)),
                             QVariant::fromValue<qlonglong>(it->id));
    } catch (const std::exception& e) {
        showError(e);
        return;
    }
    // Another agreement's items are not this one's: show its latest reconciliation, or none.
    if (m_shown && m_shown->agreement == agreement)
        return;
    if (m_saved->count() > 1) {
        m_saved->setCurrentIndex(1);
        showSaved(m_saved->itemData(1).toLongLong());
    } else {
        m_shown.reset();
        m_summary->setText(tr("No reconciliation of %1 yet. Load the other side's statement, set "
                              "the period and reconcile.")
                               .arg(toQ(agreement)));
        fillItems();
    }
}

void ReconciliationPage::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Their statement"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setStatement(path);
}

void ReconciliationPage::setStatement(const QString& path) {
    m_statement->setText(path);
    m_loadedStatement = path;
    m_error->hide();
    m_preview->setColumns({});
    if (path.isEmpty())
        return;
    try {
        const CsvPreview p = previewCsv(fromQ(path), kPreviewRows);
        std::vector<TextTableModel::ColumnSpec> columns;
        for (const std::string& name : p.header)
            columns.push_back({toQ(name)});
        m_preview->setColumns(std::move(columns));
        std::vector<TextTableModel::Row> rows;
        for (const CsvRecord& r : p.records) {
            QStringList cells;
            for (const std::string& f : r.fields)
                cells << toQ(f);
            rows.push_back({cells, QString::number(r.line), {}, false});
        }
        m_preview->setRows(std::move(rows));
        findUnknownCodes();
    } catch (const std::exception& e) {
        showError(e);
    }
}

void ReconciliationPage::findUnknownCodes() {
    const std::string agreement = fromQ(m_agreement->currentText());
    if (agreement.empty() || m_statement->text().isEmpty())
        return;
    try {
        const reconcile::UnknownCodes unknown = m_workspace.book().reconciliation().unknownCodes(
            m_workspace.session(), agreement, fromQ(m_statement->text()), typedMapping(true));
        auto add = [this](const char* kind, const std::string& code) {
            for (int row = 0; row < m_mapping->rowCount(); ++row)
                if (const QTableWidgetItem* theirs = m_mapping->item(row, 1);
                    theirs && theirs->text().trimmed() == toQ(code))
                    return; // already offered, waiting for our code
            const int row = m_mapping->rowCount();
            m_mapping->insertRow(row);
            m_mapping->setItem(row, 0, new QTableWidgetItem(QLatin1String(kind)));
            m_mapping->setItem(row, 1, new QTableWidgetItem(toQ(code)));
            m_mapping->setItem(row, 2, new QTableWidgetItem());
        };
        for (const std::string& code : unknown.parties)
            add("party", code);
        for (const std::string& code : unknown.goods)
            add("good", code);
        if (!unknown.parties.empty() || !unknown.goods.empty()) {
            m_tabs->setCurrentIndex(2);
            say(tr("Their statement uses %n code(s) this book does not know; give our code for "
                   "each under Mapping.",
                   nullptr, static_cast<int>(unknown.parties.size() + unknown.goods.size())),
                true);
        }
    } catch (const std::exception& e) {
        showError(e);
    }
}

reconcile::Mapping ReconciliationPage::typedMapping(bool completeOnly) const {
    std::vector<reconcile::MappingRow> rows;
    auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_mapping->item(row, column);
        return item ? fromQ(item->text().trimmed()) : std::string();
    };
    for (int r = 0; r < m_mapping->rowCount(); ++r)
        if (!completeOnly || (!text(r, 1).empty() && !text(r, 2).empty()))
            rows.push_back({text(r, 0), text(r, 1), text(r, 2), r + 1});
    // A row's problems are named by its number in the editor.
    return reconcile::mappingFromRows(rows, fromQ(tr("mapping row")));
}

void ReconciliationPage::reconcileNow() {
    m_error->hide();
    try {
        const std::optional<Date> through = m_through->chosen();
        if (!through)
            throw InvalidInput("through", fromQ(tr("choose the last day of the period")));
        const reconcile::Reconciliation r = m_workspace.book().reconciliation().reconcile(
            m_workspace.session(), fromQ(m_agreement->currentText()), fromQ(m_statement->text()),
            m_from->chosen(), *through, typedMapping(), m_tolerance->value());
        reloadSaved();
        showReconciliation(r);
        if (r.statementOutside > 0) {
            say(tr("%n line(s) of their statement are dated outside the period and were left out.",
                   nullptr, static_cast<int>(r.statementOutside)),
                false);
        }
    } catch (const std::exception& e) {
        showError(e);
    }
}

void ReconciliationPage::showSaved(std::int64_t id) {
    m_error->hide();
    try {
        showReconciliation(m_workspace.book().reconciliation().saved(m_workspace.session(), id));
    } catch (const std::exception& e) {
        showError(e);
    }
}

void ReconciliationPage::showReconciliation(const reconcile::Reconciliation& r) {
    m_shown = r;
    // The fields say what is shown, so that reconciling again starts from the same period.
    {
        const QSignalBlocker block(m_agreement);
        m_agreement->setCurrentIndex(std::max(0, m_agreement->findText(toQ(r.agreement))));
    }
    if (r.from)
        m_from->setDate(toQDate(*r.from));
    else
        m_from->setDate(m_from->minimumDate()); // "any"
    m_through->setDate(toQDate(r.through));
    m_tolerance->setValue(r.toleranceDays);
    const QString unit = toQ(r.unit);
    QStringList counts;
    for (const auto& [category, n] : r.counts())
        if (n > 0)
            counts << tr("%1 %2", "a count and its category: 3 matched")
                          .arg(n)
                          .arg(categoryText(category));
    const bool even = r.difference().isZero();
    m_summary->setText(
        tr("<b>Reconciliation %1</b> of %2, %3 through %4 — their statement %5 (SHA-256 %6…)<br>"
           "Ours: <b>%7</b> · theirs: <b>%8</b> · difference <b "
           "style='color:%9'>%10</b>, explained by the items: %11<br>%12 items: %13 · "
           "%14 unresolved")
            .arg(r.id)
            .arg(toQ(r.agreement), r.from ? toQ(r.from->toString()) : tr("the beginning"),
                 toQ(r.through.toString()), toQ(r.statementName).toHtmlEscaped(),
                 toQ(r.statementSha256.substr(0, 16)),
                 balanceInWords(r.ourBalance, toQ(r.partyA), toQ(r.partyB), unit),
                 balanceInWords(r.theirBalance, toQ(r.partyA), toQ(r.partyB), unit),
                 even ? QStringLiteral("#2e7d32") : QStringLiteral("#b00020"))
            .arg(displayAmount(r.difference(), unit), displayAmount(r.explained(), unit))
            .arg(r.items.size())
            .arg(counts.join(QStringLiteral(", ")))
            .arg(r.unresolved()));
    m_tabs->setCurrentIndex(0);
    fillItems();
}

void ReconciliationPage::fillItems() {
    std::vector<TextTableModel::Row> rows;
    if (m_shown) {
        const QString filter = m_filter->currentData().toString();
        const QString unit = toQ(m_shown->unit);
        for (const reconcile::Item& item : m_shown->items) {
            const reconcile::Resolution* resolution = m_shown->resolutionOf(item.number);
            const bool differs = item.category != reconcile::Category::Matched;
            if ((filter == QLatin1String("differing") && !differs) ||
                (filter == QLatin1String("unresolved") && (!differs || resolution)) ||
                (!filter.isEmpty() && filter != QLatin1String("differing") &&
                 filter != QLatin1String("unresolved") &&
                 filter != toQ(std::string(reconcile::toString(item.category)))))
                continue;
            QStringList cells{QString::number(item.number), categoryText(item.category),
                              toQ(item.reference), toQ(item.shipper), toQ(item.good)};
            for (const auto& side : {item.ours, item.theirs}) {
                if (side)
                    cells << toQ(side->date.toString()) << quantityText(item.good, side->quantity)
                          << displayAmount(side->value, unit);
                else
                    cells << QString() << QString() << QString();
            }
            cells << displayAmount(item.difference, unit)
                  << (resolution ? resolutionText(*resolution) : QString());
            rows.push_back({cells, QString::number(item.number),
                            resolution
                                ? tr("by %1 at %2").arg(toQ(resolution->by), toQ(resolution->at))
                                : QString(),
                            !differs || resolution != nullptr});
        }
    }
    m_items->setRows(std::move(rows));
    m_itemsView->resizeColumnsToContents();
    updateButtons();
}

QString ReconciliationPage::quantityText(const std::string& good, const Decimal& quantity) const {
    auto it = m_goods.find(good);
    if (it == m_goods.end())
        return displayDecimal(quantity.trimmed(0));
    // At the good's decimals, or at more when their statement has more.
    return displayAmount(quantity.trimmed(it->second.decimals), toQ(it->second.measure));
}

void ReconciliationPage::selectItem(int number) {
    for (int row = 0; row < m_items->rowCount(); ++row)
        if (m_items->row(row).key == QString::number(number))
            m_itemsView->selectRow(row);
}

const reconcile::Item* ReconciliationPage::selectedItem() const {
    if (!m_shown)
        return nullptr;
    const QModelIndexList rows = m_itemsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int number = m_items->row(rows.front().row()).key.toInt();
    for (const reconcile::Item& item : m_shown->items)
        if (item.number == number)
            return &item;
    return nullptr;
}

void ReconciliationPage::updateButtons() {
    const reconcile::Item* item = selectedItem();
    const bool manager = m_workspace.loggedIn() && m_workspace.may(Action::Reconcile);
    const bool differs = item && item->category != reconcile::Category::Matched;
    for (QPushButton* b : {m_correct, m_reverse, m_note, m_close})
        b->setVisible(manager);
    m_correct->setEnabled(item && reconcile::correctable(*item));
    m_reverse->setEnabled(differs && item->ours.has_value());
    m_note->setEnabled(differs);
    m_close->setEnabled(m_shown.has_value());
    m_exportAct->setVisible(m_workspace.loggedIn() && m_workspace.may(Action::Export));
    m_exportAct->setEnabled(m_shown.has_value());
}

void ReconciliationPage::say(const QString& text, bool error) {
    m_error->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                 : QStringLiteral("color: #2e7d32;"));
    m_error->setText(text);
    m_error->show();
}

void ReconciliationPage::showError(const std::exception& e) {
    QString text = describeError(e);
    // A statement's problems name its lines; say which file they are in.
    if (const auto* invalid = dynamic_cast<const InvalidInput*>(&e);
        invalid && !invalid->source().empty())
        text = QFileInfo(toQ(invalid->source())).fileName() + QStringLiteral(":\n") + text;
    say(text, true);
}

} // namespace barter::ui

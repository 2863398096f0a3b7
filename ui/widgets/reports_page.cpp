// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports_page.h"

#include "adapters/text.h"
#include "models/text_table_model.h"
#include "widgets/date_field.h"
#include "widgets/error_display.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <map>

namespace barter::ui {

ReportsPage::ReportsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("reportsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->addItem(tr("Balance at each period end"), BalanceSeries);
    m_report->addItem(tr("Turnover by good and period, with shares"), Turnover);
    m_report->addItem(tr("Aging of every agreement"), Aging);
    m_report->addItem(tr("Lines at an overridden price"), PriceOverrides);
    m_report->addItem(tr("Consolidated positions per party and unit"), Consolidated);
    m_agreement = new QComboBox(this);
    m_agreement->setObjectName(QStringLiteral("reportAgreement"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    for (auto [text, p] : {std::pair{tr("day"), reports::SeriesPeriod::Day},
                           std::pair{tr("week"), reports::SeriesPeriod::Week},
                           std::pair{tr("month"), reports::SeriesPeriod::Month},
                           std::pair{tr("quarter"), reports::SeriesPeriod::Quarter},
                           std::pair{tr("year"), reports::SeriesPeriod::Year}})
        m_period->addItem(text, static_cast<int>(p));
    m_period->setCurrentIndex(2);
    m_from = DateField::optional(QStringLiteral("reportFrom"), this);
    m_to = DateField::optional(QStringLiteral("reportTo"), this);
    m_at = new DateField(this);
    m_at->setObjectName(QStringLiteral("reportAt"));
    m_at->setDate(QDate::currentDate());
    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_report);
    auto* params = new QHBoxLayout;
    for (auto [label, w] : {std::pair{tr("&Agreement:"), static_cast<QWidget*>(m_agreement)},
                            std::pair{tr("&Period:"), static_cast<QWidget*>(m_period)},
                            std::pair{tr("&From:"), static_cast<QWidget*>(m_from)},
                            std::pair{tr("&To:"), static_cast<QWidget*>(m_to)},
                            std::pair{tr("A&t:"), static_cast<QWidget*>(m_at)}}) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        params->addWidget(l);
        params->addWidget(w);
    }
    params->addStretch();
    auto* show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("showReport"));
    auto* exportCsv = new QPushButton(tr("&Export CSV…"), this);
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    exportCsv->setVisible(workspace.may(Action::Export));
    m_showButton = show;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0); // a report cannot say how far along it is
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    params->addWidget(m_busy);
    params->addWidget(show);
    params->addWidget(exportCsv);
    form->addRow(QString(), params);
    bar->addLayout(form);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_model = new TextTableModel({}, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reportTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportsPage::updateParameters);
    connect(show, &QPushButton::clicked, this, &ReportsPage::showReport);
    connect(exportCsv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    updateParameters();
}

void ReportsPage::choose(Report report) {
    m_report->setCurrentIndex(m_report->findData(report));
}

void ReportsPage::updateParameters() {
    const auto r = static_cast<Report>(m_report->currentData().toInt());
    m_agreement->setEnabled(r != Aging && r != Consolidated);
    m_period->setEnabled(r == BalanceSeries || r == Turnover);
    m_from->setEnabled(r == BalanceSeries || r == Turnover || r == PriceOverrides);
    m_to->setEnabled(m_from->isEnabled());
    m_at->setEnabled(r == Aging || r == Consolidated);
    m_status->setText(tr("Choose the parameters and press Show."));
}

void ReportsPage::reloadMasterData() {
    if (!m_workspace.loggedIn())
        return;
    const QString current = m_agreement->currentText();
    m_agreement->clear();
    try {
        for (const Agreement& a : m_workspace.book().masterData().agreements(m_workspace.session()))
            m_agreement->addItem(toQ(a.code));
    } catch (const std::exception& e) {
        m_status->setText(describeError(e));
    }
    m_agreement->setCurrentIndex(std::max(0, m_agreement->findText(current)));
}

namespace {

struct ReportRequest {
    ReportsPage::Report report;
    std::string agreement;
    reports::SeriesPeriod period;
    std::optional<Date> from, to, at;
};

// Builds the table on `book` (a connection of the worker's own). Throws barter::Error.
reports::ReportTable buildReport(Book& book, const Session& s, const ReportRequest& q) {
    using R = ReportsPage::Report;
    if ((q.report == R::BalanceSeries || q.report == R::Turnover ||
         q.report == R::PriceOverrides) &&
        q.agreement.empty())
        throw InvalidInput("agreement", "there is no agreement yet");
    switch (q.report) {
    case R::BalanceSeries:
        return reports::balanceSeriesTable(
            book.reporting().agreementInfo(s, q.agreement),
            book.reporting().balanceSeries(s, q.agreement, q.period, q.from, q.to));
    case R::Turnover:
        return reports::turnoverTable(
            book.reporting().agreementInfo(s, q.agreement),
            book.reporting().turnoverByGoodAndPeriod(s, q.agreement, q.period, q.from, q.to));
    case R::Aging: {
        std::vector<std::pair<reports::AgreementInfo, reports::AgingReport>> rows;
        for (const Agreement& a : book.masterData().agreements(s))
            rows.emplace_back(book.reporting().agreementInfo(s, a.code),
                              book.reporting().aging(s, a.code, q.at));
        return reports::agingTable(rows);
    }
    case R::PriceOverrides:
        return reports::priceOverridesTable(
            book.reporting().agreementInfo(s, q.agreement),
            book.reporting().priceReport(s, q.agreement, std::nullopt, q.from, q.to));
    case R::Consolidated:
        return reports::consolidatedTable(book.reporting().consolidatedPositions(s, q.at));
    }
    return {};
}

// The core's column names (the CSV header, which stays as it is) as a reader sees them on
// screen. A name missing here is shown as it is.
QString columnTitle(const std::string& name) {
    static const std::map<std::string, const char*> titles = {
        {"period_end", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Period end")},
        {"balance", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Balance")},
        {"swing", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Swing limit")},
        {"utilization", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Swing use")},
        {"good", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Good")},
        {"shipper", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Shipper")},
        {"unit", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Unit")},
        {"lines", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Lines")},
        {"quantity", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Quantity")},
        {"value", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Value")},
        {"share", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Share")},
        {"seq", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Seq")},
        {"date", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Date")},
        {"reference", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Reference")},
        {"unit_price", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Unit price")},
        {"list_price", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "List price")},
        {"list_value", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Value at list price")},
        {"difference", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Difference")},
        {"reason", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Reason")},
        {"reversed_by", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Reversed by")},
        {"agreement", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Agreement")},
        {"at", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "As of")},
        {"debtor", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Debtor")},
        {"creditor", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Creditor")},
        {"since", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Since")},
        {"days", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Days")},
        {"last_debtor_delivery",
         QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Debtor's last delivery")},
        {"avg_monthly_net", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Average monthly net")},
        {"party", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Party")},
        {"agreements", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Agreements")},
        {"owed_to_it", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Owed to it")},
        {"owed_by_it", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Owed by it")},
        {"net", QT_TRANSLATE_NOOP("barter::ui::ReportsPage", "Net")},
    };
    const auto it = titles.find(name);
    return it == titles.end() ? toQ(name) : ReportsPage::tr(it->second);
}

} // namespace

void ReportsPage::showReport() {
    if (m_thread || !m_workspace.loggedIn())
        return;
    const ReportRequest request{static_cast<Report>(m_report->currentData().toInt()),
                                fromQ(m_agreement->currentText()),
                                static_cast<reports::SeriesPeriod>(m_period->currentData().toInt()),
                                m_from->chosen(),
                                m_to->chosen(),
                                fromQDate(m_at->date())};
    m_requestedName = m_report->currentText();
    if (!request.agreement.empty() && m_agreement->isEnabled())
        m_requestedName += QStringLiteral(" ") + m_agreement->currentText();
    m_busy->show();
    m_showButton->setEnabled(false);
    m_status->setText(tr("Working…"));
    // A report may read every line of a big book: it runs on a connection of its own, off the
    // UI thread, and hands its table back to this page.
    m_thread = QThread::create(
        [this, request, path = fromQ(m_workspace.path()), session = m_workspace.session()] {
            reports::ReportTable table;
            QString error;
            try {
                Book book = Book::open(path);
                const Session s = book.resume(session);
                table = buildReport(book, s, request);
            } catch (const std::exception& e) {
                error = describeError(e);
            }
            // The page waits for this thread before it is destroyed, so `this` is alive here.
            QMetaObject::invokeMethod(
                this, [this, table = std::move(table), error] { finish(table, error); },
                Qt::QueuedConnection);
        });
    m_thread->start();
}

void ReportsPage::finish(const reports::ReportTable& table, const QString& error) {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_busy->hide();
    m_showButton->setEnabled(true);
    if (!error.isEmpty()) {
        m_table = {};
        m_model->setColumns({});
        m_status->setText(error);
        emit reportShown();
        return;
    }
    m_table = table;
    m_shownName = m_requestedName;
    std::vector<TextTableModel::ColumnSpec> columns;
    for (std::size_t c = 0; c < m_table.columns.size(); ++c)
        columns.push_back({columnTitle(m_table.columns[c]), m_table.numeric[c]});
    std::vector<TextTableModel::Row> rows;
    for (const auto& row : m_table.rows) {
        QStringList cells;
        for (std::size_t c = 0; c < row.size(); ++c) {
            const std::optional<Decimal> d =
                m_table.numeric[c] ? Decimal::parse(row[c]) : std::nullopt;
            cells << (d ? displayDecimal(*d) : toQ(row[c]));
        }
        rows.push_back({cells, {}, {}, false});
    }
    m_model->setColumns(std::move(columns));
    m_model->setRows(std::move(rows));
    m_status->setText(m_table.rows.empty()
                          ? tr("Nothing to show for these parameters.")
                          : tr("%n row(s).", nullptr, static_cast<int>(m_table.rows.size())));
    emit reportShown();
}

ReportsPage::~ReportsPage() {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ReportsPage::exportCsv() {
    if (m_table.columns.empty()) {
        m_status->setText(tr("Show a report first; then it can be exported."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), m_shownName + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        m_workspace.book().exports().exportReportCsv(m_workspace.session(), m_table,
                                                     fromQ(m_shownName), fromQ(path));
        m_status->setText(tr("Exported to %1").arg(path));
    } catch (const std::exception& e) {
        m_status->setText(describeError(e));
    }
}

} // namespace barter::ui

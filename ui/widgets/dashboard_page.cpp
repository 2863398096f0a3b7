// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard_page.h"

#include "adapters/text.h"
#include "charts/balance_chart.h"
#include "charts/turnover_chart.h"
#include "dialogs/settlement_dialog.h"
#include "models/text_table_model.h"
#include "widgets/date_field.h"
#include "widgets/error_display.h"
#include "widgets/protocols_page.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace barter::ui {

namespace {

constexpr int kTopGoodsTab = 2;

const char* gaugeColour(reports::SwingLevel level) {
    switch (level) {
    case reports::SwingLevel::Exceeded:
        return "#e57373";
    case reports::SwingLevel::Warning:
        return "#ffca28";
    default:
        return "#81c784";
    }
}

// One agreement's card.
QFrame* makeCard(const reports::AgreementInfo& a, const reports::AgingReport& r, QWidget* parent) {
    auto* card = new QFrame(parent);
    card->setObjectName(QStringLiteral("card-") + toQ(a.code));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumWidth(360);
    auto* layout = new QVBoxLayout(card);
    auto* title = new QLabel(QStringLiteral("<b>%1</b> &nbsp; %2 ⇄ %3")
                                 .arg(toQ(a.code).toHtmlEscaped(), toQ(a.partyA).toHtmlEscaped(),
                                      toQ(a.partyB).toHtmlEscaped()),
                             card);
    layout->addWidget(title);
    auto* words =
        new QLabel(balanceInWords(r.balance, toQ(a.partyA), toQ(a.partyB), toQ(a.unit)), card);
    words->setObjectName(QStringLiteral("balanceWords"));
    QFont big = words->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    words->setFont(big);
    words->setWordWrap(true);
    layout->addWidget(words);

    const reports::SwingUse use = reports::swingUse(a, r.balance);
    auto* gauge = new QProgressBar(card);
    gauge->setObjectName(QStringLiteral("swingGauge"));
    gauge->setRange(0, 1000);
    gauge->setProperty("level", static_cast<int>(use.level));
    if (use.level == reports::SwingLevel::None) {
        gauge->setValue(0);
        gauge->setFormat(QObject::tr("no swing limit"));
    } else if (!use.percent) { // a swing limit of zero
        const bool past = use.level == reports::SwingLevel::Exceeded;
        gauge->setValue(past ? 1000 : 0);
        gauge->setFormat(past ? QObject::tr("past a swing limit of zero")
                              : QObject::tr("inside a swing limit of zero"));
    } else {
        // Clamped before it becomes an integer: a tiny limit can give an enormous percentage.
        const bool full = *use.percent > Decimal::fromInt(100);
        gauge->setValue(full ? 1000 : static_cast<int>(use.percent->rounded(1).toScaled(1)));
        gauge->setFormat(
            QObject::tr("%1 % of the swing limit of %2")
                .arg(displayDecimal(*use.percent), displayAmount(*a.swing, toQ(a.unit))));
    }
    gauge->setStyleSheet(QStringLiteral("QProgressBar { text-align: center; } "
                                        "QProgressBar::chunk { background: %1; }")
                             .arg(QLatin1String(gaugeColour(use.level))));
    layout->addWidget(gauge);

    QStringList facts;
    if (r.since)
        facts << QObject::tr("One-sided for %n day(s), since %1", nullptr, static_cast<int>(r.days))
                     .arg(toQ(r.since->toString()));
    if (!r.debtor.empty())
        facts << (r.lastDebtorDelivery
                      ? QObject::tr("Last delivery by %1: %2")
                            .arg(toQ(r.debtor), toQ(r.lastDebtorDelivery->toString()))
                      : QObject::tr("%1 has delivered nothing yet").arg(toQ(r.debtor)));
    facts << (r.lastActivity ? QObject::tr("Last activity: %1").arg(toQ(r.lastActivity->toString()))
                             : QObject::tr("No deliveries yet"));
    facts << QObject::tr("Average monthly net flow: %1")
                 .arg(displayAmount(r.avgMonthlyNet, toQ(a.unit)));
    auto* details = new QLabel(facts.join(QLatin1Char('\n')), card);
    details->setObjectName(QStringLiteral("cardFacts"));
    layout->addWidget(details);
    return card;
}

} // namespace

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_at = new DateField(this);
    m_at->setObjectName(QStringLiteral("dashboardAt"));
    m_at->setDate(QDate::currentDate());
    auto* atLabel = new QLabel(tr("&As of:"), this);
    atLabel->setBuddy(m_at);
    bar->addWidget(atLabel);
    bar->addWidget(m_at);
    bar->addStretch();
    layout->addLayout(bar);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_empty = new QLabel(tr("No agreements yet. A manager adds one under Master data → "
                            "Agreements; its balance and swing use then appear here."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);
    m_cards = new QGridLayout;
    layout->addLayout(m_cards);

    auto* chartBar = new QHBoxLayout;
    m_agreement = new QComboBox(this);
    m_agreement->setObjectName(QStringLiteral("chartAgreement"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("chartPeriod"));
    m_period->addItem(tr("by week"), static_cast<int>(reports::SeriesPeriod::Week));
    m_period->addItem(tr("by month"), static_cast<int>(reports::SeriesPeriod::Month));
    m_period->addItem(tr("by quarter"), static_cast<int>(reports::SeriesPeriod::Quarter));
    m_period->addItem(tr("by year"), static_cast<int>(reports::SeriesPeriod::Year));
    m_period->setCurrentIndex(1);
    m_save = new QPushButton(tr("Save chart as PNG…"), this);
    m_save->setObjectName(QStringLiteral("saveChart"));
    chartBar->addWidget(new QLabel(tr("Charts of:"), this));
    chartBar->addWidget(m_agreement);
    chartBar->addWidget(m_period);
    chartBar->addStretch();
    auto* settle = new QPushButton(tr("Settlement proposal…"), this);
    settle->setObjectName(QStringLiteral("settle"));
    chartBar->addWidget(settle);
    chartBar->addWidget(m_save);
    connect(settle, &QPushButton::clicked, this, [this] {
        if (m_agreement->currentText().isEmpty())
            return;
        try {
            SettlementDialog dialog(m_workspace, m_agreement->currentText(), this);
            dialog.exec();
        } catch (const std::exception& e) {
            showError(this, e);
        }
    });
    layout->addLayout(chartBar);
    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("charts"));
    m_chart = new BalanceChart(m_charts);
    m_turnover = new TurnoverChart(m_charts);
    m_topGoods = new TextTableModel({{tr("Shipper")},
                                     {tr("Good")},
                                     {tr("Quantity"), true},
                                     {tr("Value"), true},
                                     {tr("Share of the shipper's value"), true}},
                                    this);
    auto* top = new QTableView(m_charts);
    top->setObjectName(QStringLiteral("topGoods"));
    top->setModel(m_topGoods);
    top->verticalHeader()->hide();
    top->setEditTriggers(QAbstractItemView::NoEditTriggers);
    top->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_charts->addTab(m_chart, tr("Balance over time"));
    m_charts->addTab(m_turnover, tr("Turnover by good"));
    m_charts->addTab(top, tr("Top goods each way"));
    layout->addWidget(m_charts, 1);

    connect(m_at, &QDateEdit::dateChanged, this, &DashboardPage::reload);
    connect(m_agreement, &QComboBox::currentIndexChanged, this, &DashboardPage::showChart);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::showChart);
    connect(m_save, &QPushButton::clicked, this, &DashboardPage::saveChart);
    connect(m_charts, &QTabWidget::currentChanged, this, [this](int index) {
        m_save->setText(index == kTopGoodsTab ? tr("Save table as CSV…")
                                              : tr("Save chart as PNG…"));
    });
}

void DashboardPage::reload() {
    if (parentWidget() != nullptr && !isVisibleTo(parentWidget())) {
        m_stale = true;
        return;
    }
    load();
}

void DashboardPage::reloadIfStale() {
    if (m_stale)
        load();
}

void DashboardPage::load() {
    m_stale = false;
    if (!m_workspace.loggedIn())
        return;
    for (QWidget* w : m_cardWidgets)
        delete w;
    m_cardWidgets.clear();
    m_error->hide();
    const QString chosen = m_agreement->currentText();
    try {
        Book& book = m_workspace.book();
        const Session& s = m_workspace.session();
        const std::optional<Date> at = fromQDate(m_at->date());
        const QSignalBlocker block(m_agreement);
        m_agreement->clear();
        int i = 0;
        for (const Agreement& agreement : book.masterData().agreements(s)) {
            const reports::AgreementInfo info = book.reporting().agreementInfo(s, agreement.code);
            QFrame* card = makeCard(info, book.reporting().aging(s, agreement.code, at), this);
            // The protocols in force at the date, at a glance (DESIGN.md §11).
            const QString plan = protocolSummaryText(
                protocol::summarize(book.protocols().fulfilment(s, agreement.code, {}, at)));
            if (!plan.isEmpty()) {
                auto* line = new QLabel(plan, card);
                line->setObjectName(QStringLiteral("protocolLine"));
                line->setWordWrap(true);
                card->layout()->addWidget(line);
            }
            m_cards->addWidget(card, i / 2, i % 2);
            m_cardWidgets.push_back(card);
            m_agreement->addItem(toQ(agreement.code));
            ++i;
        }
        m_empty->setVisible(i == 0);
        m_agreement->setCurrentIndex(std::max(0, m_agreement->findText(chosen)));
    } catch (const std::exception& e) {
        m_error->setText(describeError(e));
        m_error->show();
    }
    showChart();
}

void DashboardPage::showChart() {
    const std::string code = fromQ(m_agreement->currentText());
    if (code.empty()) {
        m_chart->setSeries({}, {});
        m_turnover->setTurnover({}, {});
        m_topGoods->setRows({});
        m_topTable = {};
        return;
    }
    try {
        Book& book = m_workspace.book();
        const Session& s = m_workspace.session();
        const auto period = static_cast<reports::SeriesPeriod>(m_period->currentData().toInt());
        // From the first posting up to the dashboard's date.
        const std::optional<Date> at = fromQDate(m_at->date());
        std::vector<reports::BalancePoint> points;
        const std::vector<reports::BalancePoint> all = book.reporting().balanceSeries(
            s, code, reports::SeriesPeriod::Year, std::nullopt, std::nullopt);
        if (!all.empty() && at) {
            const Date start(all.front().periodEnd.year(), 1, 1);
            if (start <= *at)
                points = book.reporting().balanceSeries(s, code, period, start, *at);
        }
        const reports::AgreementInfo info = book.reporting().agreementInfo(s, code);
        m_chart->setSeries(info, points);
        std::vector<reports::TurnoverByGood> turnover;
        std::vector<reports::TurnoverByGood> byGood;
        if (!points.empty()) {
            const Date start = Date(points.front().periodEnd.year(), 1, 1);
            // Bars by the chosen period, but never more than years of weeks: weeks and months
            // are shown by quarter.
            const auto barPeriod = period == reports::SeriesPeriod::Year
                                       ? reports::SeriesPeriod::Year
                                       : reports::SeriesPeriod::Quarter;
            turnover = book.reporting().turnoverByGoodAndPeriod(s, code, barPeriod, start, *at);
            byGood = book.reporting().turnoverByGood(s, code, start, *at);
        }
        m_turnover->setTurnover(info, turnover,
                                period == reports::SeriesPeriod::Year
                                    ? reports::SeriesPeriod::Year
                                    : reports::SeriesPeriod::Quarter);
        // The top goods each way over the same range, by value.
        std::stable_sort(byGood.begin(), byGood.end(),
                         [](const reports::TurnoverByGood& x, const reports::TurnoverByGood& y) {
                             return x.shipper != y.shipper ? x.shipper < y.shipper
                                                           : y.value < x.value;
                         });
        std::vector<TextTableModel::Row> rows;
        std::vector<reports::TurnoverByGood> top;
        std::map<std::string, int> shown;
        for (const reports::TurnoverByGood& r : byGood) {
            if (shown[r.shipper]++ >= TurnoverChart::kTopGoods)
                continue;
            top.push_back(r);
            rows.push_back(
                {{toQ(r.shipper), toQ(r.good), displayAmount(r.quantity, toQ(r.measure)),
                  displayAmount(r.value, toQ(info.unit)),
                  r.share ? displayDecimal(Decimal::multiply(*r.share, Decimal::fromInt(100), 2)) +
                                QStringLiteral(" %")
                          : QString()},
                 toQ(r.good),
                 {},
                 false});
        }
        m_topGoods->setRows(std::move(rows));
        m_topTable = reports::turnoverTable(info, top);
    } catch (const std::exception& e) {
        m_error->setText(describeError(e));
        m_error->show();
    }
}

void DashboardPage::saveChart() {
    const bool table = m_charts->currentIndex() == kTopGoodsTab;
    const QString path = QFileDialog::getSaveFileName(
        this, table ? tr("Save table") : tr("Save chart"),
        m_agreement->currentText() +
            (table ? QStringLiteral("-top-goods.csv") : QStringLiteral("-chart.png")),
        table ? tr("CSV files (*.csv)") : tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveShown(path);
}

void DashboardPage::saveShown(const QString& path) {
    m_error->hide();
    if (m_charts->currentIndex() == kTopGoodsTab) {
        try {
            m_workspace.book().exports().exportReportCsv(
                m_workspace.session(), m_topTable, "top goods " + fromQ(m_agreement->currentText()),
                fromQ(path));
        } catch (const std::exception& e) {
            m_error->setText(describeError(e));
            m_error->show();
        }
        return;
    }
    // Written through a temporary file and renamed: a failed save leaves no half-written file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_charts->currentWidget()->grab().save(&file, "PNG") ||
        !file.commit()) {
        m_error->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        m_error->show();
    }
}

} // namespace barter::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "turnover_chart.h"

#include "adapters/text.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <map>
#include <set>

namespace barter::ui {

TurnoverChart::TurnoverChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("turnoverChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
}

void TurnoverChart::setTurnover(const reports::AgreementInfo& a,
                                const std::vector<reports::TurnoverByGood>& rows,
                                reports::SeriesPeriod period) {
    // The periods, and each side's goods ranked by value over the whole range (exact sums).
    std::set<int> periods;
    std::map<std::pair<std::string, std::string>, Decimal> totals; // (shipper, good) → value
    for (const reports::TurnoverByGood& r : rows) {
        periods.insert(r.periodEnd ? r.periodEnd->days() : 0);
        auto [it, fresh] = totals.try_emplace({r.shipper, r.good}, r.value);
        if (!fresh)
            it->second = it->second + r.value;
    }
    std::map<std::string, std::vector<std::pair<Decimal, std::string>>> ranked; // by shipper
    for (const auto& [key, value] : totals)
        ranked[key.first].emplace_back(value, key.second);
    std::set<std::pair<std::string, std::string>> named; // (shipper, good) shown by name
    for (auto& [shipper, goods] : ranked) {
        std::sort(goods.begin(), goods.end(),
                  [](const auto& x, const auto& y) { return y.first < x.first; });
        for (std::size_t i = 0; i < goods.size() && i < kTopGoods; ++i)
            named.insert({shipper, goods[i].second});
    }
    const std::vector<int> columns(periods.begin(), periods.end());
    auto column = [&](const reports::TurnoverByGood& r) {
        return static_cast<int>(std::lower_bound(columns.begin(), columns.end(),
                                                 r.periodEnd ? r.periodEnd->days() : 0) -
                                columns.begin());
    };
    // Exact sums per bar segment: (shipper, good or "other") → per period.
    std::map<std::pair<std::string, std::string>, std::vector<Decimal>> segments;
    for (const reports::TurnoverByGood& r : rows) {
        const std::string good = named.count({r.shipper, r.good}) ? r.good : std::string();
        auto& values = segments[{r.shipper, good}];
        values.resize(columns.size(), Decimal(Int128(0), a.digits));
        values[static_cast<std::size_t>(column(r))] =
            values[static_cast<std::size_t>(column(r))] + r.value;
    }

    QChart* c = new QChart;
    c->setTitle(tr("Turnover of %1 by good: %2 above the axis, %3 below")
                    .arg(toQ(a.code), toQ(a.partyA), toQ(a.partyB)));
    c->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QStackedBarSeries(c);
    m_sets = 0;
    for (const auto& [key, values] : segments) {
        const bool fromA = key.first == a.partyA;
        const QString name = (key.second.empty() ? tr("other") : toQ(key.second)) +
                             QStringLiteral(" (") + toQ(key.first) + QLatin1Char(')');
        auto* set = new QBarSet(name, series);
        QStringList texts;
        for (const Decimal& v : values) {
            // Screen coordinates only; the tooltip shows the Decimal's own text.
            const double y = toQ(v.toString()).toDouble();
            *set << (fromA ? y : -y);
            texts << displayAmount(v, toQ(a.unit));
        }
        connect(set, &QBarSet::hovered, this, [this, name, texts](bool on, int i) {
            if (on && i >= 0 && i < texts.size())
                QToolTip::showText(QCursor::pos(), name + QStringLiteral(": ") + texts.at(i), this);
            else
                QToolTip::hideText();
        });
        series->append(set);
        ++m_sets;
    }
    c->addSeries(series);
    auto* x = new QBarCategoryAxis(c);
    for (int d : columns) {
        const Date end = Date::fromDays(d);
        x->append(period == reports::SeriesPeriod::Year ? QString::number(end.year())
                  : period == reports::SeriesPeriod::Quarter
                      ? QStringLiteral("%1Q%2")
                            .arg(end.year() % 100, 2, 10, QLatin1Char('0'))
                            .arg((end.month() + 2) / 3)
                      : toQ(end.toString()));
    }
    if (columns.size() > 12)
        x->setLabelsAngle(-90); // many narrow bars: upright labels would be cut short
    auto* y = new QValueAxis(c);
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
    QChart* old = chart();
    setChart(c);
    delete old;
}

} // namespace barter::ui

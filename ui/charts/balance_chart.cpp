// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance_chart.h"

#include "adapters/text.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

namespace barter::ui {

namespace {
// Screen coordinates only: every figure a user reads comes from the Decimal's own text.
double plotted(const Decimal& d) {
    return toQ(d.toString()).toDouble();
}
qint64 plotted(const Date& d) {
    return QDateTime(toQDate(d), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

BalanceChart::BalanceChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("balanceChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

QString BalanceChart::pointText(int i) const {
    if (i < 0 || i >= pointCount())
        return {};
    const reports::BalancePoint& p = m_points[static_cast<std::size_t>(i)];
    QString text = toQ(p.periodEnd.toString()) + QStringLiteral(": ") +
                   balanceInWords(p.balance, toQ(m_agreement.partyA), toQ(m_agreement.partyB),
                                  toQ(m_agreement.unit));
    if (p.utilization)
        text +=
            tr(" (%1 % of the swing limit)")
                .arg(displayDecimal(Decimal::multiply(*p.utilization, Decimal::fromInt(100), 1)));
    return text;
}

void BalanceChart::setSeries(const reports::AgreementInfo& agreement,
                             const std::vector<reports::BalancePoint>& points) {
    m_agreement = agreement;
    m_points = points;
    QChart* c = new QChart;
    c->setTitle(tr("Clearing balance of %1 (positive: %2 owes %3)")
                    .arg(toQ(agreement.code), toQ(agreement.partyB), toQ(agreement.partyA)));
    c->legend()->setAlignment(Qt::AlignBottom);
    auto* balance = new QLineSeries(c);
    balance->setName(tr("balance, %1").arg(toQ(agreement.unit)));
    balance->setPointsVisible(points.size() < 80);
    double low = 0, high = 0;
    for (const reports::BalancePoint& p : points) {
        const double y = plotted(p.balance);
        balance->append(static_cast<qreal>(plotted(p.periodEnd)), y);
        low = std::min(low, y);
        high = std::max(high, y);
    }
    c->addSeries(balance);
    std::vector<QLineSeries*> band;
    if (agreement.swing && !points.empty()) {
        const double swing = plotted(*agreement.swing);
        for (double sign : {1.0, -1.0}) {
            auto* limit = new QLineSeries(c);
            limit->setName(sign > 0 ? tr("swing limit (±%1)").arg(displayDecimal(*agreement.swing))
                                    : QString());
            QPen pen(QColor(0xc6, 0x28, 0x28));
            pen.setStyle(Qt::DashLine);
            limit->setPen(pen);
            limit->append(static_cast<qreal>(plotted(points.front().periodEnd)), sign * swing);
            limit->append(static_cast<qreal>(plotted(points.back().periodEnd)), sign * swing);
            c->addSeries(limit);
            band.push_back(limit);
            low = std::min(low, -swing);
            high = std::max(high, swing);
        }
        c->legend()->markers(band.back()).front()->setVisible(false);
    }
    auto* x = new QDateTimeAxis(c);
    x->setFormat(QStringLiteral("yyyy-MM"));
    x->setTickCount(std::min<int>(8, std::max<int>(2, static_cast<int>(points.size()))));
    auto* y = new QValueAxis(c);
    const double margin = (high - low) * 0.05 + 1;
    y->setRange(low - margin, high + margin);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    connect(balance, &QLineSeries::hovered, this, [this, balance](const QPointF& at, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        // The nearest point in time.
        int best = -1;
        qreal distance = 0;
        for (int i = 0; i < balance->count(); ++i) {
            const qreal d = std::abs(balance->at(i).x() - at.x());
            if (best < 0 || d < distance) {
                best = i;
                distance = d;
            }
        }
        QToolTip::showText(QCursor::pos(), pointText(best), this);
    });
    QChart* old = chart();
    setChart(c);
    delete old;
}

} // namespace barter::ui

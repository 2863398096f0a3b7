// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turnover by good and period as stacked bars: what party A shipped above the axis, what party B
// shipped below it, the largest goods of each side by name and the rest as "other". Hovering a
// bar shows its exact value as the core computed it.

#include "reports/manager_reports.h"

#include <QChartView>
#include <QHash>

#include <vector>

namespace barter::ui {

class TurnoverChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int kTopGoods = 5;
    explicit TurnoverChart(QWidget* parent = nullptr);
    // `rows` broken down by `period` (quarter or year: the labels are "24Q1" and "2024").
    void setTurnover(const reports::AgreementInfo& agreement,
                     const std::vector<reports::TurnoverByGood>& rows,
                     reports::SeriesPeriod period = reports::SeriesPeriod::Quarter);
    int barSets() const { return m_sets; }

private:
    int m_sets = 0;
};

} // namespace barter::ui

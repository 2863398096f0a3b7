// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The clearing balance of one agreement over time, with the swing band (±limit) drawn as dashed
// lines. Points are the core's balance series; hovering a point shows its exact figure (the
// plot itself needs screen coordinates, the tooltip shows the Decimal as the core computed it).

#include "reports/manager_reports.h"

#include <QChartView>

#include <vector>

namespace barter::ui {

class BalanceChart : public QChartView {
    Q_OBJECT
public:
    explicit BalanceChart(QWidget* parent = nullptr);
    // Replaces what is shown. `unit` and the parties are for the title and tooltips.
    void setSeries(const reports::AgreementInfo& agreement,
                   const std::vector<reports::BalancePoint>& points);
    int pointCount() const { return static_cast<int>(m_points.size()); }
    // The text of the tooltip for point i ("2024-03-31: KP-RUNGRA owes … (70.3 % of the swing)").
    QString pointText(int i) const;

private:
    reports::AgreementInfo m_agreement;
    std::vector<reports::BalancePoint> m_points;
};

} // namespace barter::ui

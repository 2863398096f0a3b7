// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A report as one table of canonical text (decimals as "-1234.50", dates as ISO), so that the
// GUI's Reports view shows it (grouping numbers by locale on screen) and exports it as CSV
// exactly as the CLI would print it. Builders for the reports a manager picks from a list.

#include "../storage/database.h"
#include "manager_reports.h"
#include "price_report.h"
#include "reports.h"

#include <optional>
#include <string>
#include <vector>

namespace barter::reports {

struct ReportTable {
    std::vector<std::string> columns; // CSV header names
    std::vector<bool> numeric;        // decimal columns
    std::vector<std::vector<std::string>> rows;
};

// Writes the table as CSV (header row, RFC 4180) through a temporary file and a rename.
void writeCsv(const ReportTable& table, const std::string& path);

ReportTable balanceSeriesTable(const AgreementInfo& agreement,
                               const std::vector<BalancePoint>& points);
ReportTable turnoverTable(const AgreementInfo& agreement, const std::vector<TurnoverByGood>& rows);
// The lines posted at a price other than the list's (see price_report.h).
ReportTable priceOverridesTable(const AgreementInfo& agreement, const PriceReport& report);
// Every agreement's aging at one date.
ReportTable agingTable(const std::vector<std::pair<AgreementInfo, AgingReport>>& rows);

// The net position of each party across all agreements in the same unit of account, at a date:
// what others owe it, what it owes, and the net (positive: it is owed).
struct PartyPosition {
    std::string unit, party;
    int digits = 2;
    Decimal owedToIt, owedByIt, net;
    std::int64_t agreements = 0;
};
std::vector<PartyPosition> consolidatedPositions(Database& db, Date at);
ReportTable consolidatedTable(const std::vector<PartyPosition>& positions);

} // namespace barter::reports

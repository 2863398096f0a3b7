// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The manager's reports (plain data, read-only): the balance at each period end with the swing
// use, and the aging of the balance. Both read the per-day sums (`balance_day`), never the
// lines, so they cost one row per day of trade whatever the size of the journal.

#include "../domain/types.h"
#include "../storage/database.h"
#include "reports.h"

#include <optional>
#include <string>
#include <vector>

namespace barter::reports {

// How a balance stands against its agreement's swing limit: no limit, inside, past the warn
// percentage, past the limit.
enum class SwingLevel { None, Normal, Warning, Exceeded };
struct SwingUse {
    SwingLevel level = SwingLevel::None;
    std::optional<Decimal> percent; // |balance| as a percentage of the swing, 2 decimals
};
SwingUse swingUse(const AgreementInfo& agreement, const Decimal& balance);

enum class SeriesPeriod { Day, Week, Month, Quarter, Year };
// "day", "week", "month", "quarter", "year"
std::optional<SeriesPeriod> parseSeriesPeriod(std::string_view text);
// The last day of the period that contains `d`. Weeks are ISO weeks (Monday to Sunday).
Date periodEnd(SeriesPeriod period, Date d);

struct BalancePoint {
    Date periodEnd;                     // the period's last day, or `to` for a period cut short
    Decimal balance;                    // at the end of that day (positive: B owes A)
    std::optional<Decimal> swing;       // the agreement's limit, if any
    std::optional<Decimal> utilization; // |balance| ÷ swing, 4 decimals; none without a limit
                                        // (or with a limit of zero)
};

// One point per period that meets [from, to]. Defaults: from the first and to the last day
// with postings; an agreement without postings has no points unless both dates are given.
std::vector<BalancePoint> balanceSeries(Database& db, const AgreementInfo& agreement,
                                        SeriesPeriod period, std::optional<Date> from,
                                        std::optional<Date> to);

// Turnover by good and shipper in each period that meets [from, to] (the periods' own ends,
// not cut short), with each good's share of its shipper's value in that period.
std::vector<TurnoverByGood> turnoverByGoodAndPeriod(Database& db, const AgreementInfo& agreement,
                                                    SeriesPeriod period, std::optional<Date> from,
                                                    std::optional<Date> to);

struct AgingReport {
    Date at;
    Decimal balance;
    std::string debtor, creditor; // party codes; empty when the parties are even
    std::optional<Date> since;    // the balance has been on this side every day since then
    std::int64_t days = 0;        // from `since` to `at`
    // The debtor's latest delivery on or before `at` (reversed deliveries do not count).
    std::optional<Date> lastDebtorDelivery;
    std::optional<Date> lastActivity; // the latest day with postings on or before `at`
    // The average change of the balance per month over the twelve months up to `at` (or since
    // the first posting, when that is later), rounded half-even; same sign convention as the
    // balance.
    Decimal avgMonthlyNet;
};

AgingReport aging(Database& db, const AgreementInfo& agreement, Date at);

} // namespace barter::reports

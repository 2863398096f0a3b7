// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The price report of an agreement: the list in force at a date, the changes over a period
// (each with the price it replaced), and the lines posted at a price other than the list's,
// with their reasons and the difference they made against the list.

#include "../domain/types.h"
#include "../storage/database.h"
#include "reports.h"

#include <optional>
#include <string>
#include <vector>

namespace barter::reports {

struct PriceInForce {
    std::string good, measure;
    Date effectiveFrom;
    Decimal unitPrice;
};

struct PriceChange {
    std::string good;
    Date effectiveFrom;
    Decimal unitPrice;
    std::optional<Decimal> previous; // the price it replaced; none for a good's first price
    std::optional<Decimal> change;   // unitPrice − previous
};

struct PriceOverride {
    std::int64_t seq = 0;
    Date date;
    std::string reference, good, measure, shipper, reason;
    Decimal quantity, unitPrice, value;
    std::optional<Decimal> listPrice;  // the list's price that day; none when it had none
    std::optional<Decimal> listValue;  // quantity × list price, rounded as a line's value
    std::optional<Decimal> difference; // value − listValue: what the override made
    std::optional<std::int64_t> reversedBy;
};

struct PriceReport {
    Date at;
    std::optional<Date> from, to;
    std::vector<PriceInForce> inForce;
    std::vector<PriceChange> changes;     // effective within [from, to]
    std::vector<PriceOverride> overrides; // lines dated within [from, to]
};

PriceReport priceReport(Database& db, const AgreementInfo& agreement, Date at,
                        std::optional<Date> from, std::optional<Date> to);

} // namespace barter::reports

// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_table.h"

#include "../io/atomic_file.h"
#include "../io/csv_writer.h"

#include <map>

namespace barter::reports {

namespace {
std::string text(const std::optional<Date>& d) {
    return d ? d->toString() : std::string();
}
std::string text(const std::optional<Decimal>& d, int scale) {
    return d ? d->toString(scale) : std::string();
}
} // namespace

void writeCsv(const ReportTable& table, const std::string& path) {
    writeFileAtomically(path, [&](std::ostream& out) {
        writeCsvRow(out, table.columns);
        for (const auto& row : table.rows)
            writeCsvRow(out, row);
    });
}

ReportTable balanceSeriesTable(const AgreementInfo& a, const std::vector<BalancePoint>& points) {
    ReportTable t{{"period_end", "balance", "swing", "utilization"}, {false, true, true, true}, {}};
    for (const BalancePoint& p : points)
        t.rows.push_back({p.periodEnd.toString(), p.balance.toString(a.digits),
                          text(p.swing, a.digits), text(p.utilization, 4)});
    return t;
}

ReportTable turnoverTable(const AgreementInfo& a, const std::vector<TurnoverByGood>& rows) {
    ReportTable t{{"period_end", "good", "shipper", "unit", "lines", "quantity", "value", "share"},
                  {false, false, false, false, true, true, true, true},
                  {}};
    for (const TurnoverByGood& r : rows)
        t.rows.push_back({text(r.periodEnd), r.good, r.shipper, r.measure, std::to_string(r.lines),
                          r.quantity.toString(), r.value.toString(a.digits), text(r.share, 4)});
    return t;
}

ReportTable priceOverridesTable(const AgreementInfo& a, const PriceReport& report) {
    ReportTable t{
        {"seq", "date", "reference", "shipper", "good", "unit", "quantity", "unit_price",
         "list_price", "value", "list_value", "difference", "reason", "reversed_by"},
        {true, false, false, false, false, false, true, true, true, true, true, true, false, false},
        {}};
    for (const PriceOverride& o : report.overrides)
        t.rows.push_back(
            {std::to_string(o.seq), o.date.toString(), o.reference, o.shipper, o.good, o.measure,
             o.quantity.toString(), o.unitPrice.trimmed(a.digits).toString(),
             o.listPrice ? o.listPrice->trimmed(a.digits).toString() : "",
             o.value.toString(a.digits), text(o.listValue, a.digits), text(o.difference, a.digits),
             o.reason, o.reversedBy ? std::to_string(*o.reversedBy) : ""});
    return t;
}

ReportTable agingTable(const std::vector<std::pair<AgreementInfo, AgingReport>>& rows) {
    ReportTable t{{"agreement", "at", "unit", "balance", "debtor", "creditor", "since", "days",
                   "last_debtor_delivery", "avg_monthly_net"},
                  {false, false, false, true, false, false, false, true, false, true},
                  {}};
    for (const auto& [a, r] : rows)
        t.rows.push_back({a.code, r.at.toString(), a.unit, r.balance.toString(a.digits), r.debtor,
                          r.creditor, text(r.since), r.since ? std::to_string(r.days) : "",
                          text(r.lastDebtorDelivery), r.avgMonthlyNet.toString(a.digits)});
    return t;
}

std::vector<PartyPosition> consolidatedPositions(Database& db, Date at) {
    // Sorted by unit, then party.
    std::map<std::pair<std::string, std::string>, PartyPosition> byParty;
    for (const AgreementInfo& a : agreements(db)) {
        const Decimal b = balance(db, a, at).balance.rescaled(a.digits);
        // Positive: B owes A.
        PartyPosition& pa = byParty[{a.unit, a.partyA}];
        PartyPosition& pb = byParty[{a.unit, a.partyB}];
        for (PartyPosition* p : {&pa, &pb}) {
            if (p->agreements++ == 0) {
                p->unit = a.unit;
                p->digits = a.digits;
                p->owedToIt = p->owedByIt = p->net = Decimal(Int128(0), a.digits);
            }
        }
        pa.party = a.partyA;
        pb.party = a.partyB;
        if (b.sign() > 0) {
            pa.owedToIt = pa.owedToIt + b;
            pb.owedByIt = pb.owedByIt + b;
        } else if (b.sign() < 0) {
            pb.owedToIt = pb.owedToIt + b.abs();
            pa.owedByIt = pa.owedByIt + b.abs();
        }
    }
    std::vector<PartyPosition> out;
    for (auto& [key, p] : byParty) {
        p.net = p.owedToIt - p.owedByIt;
        out.push_back(p);
    }
    return out;
}

ReportTable consolidatedTable(const std::vector<PartyPosition>& positions) {
    ReportTable t{{"unit", "party", "agreements", "owed_to_it", "owed_by_it", "net"},
                  {false, false, true, true, true, true},
                  {}};
    for (const PartyPosition& p : positions)
        t.rows.push_back({p.unit, p.party, std::to_string(p.agreements),
                          p.owedToIt.toString(p.digits), p.owedByIt.toString(p.digits),
                          p.net.toString(p.digits)});
    return t;
}

} // namespace barter::reports

// SPDX-License-Identifier: GPL-3.0-or-later
#include "price_report.h"

#include "../error.h"

#include <map>

namespace barter::reports {

namespace {
std::string low(const std::optional<Date>& d) {
    return d ? d->toString() : std::string("0000-00-00");
}
std::string high(const std::optional<Date>& d) {
    return d ? d->toString() : std::string("9999-99-99");
}
} // namespace

PriceReport priceReport(Database& db, const AgreementInfo& a, Date at, std::optional<Date> from,
                        std::optional<Date> to) {
    if (from && to && *to < *from)
        throw InvalidInput("to", "the end date " + to->toString() + " is before the start date " +
                                     from->toString());
    PriceReport r;
    r.at = at;
    r.from = from;
    r.to = to;

    // In force on `at`: each good's entry with the latest effective date on or before it.
    Statement inForce = db.prepare(R"sql(
        SELECT g.code, g.measure, p.effective_from, p.unit_price FROM price p
        JOIN good g ON g.id = p.good_id
        WHERE p.agreement_id = ?1 AND p.effective_from = (
            SELECT max(q.effective_from) FROM price q
            WHERE q.agreement_id = ?1 AND q.good_id = p.good_id AND q.effective_from <= ?2)
        ORDER BY g.code)sql");
    inForce.bind(1, a.id).bind(2, at.toString());
    while (inForce.step())
        r.inForce.push_back({inForce.getText(0), inForce.getText(1),
                             Date::parse(inForce.getText(2)).value_or(Date()),
                             Decimal(inForce.getInt(3), kPriceScale)});

    // Changes within the period, each with the price it replaced.
    Statement changes = db.prepare(R"sql(
        SELECT g.code, p.effective_from, p.unit_price,
               (SELECT q.unit_price FROM price q
                WHERE q.agreement_id = p.agreement_id AND q.good_id = p.good_id
                  AND q.effective_from < p.effective_from
                ORDER BY q.effective_from DESC LIMIT 1)
        FROM price p JOIN good g ON g.id = p.good_id
        WHERE p.agreement_id = ?1 AND p.effective_from BETWEEN ?2 AND ?3
        ORDER BY p.effective_from, g.code)sql");
    changes.bind(1, a.id).bind(2, low(from)).bind(3, high(to));
    while (changes.step()) {
        PriceChange c{changes.getText(0), Date::parse(changes.getText(1)).value_or(Date()),
                      Decimal(changes.getInt(2), kPriceScale), std::nullopt, std::nullopt};
        if (!changes.isNull(3)) {
            c.previous = Decimal(changes.getInt(3), kPriceScale);
            c.change = c.unitPrice - *c.previous;
        }
        r.changes.push_back(std::move(c));
    }

    // Lines posted at a price other than the list's (they carry the reason given).
    Statement lines = db.prepare(R"sql(
        SELECT l.exchange_seq, l.date, e.reference, g.code, g.measure, g.decimals, l.side,
               l.quantity, l.unit_price, l.value, l.price_reason,
               (SELECT p.unit_price FROM price p
                WHERE p.agreement_id = l.agreement_id AND p.good_id = l.good_id
                  AND p.effective_from <= l.date
                ORDER BY p.effective_from DESC LIMIT 1),
               (SELECT x.seq FROM exchange x WHERE x.reverses_seq = l.exchange_seq)
        FROM delivery_line l
        JOIN exchange e ON e.seq = l.exchange_seq
        JOIN good g ON g.id = l.good_id
        WHERE l.agreement_id = ?1 AND l.date BETWEEN ?2 AND ?3
          AND l.price_reason <> '' AND l.quantity > 0
        ORDER BY l.date, l.exchange_seq, l.line_no)sql");
    lines.bind(1, a.id).bind(2, low(from)).bind(3, high(to));
    while (lines.step()) {
        PriceOverride o;
        o.seq = lines.getInt(0);
        o.date = Date::parse(lines.getText(1)).value_or(Date());
        o.reference = lines.getText(2);
        o.good = lines.getText(3);
        o.measure = lines.getText(4);
        const int decimals = static_cast<int>(lines.getInt(5));
        o.shipper = lines.getText(6) == "A" ? a.partyA : a.partyB;
        o.quantity = Decimal(lines.getInt(7), kQuantityScale).rounded(decimals);
        o.unitPrice = Decimal(lines.getInt(8), kPriceScale);
        o.value = Decimal(lines.getInt(9), a.digits);
        o.reason = lines.getText(10);
        if (!lines.isNull(11)) {
            o.listPrice = Decimal(lines.getInt(11), kPriceScale);
            // Valued as a line at the list price would have been: rounded half-even once.
            o.listValue =
                Decimal::multiply(Decimal(lines.getInt(7), kQuantityScale), *o.listPrice, a.digits);
            o.difference = o.value - *o.listValue;
        }
        o.reversedBy = lines.getOptionalInt(12);
        r.overrides.push_back(std::move(o));
    }
    return r;
}

} // namespace barter::reports

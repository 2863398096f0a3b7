// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include "../audit/chain.h"

#include <algorithm>

namespace barter {

std::string toString(Pace pace) {
    switch (pace) {
    case Pace::Behind:
        return "behind";
    case Pace::Ahead:
        return "ahead";
    case Pace::OnTrack:
        break;
    }
    return "on_track";
}

namespace protocol {

int elapsedDays(Date from, Date through, Date at) {
    if (at < from)
        return 0;
    return std::min(at, through).days() - from.days() + 1;
}

Decimal expectedQuantity(const Decimal& planned, int decimals, int elapsed, int days) {
    const Decimal product(planned.mantissa() * Int128(elapsed), planned.scale());
    return Decimal::divide(product, Decimal::fromInt(days), decimals).rescaled(decimals);
}

Decimal fulfilledPercent(const Decimal& delivered, const Decimal& planned) {
    const Decimal hundredfold(delivered.mantissa() * 100, delivered.scale());
    return Decimal::divide(hundredfold, planned, 2).rescaled(2);
}

Pace pace(const Decimal& delivered, const Decimal& expected, const Decimal& planned) {
    // 20 × delivered against 20 × expected ∓ planned: 5 % of planned without a division.
    const auto twenty = [](const Decimal& d) { return Decimal(d.mantissa() * 20, d.scale()); };
    if (twenty(delivered) < twenty(expected) - planned)
        return Pace::Behind;
    if (twenty(delivered) > twenty(expected) + planned)
        return Pace::Ahead;
    return Pace::OnTrack;
}

FulfilmentRow fulfil(const Protocol& p, const ProtocolLine& line, Date at,
                     const Decimal& deliveredQuantity, const Decimal& deliveredValue) {
    FulfilmentRow r;
    r.protocol = p.name;
    r.version = p.version;
    r.shipper = line.shipper;
    r.shipperCode = line.shipperCode;
    r.good = line.good;
    r.measure = line.measure;
    r.decimals = line.decimals;
    r.digits = p.digits;
    r.plannedQuantity = line.plannedQuantity.rescaled(line.decimals);
    r.deliveredQuantity = deliveredQuantity.rescaled(line.decimals);
    const Decimal left = r.plannedQuantity - r.deliveredQuantity;
    r.remainingQuantity = left.isNegative() ? Decimal(0, line.decimals) : left;
    r.fulfilledPercent = fulfilledPercent(r.deliveredQuantity, r.plannedQuantity);
    const int days = p.through.days() - p.from.days() + 1;
    r.expectedQuantity = expectedQuantity(r.plannedQuantity, line.decimals,
                                          elapsedDays(p.from, p.through, at), days);
    r.plannedValue = line.plannedValue;
    r.deliveredValue = deliveredValue.rescaled(p.digits);
    r.pace = pace(r.deliveredQuantity, r.expectedQuantity, r.plannedQuantity);
    return r;
}

void behindFirst(std::vector<FulfilmentRow>& rows) {
    const auto rank = [](Pace pace) {
        return pace == Pace::Behind ? 0 : pace == Pace::OnTrack ? 1 : 2;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const FulfilmentRow& a, const FulfilmentRow& b) {
        if (rank(a.pace) != rank(b.pace))
            return rank(a.pace) < rank(b.pace);
        return a.fulfilledPercent < b.fulfilledPercent;
    });
}

std::vector<ProtocolSummary> summarize(const std::vector<FulfilmentRow>& rows) {
    struct Sums {
        Decimal total;
        int lines = 0;
    };
    std::vector<ProtocolSummary> out;
    std::vector<std::vector<Sums>> sums;
    const Decimal hundred = Decimal::fromInt(100);
    for (const FulfilmentRow& r : rows) {
        auto p = std::find_if(out.begin(), out.end(), [&](const ProtocolSummary& s) {
            return s.protocol == r.protocol && s.version == r.version;
        });
        if (p == out.end()) {
            out.push_back({r.protocol, r.version, {}, 0});
            sums.emplace_back();
            p = std::prev(out.end());
        }
        std::vector<Sums>& bySide = sums[static_cast<std::size_t>(p - out.begin())];
        auto side = std::find_if(p->shippers.begin(), p->shippers.end(),
                                 [&](const auto& s) { return s.first == r.shipperCode; });
        if (side == p->shippers.end()) {
            p->shippers.emplace_back(r.shipperCode, Decimal());
            bySide.emplace_back();
            side = std::prev(p->shippers.end());
        }
        Sums& sum = bySide[static_cast<std::size_t>(side - p->shippers.begin())];
        sum.total += std::min(r.fulfilledPercent, hundred);
        ++sum.lines;
        if (r.pace == Pace::Behind)
            ++p->behind;
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        for (std::size_t k = 0; k < out[i].shippers.size(); ++k)
            out[i].shippers[k].second =
                Decimal::divide(sums[i][k].total, Decimal::fromInt(sums[i][k].lines), 0);
    return out;
}

std::string digest(const Protocol& p) {
    std::string bytes;
    chain::appendField(bytes, "protocol/v1");
    for (const std::string& f :
         {p.agreement, p.name, std::to_string(p.version), p.from.toString(), p.through.toString(),
          std::string(p.strict ? "strict" : "warn"), p.prevDigest, std::to_string(p.lines.size())})
        chain::appendField(bytes, f);
    for (const ProtocolLine& l : p.lines)
        for (const std::string& f :
             {std::to_string(l.line), std::string(1, toChar(l.shipper)), l.good,
              std::to_string(l.plannedQuantity.toScaled(kQuantityScale)),
              l.plannedValue ? std::to_string(l.plannedValue->toScaled(p.digits)) : std::string()})
            chain::appendField(bytes, f);
    return toHex(chain::sha256(bytes));
}

} // namespace protocol
} // namespace barter

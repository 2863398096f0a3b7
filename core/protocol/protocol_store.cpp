// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol_store.h"

#include <algorithm>

namespace barter::protocol_store {

std::vector<Stored> load(Database& db, std::int64_t agreementId, const std::string& name) {
    Statement head = db.prepare(R"sql(
        SELECT p.id, p.agreement_id, a.code, p.name, p.version, p.from_date, p.through, p.strict,
               p.imported_at, p.imported_by, p.prev_digest, p.digest, u.code, u.digits
        FROM protocol p JOIN agreement a ON a.id = p.agreement_id JOIN unit u ON u.id = a.unit_id
        WHERE (?1 = 0 OR p.agreement_id = ?1) AND (?2 = '' OR p.name = ?2)
        ORDER BY a.code, p.name, p.version)sql");
    head.bind(1, agreementId).bind(2, name);
    std::vector<Stored> all;
    while (head.step()) {
        Stored p;
        p.id = head.getInt(0);
        p.agreementId = head.getInt(1);
        p.agreement = head.getText(2);
        p.name = head.getText(3);
        p.version = static_cast<int>(head.getInt(4));
        p.from = Date::parse(head.getText(5)).value_or(Date::min());
        p.through = Date::parse(head.getText(6)).value_or(Date::max());
        p.strict = head.getInt(7) != 0;
        p.importedAt = head.getText(8);
        p.importedBy = head.getText(9);
        p.prevDigest = head.getText(10);
        p.digest = head.getText(11);
        p.unit = head.getText(12);
        p.digits = static_cast<int>(head.getInt(13));
        all.push_back(std::move(p));
    }
    Statement lines = db.prepare(R"sql(
        SELECT l.line, l.side, CASE l.side WHEN 'A' THEN pa.code ELSE pb.code END, g.id, g.code,
               g.measure, g.decimals, l.planned_quantity, l.planned_value
        FROM protocol_line l JOIN protocol p ON p.id = l.protocol_id
        JOIN agreement a ON a.id = p.agreement_id
        JOIN party pa ON pa.id = a.party_a JOIN party pb ON pb.id = a.party_b
        JOIN good g ON g.id = l.good_id
        WHERE l.protocol_id = ?1 ORDER BY l.line)sql");
    for (Stored& p : all) {
        lines.bind(1, p.id);
        while (lines.step()) {
            ProtocolLine l;
            l.line = static_cast<int>(lines.getInt(0));
            l.shipper = lines.getText(1) == "A" ? Side::A : Side::B;
            l.shipperCode = lines.getText(2);
            l.goodId = lines.getInt(3);
            l.good = lines.getText(4);
            l.measure = lines.getText(5);
            l.decimals = static_cast<int>(lines.getInt(6));
            l.plannedQuantity =
                Decimal::fromScaled(lines.getInt(7), kQuantityScale).trimmed(l.decimals);
            if (std::optional<std::int64_t> v = lines.getOptionalInt(8))
                l.plannedValue = Decimal::fromScaled(*v, p.digits);
            p.lines.push_back(std::move(l));
        }
        lines.reset();
    }
    return all;
}

std::vector<Stored> newest(const std::vector<Stored>& all) {
    std::vector<Stored> out;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (i + 1 == all.size() || all[i + 1].agreementId != all[i].agreementId ||
            all[i + 1].name != all[i].name) {
            out.push_back(all[i]);
            out.back().inForce = true;
        }
    return out;
}

DeliveredByLine delivered(Database& db, std::int64_t agreementId, Date from, Date through) {
    Statement& s = db.cached(R"sql(
        SELECT side, good_id, sum(quantity), sum(value) FROM delivery_line
        WHERE agreement_id = ?1 AND date >= ?2 AND date <= ?3 GROUP BY side, good_id)sql");
    s.bind(1, agreementId).bind(2, from.toString()).bind(3, through.toString());
    DeliveredByLine out;
    while (s.step())
        out[{s.getText(0) == "A" ? Side::A : Side::B, s.getInt(1)}] = {s.getInt(2), s.getInt(3)};
    s.reset();
    return out;
}

} // namespace barter::protocol_store

namespace barter {

struct ProtocolTracker::Loaded {
    struct InForce {
        protocol_store::Stored protocol;
        // (side, good id) -> the planned quantity (×10^6) and what was delivered (×10^6).
        std::map<std::pair<Side, std::int64_t>, std::pair<Int128, Int128>> lines;
    };
    std::vector<InForce> protocols;
};

ProtocolTracker::ProtocolTracker(Database& db) : m_db(db) {}
ProtocolTracker::~ProtocolTracker() = default;

ProtocolTracker::Loaded& ProtocolTracker::loaded(std::int64_t agreementId) {
    auto it = m_agreements.find(agreementId);
    if (it != m_agreements.end())
        return *it->second;
    // Every protocol of the agreement at once, before anything is written: a server's bulk
    // appends are not in the table until they are sent.
    auto state = std::make_unique<Loaded>();
    for (protocol_store::Stored& p :
         protocol_store::newest(protocol_store::load(m_db, agreementId))) {
        Loaded::InForce f;
        const protocol_store::DeliveredByLine done =
            protocol_store::delivered(m_db, agreementId, p.from, p.through);
        for (const ProtocolLine& l : p.lines) {
            auto d = done.find({l.shipper, l.goodId});
            f.lines[{l.shipper, l.goodId}] = {l.plannedQuantity.rescaled(kQuantityScale).mantissa(),
                                              d == done.end() ? Int128(0) : d->second.quantity};
        }
        f.protocol = std::move(p);
        state->protocols.push_back(std::move(f));
    }
    return *m_agreements.emplace(agreementId, std::move(state)).first->second;
}

std::vector<ProtocolLineCheck> ProtocolTracker::check(std::int64_t agreementId, Date date,
                                                      const std::vector<DeliveryLine>& lines) {
    std::vector<ProtocolLineCheck> out;
    Loaded& state = loaded(agreementId);
    for (const Loaded::InForce& f : state.protocols) {
        const Protocol& p = f.protocol;
        if (date < p.from || date > p.through)
            continue;
        std::map<std::pair<Side, std::int64_t>, Int128> taken; // by this exchange's earlier lines
        for (const DeliveryLine& l : lines) {
            ProtocolLineCheck c;
            c.lineNo = l.lineNo;
            c.protocolId = f.protocol.id;
            c.protocol = p.name;
            c.version = p.version;
            c.strict = p.strict;
            c.shipperCode = l.shipperCode;
            c.good = l.goodCode;
            c.measure = l.measure;
            c.decimals = l.decimals;
            c.quantity = l.quantity.rounded(l.decimals);
            const auto key = std::make_pair(l.shipper, l.good.value);
            auto it = f.lines.find(key);
            c.listed = it != f.lines.end();
            if (c.listed) {
                const Int128 left = it->second.first - it->second.second - taken[key];
                c.planned = Decimal(it->second.first, kQuantityScale).rounded(l.decimals);
                c.remaining =
                    Decimal(left < 0 ? Int128(0) : left, kQuantityScale).rounded(l.decimals);
            } else {
                c.planned = c.remaining = Decimal(0, l.decimals);
            }
            taken[key] += l.quantity.rescaled(kQuantityScale).mantissa();
            out.push_back(std::move(c));
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.lineNo < b.lineNo; });
    return out;
}

void ProtocolTracker::commit(std::int64_t agreementId, Date date,
                             const std::vector<DeliveryLine>& lines) {
    auto it = m_agreements.find(agreementId);
    if (it == m_agreements.end())
        return; // not loaded: it will read the lines from the book when it is
    for (Loaded::InForce& f : it->second->protocols) {
        if (date < f.protocol.from || date > f.protocol.through)
            continue;
        for (const DeliveryLine& l : lines) {
            auto found = f.lines.find({l.shipper, l.good.value});
            if (found != f.lines.end())
                found->second.second += l.quantity.rescaled(kQuantityScale).mantissa();
        }
    }
}

} // namespace barter

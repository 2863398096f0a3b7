// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger_model.h"

#include <fmt/format.h>

#include <algorithm>

namespace barter::testing::model {

namespace {

Int128 absolute(const Int128& v) {
    return v < 0 ? Int128(-v) : v;
}

} // namespace

Int128 tenTo(int n) {
    Int128 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

Int128 divideHalfEven(const Int128& n, int drop) {
    if (drop <= 0)
        return n * tenTo(-drop);
    const Int128 d = tenTo(drop);
    const Int128 magnitude = absolute(n);
    Int128 q = magnitude / d;
    const Int128 r = magnitude % d;
    if (r * 2 > d || (r * 2 == d && q % 2 == 1))
        ++q;
    return n < 0 ? Int128(-q) : q;
}

std::optional<Int128> parsePlain(const std::string& text, int maxDecimals) {
    const std::size_t point = text.find('.');
    const std::string whole = text.substr(0, point);
    const std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);
    auto digitsOnly = [](const std::string& s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || !digitsOnly(whole) || !digitsOnly(fraction) ||
        (point != std::string::npos && fraction.empty()) ||
        static_cast<int>(fraction.size()) > maxDecimals || whole.size() > 12)
        return std::nullopt;
    Int128 v = 0;
    for (char c : whole + fraction)
        v = v * 10 + (c - '0');
    return v * tenTo(kScale - static_cast<int>(fraction.size()));
}

Int128 Exchange::delta() const {
    Int128 sum = 0;
    for (const Line& l : lines)
        sum += l.side == Side::A ? l.value : Int128(-l.value);
    return sum;
}

std::optional<Date> Agreement::closedThrough() const {
    if (closes.empty())
        return std::nullopt;
    return closes.back().through;
}

std::string describe(const Expectation& e) {
    switch (e.kind) {
    case Expectation::Kind::Accept:
        return "accepted";
    case Expectation::Kind::Denied:
        return "refused (permission denied)";
    case Expectation::Kind::Invalid:
        break;
    }
    std::string fields;
    for (const std::string& f : e.fields)
        fields += (fields.empty() ? "" : ", ") + f;
    return "refused (invalid: " + fields + ")";
}

std::string describe(const ExchangeDraft& d) {
    std::string lines;
    for (const DeliveryLineDraft& l : d.lines)
        lines += fmt::format("{}{} {} {}{}", lines.empty() ? "" : "; ", l.shipper, l.good,
                             l.quantity, l.unitPrice.empty() ? "" : "@" + l.unitPrice);
    return fmt::format("{} {} {} [{}]{}{}", d.agreement, d.date, d.reference, lines,
                       d.priceReason.empty() ? "" : " (price reason)",
                       d.swingOverride.empty() ? "" : " (swing override)");
}

void Ledger::addAgreement(Agreement a) {
    const std::string code = a.code;
    m_agreements.emplace(code, std::move(a));
}

bool Ledger::referenceTaken(const std::string& agreement, const std::string& reference) const {
    return std::any_of(m_exchanges.begin(), m_exchanges.end(), [&](const Exchange& e) {
        return e.agreement == agreement && e.reference == reference;
    });
}

std::optional<Int128> Ledger::listPrice(const Agreement& a, const std::string& good, Date d) const {
    auto list = a.prices.find(good);
    if (list == a.prices.end())
        return std::nullopt;
    auto after = list->second.upper_bound(d);
    if (after == list->second.begin())
        return std::nullopt;
    return std::prev(after)->second;
}

Prepared Ledger::prepare(const ExchangeDraft& draft) const {
    Prepared p;
    Exchange& e = p.exchange;
    e.agreement = draft.agreement;
    e.reference = draft.reference;
    auto found = m_agreements.find(draft.agreement);
    if (found == m_agreements.end()) {
        p.problems.insert("agreement");
        return p;
    }
    const Agreement& a = found->second;
    const std::optional<Date> date = Date::parse(draft.date);
    if (!date)
        p.problems.insert("date");
    else {
        e.date = *date;
        const std::optional<Date> closed = a.closedThrough();
        if (!a.valid(*date) || (closed && *date <= *closed))
            p.problems.insert("date");
    }
    if (draft.reference.empty() || draft.reference.size() > 64 ||
        referenceTaken(a.code, draft.reference))
        p.problems.insert("reference");
    if (draft.lines.empty())
        p.problems.insert("line");
    bool overridden = false;
    for (const DeliveryLineDraft& d : draft.lines) {
        Line line;
        bool ok = true;
        if (d.shipper == a.partyA || d.shipper == a.partyB)
            line.side = d.shipper == a.partyA ? Side::A : Side::B;
        else {
            p.problems.insert("shipper");
            ok = false;
        }
        auto good = m_goodDecimals.find(d.good);
        if (good == m_goodDecimals.end()) {
            p.problems.insert("good");
            ok = false;
        }
        line.good = d.good;
        const std::optional<Int128> quantity =
            parsePlain(d.quantity, good == m_goodDecimals.end() ? kScale : good->second);
        if (!quantity || *quantity == 0) {
            p.problems.insert("quantity");
            ok = false;
        }
        std::optional<Int128> fromList;
        if (date && good != m_goodDecimals.end())
            fromList = listPrice(a, d.good, *date);
        std::optional<Int128> price = fromList;
        if (!d.unitPrice.empty()) {
            price = parsePlain(d.unitPrice, kScale);
            if (!price) {
                p.problems.insert("unit_price");
                ok = false;
            } else
                line.overridesPrice = !fromList || *fromList != *price;
        } else if (!fromList && date && good != m_goodDecimals.end()) {
            p.problems.insert("unit_price");
            ok = false;
        }
        overridden = overridden || line.overridesPrice;
        if (!ok || !date || !price)
            continue;
        line.quantity = *quantity;
        line.price = *price;
        line.value = divideHalfEven(*quantity * *price, 2 * kScale - a.digits);
        e.lines.push_back(line);
    }
    if (overridden && draft.priceReason.empty())
        p.problems.insert("price_reason");
    return p;
}

Prepared Ledger::prepareReversal(std::int64_t seq, Date date) const {
    Prepared p;
    if (seq < 1 || seq >= nextSeq()) {
        p.problems.insert("seq");
        return p;
    }
    const Exchange& original = exchange(seq);
    const Agreement& a = agreement(original.agreement);
    // A reversal, or an exchange already reversed, is refused before anything else is looked at.
    if (original.reverses || original.reversedBy) {
        p.problems.insert("seq");
        return p;
    }
    if (date < original.date || !a.valid(date))
        p.problems.insert("date");
    const std::optional<Date> closed = a.closedThrough();
    if (closed && original.date <= *closed)
        p.problems.insert("seq");
    else if (closed && date <= *closed)
        p.problems.insert("date");
    Exchange& e = p.exchange;
    e.agreement = original.agreement;
    e.date = date;
    e.reverses = seq;
    e.reference = "REV-" + original.reference;
    for (int attempt = 1; e.reference.size() > 64 || referenceTaken(a.code, e.reference); ++attempt)
        e.reference = "REV-SEQ-" + std::to_string(seq) +
                      (attempt > 1 ? "-" + std::to_string(attempt) : std::string());
    for (Line line : original.lines) {
        line.quantity = -line.quantity;
        line.value = -line.value;
        e.lines.push_back(line);
    }
    return p;
}

Int128 Ledger::extremeBalanceFrom(const std::string& code, Date date) const {
    std::map<Date, Int128> netByDay;
    for (const Exchange& e : m_exchanges)
        if (e.agreement == code && e.date > date)
            netByDay[e.date] += e.delta();
    Int128 running = balance(code, date);
    Int128 extreme = running;
    for (const auto& [day, net] : netByDay) {
        running += net;
        if (absolute(running) > absolute(extreme))
            extreme = running;
    }
    return extreme;
}

bool Ledger::swingExceeded(const std::string& code, Date date, const Int128& delta) const {
    const Agreement& a = agreement(code);
    if (!a.swing)
        return false;
    std::map<Date, Int128> netByDay;
    for (const Exchange& e : m_exchanges)
        if (e.agreement == code)
            netByDay[e.date] += e.delta();
    auto exceeds = [&](const Int128& before) {
        const Int128 after = before + delta;
        return absolute(after) > absolute(before) && absolute(after) > *a.swing;
    };
    Int128 before = balance(code, date);
    if (exceeds(before))
        return true;
    for (auto it = netByDay.upper_bound(date); it != netByDay.end(); ++it) {
        before += it->second;
        if (exceeds(before))
            return true;
    }
    return false;
}

std::int64_t Ledger::post(Exchange e) {
    e.seq = nextSeq();
    if (e.reverses)
        m_exchanges.at(static_cast<std::size_t>(*e.reverses - 1)).reversedBy = e.seq;
    m_exchanges.push_back(std::move(e));
    return m_exchanges.back().seq;
}

Int128 Ledger::balance(const std::string& agreement, Date at) const {
    return shipped(agreement, Side::A, at) - shipped(agreement, Side::B, at);
}

Int128 Ledger::shipped(const std::string& agreement, Side side, Date at) const {
    Int128 sum = 0;
    for (const Exchange& e : m_exchanges)
        if (e.agreement == agreement && e.date <= at)
            for (const Line& l : e.lines)
                if (l.side == side)
                    sum += l.value;
    return sum;
}

} // namespace barter::testing::model

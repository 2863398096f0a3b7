// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting.h"

#include "../audit/chain.h"
#include "../domain/validate.h"
#include "../protocol/protocol_store.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

namespace barter {

namespace {

struct AgreementState {
    reports::AgreementInfo info;
    std::optional<Date> validFrom, validTo;
    std::optional<Date> closedThrough; // the last day of the last closed period
    bool positionLoaded = false;
    std::map<int, Int128> netByDay; // clearing movement per day, minor units
    Int128 total = 0;

    // Balance at the end of `day`: the total less whatever was posted after it. Postings are
    // mostly dated near the end of the journal, so the walk back is short.
    Int128 balanceAt(int day) const {
        Int128 b = total;
        for (auto it = netByDay.rbegin(); it != netByDay.rend() && it->first > day; ++it)
            b -= it->second;
        return b;
    }
};

Int128 absolute(const Int128& v) {
    return v < 0 ? Int128(-v) : v;
}

std::string amount(const Int128& minor, const reports::AgreementInfo& a) {
    return Decimal(minor, a.digits).toGroupedString() + " " + a.unit;
}

} // namespace

struct Poster::State {
    std::map<std::string, AgreementState, std::less<>> agreements;
    std::map<std::int64_t, AgreementState*> agreementsById;
    std::map<std::string, Poster::GoodInfo, std::less<>> goods;
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<std::pair<int, std::int64_t>>>
        prices; // (agreement, good) -> (effective day, price) ascending
    bool headLoaded = false;
    journal_store::ChainHead head;
    std::int64_t trackedAgreement = 0; // 0: references are looked up in the book
    std::unordered_set<std::string> references;
    Screener screener;
    explicit State(Database& db) : screener(db) {}
};

Poster::Poster(Database& db)
    : m_state(std::make_unique<State>(db)), m_protocols(std::make_unique<ProtocolTracker>(db)),
      m_db(db) {}
Poster::~Poster() = default;

const reports::AgreementInfo* Poster::agreement(const std::string& code) {
    auto it = m_state->agreements.find(code);
    if (it == m_state->agreements.end()) {
        Statement& s = m_db.cached("SELECT valid_from, valid_to FROM agreement WHERE code = ?1");
        s.bind(1, code);
        if (!s.step()) {
            s.reset();
            return nullptr;
        }
        AgreementState state;
        state.validFrom = s.isNull(0) ? std::nullopt : Date::parse(s.getText(0));
        state.validTo = s.isNull(1) ? std::nullopt : Date::parse(s.getText(1));
        s.reset();
        state.info = reports::agreementInfo(m_db, code);
        Statement& closed =
            m_db.cached("SELECT max(through) FROM period_close WHERE agreement_id = ?1");
        closed.bind(1, state.info.id).step();
        if (const std::optional<std::string> through = closed.getOptionalText(0))
            state.closedThrough = Date::parse(*through);
        closed.reset();
        it = m_state->agreements.emplace(code, std::move(state)).first;
        m_state->agreementsById[it->second.info.id] = &it->second;
    }
    return &it->second.info;
}

std::optional<Decimal> Poster::listPrice(std::int64_t agreementId, std::int64_t goodId, Date date) {
    auto key = std::make_pair(agreementId, goodId);
    auto it = m_state->prices.find(key);
    if (it == m_state->prices.end()) {
        std::vector<std::pair<int, std::int64_t>> list;
        Statement& s = m_db.cached(R"sql(
            SELECT effective_from, unit_price FROM price
            WHERE agreement_id = ?1 AND good_id = ?2 ORDER BY effective_from)sql");
        s.bind(1, agreementId).bind(2, goodId);
        while (s.step())
            list.emplace_back(Date::parse(s.getText(0)).value_or(Date::max()).days(), s.getInt(1));
        s.reset();
        it = m_state->prices.emplace(key, std::move(list)).first;
    }
    const auto& list = it->second;
    auto after = std::upper_bound(list.begin(), list.end(), date.days(),
                                  [](int day, const auto& entry) { return day < entry.first; });
    if (after == list.begin())
        return std::nullopt;
    return Decimal::fromScaled(std::prev(after)->second, kPriceScale);
}

namespace {
// The problem with a date in a closed period, or nothing.
std::string inClosedPeriod(const reports::AgreementInfo& a, const std::optional<Date>& closed,
                           Date date) {
    if (!closed || date > *closed)
        return {};
    return fmt::format("{} is in a closed period: agreement {} is closed through {}",
                       date.toString(), a.code, closed->toString());
}

// The problem with a date outside an agreement's validity, or nothing.
std::string outsideValidity(const reports::AgreementInfo& a, const std::optional<Date>& from,
                            const std::optional<Date>& to, Date date) {
    if ((!from || date >= *from) && (!to || date <= *to))
        return {};
    return fmt::format("{} is outside agreement {}'s validity ({} to {})", date.toString(), a.code,
                       from ? from->toString() : "open", to ? to->toString() : "open");
}

// Quantities and prices are stored ×10^6 in 64 bits (DESIGN.md §2).
bool fitsStorage(const Decimal& number) {
    try {
        number.toScaled(kQuantityScale);
        return true;
    } catch (const InvalidInput&) {
        return false;
    }
}
} // namespace

const Poster::GoodInfo* Poster::good(const std::string& code) {
    auto g = m_state->goods.find(code);
    if (g == m_state->goods.end()) {
        Statement& s =
            m_db.cached("SELECT id, code, measure, decimals, hs_code FROM good WHERE code = ?1");
        s.bind(1, code);
        const bool found = s.step();
        if (found)
            g = m_state->goods
                    .emplace(code, GoodInfo{s.getInt(0), s.getText(1), s.getText(2), s.getText(4),
                                            static_cast<int>(s.getInt(3))})
                    .first;
        s.reset();
        if (!found)
            return nullptr;
    }
    return &g->second;
}

void Poster::prepare(const ExchangeDraft& draft, PreparedExchange& out,
                     std::vector<Problem>& problems, bool keepValued) {
    m_state->screener.beginExchange();
    const long exchangeLine = draft.sourceLine;
    auto problem = [&](std::string field, std::string message) {
        problems.push_back(Problem{std::move(field), std::move(message), exchangeLine});
    };
    const std::size_t before = problems.size();

    const reports::AgreementInfo* a = agreement(draft.agreement);
    if (a == nullptr)
        problem("agreement", "no agreement \"" + draft.agreement + "\"");
    std::optional<Date> date = Date::parse(draft.date);
    if (!date)
        problem("date", "\"" + draft.date + "\" is not a date (YYYY-MM-DD)");
    if (std::string why = validate::reference(draft.reference); !why.empty())
        problem("reference", why);
    if (std::string why = validate::freeText(draft.memo); !why.empty())
        problem("memo", why);
    if (draft.lines.empty())
        problem("line", "an exchange needs at least one delivery line");

    Exchange& e = out.exchange;
    e = Exchange{};
    e.memo = draft.memo;
    e.reference = draft.reference;
    out.delta = 0;
    if (a != nullptr) {
        out.agreementId = a->id;
        e.agreementCode = a->code;
        e.unitCode = a->unit;
        const AgreementState& state = *m_state->agreementsById.at(a->id);
        if (date)
            if (std::string why = outsideValidity(*a, state.validFrom, state.validTo, *date);
                !why.empty())
                problem("date", why);
        if (date)
            if (std::string why = inClosedPeriod(*a, state.closedThrough, *date); !why.empty())
                problem("date", why);
        if (validate::reference(draft.reference).empty() && referenceTaken(a->id, draft.reference))
            problem("reference",
                    "\"" + draft.reference + "\" is already used in agreement " + a->code);
    }
    if (date)
        e.date = *date;

    bool overridden = false;
    for (std::size_t i = 0; i < draft.lines.size(); ++i) {
        const DeliveryLineDraft& d = draft.lines[i];
        // A file reports the line; a command line reports which --line it was.
        const std::string prefix = d.sourceLine > 0 ? "" : fmt::format("line {}: ", i + 1);
        LineReporter report = [&](const std::string& field, std::string message) {
            problems.push_back(Problem{prefix + field, std::move(message), d.sourceLine});
        };
        DeliveryLine line;
        line.lineNo = static_cast<int>(i + 1);
        bool overrides = false;
        if (prepareLine(d, a, date, line, overrides, report)) {
            line.priceReason = overrides ? draft.priceReason : std::string();
            const Int128& value = line.value.mantissa();
            out.delta += line.shipper == Side::A ? value : Int128(-value);
            e.lines.push_back(std::move(line));
        }
        overridden = overridden || overrides;
    }
    if (overridden && draft.priceReason.empty())
        problem("price_reason",
                "a line's price differs from the price list; give the reason for the override");
    else if (std::string why = validate::freeText(draft.priceReason); !why.empty())
        problem("price_reason", why);
    if (problems.size() != before && !keepValued)
        e.lines.clear();
}

bool Poster::resolveLine(const DeliveryLineDraft& d, const reports::AgreementInfo* a,
                         DeliveryLine& line, std::optional<Decimal>& quantity, const GoodInfo*& g,
                         const LineReporter& report) {
    bool ok = true;
    if (a != nullptr) {
        if (d.shipper == a->partyA)
            line.shipper = Side::A;
        else if (d.shipper == a->partyB)
            line.shipper = Side::B;
        else {
            report("shipper", fmt::format("\"{}\" is not a party of agreement {} ({} or {})",
                                          d.shipper, a->code, a->partyA, a->partyB));
            ok = false;
        }
        line.shipperCode = d.shipper;
    }
    g = good(d.good);
    if (g == nullptr) {
        report("good", "no good \"" + d.good + "\"");
        ok = false;
    } else {
        line.good = GoodId{g->id};
        line.goodCode = g->code;
        line.measure = g->measure;
        line.decimals = g->decimals;
    }
    std::string why;
    quantity = Decimal::parse(d.quantity, g != nullptr ? g->decimals : kQuantityScale, &why);
    if (!quantity) {
        report("quantity", why);
        ok = false;
    } else if (quantity->sign() <= 0) {
        report("quantity", "must be greater than zero");
        ok = false;
    } else if (!fitsStorage(*quantity)) {
        report("quantity", "is too large (at most 9,223,372,036,854.775807)");
        ok = false;
    }
    return ok;
}

ScreeningResult Poster::screenLine(const DeliveryLine& line, const GoodInfo& g,
                                   const Decimal& quantity, const reports::AgreementInfo& a,
                                   Date date) {
    const bool fromA = line.shipper == Side::A;
    return m_state->screener.screen({g.id, g.code, g.hsCode, g.measure}, quantity, date,
                                    fromA ? a.countryA : a.countryB,
                                    fromA ? a.countryB : a.countryA, a.id);
}

std::vector<ScreeningResult> Poster::screen(const ExchangeDraft& draft,
                                            std::vector<Problem>& problems) {
    std::vector<ScreeningResult> results;
    m_state->screener.beginExchange();
    const reports::AgreementInfo* a = agreement(draft.agreement);
    if (a == nullptr)
        problems.push_back({"agreement", "no agreement \"" + draft.agreement + "\"", 0});
    std::optional<Date> date = Date::parse(draft.date);
    if (!date)
        problems.push_back({"date", "\"" + draft.date + "\" is not a date (YYYY-MM-DD)", 0});
    for (std::size_t i = 0; i < draft.lines.size(); ++i) {
        const std::string prefix = fmt::format("line {}: ", i + 1);
        LineReporter report = [&](const std::string& field, std::string message) {
            problems.push_back(Problem{prefix + field, std::move(message), 0});
        };
        DeliveryLine line;
        std::optional<Decimal> quantity;
        const GoodInfo* g = nullptr;
        if (resolveLine(draft.lines[i], a, line, quantity, g, report) && a != nullptr && date)
            results.push_back(screenLine(line, *g, *quantity, *a, *date));
    }
    return results;
}

bool Poster::prepareLine(const DeliveryLineDraft& d, const reports::AgreementInfo* a,
                         const std::optional<Date>& date, DeliveryLine& line, bool& overridesPrice,
                         const LineReporter& report) {
    std::optional<Decimal> quantity;
    const GoodInfo* g = nullptr;
    const bool resolved = resolveLine(d, a, line, quantity, g, report);
    bool ok = resolved;
    std::string why;
    std::optional<Decimal> fromList;
    if (a != nullptr && date && g != nullptr)
        fromList = listPrice(a->id, g->id, *date);
    std::optional<Decimal> price;
    if (!d.unitPrice.empty()) {
        price = Decimal::parse(d.unitPrice, kPriceScale, &why);
        if (!price) {
            report("unit_price", why);
            ok = false;
        } else if (price->isNegative()) {
            report("unit_price", "must not be negative");
            ok = false;
        } else {
            overridesPrice = !fromList || *fromList != *price;
        }
    } else if (fromList) {
        price = fromList;
    } else if (a != nullptr && date && g != nullptr) {
        report("unit_price", fmt::format("no price for {} in agreement {} on {}; set one in the "
                                         "price list first, or give the price and a reason",
                                         d.good, a->code, date->toString()));
        ok = false;
    }
    if (!resolved || a == nullptr || !date || !quantity)
        return false;
    if (!ok || !price) {
        // Every problem of the line at once: a line without a price may also be one that
        // screening refuses, and the clerk should not set a price for a good that will be.
        if (ScreeningResult screened = screenLine(line, *g, *quantity, *a, *date);
            screened.refused())
            report("screening", screened.reason({g->id, g->code, g->hsCode, g->measure}));
        return false;
    }
    if (!fitsStorage(*price)) {
        report("unit_price", "is too large (at most 9,223,372,036,854.775807)");
        return false;
    }
    try {
        line.quantity = quantity->rescaled(kQuantityScale);
        line.unitPrice = price->rescaled(kPriceScale);
        line.value = Decimal::multiply(*quantity, *price, a->digits);
        line.value.toScaled(a->digits); // must fit the stored 64-bit value
    } catch (const InvalidInput&) {
        report("value",
               fmt::format("{} × {} is too large to value", d.quantity, price->toString()));
        return false;
    }
    ScreeningResult screened = screenLine(line, *g, *quantity, *a, *date);
    if (screened.refused()) {
        report("screening", screened.reason({g->id, g->code, g->hsCode, g->measure}));
        return false;
    }
    line.screening = screened.screening;
    return true;
}

void Poster::prepareReversal(const Exchange& original, const std::string& reason, Date date,
                             PreparedExchange& out, std::vector<Problem>& problems) {
    const reports::AgreementInfo* a = agreement(original.agreementCode);
    if (a == nullptr) {
        problems.push_back(
            {"seq", "the agreement of exchange " + std::to_string(original.seq) + " is missing"});
        return;
    }
    if (reason.empty())
        problems.push_back({"reason", "a reversal needs a reason"});
    else if (std::string why = validate::freeText(reason); !why.empty())
        problems.push_back({"reason", why});
    if (date < original.date)
        problems.push_back({"date", fmt::format("a reversal cannot be dated {}, before the "
                                                "exchange it reverses ({})",
                                                date.toString(), original.date.toString())});
    Exchange& e = out.exchange;
    e = Exchange{};
    out.agreementId = a->id;
    out.delta = 0;
    e.agreementCode = a->code;
    e.unitCode = a->unit;
    e.date = date;
    // "REV-<reference>", unless that is too long or already taken by another exchange; the
    // sequence number is unique, so "REV-SEQ-<seq>" (with a counter if need be) always works.
    e.reference = "REV-" + original.reference;
    for (int attempt = 1; e.reference.size() > 64 || referenceTaken(a->id, e.reference); ++attempt)
        e.reference = "REV-SEQ-" + std::to_string(original.seq) +
                      (attempt > 1 ? "-" + std::to_string(attempt) : std::string());
    e.memo = "reversal of exchange " + std::to_string(original.seq);
    e.reversesSeq = original.seq;
    e.reason = reason;
    const AgreementState& state = *m_state->agreementsById.at(a->id);
    if (std::string why = outsideValidity(*a, state.validFrom, state.validTo, date); !why.empty())
        problems.push_back({"date", why + "; date the reversal within it"});
    if (!inClosedPeriod(*a, state.closedThrough, original.date).empty())
        problems.push_back(
            {"seq", fmt::format("exchange {} is dated {}, in a closed period: agreement {} is "
                                "closed through {}; post a correction dated after it instead",
                                original.seq, original.date.toString(), a->code,
                                state.closedThrough->toString())});
    else if (std::string why = inClosedPeriod(*a, state.closedThrough, date); !why.empty())
        problems.push_back({"date", why});
    for (const DeliveryLine& line : original.lines) {
        DeliveryLine negated = line;
        negated.quantity = -line.quantity;
        negated.value = -line.value;
        // A reversal gives back what the line used of a quota or an exemption.
        if (negated.screening) {
            negated.screening->verdict = Verdict::Reversal;
            if (negated.screening->ruleQuantity)
                negated.screening->ruleQuantity = -*negated.screening->ruleQuantity;
            if (negated.screening->exemptQuantity)
                negated.screening->exemptQuantity = -*negated.screening->exemptQuantity;
        }
        Int128 v = negated.value.mantissa();
        out.delta += line.shipper == Side::A ? v : Int128(-v);
        e.lines.push_back(std::move(negated));
    }
}

bool Poster::checkSwing(const PreparedExchange& p, const std::string& overrideReason,
                        std::vector<Problem>& problems, std::vector<std::string>& warnings,
                        long sourceLine) {
    AgreementState& state = *m_state->agreementsById.at(p.agreementId);
    const reports::AgreementInfo& a = state.info;
    if (!a.swing)
        return false;
    if (!state.positionLoaded) {
        Statement& s =
            m_db.cached("SELECT date, a_to_b - b_to_a FROM balance_day WHERE agreement_id = ?1");
        s.bind(1, a.id);
        while (s.step()) {
            Int128 net = s.getInt(1);
            state.netByDay[Date::parse(s.getText(0)).value_or(Date()).days()] += net;
            state.total += net;
        }
        s.reset();
        state.positionLoaded = true;
    }
    const Int128 swing = a.swing->rescaled(a.digits).mantissa();
    // The posting moves the balance of its own day and of every later day with postings, so
    // each of those must stay inside the limit (or move towards zero).
    const int day = p.exchange.date.days();
    bool exceeded = false;
    bool warned = false;
    auto check = [&](const Int128& before, int when) {
        const Int128 after = before + p.delta;
        if (absolute(after) <= absolute(before))
            return;
        const std::string date = Date::fromDays(when).toString();
        if (absolute(after) > swing) {
            exceeded = true;
            if (overrideReason.empty())
                problems.push_back(
                    {"swing",
                     fmt::format("this exchange would take the balance of {} to {} on {}, "
                                 "past its swing limit of {}; a manager may override with a "
                                 "reason",
                                 a.code, amount(after, a), date, amount(swing, a)),
                     sourceLine});
            else
                warnings.push_back(fmt::format("swing limit of {} exceeded (balance {} on {}); "
                                               "override: {}",
                                               amount(swing, a), amount(after, a), date,
                                               overrideReason));
        } else if (!warned && absolute(after) * 100 > swing * a.warnPercent) {
            warned = true;
            warnings.push_back(fmt::format("the balance of {} reaches {} on {}, past {}% of its "
                                           "swing limit of {}",
                                           a.code, amount(after, a), date, a.warnPercent,
                                           amount(swing, a)));
        }
    };
    Int128 before = state.balanceAt(day);
    check(before, day);
    for (auto it = state.netByDay.upper_bound(day); it != state.netByDay.end() && !exceeded; ++it) {
        before += it->second;
        check(before, it->first);
    }
    return exceeded;
}

Exchange Poster::write(PreparedExchange& p, const std::string& user, const std::string& postedAt) {
    if (!m_state->headLoaded) {
        m_state->head = journal_store::head(m_db);
        m_state->headLoaded = true;
    }
    Exchange& e = p.exchange;
    e.seq = m_state->head.seq + 1;
    e.postedBy = user;
    e.postedAt = postedAt;
    e.prevHash = m_state->head.hash;
    e.hash = chain::link(e.prevHash, e);
    journal_store::append(m_db, p.agreementId, e);
    // What the lines took from quotas and exemptions now counts; a reversal gives some back.
    if (e.reversesSeq)
        m_state->screener.forgetUse();
    else
        m_state->screener.commitExchange();
    m_state->head = {e.seq, e.hash};
    m_protocols->commit(p.agreementId, e.date, e.lines);
    if (p.agreementId == m_state->trackedAgreement)
        m_state->references.insert(e.reference);
    AgreementState& state = *m_state->agreementsById.at(p.agreementId);
    if (state.positionLoaded) {
        state.netByDay[e.date.days()] += p.delta;
        state.total += p.delta;
    }
    return e;
}

void Poster::trackReferencesInMemory(std::int64_t agreementId) {
    m_state->trackedAgreement = agreementId;
    m_state->references.clear();
    Statement s = m_db.prepare("SELECT reference FROM exchange WHERE agreement_id = ?1");
    s.bind(1, agreementId);
    while (s.step())
        m_state->references.insert(s.getText(0));
}

bool Poster::referenceTaken(std::int64_t agreementId, const std::string& reference) {
    if (agreementId == m_state->trackedAgreement)
        return m_state->references.count(reference) != 0;
    return journal_store::referenceExists(m_db, agreementId, reference);
}

Decimal Poster::balance(std::int64_t agreementId) {
    const AgreementState& state = *m_state->agreementsById.at(agreementId);
    if (state.positionLoaded)
        return Decimal(state.total, state.info.digits);
    return reports::balance(m_db, state.info, Date::max()).balance;
}

} // namespace barter

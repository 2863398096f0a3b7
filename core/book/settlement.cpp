// SPDX-License-Identifier: GPL-3.0-or-later
// The settlement proposal (ReportService::settle): what the debtor could ship to clear the balance.
#include "../domain/validate.h"
#include "book.h"
#include "permissions.h"
#include "posting.h"

#include <fmt/format.h>

namespace barter {

namespace {

struct Offer {
    Good good;
    Decimal price;
    std::optional<Decimal> max;
};

// The largest n (a quantity at `decimals`) whose value rounds to at most `room` minor units.
Int128 largestFitting(const Decimal& price, int decimals, int digits, const Int128& room) {
    auto value = [&](const Int128& q) {
        return Decimal::multiply(Decimal(q, decimals), price, digits).rescaled(digits).mantissa();
    };
    // The estimate is within half a step of the exact quotient; rounding of the values can let
    // a few more steps fit (many, for a tiny price at many decimals), so search upwards by
    // doubling and then by halving: a few dozen valuations at most.
    Int128 n =
        Decimal::divide(Decimal(room, digits), price, decimals).rescaled(decimals).mantissa();
    while (n > 0 && value(n) > room)
        n -= 1;
    Int128 step = 1;
    while (value(n + step) <= room) {
        n += step;
        step *= 2;
    }
    for (; step > 0; step /= 2)
        if (value(n + step) <= room)
            n += step;
    return n;
}

} // namespace

SettlementProposal ReportService::settle(const Session& s, const std::string& agreement,
                                         const std::vector<SettlementOffer>& offers,
                                         const std::string& dateText,
                                         const std::string& targetText) {
    require(s, Action::ViewReports);
    const reports::AgreementInfo a = reports::agreementInfo(database(), agreement);
    std::vector<Problem> problems;
    const std::optional<Date> date = dateText.empty() ? Date::today() : Date::parse(dateText);
    if (!date)
        problems.push_back({"date", "\"" + dateText + "\" is not a date (YYYY-MM-DD)"});
    std::string why;
    std::optional<Decimal> target = targetText.empty() ? Decimal(Int128(0), a.digits)
                                                       : Decimal::parse(targetText, a.digits, &why);
    if (!target)
        problems.push_back({"target", why});
    else if (target->isNegative())
        problems.push_back({"target", "must not be negative"});
    if (offers.empty())
        problems.push_back({"goods", "name at least one good the debtor offers"});

    Poster poster(database());
    std::vector<Offer> resolved;
    const std::vector<Good> catalogue = book().masterData().goods(s);
    for (const SettlementOffer& o : offers) {
        auto g = std::find_if(catalogue.begin(), catalogue.end(),
                              [&](const Good& c) { return c.code == o.good; });
        if (g == catalogue.end()) {
            problems.push_back({"goods", "no good \"" + o.good + "\""});
            continue;
        }
        Offer offer{*g, Decimal(), std::nullopt};
        if (!o.maxQuantity.empty()) {
            offer.max = Decimal::parse(o.maxQuantity, g->decimals, &why);
            if (!offer.max)
                problems.push_back({"goods", o.good + ": maximum quantity: " + why});
            else if (offer.max->sign() <= 0)
                problems.push_back(
                    {"goods", o.good + ": maximum quantity must be greater than zero"});
        }
        if (date) {
            std::optional<Decimal> price = poster.listPrice(a.id, g->id.value, *date);
            if (!price)
                problems.push_back({"goods", fmt::format("no price for {} in agreement {} on {}",
                                                         o.good, a.code, date->toString())});
            else
                offer.price = *price;
        }
        resolved.push_back(std::move(offer));
    }
    if (!problems.empty())
        throw InvalidInput(problems);

    SettlementProposal p;
    p.agreement = a.code;
    p.unit = a.unit;
    p.digits = a.digits;
    p.date = *date;
    p.target = *target;
    p.balance = reports::balance(database(), a, *date).balance.rescaled(a.digits);
    const int sign = p.balance.sign();
    if (sign != 0) {
        // Positive: B owes A, so B ships (DESIGN.md §1).
        p.debtor = sign > 0 ? a.partyB : a.partyA;
        p.creditor = sign > 0 ? a.partyA : a.partyB;
    }
    Int128 room = p.balance.abs().mantissa() - target->rescaled(a.digits).mantissa();
    if (sign == 0 || room <= 0)
        p.notes.push_back(sign == 0 ? "the parties are even; nothing to settle"
                                    : "the balance is already inside the target");

    ExchangeDraft draft;
    draft.agreement = a.code;
    draft.date = date->toString();
    for (const Offer& o : resolved) {
        if (room <= 0)
            break;
        if (o.price.sign() == 0) {
            p.notes.push_back(o.good.code + ": its price is zero, so it settles nothing");
            continue;
        }
        Int128 n = largestFitting(o.price, o.good.decimals, a.digits, room);
        if (o.max)
            n = std::min(n, o.max->rescaled(o.good.decimals).mantissa());
        // The screening rules in force on the date, with the lines already proposed counted
        // (a quota may be shared): the largest quantity they let through.
        auto allowed = [&](const Int128& q) {
            ExchangeDraft d = draft;
            d.lines.push_back({p.debtor, o.good.code, Decimal(q, o.good.decimals).toString()});
            std::vector<Problem> ignored;
            std::vector<ScreeningResult> r = poster.screen(d, ignored);
            return r.size() == d.lines.size() && !r.back().refused() && r.back().problem.empty();
        };
        if (n > 0 && !allowed(n)) {
            Int128 lo = 0, hi = n; // allowed(lo) holds (nothing), allowed(hi) does not
            while (hi - lo > 1) {
                const Int128 mid = lo + (hi - lo) / 2;
                (allowed(mid) ? lo : hi) = mid;
            }
            ExchangeDraft d = draft;
            d.lines.push_back({p.debtor, o.good.code, Decimal(hi, o.good.decimals).toString()});
            std::vector<Problem> ignored;
            std::vector<ScreeningResult> r = poster.screen(d, ignored);
            // The probed line is the last; when it could not be resolved, say why not.
            const bool screened = r.size() == d.lines.size();
            const std::string reason =
                !screened ? (ignored.empty() ? std::string("it cannot be screened")
                                             : ignored.back().message)
                : !r.back().problem.empty() ? r.back().problem
                                            : r.back().reason({o.good.id.value, o.good.code,
                                                               o.good.hsCode, o.good.measure});
            p.notes.push_back(lo == 0 ? o.good.code + ": left out: " + reason
                                      : o.good.code + ": cut to what screening allows: " + reason);
            n = lo;
        }
        if (n <= 0)
            continue;
        SettlementLine line;
        line.good = o.good.code;
        line.unit = o.good.measure;
        line.quantity = Decimal(n, o.good.decimals);
        line.unitPrice = o.price;
        line.value = Decimal::multiply(line.quantity, o.price, a.digits).rescaled(a.digits);
        room -= line.value.mantissa();
        draft.lines.push_back({p.debtor, o.good.code, line.quantity.toString()});
        p.lines.push_back(std::move(line));
    }
    Int128 residual = p.balance.mantissa();
    for (const SettlementLine& l : p.lines)
        residual += sign > 0 ? Int128(-l.value.mantissa()) : l.value.mantissa();
    p.residual = Decimal(residual, a.digits);
    if (sign != 0 && room > 0 && !resolved.empty())
        p.notes.push_back(target->sign() == 0
                              ? fmt::format("the offered goods leave {} {} unsettled",
                                            p.residual.abs().toString(), a.unit)
                              : fmt::format("the offered goods leave the balance at {} {}, "
                                            "above the target of {}",
                                            p.residual.abs().toString(), a.unit,
                                            p.target.rescaled(a.digits).toString()));
    return p;
}

} // namespace barter

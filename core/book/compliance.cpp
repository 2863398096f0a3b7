// SPDX-License-Identifier: GPL-3.0-or-later
// Book: goods screening — conversions, the rules and exemptions in force, quota use, and a
// dry-run screen. Imports of lists and exemptions live with the other imports in core/io.
#include "../compliance/screener.h"
#include "../domain/validate.h"
#include "book.h"
#include "permissions.h"
#include "posting.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

namespace barter {

void ComplianceService::setConversion(const Session& s, const std::string& good,
                                      const std::string& unit, const std::string& factorText) {
    require(s, Action::ManageMasterData);
    std::vector<Problem> problems;
    Database& db = database();
    Transaction tx(db);
    Statement g = db.prepare("SELECT id, measure FROM good WHERE code = ?1");
    g.bind(1, good);
    const bool found = g.step();
    if (!found)
        problems.push_back({"good", "no good \"" + good + "\""});
    else if (g.getText(1) == unit)
        problems.push_back({"to", "the good is already measured in " + unit});
    if (std::string why = validate::measure(unit); !why.empty())
        problems.push_back({"to", why});
    std::string why;
    std::optional<Decimal> factor = Decimal::parse(factorText, kQuantityScale, &why);
    if (!factor)
        problems.push_back({"factor", why});
    else if (factor->sign() <= 0)
        problems.push_back({"factor", "must be greater than zero"});
    if (!problems.empty())
        throw InvalidInput(problems);
    db.prepare(R"sql(
        INSERT INTO good_conversion (good_id, unit, factor) VALUES (?1, ?2, ?3)
        ON CONFLICT (good_id, unit) DO UPDATE SET factor = excluded.factor)sql")
        .bind(1, g.getInt(0))
        .bind(2, unit)
        .bind(3, factor->toScaled(kQuantityScale))
        .run();
    audit(s, "change", "conversion",
          fmt::format("1 {} {} = {} {}", g.getText(1), good, factor->toString(), unit));
    tx.commit();
}

std::vector<RestrictionRule> ComplianceService::restrictions(const Session& s,
                                                             const std::string& list) {
    require(s, Action::ViewReports);
    std::vector<RestrictionRule> rules = rulesInForce(database(), list);
    std::stable_sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) {
        return std::tie(a.list, a.hsPrefix, a.line) < std::tie(b.list, b.hsPrefix, b.line);
    });
    if (rules.empty() && !list.empty()) {
        Statement known = database().prepare("SELECT 1 FROM restriction_list WHERE name = ?1");
        known.bind(1, list);
        if (!known.step())
            throw InvalidInput("list", "no restriction list \"" + list + "\"");
    }
    return rules;
}

std::vector<ExemptionInfo> ComplianceService::exemptions(const Session& s) {
    require(s, Action::ViewReports);
    Statement st = database().prepare(R"sql(
        SELECT e.reference, e.hs_prefix, e.from_country, e.to_country, coalesce(a.code, ''),
               e.valid_from, e.valid_to, e.quantity, coalesce(e.unit, ''), e.source,
               (SELECT coalesce(sum(exempt_quantity), 0) FROM line_screening
                WHERE exemption = e.reference)
        FROM exemption e LEFT JOIN agreement a ON a.id = e.agreement_id
        ORDER BY e.reference)sql");
    std::vector<ExemptionInfo> all;
    while (st.step()) {
        ExemptionInfo e;
        e.reference = st.getText(0);
        e.hsPrefix = st.getText(1);
        e.fromCountry = st.getText(2);
        e.toCountry = st.getText(3);
        e.agreement = st.getText(4);
        e.validFrom = Date::parse(st.getText(5)).value_or(Date::min());
        e.validTo = Date::parse(st.getText(6)).value_or(Date::max());
        if (!st.isNull(7))
            e.quantity = Decimal::fromScaled(st.getInt(7), kQuantityScale);
        e.unit = st.getText(8);
        e.source = st.getText(9);
        e.used = Decimal::fromScaled(st.getInt(10), kQuantityScale);
        all.push_back(std::move(e));
    }
    return all;
}

std::vector<ScreeningResult> ComplianceService::screen(const Session& s,
                                                       const ExchangeDraft& draft) {
    require(s, Action::ViewReports);
    Poster poster(database());
    std::vector<Problem> problems;
    std::vector<ScreeningResult> results = poster.screen(draft, problems);
    // A line that cannot be screened at all (no conversion factor) is an error, not a verdict.
    for (std::size_t i = 0; i < results.size(); ++i)
        if (!results[i].problem.empty())
            problems.push_back({fmt::format("line {}: screening", i + 1), results[i].problem});
    if (!problems.empty())
        throw InvalidInput(problems);
    return results;
}

std::vector<QuotaUse> ComplianceService::quotaUse(const Session& s, const std::string& agreement,
                                                  std::optional<int> year) {
    require(s, Action::ViewReports);
    if (year && (*year < Date::min().year() + 1 || *year > Date::max().year() - 1))
        throw InvalidInput("year", "must be a year from 1901 to 2198");
    const Date today = Date::today();
    // The directions of trade to report: both ways of each agreement's two countries.
    std::set<std::pair<std::string, std::string>> directions;
    auto addDirections = [&](const reports::AgreementInfo& a) {
        directions.emplace(a.countryA, a.countryB);
        directions.emplace(a.countryB, a.countryA);
    };
    if (!agreement.empty())
        addDirections(reports::agreementInfo(database(), agreement));
    else
        for (const reports::AgreementInfo& a : reports::agreements(database()))
            addDirections(a);

    Screener screener(database());
    std::vector<QuotaUse> rows;
    for (const RestrictionRule& r : restrictions(s, {})) {
        if (r.kind != "quota")
            continue;
        // The period that starts in `year` (1 January, or the rule's MM-DD), or contains today.
        const Date start = quotaPeriodStart(r.period, year ? Date(*year, 12, 31) : today);
        const Date end = quotaPeriodEnd(start);
        if (end < r.validFrom || (r.validTo && start > *r.validTo))
            continue;
        for (const auto& [from, to] : directions) {
            if ((r.fromCountry != "*" && r.fromCountry != from) ||
                (r.toCountry != "*" && r.toCountry != to))
                continue;
            QuotaUse q;
            q.rule = r.label;
            q.hsPrefix = r.hsPrefix;
            q.fromCountry = from;
            q.toCountry = to;
            q.unit = r.quotaUnit;
            q.period = start.month() == 1 && start.day() == 1
                           ? std::to_string(start.year())
                           : start.toString() + ".." + end.toString();
            q.cap = *r.quota;
            q.used = screener.quotaUsed({r.hsPrefix, from, to, r.quotaUnit, start, end});
            q.remaining = q.cap - q.used;
            rows.push_back(std::move(q));
        }
    }
    return rows;
}

} // namespace barter

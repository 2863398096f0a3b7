// SPDX-License-Identifier: GPL-3.0-or-later
#include "screener.h"

#include "../error.h"

#include <fmt/format.h>

#include <algorithm>

namespace barter {

std::string toString(Verdict verdict) {
    switch (verdict) {
    case Verdict::Allowed:
        return "allowed";
    case Verdict::Prohibited:
        return "prohibited";
    case Verdict::QuotaExceeded:
        return "quota_exceeded";
    case Verdict::LicenceRequired:
        return "licence_required";
    case Verdict::Exempt:
        return "exempt";
    case Verdict::Reversal:
        return "reversal";
    }
    return "allowed";
}

namespace {
struct ExemptionRow {
    std::int64_t id = 0;
    std::string reference, hsPrefix, from, to, unit, source;
    std::optional<std::int64_t> agreementId;
    Date validFrom, validTo;
    std::optional<Decimal> quantity;
};
} // namespace

struct Screener::Exemption : ExemptionRow {};

namespace {
int severity(const std::string& kind) {
    return kind == "prohibited" ? 3 : kind == "licence" ? 2 : 1;
}
bool countryMatches(const std::string& pattern, const std::string& country) {
    return pattern == "*" || pattern == country;
}
bool startsWith(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}
std::string figure(const Decimal& d, const std::string& unit) {
    return d.trimmed(0).toGroupedString() + " " + unit;
}
} // namespace

bool ScreeningResult::refused() const {
    if (!problem.empty())
        return true;
    switch (screening.verdict) {
    case Verdict::Prohibited:
    case Verdict::QuotaExceeded:
    case Verdict::LicenceRequired:
        return true;
    default:
        return false;
    }
}

std::string ScreeningResult::reason(const ScreenedGood& good) const {
    if (!problem.empty())
        return problem;
    const std::string what = fmt::format("{} (HS {}) from {} to {}", good.code, good.hsCode,
                                         screening.fromCountry, screening.toCountry);
    switch (screening.verdict) {
    case Verdict::Prohibited:
        return fmt::format("{} is prohibited by {} ({})", what, rule, source);
    case Verdict::LicenceRequired:
        return fmt::format("{} needs a licence under {} ({}) and no exemption applies", what, rule,
                           source);
    case Verdict::QuotaExceeded:
        return fmt::format("{} would exceed the quota of {} ({}): used {}, remaining {}, cap {}, "
                           "this line {}",
                           what, rule, source, figure(*used, unit), figure(*remaining, unit),
                           figure(*cap, unit), figure(*screening.ruleQuantity, unit));
    default:
        return {};
    }
}

Date quotaPeriodStart(const std::string& period, Date date) {
    if (period.rfind("12m-from:", 0) == 0) {
        const unsigned month = static_cast<unsigned>(std::stoi(period.substr(9, 2)));
        const unsigned day = static_cast<unsigned>(std::stoi(period.substr(12, 2)));
        Date start(date.year(), month, day);
        return start <= date ? start : Date(date.year() - 1, month, day);
    }
    return Date(date.year(), 1, 1);
}

Date quotaPeriodEnd(Date start) {
    return Date(start.year() + 1, start.month(), start.day()).plusDays(-1);
}

std::string checkQuotaPeriod(const std::string& period) {
    if (period.empty() || period == "year")
        return {};
    if (period.size() == 14 && period.rfind("12m-from:", 0) == 0 && period[11] == '-') {
        // Any real month-day except 29 February, which most years lack.
        if (auto d = Date::parse("2001-" + period.substr(9)))
            return {};
    }
    return "must be \"year\" or \"12m-from:MM-DD\" (e.g. 12m-from:04-01), not \"" + period + "\"";
}

namespace {
constexpr const char* kRuleColumns = R"sql(
    SELECT r.id, l.name, l.version, r.line, r.hs_prefix, r.from_country, r.to_country, r.kind,
           r.quota, r.quota_unit, r.period, r.source, r.valid_from, r.valid_to
    FROM restriction_rule r JOIN restriction_list l ON l.id = r.list_id)sql";

std::vector<RestrictionRule> readRules(Statement& st) {
    std::vector<RestrictionRule> rules;
    while (st.step()) {
        RestrictionRule r;
        r.id = st.getInt(0);
        r.list = st.getText(1);
        r.version = st.getText(2);
        r.line = static_cast<long>(st.getInt(3));
        r.label = fmt::format("{} {} line {}", r.list, r.version, r.line);
        r.hsPrefix = st.getText(4);
        r.fromCountry = st.getText(5);
        r.toCountry = st.getText(6);
        r.kind = st.getText(7);
        if (!st.isNull(8))
            r.quota = Decimal::fromScaled(st.getInt(8), kQuantityScale);
        r.quotaUnit = st.getText(9);
        r.period = st.getText(10);
        r.source = st.getText(11);
        r.validFrom = Date::parse(st.getText(12)).value_or(Date::min());
        if (!st.isNull(13))
            r.validTo = Date::parse(st.getText(13));
        rules.push_back(std::move(r));
    }
    return rules;
}

std::vector<ExemptionRow> readExemptions(Database& db) {
    Statement ex = db.prepare(R"sql(
        SELECT id, reference, hs_prefix, from_country, to_country, agreement_id, valid_from,
               valid_to, quantity, unit, source FROM exemption ORDER BY id)sql");
    std::vector<ExemptionRow> all;
    while (ex.step()) {
        ExemptionRow e;
        e.id = ex.getInt(0);
        e.reference = ex.getText(1);
        e.hsPrefix = ex.getText(2);
        e.from = ex.getText(3);
        e.to = ex.getText(4);
        e.agreementId = ex.getOptionalInt(5);
        e.validFrom = Date::parse(ex.getText(6)).value_or(Date::min());
        e.validTo = Date::parse(ex.getText(7)).value_or(Date::max());
        if (!ex.isNull(8))
            e.quantity = Decimal::fromScaled(ex.getInt(8), kQuantityScale);
        e.unit = ex.getText(9);
        e.source = ex.getText(10);
        all.push_back(std::move(e));
    }
    return all;
}

// Whether an exemption covers a line, its quantity aside.
bool covers(const ExemptionRow& e, const std::string& hsCode, Date date,
            const std::string& fromCountry, const std::string& toCountry,
            std::int64_t agreementId) {
    return date >= e.validFrom && date <= e.validTo && startsWith(hsCode, e.hsPrefix) &&
           countryMatches(e.from, fromCountry) && countryMatches(e.to, toCountry) &&
           (!e.agreementId || *e.agreementId == agreementId);
}

// The rule that applies from each list, by list name: the longest HS prefix that starts the
// good's HS code, valid on the date, whose countries match; among equally long prefixes the
// stricter kind, then the more specific countries.
std::map<std::string, const RestrictionRule*>
applyingRules(const std::vector<RestrictionRule>& rules, const std::string& hsCode, Date date,
              const std::string& fromCountry, const std::string& toCountry) {
    auto specificity = [](const RestrictionRule& r) {
        return (r.fromCountry != "*") + (r.toCountry != "*");
    };
    std::map<std::string, const RestrictionRule*> perList;
    for (const RestrictionRule& r : rules) {
        if (date < r.validFrom || (r.validTo && date > *r.validTo) ||
            !startsWith(hsCode, r.hsPrefix) || !countryMatches(r.fromCountry, fromCountry) ||
            !countryMatches(r.toCountry, toCountry))
            continue;
        const RestrictionRule*& best = perList[r.list];
        if (best == nullptr ||
            std::make_tuple(r.hsPrefix.size(), severity(r.kind), specificity(r)) >
                std::make_tuple(best->hsPrefix.size(), severity(best->kind), specificity(*best)))
            best = &r;
    }
    return perList;
}

// The rule among `rules` that bars a line unless it is exempt (the strictest prohibited or
// licence rule), or null.
const RestrictionRule* barringRule(const std::map<std::string, const RestrictionRule*>& rules) {
    const RestrictionRule* barring = nullptr;
    for (const auto& [list, r] : rules)
        if (r->kind != "quota" &&
            (barring == nullptr || severity(r->kind) > severity(barring->kind)))
            barring = r;
    return barring;
}

std::string labels(const std::map<std::string, const RestrictionRule*>& rules) {
    std::string text;
    for (const auto& [list, r] : rules)
        text += (text.empty() ? "" : "; ") + r->label;
    return text;
}
} // namespace

std::vector<RestrictionRule> rulesInForce(Database& db, const std::string& list) {
    // The newest version of each list is in force; older versions are history.
    Statement st = db.prepare(std::string(kRuleColumns) + R"sql(
        WHERE l.id IN (SELECT max(id) FROM restriction_list GROUP BY name)
          AND (?1 = '' OR l.name = ?1)
        ORDER BY l.name, r.id)sql");
    st.bind(1, list);
    return readRules(st);
}

Screener::Screener(Database& db) : m_db(db) {}
Screener::~Screener() = default;

void Screener::load() {
    if (m_loaded)
        return;
    m_loaded = true;
    m_rules = rulesInForce(m_db);
    for (ExemptionRow& row : readExemptions(m_db))
        m_exemptions.push_back(Exemption{std::move(row)});
}

std::optional<Decimal> Screener::convert(const ScreenedGood& good, const Decimal& quantity,
                                         const std::string& unit, std::string& problem) {
    if (unit.empty() || unit == good.measure)
        return quantity.rescaled(kQuantityScale);
    Statement& s =
        m_db.cached("SELECT factor FROM good_conversion WHERE good_id = ?1 AND unit = ?2");
    s.bind(1, good.id).bind(2, unit);
    std::optional<Decimal> factor;
    if (s.step())
        factor = Decimal::fromScaled(s.getInt(0), kQuantityScale);
    s.reset();
    if (!factor) {
        problem = fmt::format("{} is measured in {}, but the rule counts {}: set a conversion "
                              "with 'barter good convert {} --to {} --factor F'",
                              good.code, good.measure, unit, good.code, unit);
        return std::nullopt;
    }
    return Decimal::multiply(quantity, *factor, kQuantityScale);
}

Decimal Screener::quotaUsed(const QuotaScope& scope) {
    auto cached = m_quotaUse.find(scope);
    if (cached != m_quotaUse.end())
        return cached->second;
    // The goods the rule's prefix covers, with their factor to the rule's unit.
    std::map<std::int64_t, std::pair<std::string, std::optional<Decimal>>> goods;
    {
        Statement g = m_db.prepare(R"sql(
            SELECT g.id, g.code, g.measure, c.factor FROM good g
            LEFT JOIN good_conversion c ON c.good_id = g.id AND c.unit = ?2
            WHERE substr(g.hs_code, 1, length(?1)) = ?1)sql");
        g.bind(1, scope.hsPrefix).bind(2, scope.unit);
        while (g.step()) {
            std::optional<Decimal> factor;
            if (g.getText(2) == scope.unit)
                factor = Decimal::fromInt(1);
            else if (!g.isNull(3))
                factor = Decimal::fromScaled(g.getInt(3), kQuantityScale);
            goods[g.getInt(0)] = {g.getText(1), factor};
        }
    }
    Decimal used = Decimal::fromScaled(0, kQuantityScale);
    if (!goods.empty()) {
        // Lines of every agreement whose parties trade in the scope's direction.
        Statement agreements = m_db.prepare(R"sql(
            SELECT a.id, CASE WHEN pa.country = ?1 AND pb.country = ?2 THEN 'A' ELSE 'B' END
            FROM agreement a JOIN party pa ON pa.id = a.party_a JOIN party pb ON pb.id = a.party_b
            WHERE (pa.country = ?1 AND pb.country = ?2) OR (pb.country = ?1 AND pa.country = ?2))sql");
        agreements.bind(1, scope.fromCountry).bind(2, scope.toCountry);
        Statement& lines = m_db.cached(R"sql(
            SELECT good_id, quantity FROM delivery_line
            WHERE agreement_id = ?1 AND date BETWEEN ?2 AND ?3 AND side = ?4)sql");
        while (agreements.step()) {
            lines.bind(1, agreements.getInt(0)).bind(2, scope.start.toString());
            lines.bind(3, scope.end.toString()).bind(4, agreements.getText(1));
            while (lines.step()) {
                auto g = goods.find(lines.getInt(0));
                if (g == goods.end())
                    continue;
                if (!g->second.second) {
                    lines.reset();
                    throw InvalidInput(
                        "screening",
                        fmt::format("deliveries of {} count against a quota in {}: set a "
                                    "conversion with 'barter good convert {} --to {} --factor F'",
                                    g->second.first, scope.unit, g->second.first, scope.unit));
                }
                used += Decimal::multiply(Decimal::fromScaled(lines.getInt(1), kQuantityScale),
                                          *g->second.second, kQuantityScale);
            }
            lines.reset();
        }
    }
    m_quotaUse.emplace(scope, used);
    return used;
}

Decimal Screener::exemptionUsed(const std::string& reference) {
    auto it = m_exemptionUse.find(reference);
    if (it == m_exemptionUse.end()) {
        Statement& s = m_db.cached(
            "SELECT coalesce(sum(exempt_quantity), 0) FROM line_screening WHERE exemption = ?1");
        s.bind(1, reference);
        s.step();
        Decimal used = Decimal::fromScaled(s.getInt(0), kQuantityScale);
        s.reset();
        it = m_exemptionUse.emplace(reference, used).first;
    }
    return it->second;
}

void Screener::beginExchange() {
    m_pendingQuota.clear();
    m_pendingExemption.clear();
}

void Screener::commitExchange() {
    for (const auto& [scope, quantity] : m_pendingQuota)
        m_quotaUse[scope] += quantity; // present: screen() looked it up first
    for (const auto& [reference, quantity] : m_pendingExemption)
        m_exemptionUse[reference] += quantity;
    beginExchange();
}

void Screener::forgetUse() {
    m_quotaUse.clear();
    m_exemptionUse.clear();
    beginExchange();
}

ScreeningResult Screener::screen(const ScreenedGood& good, const Decimal& quantity, Date date,
                                 const std::string& fromCountry, const std::string& toCountry,
                                 std::int64_t agreementId) {
    load();
    ScreeningResult result;
    Screening& sc = result.screening;
    sc.fromCountry = fromCountry;
    sc.toCountry = toCountry;

    // The rule that applies from each list, and the versions in force.
    const std::map<std::string, const RestrictionRule*> perList =
        applyingRules(m_rules, good.hsCode, date, fromCountry, toCountry);
    std::vector<std::string> versions;
    for (const RestrictionRule& r : m_rules) {
        const std::string version = r.list + " " + r.version;
        if (versions.empty() || versions.back() != version)
            versions.push_back(version);
    }
    if (perList.empty()) {
        if (!versions.empty()) {
            sc.decidedBy = "no rule in ";
            for (std::size_t i = 0; i < versions.size(); ++i)
                sc.decidedBy += (i ? ", " : "") + versions[i];
        }
        return result; // allowed
    }
    std::vector<const RestrictionRule*> matched;
    for (const auto& [list, rule] : perList)
        matched.push_back(rule);
    sc.decidedBy = labels(perList);

    // Prohibited and licence rules: every one of them needs the line to be exempt.
    const RestrictionRule* barring = barringRule(perList);
    const RestrictionRule* deciding = nullptr;
    if (barring != nullptr) {
        std::string conversionProblem;
        const Exemption* exemption = nullptr;
        for (const Exemption& e : m_exemptions) {
            if (!covers(e, good.hsCode, date, fromCountry, toCountry, agreementId))
                continue;
            if (e.quantity) {
                std::string problem;
                std::optional<Decimal> counted = convert(good, quantity, e.unit, problem);
                if (!counted) {
                    conversionProblem = problem;
                    continue;
                }
                if (exemptionUsed(e.reference) + m_pendingExemption[e.reference] + *counted >
                    *e.quantity)
                    continue;
                sc.exemptQuantity = counted;
                m_pendingExemption[e.reference] += *counted;
            }
            exemption = &e;
            break;
        }
        if (exemption == nullptr) {
            sc.verdict =
                barring->kind == "prohibited" ? Verdict::Prohibited : Verdict::LicenceRequired;
            result.rule = barring->label;
            result.kind = barring->kind;
            result.source = barring->source;
            result.problem = conversionProblem;
            return result;
        }
        sc.verdict = Verdict::Exempt;
        sc.exemption = exemption->reference;
        result.exemption = exemption->reference;
        deciding = barring;
    }

    // Quota rules: the line must fit every one of them.
    for (const RestrictionRule* r : matched) {
        if (r->kind != "quota")
            continue;
        std::optional<Decimal> counted = convert(good, quantity, r->quotaUnit, result.problem);
        if (!counted)
            return result;
        const Date start = quotaPeriodStart(r->period, date);
        const QuotaScope scope{r->hsPrefix,  fromCountry, toCountry,
                               r->quotaUnit, start,       quotaPeriodEnd(start)};
        Decimal used = Decimal::fromInt(0);
        try {
            used = quotaUsed(scope) + m_pendingQuota[scope];
        } catch (const InvalidInput& e) {
            result.problem = e.problems().front().message;
            return result;
        }
        const bool exceeded = used + *counted > *r->quota;
        // Report the first quota the line exceeds, else the first it counts against.
        if (exceeded || result.cap == std::nullopt) {
            result.rule = r->label;
            result.kind = r->kind;
            result.source = r->source;
            result.unit = r->quotaUnit;
            result.cap = *r->quota;
            result.used = used;
            result.remaining = *r->quota - used;
            sc.periodStart = start;
            sc.ruleQuantity = *counted;
        }
        if (exceeded) {
            sc.verdict = Verdict::QuotaExceeded;
            return result;
        }
        m_pendingQuota[scope] += *counted;
    }
    if (result.rule.empty() && deciding != nullptr) {
        result.rule = deciding->label;
        result.kind = deciding->kind;
        result.source = deciding->source;
    }
    return result;
}

struct RecordedVerdicts::Cache {
    std::map<std::pair<std::string, std::string>, std::vector<RestrictionRule>> versions;
    std::vector<std::pair<std::string, std::string>> known; // every list version of the book
    std::vector<ExemptionRow> exemptions;
    bool loaded = false;
};

RecordedVerdicts::RecordedVerdicts(Database& db) : m_db(db), m_cache(std::make_unique<Cache>()) {}
RecordedVerdicts::~RecordedVerdicts() = default;

namespace {
// The list versions a stored `decided_by` names, read against the versions the book has (a
// version may hold spaces, ", " or "; ", a list's name none of them): "no rule in A 1, B 2 x",
// or rules "A 1 line 3; B 2 x line 9". Empty `why` when it reads.
std::vector<std::pair<std::string, std::string>>
namedVersions(const std::string& named,
              const std::vector<std::pair<std::string, std::string>>& known, std::string& why) {
    std::vector<std::pair<std::string, std::string>> out;
    const std::string noRule = "no rule in ";
    const bool rules = named.rfind(noRule, 0) != 0;
    std::size_t at = rules ? 0 : noRule.size();
    while (at < named.size()) {
        std::size_t best = 0, end = 0;
        const std::pair<std::string, std::string>* found = nullptr;
        for (const auto& version : known) {
            const std::string text = version.first + " " + version.second;
            if (named.compare(at, text.size(), text) != 0 || text.size() <= best)
                continue;
            std::size_t next = at + text.size();
            if (rules) { // " line N"
                const std::string line = " line ";
                if (named.compare(next, line.size(), line) != 0)
                    continue;
                next += line.size();
                const std::size_t digits = next;
                while (next < named.size() && named[next] >= '0' && named[next] <= '9')
                    ++next;
                if (next == digits)
                    continue;
            }
            const std::string separator = rules ? "; " : ", ";
            if (next != named.size() && named.compare(next, separator.size(), separator) != 0)
                continue;
            best = text.size();
            found = &version;
            end = next == named.size() ? next : next + separator.size();
        }
        if (found == nullptr) {
            why = "names a restriction list version the book does not have (\"" + named.substr(at) +
                  "\")";
            return {};
        }
        out.push_back(*found);
        at = end;
    }
    return out;
}
} // namespace

std::string RecordedVerdicts::check(const std::string& hsCode, Date date, std::int64_t agreementId,
                                    const Screening& stored) {
    if (stored.verdict == Verdict::Reversal)
        return {}; // the line it gives back was checked when its exchange was
    if (!m_cache->loaded) {
        m_cache->loaded = true;
        m_cache->exemptions = readExemptions(m_db);
        Statement lists = m_db.prepare("SELECT name, version FROM restriction_list");
        while (lists.step())
            m_cache->known.emplace_back(lists.getText(0), lists.getText(1));
    }
    const std::string& named = stored.decidedBy;
    const std::string noRule = "no rule in ";
    if (named.rfind("exemption ", 0) == 0)
        return {}; // as the first books with screening recorded an exemption: not re-checked
    std::string why;
    const std::vector<std::pair<std::string, std::string>> versions =
        namedVersions(named, m_cache->known, why);
    if (!why.empty())
        return why;
    std::vector<RestrictionRule> rules;
    for (const auto& version : versions) {
        auto [it, fresh] = m_cache->versions.try_emplace(version);
        if (fresh) {
            Statement st = m_db.prepare(std::string(kRuleColumns) +
                                        " WHERE l.name = ?1 AND l.version = ?2 ORDER BY r.id");
            st.bind(1, version.first).bind(2, version.second);
            it->second = readRules(st);
        }
        rules.insert(rules.end(), it->second.begin(), it->second.end());
    }
    const auto applying = applyingRules(rules, hsCode, date, stored.fromCountry, stored.toCountry);
    const std::string recomputed = labels(applying);
    const bool holds = named.rfind(noRule, 0) == 0 ? applying.empty() : recomputed == named;
    if (!holds)
        return fmt::format("records {}, but under those lists {} applies",
                           named.empty() ? "no list" : "\"" + named + "\"",
                           applying.empty() ? std::string("no rule") : "\"" + recomputed + "\"");
    if (const RestrictionRule* barring = barringRule(applying)) {
        if (stored.verdict != Verdict::Exempt)
            return fmt::format("is {} by {} ({}), yet recorded as {}",
                               barring->kind == "prohibited" ? "prohibited" : "under licence",
                               barring->label, barring->source, toString(stored.verdict));
        const auto exemption =
            std::find_if(m_cache->exemptions.begin(), m_cache->exemptions.end(),
                         [&](const ExemptionRow& e) { return e.reference == stored.exemption; });
        if (exemption == m_cache->exemptions.end() ||
            !covers(*exemption, hsCode, date, stored.fromCountry, stored.toCountry, agreementId))
            return fmt::format("is {} by {}, and the exemption it names (\"{}\") does not cover it",
                               barring->kind == "prohibited" ? "prohibited" : "under licence",
                               barring->label, stored.exemption);
        return {};
    }
    if (stored.verdict != Verdict::Allowed)
        return fmt::format("is recorded as {}, but no prohibited or licence rule applies to it",
                           toString(stored.verdict));
    return {};
}

} // namespace barter

#include "screener.h"

#include "../error.h"

#include <fmt/format.h>

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

struct Screener::Rule {
    std::int64_t id = 0;
    std::string label; // "<list> <version> line <n>"
    std::string hsPrefix, from, to, kind, period, source, quotaUnit;
    std::optional<Decimal> quota;
    Date validFrom;
    std::optional<Date> validTo;
};

struct Screener::Exemption {
    std::int64_t id = 0;
    std::string reference, hsPrefix, from, to, unit, source;
    std::optional<std::int64_t> agreementId;
    Date validFrom, validTo;
    std::optional<Decimal> quantity;
};

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

Screener::Screener(Database& db) : m_db(db) {}
Screener::~Screener() = default;

void Screener::load() {
    if (m_loaded)
        return;
    m_loaded = true;
    // The newest version of each list is in force; older versions are history.
    Statement rules = m_db.prepare(R"sql(
        SELECT r.id, l.name, l.version, r.line, r.hs_prefix, r.from_country, r.to_country,
               r.kind, r.quota, r.quota_unit, r.period, r.source, r.valid_from, r.valid_to
        FROM restriction_rule r JOIN restriction_list l ON l.id = r.list_id
        WHERE l.id IN (SELECT max(id) FROM restriction_list GROUP BY name)
        ORDER BY r.id)sql");
    while (rules.step()) {
        Rule r;
        r.id = rules.getInt(0);
        r.label = fmt::format("{} {} line {}", rules.getText(1), rules.getText(2), rules.getInt(3));
        r.hsPrefix = rules.getText(4);
        r.from = rules.getText(5);
        r.to = rules.getText(6);
        r.kind = rules.getText(7);
        if (!rules.isNull(8))
            r.quota = Decimal::fromScaled(rules.getInt(8), kQuantityScale);
        r.quotaUnit = rules.getText(9);
        r.period = rules.getText(10);
        r.source = rules.getText(11);
        r.validFrom = Date::parse(rules.getText(12)).value_or(Date::min());
        r.validTo = rules.isNull(13) ? std::nullopt : Date::parse(rules.getText(13));
        m_rules.push_back(std::move(r));
    }
    Statement ex = m_db.prepare(R"sql(
        SELECT id, reference, hs_prefix, from_country, to_country, agreement_id, valid_from,
               valid_to, quantity, unit, source FROM exemption ORDER BY id)sql");
    while (ex.step()) {
        Exemption e;
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
        m_exemptions.push_back(std::move(e));
    }
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

Decimal Screener::ruleUsed(std::int64_t ruleId, const std::string& from, const std::string& to,
                           Date periodStart) {
    auto key = std::make_tuple(ruleId, from, to, periodStart.days());
    auto it = m_ruleUse.find(key);
    if (it == m_ruleUse.end()) {
        Statement& s = m_db.cached(R"sql(
            SELECT coalesce(sum(rule_quantity), 0) FROM line_screening
            WHERE rule_id = ?1 AND from_country = ?2 AND to_country = ?3 AND period_start = ?4)sql");
        s.bind(1, ruleId).bind(2, from).bind(3, to).bind(4, periodStart.toString());
        s.step();
        Decimal used = Decimal::fromScaled(s.getInt(0), kQuantityScale);
        s.reset();
        it = m_ruleUse.emplace(key, used).first;
    }
    return it->second;
}

Decimal Screener::exemptionUsed(std::int64_t exemptionId) {
    auto it = m_exemptionUse.find(exemptionId);
    if (it == m_exemptionUse.end()) {
        Statement& s = m_db.cached(
            "SELECT coalesce(sum(exempt_quantity), 0) FROM line_screening WHERE exemption_id = ?1");
        s.bind(1, exemptionId);
        s.step();
        Decimal used = Decimal::fromScaled(s.getInt(0), kQuantityScale);
        s.reset();
        it = m_exemptionUse.emplace(exemptionId, used).first;
    }
    return it->second;
}

void Screener::beginExchange() {
    m_pendingRuleUse.clear();
    m_pendingExemptionUse.clear();
}

ScreeningResult Screener::screen(const ScreenedGood& good, const Decimal& quantity, Date date,
                                 const std::string& fromCountry, const std::string& toCountry,
                                 std::int64_t agreementId) {
    load();
    ScreeningResult result;
    Screening& sc = result.screening;
    sc.fromCountry = fromCountry;
    sc.toCountry = toCountry;
    const Rule* best = nullptr;
    auto specificity = [](const Rule& r) { return (r.from != "*") + (r.to != "*"); };
    for (const Rule& r : m_rules) {
        if (date < r.validFrom || (r.validTo && date > *r.validTo) ||
            !startsWith(good.hsCode, r.hsPrefix) || !countryMatches(r.from, fromCountry) ||
            !countryMatches(r.to, toCountry))
            continue;
        if (best == nullptr ||
            std::make_tuple(r.hsPrefix.size(), severity(r.kind), specificity(r)) >
                std::make_tuple(best->hsPrefix.size(), severity(best->kind), specificity(*best)))
            best = &r;
    }
    if (best == nullptr)
        return result; // allowed: no rule covers it
    sc.ruleId = best->id;
    sc.decidedBy = best->label;
    result.rule = best->label;
    result.kind = best->kind;
    result.source = best->source;

    if (best->kind == "quota") {
        std::optional<Decimal> counted = convert(good, quantity, best->quotaUnit, result.problem);
        if (!counted)
            return result;
        const Date start = quotaPeriodStart(best->period, date);
        const auto key = std::make_tuple(best->id, fromCountry, toCountry, start.days());
        Decimal& pending = m_pendingRuleUse[key];
        const Decimal used = ruleUsed(best->id, fromCountry, toCountry, start) + pending;
        sc.periodStart = start;
        sc.ruleQuantity = *counted;
        result.unit = best->quotaUnit;
        result.cap = *best->quota;
        result.used = used;
        result.remaining = *best->quota - used;
        if (used + *counted > *best->quota)
            sc.verdict = Verdict::QuotaExceeded;
        else
            pending += *counted;
        return result;
    }

    // prohibited or licence: only an exemption lets the line through.
    for (const Exemption& e : m_exemptions) {
        if (date < e.validFrom || date > e.validTo || !startsWith(good.hsCode, e.hsPrefix) ||
            !countryMatches(e.from, fromCountry) || !countryMatches(e.to, toCountry) ||
            (e.agreementId && *e.agreementId != agreementId))
            continue;
        std::optional<Decimal> counted;
        if (e.quantity) {
            std::string problem;
            counted = convert(good, quantity, e.unit, problem);
            if (!counted ||
                exemptionUsed(e.id) + m_pendingExemptionUse[e.id] + *counted > *e.quantity)
                continue;
            m_pendingExemptionUse[e.id] += *counted;
        }
        sc.verdict = Verdict::Exempt;
        sc.exemptionId = e.id;
        sc.exemptQuantity = counted;
        sc.decidedBy = "exemption " + e.reference;
        result.exemption = e.reference;
        return result;
    }
    sc.verdict = best->kind == "prohibited" ? Verdict::Prohibited : Verdict::LicenceRequired;
    return result;
}

void Screener::record(const Screening& sc) {
    // Call before the line is written: an uncached use is read from the book without it.
    if (sc.ruleId && sc.periodStart && sc.ruleQuantity) {
        const Decimal used =
            ruleUsed(*sc.ruleId, sc.fromCountry, sc.toCountry, *sc.periodStart) + *sc.ruleQuantity;
        m_ruleUse[std::make_tuple(*sc.ruleId, sc.fromCountry, sc.toCountry,
                                  sc.periodStart->days())] = used;
    }
    if (sc.exemptionId && sc.exemptQuantity) {
        const Decimal used = exemptionUsed(*sc.exemptionId) + *sc.exemptQuantity;
        m_exemptionUse[*sc.exemptionId] = used;
    }
}

} // namespace barter

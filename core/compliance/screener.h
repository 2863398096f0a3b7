// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Screening of delivery lines against the restriction lists in force (DESIGN.md §1).
//
// - The rules in force are those of the newest imported version of each list whose own
//   validity covers the line's date. Each list is screened on its own: within a list, the
//   rule with the longest HS prefix that starts the good's HS code and whose countries match
//   the shipper's and the receiver's ('*' for any) applies; among equally long prefixes the
//   stricter kind (prohibited > licence > quota), then the more specific countries.
// - A line is refused when any list refuses it: a prohibited or licence rule with no
//   matching exemption (reference, HS prefix, countries, agreement, validity and remaining
//   quantity must all match), or a quota it would exceed.
// - Quota use is computed from the posted delivery lines themselves: every line in the
//   rule's period (calendar year, or 12 months from the rule's MM-DD) whose good's HS code
//   starts with the rule's prefix and whose direction matches, in the rule's unit, across
//   the whole book. So it counts deliveries posted before a list was imported and survives
//   new list versions. Exactly at the cap passes.
// A Screener lives for one transaction; it caches use, and lines of one exchange count for
// its later lines (commitExchange() makes that permanent once the exchange is written).

#include "../domain/types.h"
#include "../storage/database.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace barter {

// A restriction rule in force (of the newest version of its list).
struct RestrictionRule {
    std::int64_t id = 0;
    std::string list, version;
    long line = 0;     // in the imported file
    std::string label; // "<list> <version> line <n>"
    std::string hsPrefix, fromCountry, toCountry, kind;
    std::optional<Decimal> quota;
    std::string quotaUnit, period, source;
    Date validFrom;
    std::optional<Date> validTo;
};

// The rules in force: those of the newest imported version of each list (of `list` only,
// when given), ordered by list and import order.
std::vector<RestrictionRule> rulesInForce(Database& db, const std::string& list = {});

struct ScreenedGood {
    std::int64_t id = 0;
    std::string code;
    std::string hsCode;
    std::string measure;
};

struct ScreeningResult {
    Screening screening;
    std::string rule;      // the deciding rule ("UN-DPRK 2024-1 line 12"), or empty
    std::string kind;      // of that rule
    std::string source;    // its source text, e.g. "UNSCR 2397 para 5"
    std::string exemption; // reference of the exemption that let it through, if any
    std::optional<Decimal> used, remaining, cap; // the deciding quota before this line
    std::string unit;
    std::string problem; // a line that cannot be screened (no conversion factor)

    bool refused() const;
    // Why a refused line is refused, naming the rule, its source and the quota figures.
    std::string reason(const ScreenedGood& good) const;
};

// The scope a quota counts over: what, which way, when, in which unit.
struct QuotaScope {
    std::string hsPrefix, fromCountry, toCountry, unit;
    Date start, end;
    auto operator<=>(const QuotaScope&) const = default;
};

class Screener {
public:
    explicit Screener(Database& db);
    ~Screener();

    // Starts the lines of a new exchange, forgetting what an unwritten one had taken.
    void beginExchange();
    ScreeningResult screen(const ScreenedGood& good, const Decimal& quantity, Date date,
                           const std::string& fromCountry, const std::string& toCountry,
                           std::int64_t agreementId);
    // The exchange screened since beginExchange() was written: its use now counts.
    void commitExchange();
    // Something was written that changes use without being screened (a reversal).
    void forgetUse();
    // Quantity posted within the scope, in its unit. Throws InvalidInput naming a good whose
    // deliveries cannot be converted to the unit.
    Decimal quotaUsed(const QuotaScope& scope);

private:
    struct Exemption;
    void load();
    std::optional<Decimal> convert(const ScreenedGood& good, const Decimal& quantity,
                                   const std::string& unit, std::string& problem);
    Decimal exemptionUsed(const std::string& reference);

    Database& m_db;
    bool m_loaded = false;
    std::vector<RestrictionRule> m_rules;
    std::vector<Exemption> m_exemptions;
    std::map<QuotaScope, Decimal> m_quotaUse, m_pendingQuota;
    std::map<std::string, Decimal> m_exemptionUse, m_pendingExemption;
};

// The check verify makes of each posted line, whoever wrote it: the verdict stored with it is the
// one the rules of the list versions it names give (which rule applies from each list, and that
// a prohibited or licence rule was met by an exemption that covers the line), quota use and the
// quantities of exemptions aside.
class RecordedVerdicts {
public:
    explicit RecordedVerdicts(Database& db);
    ~RecordedVerdicts();
    RecordedVerdicts(const RecordedVerdicts&) = delete;
    RecordedVerdicts& operator=(const RecordedVerdicts&) = delete;
    // Empty when the stored screening holds; else what is wrong with it.
    std::string check(const std::string& hsCode, Date date, std::int64_t agreementId,
                      const Screening& stored);

private:
    struct Cache;
    Database& m_db;
    std::unique_ptr<Cache> m_cache;
};

// The start of the quota period containing `date`: 1 January, or the last MM-DD of a
// "12m-from:MM-DD" period. `period` is "year" or "12m-from:MM-DD" (checked on import).
Date quotaPeriodStart(const std::string& period, Date date);
// The last day of the period that starts on `start`.
Date quotaPeriodEnd(Date start);
// Empty when `period` is a valid period text, else the reason.
std::string checkQuotaPeriod(const std::string& period);

} // namespace barter

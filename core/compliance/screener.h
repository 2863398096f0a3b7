#pragma once
// Screening of delivery lines against the restriction lists in force (DESIGN.md §1).
//
// - The rules in force on a date are those of the newest version of each list whose validity
//   covers the date. A rule matches a line when its HS prefix starts the good's HS code and
//   its countries match the shipper's and the receiver's ('*' for any). The longest prefix
//   wins; among equally long ones the stricter kind (prohibited > licence > quota), then the
//   more specific countries.
// - prohibited and licence rules yield to an exemption whose reference, HS prefix, countries,
//   agreement and validity all match and whose quantity (if any) is not used up.
// - A quota counts the posted quantity of the same rule, direction and period (calendar year,
//   or 12 months from the rule's MM-DD) across the whole book, in the rule's unit. Exactly at
//   the cap passes; a good measured in another unit needs a conversion factor.
// A Screener lives for one transaction: it caches rules and quota use, and record() adds
// what is written, so lines later in the same import see the earlier ones.

#include "../domain/types.h"
#include "../storage/database.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace barter {

struct ScreenedGood {
    std::int64_t id = 0;
    std::string code;
    std::string hsCode;
    std::string measure;
};

struct ScreeningResult {
    Screening screening;
    std::string rule;      // the deciding rule, "UN-DPRK 2024-1 line 12", or empty
    std::string kind;      // of that rule
    std::string source;    // its source text, e.g. "UNSCR 2397 para 5"
    std::string exemption; // reference of the exemption that let it through, if any
    std::optional<Decimal> used, remaining, cap; // quota figures in `unit`, before this line
    std::string unit;
    std::string problem; // a line that cannot be screened (no conversion factor)

    bool refused() const;
    // Why a refused line is refused, naming the rule, its source and the quota figures.
    std::string reason(const ScreenedGood& good) const;
};

class Screener {
public:
    explicit Screener(Database& db);
    ~Screener();

    // Starts the lines of a new exchange: what the lines of one exchange take from a quota or
    // an exemption counts for its later lines, and is forgotten if it is not written.
    void beginExchange();
    ScreeningResult screen(const ScreenedGood& good, const Decimal& quantity, Date date,
                           const std::string& fromCountry, const std::string& toCountry,
                           std::int64_t agreementId);
    // Counts a line's quantities against its quota rule or exemption; call it just before
    // the line is written.
    void record(const Screening& screening);

private:
    struct Rule;
    struct Exemption;
    void load();
    std::optional<Decimal> convert(const ScreenedGood& good, const Decimal& quantity,
                                   const std::string& unit, std::string& problem);
    Decimal ruleUsed(std::int64_t ruleId, const std::string& from, const std::string& to,
                     Date periodStart);
    Decimal exemptionUsed(std::int64_t exemptionId);

    Database& m_db;
    bool m_loaded = false;
    std::vector<Rule> m_rules;
    std::vector<Exemption> m_exemptions;
    std::map<std::tuple<std::int64_t, std::string, std::string, int>, Decimal> m_ruleUse;
    std::map<std::int64_t, Decimal> m_exemptionUse;
    std::map<std::tuple<std::int64_t, std::string, std::string, int>, Decimal> m_pendingRuleUse;
    std::map<std::int64_t, Decimal> m_pendingExemptionUse;
};

// The start of the quota period containing `date`: 1 January, or the last MM-DD of a
// "12m-from:MM-DD" period. `period` is "year" or "12m-from:MM-DD" (checked on import).
Date quotaPeriodStart(const std::string& period, Date date);
// The last day of the period that starts on `start`.
Date quotaPeriodEnd(Date start);
// Empty when `period` is a valid period text, else the reason.
std::string checkQuotaPeriod(const std::string& period);

} // namespace barter

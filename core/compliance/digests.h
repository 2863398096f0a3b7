// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Digests of restriction lists and exemptions, taken when they are imported and recomputed by
// verify: the tables are append-only by triggers, and these make a change behind the
// application's back detectable, as the hash chain does for exchanges.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace barter::digests {

struct RuleRow {
    long line = 0;
    std::string hsPrefix, fromCountry, toCountry, kind;
    std::optional<std::int64_t> quota; // ×10^6
    std::string quotaUnit, period, source, validFrom, validTo;
};

struct ExemptionRow {
    std::string reference, hsPrefix, fromCountry, toCountry;
    std::optional<std::int64_t> agreementId;
    std::string validFrom, validTo;
    std::optional<std::int64_t> quantity; // ×10^6
    std::string unit, source;
};

// Hex SHA-256 of a list version's rules in line order.
std::string ofList(const std::string& name, const std::string& version,
                   const std::vector<RuleRow>& rules);
std::string ofExemption(const ExemptionRow& exemption);

} // namespace barter::digests

// SPDX-License-Identifier: GPL-3.0-or-later
#include "digests.h"

#include "../audit/chain.h"

namespace barter::digests {

namespace {
std::string optionalNumber(const std::optional<std::int64_t>& n) {
    return n ? std::to_string(*n) : std::string();
}
} // namespace

std::string ofList(const std::string& name, const std::string& version,
                   const std::vector<RuleRow>& rules) {
    std::string bytes;
    chain::appendField(bytes, "restriction-list/v1");
    chain::appendField(bytes, name);
    chain::appendField(bytes, version);
    chain::appendField(bytes, std::to_string(rules.size()));
    for (const RuleRow& r : rules) {
        for (const std::string& f :
             {std::to_string(r.line), r.hsPrefix, r.fromCountry, r.toCountry, r.kind,
              optionalNumber(r.quota), r.quotaUnit, r.period, r.source, r.validFrom, r.validTo})
            chain::appendField(bytes, f);
    }
    return toHex(chain::sha256(bytes));
}

std::string ofExemption(const ExemptionRow& e) {
    std::string bytes;
    chain::appendField(bytes, "exemption/v1");
    for (const std::string& f :
         {e.reference, e.hsPrefix, e.fromCountry, e.toCountry, optionalNumber(e.agreementId),
          e.validFrom, e.validTo, optionalNumber(e.quantity), e.unit, e.source})
        chain::appendField(bytes, f);
    return toHex(chain::sha256(bytes));
}

} // namespace barter::digests

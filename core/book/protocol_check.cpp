// SPDX-License-Identifier: GPL-3.0-or-later
// The posting engine's protocol rule (DESIGN.md §11), beside posting.cpp.
#include "../protocol/protocol_store.h"
#include "posting.h"

#include <fmt/format.h>

#include <set>

namespace barter {

namespace {
std::string quantity(const Decimal& q, const std::string& measure) {
    return q.toGroupedString() + " " + measure;
}

// What is wrong with one line against one protocol, as a person reads it.
std::string describe(const ProtocolLineCheck& c) {
    if (!c.listed)
        return fmt::format("protocol {} does not list {} shipped by {}", c.protocol, c.good,
                           c.shipperCode);
    return fmt::format("{} of {} by {} goes past the {} remaining of protocol {} (planned {})",
                       quantity(c.quantity, c.measure), c.good, c.shipperCode,
                       quantity(c.remaining, c.measure), c.protocol,
                       quantity(c.planned, c.measure));
}
} // namespace

std::vector<std::int64_t>
Poster::checkProtocols(const ExchangeDraft& draft, const PreparedExchange& p,
                       const std::string& overrideReason, std::vector<Problem>& problems,
                       std::vector<std::string>& warnings, std::vector<ProtocolLineCheck>* checks) {
    std::vector<ProtocolLineCheck> all =
        m_protocols->check(p.agreementId, p.exchange.date, p.exchange.lines);
    std::set<std::int64_t> letThrough;
    for (const ProtocolLineCheck& c : all) {
        if (!c.past())
            continue;
        // A file names its own line; a command line or a form the entry's line.
        const std::size_t index = static_cast<std::size_t>(c.lineNo - 1);
        const long sourceLine =
            index < draft.lines.size() ? draft.lines[index].sourceLine : draft.sourceLine;
        const std::string where = sourceLine > 0 ? "" : fmt::format("line {}: ", c.lineNo);
        const std::string said = fmt::format("line {}: ", sourceLine > 0 ? sourceLine : c.lineNo);
        if (!c.strict) {
            warnings.push_back(said + describe(c));
        } else if (overrideReason.empty()) {
            problems.push_back({where + "protocol",
                                describe(c) + "; the protocol is strict: a manager may let it "
                                              "through with a reason",
                                sourceLine});
        } else {
            letThrough.insert(c.protocolId);
            warnings.push_back(said + describe(c) + "; let through: " + overrideReason);
        }
    }
    if (checks != nullptr)
        *checks = std::move(all);
    return {letThrough.begin(), letThrough.end()};
}

} // namespace barter

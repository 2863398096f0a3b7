// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Protocols as the book keeps them (schema version 6): reading versions and what was delivered
// against them, and the check of an exchange being entered against the protocols in force
// (ProtocolTracker, which the posting engine keeps current as it writes).

#include "../storage/database.h"
#include "protocol.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace barter::protocol_store {

struct Stored : Protocol {
    std::int64_t id = 0, agreementId = 0;
};
// The versions of the agreement's protocols (every agreement's when `agreementId` is 0), with
// their lines, by agreement, name and version. With `name`, that protocol's only.
std::vector<Stored> load(Database& db, std::int64_t agreementId, const std::string& name = {});
// The newest version of each name among `all`.
std::vector<Stored> newest(const std::vector<Stored>& all);

// Net quantity (×10^6) and value (minor units) delivered, per shipper side and good.
struct Delivered {
    Int128 quantity = 0, value = 0;
};
using DeliveredByLine = std::map<std::pair<Side, std::int64_t>, Delivered>;
// What the posted lines of the agreement dated from `from` through `through` delivered, a
// reversal's negated lines counting on their own date.
DeliveredByLine delivered(Database& db, std::int64_t agreementId, Date from, Date through);

} // namespace barter::protocol_store

namespace barter {

// The protocols in force for the exchanges a Poster checks and writes, each loaded once with
// what the period delivered so far, and kept current as exchanges are written.
class ProtocolTracker {
public:
    explicit ProtocolTracker(Database& db);
    ~ProtocolTracker();
    // Each line against each protocol in force (the newest version of each name) whose period
    // holds `date`; earlier lines of the same exchange are taken off what remains.
    std::vector<ProtocolLineCheck> check(std::int64_t agreementId, Date date,
                                         const std::vector<DeliveryLine>& lines);
    // A written exchange (a reversal too): its lines now count.
    void commit(std::int64_t agreementId, Date date, const std::vector<DeliveryLine>& lines);

private:
    struct Loaded;
    Loaded& loaded(std::int64_t agreementId);
    Database& m_db;
    std::map<std::int64_t, std::unique_ptr<Loaded>> m_agreements;
};

} // namespace barter

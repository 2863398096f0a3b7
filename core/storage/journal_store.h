// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and appending posted exchanges. There is deliberately no update or delete here:
// the journal is append-only (and triggers refuse it in the file itself).

#include "../domain/types.h"
#include "database.h"

#include <optional>

namespace barter::journal_store {

struct ChainHead {
    std::int64_t seq = 0; // 0 when the journal is empty
    Hash hash{};          // zero bytes when empty
};

ChainHead head(Database& db);
// Appends the exchange and its lines. `exchange.seq` and hashes must already be set.
void append(Database& db, std::int64_t agreementId, const Exchange& exchange);
// The posted exchange with this sequence number, with its lines; nullopt when there is none.
std::optional<Exchange> load(Database& db, std::int64_t seq);
// The sequence number of the exchange that reverses `seq`, if any.
std::optional<std::int64_t> reversedBy(Database& db, std::int64_t seq);
bool referenceExists(Database& db, std::int64_t agreementId, std::string_view reference);

// Visits every exchange in sequence order with its lines, without holding the journal in
// memory. Codes of agreements and goods are resolved from the master data.
void forEach(Database& db, const std::function<void(const Exchange&)>& visit);

} // namespace barter::journal_store

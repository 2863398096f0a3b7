// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The price list as it was when each exchange was posted (price_entry: every entry ever made,
// with where the journal ended then), for verify: a line that gives no reason for overriding
// the price list must carry the price the list had in force on its date at its posting.

#include "../domain/types.h"
#include "../storage/database.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace barter {

class PriceHistory {
public:
    explicit PriceHistory(Database& db);
    // Why a line of `e` (of agreement `agreementId`) breaks the rule, or empty. Reversals are
    // left out (their lines repeat the reversed ones), and so are exchanges posted before the
    // book kept its price history (schema version 5).
    std::string check(const Exchange& e, std::int64_t agreementId) const;

private:
    struct Entry {
        Date from;
        std::int64_t afterSeq = 0; // in force for the exchanges posted after this one
        std::int64_t price = 0;    // × 10^6
    };
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<Entry>> m_entries; // in order made
    std::int64_t m_from = 0; // the exchanges up to this seq were posted before the history
};

} // namespace barter

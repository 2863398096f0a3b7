// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The journal as a table of delivery lines, read a page at a time (keyset paging), so that a
// view of a million-line book never holds more than the pages it shows. Lines are ordered by
// (date, seq, line); each row carries the running clearing balance of its agreement after it
// (over all of the agreement's lines, whatever the filter hides).

#include "../domain/types.h"
#include "../storage/database.h"
#include "reports.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace barter::reports {

struct JournalFilter {
    std::string agreement; // code; empty = all agreements
    std::optional<Date> from, to;
    std::string shipper;   // party code; empty = any
    std::string good;      // good code; empty = any
    std::string reference; // part of the reference, case-insensitive for ASCII; empty = any
    bool operator==(const JournalFilter&) const = default;
};

struct JournalKey {
    Date date;
    std::int64_t seq = 0;
    int lineNo = 0;
    auto operator<=>(const JournalKey&) const = default;
};

enum class LineStatus { Posted, Reversed, Reversal };
std::string toString(LineStatus status); // posted, reversed, reversal

struct JournalRow {
    JournalKey key;
    std::string agreement, reference, memo;
    std::string shipper, receiver; // party codes
    std::string good, measure, unit;
    int decimals = 0;                   // the good's quantity decimals
    int digits = 2;                     // the unit of account's minor digits
    Decimal quantity, unitPrice, value; // signed as posted
    Decimal balance;                    // the agreement's clearing balance after this line
    LineStatus status = LineStatus::Posted;
    std::optional<std::int64_t> reversesSeq, reversedBy;
    // Dated in a closed period of its agreement (see ReconciliationService::closePeriod): locked
    // for good.
    std::optional<Date> closedThrough;
};

class JournalView {
public:
    // Throws InvalidInput naming the filter field when a code names nothing.
    JournalView(Database& db, JournalFilter filter);

    const JournalFilter& filter() const { return m_filter; }
    std::int64_t count();
    // Up to `limit` rows in order after `after` (from the first when none), skipping `skip`.
    std::vector<JournalRow> after(const std::optional<JournalKey>& after, std::int64_t skip,
                                  int limit);
    // Up to `limit` rows before `before` (up to the last when none), skipping `skip` rows
    // nearest to it; returned in ascending order.
    std::vector<JournalRow> before(const std::optional<JournalKey>& before, std::int64_t skip,
                                   int limit);

private:
    std::vector<JournalRow> page(bool forward, const std::optional<JournalKey>& key,
                                 std::int64_t skip, int limit);
    // The key `skip` rows past `key` (0: the next one) in the given direction.
    std::optional<JournalKey> keyAt(bool forward, const std::optional<JournalKey>& key,
                                    std::int64_t skip);
    Int128 balanceThrough(std::int64_t agreementId, const JournalKey& key);
    std::string where() const;

    Database& m_db;
    JournalFilter m_filter;
    std::map<std::int64_t, AgreementInfo> m_agreements;
    std::map<std::int64_t, Date> m_closedThrough; // the last close of each agreement that has one
    std::optional<std::int64_t> m_agreementId, m_goodId;
    bool m_rowFilters = false; // shipper, good or reference hide lines between rows
};

} // namespace barter::reports

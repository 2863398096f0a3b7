// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A saved reconciliation, the resolutions of its items and the closes of an agreement's
// periods: what Book's reconciliation services return (see book.h).

#include "matcher.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace barter::reconcile {

enum class ResolutionKind { Correction, Reversal, Note };
std::string_view toString(ResolutionKind kind); // correction, reversal, note
std::optional<ResolutionKind> parseResolutionKind(std::string_view text);

// How an item was explained: a correction or a reversal posted in our book (its sequence
// number), or a note (e.g. that the other side will correct theirs). The latest one counts.
struct Resolution {
    std::int64_t id = 0;
    int item = 0;
    ResolutionKind kind = ResolutionKind::Note;
    std::optional<std::int64_t> seq;
    std::string note, by, at;
    bool operator==(const Resolution&) const = default;
};

struct Reconciliation {
    std::int64_t id = 0;
    std::string agreement, unit, partyA, partyB;
    int digits = 2;
    std::optional<Date> from;
    Date through;
    int toleranceDays = 0;
    std::string statementName, statementSha256, mappingSha256; // mapping: empty without one
    std::string createdBy, createdAt;
    Decimal openingBalance; // ours the day before `from` (0 without `from`), both sides start there
    Decimal ourBalance;     // ours at `through`
    Decimal theirBalance;   // opening + their lines in the period
    std::vector<Item> items;
    std::vector<Resolution> resolutions;                  // oldest first
    std::int64_t statementRows = 0, statementOutside = 0; // only when just reconciled

    Decimal difference() const { return ourBalance - theirBalance; }
    // Σ item differences; equal to difference() (the invariant the tests hold it to).
    Decimal explained() const;
    std::map<Category, std::int64_t> counts() const; // every category, zeros included
    // The latest resolution of an item, if any.
    const Resolution* resolutionOf(int item) const;
    // Items that differ (not matched) and have no resolution yet.
    std::int64_t unresolved() const;
};

// Whether posting a delivery can bring our book to their figures for the item: their line is
// missing in ours, or they have a larger quantity.
bool correctable(const Item& item);

struct PeriodClose {
    std::int64_t id = 0;
    std::string agreement;
    Date through;
    Decimal agreedBalance;
    std::optional<std::int64_t> reconciliation;
    std::int64_t headSeq = 0; // the chain head when closed (0: empty journal)
    std::string headHash;     // hex
    std::string closedBy, closedAt;
};

// What closing through a date would lock, for a confirmation.
struct ClosePreview {
    std::string agreement, unit;
    int digits = 2;
    Date through;
    Decimal balance;               // ours at `through`: the balance to agree
    std::optional<Date> lastClose; // the previous close, if any
    std::int64_t exchanges = 0;    // posted exchanges dated after the last close up to `through`
    std::int64_t pending = 0;      // pending entries dated up to `through` (never approvable after)
    std::vector<std::string> problems; // why it cannot be closed through that date now
};

} // namespace barter::reconcile

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Trade protocols (DESIGN.md §11): an agreement's plan of the goods each side undertakes to ship
// in a period, and how far each has got. This header holds the values and the arithmetic, which
// know no storage: fulfilment at a date, the expected quantity, the pace, and the digest that
// chains a protocol's versions.

#include "../decimal/decimal.h"
#include "../domain/date.h"
#include "../domain/types.h"

#include <optional>
#include <string>
#include <vector>

namespace barter {

struct ProtocolLine {
    int line = 0; // the row of the imported file
    Side shipper = Side::A;
    std::string shipperCode;
    std::int64_t goodId = 0;
    std::string good, measure;           // the good's code and unit of measure
    int decimals = 0;                    // the good's quantity decimals
    Decimal plannedQuantity;             // at the good's decimals
    std::optional<Decimal> plannedValue; // at the unit of account's digits
};

struct Protocol {
    std::string agreement, name;
    int version = 1;
    Date from, through;
    bool strict = false;
    bool inForce = false; // the newest version of its name
    std::string unit;     // the agreement's unit of account
    int digits = 2;
    std::string importedAt, importedBy, prevDigest, digest;
    std::vector<ProtocolLine> lines; // in the file's order
};

enum class Pace { Behind, OnTrack, Ahead };
std::string toString(Pace pace); // behind, on_track, ahead

// One protocol line's fulfilment at a date.
struct FulfilmentRow {
    std::string protocol;
    int version = 1;
    Side shipper = Side::A;
    std::string shipperCode, good, measure;
    int decimals = 0, digits = 2;
    Decimal plannedQuantity, deliveredQuantity, remainingQuantity, expectedQuantity;
    Decimal fulfilledPercent; // 2 decimals
    std::optional<Decimal> plannedValue;
    Decimal deliveredValue;
    Pace pace = Pace::OnTrack;
};

// How one line of an exchange being entered stands against a protocol in force on its date: the
// protocol's remaining planned quantity before it (the posted deliveries of the period and the
// entry's earlier lines taken off), or that the protocol does not list its good for its shipper.
struct ProtocolLineCheck {
    int lineNo = 0; // 1-based, in the draft
    std::int64_t protocolId = 0;
    std::string protocol;
    int version = 1;
    bool strict = false;
    bool listed = false;
    std::string shipperCode, good, measure;
    int decimals = 0;
    Decimal quantity, planned, remaining; // at the good's decimals; remaining may be 0
    bool past() const { return !listed || quantity > remaining; }
};

namespace protocol {

// The days of the period from `from` through `at`, both included: 0 before the period, all of
// them after its end.
int elapsedDays(Date from, Date through, Date at);
// planned × elapsed ÷ days of the period, at `decimals`, rounded half-even once.
Decimal expectedQuantity(const Decimal& planned, int decimals, int elapsed, int days);
// delivered ÷ planned × 100 at 2 decimals, rounded half-even once; planned > 0.
Decimal fulfilledPercent(const Decimal& delivered, const Decimal& planned);
// Behind when delivered < expected − 5 % of planned, ahead when delivered > expected + 5 % of
// planned, else on track (exact).
Pace pace(const Decimal& delivered, const Decimal& expected, const Decimal& planned);
// A line's figures at `at` from what was delivered (quantity and value, net of reversals)
// in the period through min(at, its end).
FulfilmentRow fulfil(const Protocol& p, const ProtocolLine& line, Date at,
                     const Decimal& deliveredQuantity, const Decimal& deliveredValue);
// The rows with the goods behind pace first, then on track, then ahead; within each, the least
// fulfilled first (stable otherwise).
void behindFirst(std::vector<FulfilmentRow>& rows);

// One protocol at a glance ("2025 protocol: RU 62 % · KP 48 %, 5 goods behind"): per shipper,
// the mean of its lines' fulfilled percentages, each counted at most 100, in whole percent
// (half-even); and how many lines are behind pace.
struct ProtocolSummary {
    std::string protocol;
    int version = 1;
    std::vector<std::pair<std::string, Decimal>> shippers; // in the rows' order of first sight
    int behind = 0;
};
std::vector<ProtocolSummary> summarize(const std::vector<FulfilmentRow>& rows);
// Hex SHA-256 of a version as imported, with the previous version's digest (empty for the
// first), so that a version taken away or altered breaks the digests after it.
std::string digest(const Protocol& p);

} // namespace protocol
} // namespace barter

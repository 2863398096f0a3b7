// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Matching our posted lines of an agreement with the other side's statement (DESIGN.md §1
// "Reconciliation"). Pure: no disk, no book.
//
// Lines are paired by (reference, shipper, good). Where several lines share a key they are
// paired line by line and each line is used once: first the pairs that agree exactly, then
// those with the same quantity, then the rest in their order (date, then our sequence or their
// file line). Each item is classified by the first rule that applies, in this order:
// quantity_differs, value_differs, date_differs (more than `toleranceDays` apart), matched;
// a line without a partner is missing_ours (only in their statement) or missing_theirs.
//
// Every item's difference is in balance terms: signed(ours) − signed(theirs), where a value
// counts + when party A ships and − when party B ships, and a missing side counts 0. So the
// differences always sum to (our balance − their balance) over the same lines, exactly.

#include "../decimal/decimal.h"
#include "../domain/date.h"
#include "../domain/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace barter::reconcile {

enum class Category {
    Matched,
    QuantityDiffers,
    ValueDiffers,
    DateDiffers,
    MissingOurs,
    MissingTheirs
};
inline constexpr Category kCategories[] = {Category::Matched,      Category::QuantityDiffers,
                                           Category::ValueDiffers, Category::DateDiffers,
                                           Category::MissingOurs,  Category::MissingTheirs};
// matched, quantity_differs, value_differs, date_differs, missing_ours, missing_theirs
std::string_view toString(Category category);
std::optional<Category> parseCategory(std::string_view text);

// One delivery line of either side. `origin` is our exchange's sequence number and line (ours)
// or the statement's file line (theirs, `seq` 0).
struct Line {
    std::string reference, shipper, good; // codes in our book (theirs already mapped)
    Side side = Side::A;
    Date date;
    Decimal quantity; // scale kQuantityScale; negative only in a reversal or a storno
    Decimal value;    // at the unit's digits, as posted (positive for a delivery)
    std::int64_t seq = 0;
    long line = 0;
    bool operator==(const Line&) const = default;
};

struct Figures {
    Date date;
    Decimal quantity, value;
    bool operator==(const Figures&) const = default;
};

struct Item {
    int number = 0; // 1-based, in the order of the items
    Category category = Category::Matched;
    std::string reference, shipper, good;
    std::optional<Figures> ours, theirs;
    std::int64_t ourSeq = 0; // 0 without our line
    long ourLine = 0;        // our line number within the exchange
    long theirLine = 0;      // the statement's file line, 0 without theirs
    Decimal difference;      // in balance terms (see above), at the unit's digits
    bool operator==(const Item&) const = default;
};

// Pairs and classifies; items come ordered by date (ours, else theirs), reference, shipper,
// good, then those with a line of ours (by sequence and line) before those without. `digits` is the
// unit's minor digits.
std::vector<Item> match(const std::vector<Line>& ours, const std::vector<Line>& theirs,
                        int toleranceDays, int digits);

// The signed value of a line in balance terms: + when A ships.
Decimal signedValue(const Line& line);

// The lines without the pairs that cancel out: a line and its storno (the same reference,
// shipper and good, with the quantity and the value negated). Neither side needs to explain
// those to the other; the balance is the same with or without them.
std::vector<Line> withoutCancellingPairs(std::vector<Line> lines);

} // namespace barter::reconcile

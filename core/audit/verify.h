// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Verification of a book: recomputes the hash chain from the first exchange, checks that
// sequence numbers have no gaps and that the stored daily sums equal the posted lines, then
// checks every page against its checksum and runs SQLite's own integrity check. Reads only.
//
// The chain is read with page checks off, so that a book changed by another program (which
// leaves the pages it rewrote without valid checksums) still gets its first altered exchange
// named; the damaged pages are reported alongside. A book whose chain holds but whose file is
// damaged is a storage failure (`damaged`), not a broken chain.

#include "../domain/types.h"
#include "../storage/database.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace barter {

struct VerifyResult {
    bool ok = true;
    std::int64_t exchanges = 0;
    Hash head{}; // hash of the last exchange (recomputed), zeros for an empty journal
    std::optional<std::int64_t> firstBadSeq;
    std::string problem; // what failed, empty when ok
    // With an expected head: the sequence number whose hash it is, when the book extends it
    // (0 for the empty journal's head, all zeros).
    std::optional<std::int64_t> headSeq;
    // The file is damaged (pages failing their checksums, or SQLite's own check failing) while
    // the chain holds, or where the chain cannot be read: a storage failure, not a broken chain.
    bool damaged = false;
    // Pages that fail their checksums (the first few of `damagedPageCount`), whether or not the
    // chain holds; empty for a book without page checksums.
    std::vector<std::int64_t> damagedPages;
    std::int64_t damagedPageCount = 0;
    // The tables and indexes those pages belong to.
    std::vector<Database::PageOwner> damagedObjects;
    // Whether the journal and its chain hold (read with page checks off), whatever the pages say,
    // and what broke them when they do not.
    bool chainIntact = true;
    std::string chainProblem;
};

// With `expectedHead`, also fails unless some exchange's recomputed hash equals it, i.e. the
// book still extends the journal an auditor saw earlier.
// `progress(done, total)` is called every few thousand exchanges (it may throw to stop).
VerifyResult
verifyJournal(Database& db, const std::optional<Hash>& expectedHead = std::nullopt,
              const std::function<void(std::int64_t done, std::int64_t total)>& progress = {});

} // namespace barter

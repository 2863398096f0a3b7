#pragma once
// Verification of a book: recomputes the hash chain from the first exchange, checks that
// sequence numbers have no gaps and that the stored daily sums equal the posted lines, and
// runs SQLite's own integrity check. Reads only.

#include "../domain/types.h"
#include "../storage/database.h"

#include <functional>
#include <optional>
#include <string>

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
    // SQLite's own check found damaged pages: a storage failure, not a broken chain.
    bool damaged = false;
};

// With `expectedHead`, also fails unless some exchange's recomputed hash equals it, i.e. the
// book still extends the journal an auditor saw earlier.
// `progress(done, total)` is called every few thousand exchanges (it may throw to stop).
VerifyResult
verifyJournal(Database& db, const std::optional<Hash>& expectedHead = std::nullopt,
              const std::function<void(std::int64_t done, std::int64_t total)>& progress = {});

} // namespace barter

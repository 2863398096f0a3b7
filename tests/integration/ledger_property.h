// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The stateful property test of the journal (issue 8): random sequences of operations through
// the Book — record (one or several lines, either shipper, price overrides), reverse, import a
// deliveries file, submit and approve or reject, close a period — and attempts that must be
// refused, each step mirrored in an independent model (ledger_model.h). After every step:
//   1. the balances the Book reports (at several dates) equal the model's and a raw SQL sum
//      over the posted lines (+ when party A ships, − when party B ships);
//   2. the sequence numbers are 1..N, each once;
//   3. what a close locked (the lines dated on or before it, their hashes, the daily sums and
//      the agreed balance) never changes;
//   4. verify (what `barter verify` runs) passes;
// and a refused operation changed nothing at all (every journal, pending, close and audit row).
//
// Seeded: BARTER_PROPERTY_SEED=N replays one seed (or `random` draws one),
// BARTER_PROPERTY_STEPS=N lengthens each run, and BARTER_PROPERTY_VERBOSE=1 prints every step.
// The seed is printed with every failure, with the last steps before it.

#include "book_fixture.h"
#include "ledger_model.h"

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace barter::testing {

class LedgerPropertyTest : public BookTest, public ::testing::WithParamInterface<int> {
protected:
    std::string swing() const override { return "50000.00"; }
    void SetUp() override;

    // Every date the runs use lies between these, in the past, so that a run does not depend
    // on the day it is made.
    static Date firstDay() { return Date(2023, 1, 1); }
    static Date lastDay() { return Date(2025, 12, 31); }

    // The seeds of the default runs, one per test parameter; the environment's, when set.
    static std::optional<std::uint64_t> seedFromEnvironment();
    static int stepsFromEnvironment();
    void run(std::uint64_t seed, int steps);

    // --- operations (ledger_property_test.cpp); each returns false when it could not be
    // --- attempted in the current state (e.g. nothing to reverse) ---
    enum class Actor { Manager, Manager2, Clerk };
    bool recordStep(bool intoClosedPeriod);
    bool reverseStep(bool intoClosedPeriod);
    bool importStep(bool intoClosedPeriod);
    bool submitStep(bool intoClosedPeriod);
    bool decideStep(bool intoClosedPeriod);
    bool closeStep();
    bool toggleApprovalStep();
    // Opens the file again: what was checked must have been stored, not only cached.
    bool reopenStep();
    void step();
    // Saves `draft` as pending: through record() for a clerk when approval is on, else submit().
    void submitDraft(Actor actor, ExchangeDraft draft, bool intoClosedPeriod);

    // --- what a step is made of ---
    int uniform(int lo, int hi);
    bool chance(int percent) { return uniform(1, 100) <= percent; }
    // An index into a non-empty container of `count` elements.
    std::size_t pickIndex(std::size_t count) {
        return std::uniform_int_distribution<std::size_t>(0, count - 1)(m_rng);
    }
    Date dateBetween(Date lo, Date hi);
    // A date in [lo, hi]: sometimes lo or hi themselves, often one on which the agreement has
    // postings already, so that postings, reversals and closes meet on the same day.
    Date dateLike(const std::string& agreement, Date lo, Date hi);
    const model::Agreement& pickAgreement();
    // A date after the last close: within the agreement's validity, or with `validOnly` false
    // sometimes outside it. None when the agreement is closed through its end.
    std::optional<Date> openDate(const model::Agreement& a, bool validOnly = false);
    std::optional<Date> closedDate(const model::Agreement& a);
    // A line of either shipper, the debtor more often; with `pricedOnly` false, sometimes of
    // a good without a price on `date`, or with a price of its own.
    DeliveryLineDraft randomLine(const model::Agreement& a, Date date, bool pricedOnly = false);
    ExchangeDraft randomDraft(const model::Agreement& a, Date date, bool withFault);
    // A new reference: mostly short ASCII, sometimes Cyrillic or Korean, or near 64 bytes.
    std::string nextReference(const char* prefix);
    const Session& session(Actor actor) const;
    static const char* name(Actor actor);
    Actor pickEnterer();

    // --- checking (ledger_property_checks.cpp) ---
    // Runs `call`, compares what happened with `expected`, and checks that a refusal changed
    // nothing. True when the operation was accepted as expected.
    bool attempt(const std::string& what, const model::Expectation& expected,
                 const std::function<void()>& call);
    void expectPosted(const Exchange& actual, const model::Exchange& expected);
    void checkInvariants();
    void checkBalances();
    void checkSequence();
    void checkClosedPeriods(bool everyClose);
    void checkPending();
    // verify against the chain head a close recorded: the book must still extend it.
    void expectExtends(const reconcile::PeriodClose& close);
    void checkVerify();
    // Every row an operation could write, as text.
    std::string bookState();
    // What a close locks: the agreement's lines dated on or before `through` with their
    // exchanges' hashes, and the daily sums of those days.
    std::string closedSnapshot(const std::string& agreement, Date through);
    Int128 sqlBalance(const std::string& agreement, Date at);
    void log(std::string line);

    std::optional<Session> manager2;
    model::Ledger m_model;
    std::mt19937_64 m_rng;
    int m_step = 0;
    int m_references = 0;
    int m_files = 0;
    bool m_approval = false;
    bool m_verbose = false;          // BARTER_PROPERTY_VERBOSE=1: print every step
    std::vector<Date> m_touched;     // dates the last step wrote or tried, checked by balance
    std::deque<std::string> m_trail; // the last steps, printed with a failure
    // Accepted and refused attempts by operation ("post", "import"…), to see that a run covers
    // both outcomes of each.
    std::map<std::string, std::array<int, 2>> m_outcomes;
};

} // namespace barter::testing

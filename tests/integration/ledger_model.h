// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An independent model of what a book must hold, for the stateful property test
// (property_test.cpp). It reads drafts with its own number parser, values lines with its own
// half-even rounding, keeps the posted exchanges, the pending entries and the closes, and
// predicts whether each operation is accepted and, if not, which fields the Book must name.
// It shares nothing with the core but the value types it reads (Date, Side, the drafts), so a
// wrong balance, sequence number or refusal in the core shows up as a disagreement.

#include "domain/types.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace barter::testing::model {

// The scale of quantities and prices, as stored (DESIGN.md §2).
inline constexpr int kScale = 6;

Int128 tenTo(int n);
// n / 10^drop rounded half-even (n may be negative).
Int128 divideHalfEven(const Int128& n, int drop);
// Plain decimal text "123", "0.5", "12.250" at scale kScale; nullopt for anything else
// (signs, exponents, letters) or for more than `maxDecimals` decimals.
std::optional<Int128> parsePlain(const std::string& text, int maxDecimals);

struct Line {
    Side side = Side::A;
    std::string good;
    Int128 quantity = 0; // ×10^6, negative only in a reversal
    Int128 price = 0;    // ×10^6
    Int128 value = 0;    // minor units of the agreement's unit, negative only in a reversal
    bool overridesPrice = false;
};

struct Exchange {
    std::int64_t seq = 0;
    std::string agreement;
    Date date;
    std::string reference;
    std::vector<Line> lines;
    std::optional<std::int64_t> reverses;
    std::optional<std::int64_t> reversedBy;
    bool swingOverridden = false;
    std::string postedBy;
    // The clearing movement: + when A ships, − when B ships.
    Int128 delta() const;
};

struct Close {
    Date through;
    Int128 agreedBalance = 0;
    std::string snapshot; // the lines dated on or before `through`, as the test read them
};

struct Agreement {
    std::string code, partyA, partyB;
    int digits = 2;
    std::optional<Int128> swing; // minor units; none = no limit
    Date validFrom;
    std::optional<Date> validTo;
    // good -> effective from -> unit price ×10^6
    std::map<std::string, std::map<Date, Int128>> prices;
    std::vector<Close> closes;
    std::optional<Date> closedThrough() const;
    bool valid(Date d) const { return d >= validFrom && (!validTo || d <= *validTo); }
};

struct Pending {
    std::int64_t id = 0;
    ExchangeDraft draft;
    std::string maker;
    bool open = true;
};

// What an operation must do: be accepted, or be refused as invalid (naming at least these
// fields) or as not permitted.
struct Expectation {
    enum class Kind { Accept, Invalid, Denied };
    Kind kind = Kind::Accept;
    std::set<std::string> fields;
    static Expectation accept() { return {}; }
    static Expectation invalid(std::set<std::string> f) { return {Kind::Invalid, std::move(f)}; }
    static Expectation denied() { return {Kind::Denied, {}}; }
    bool accepted() const { return kind == Kind::Accept; }
};
std::string describe(const Expectation& e);
// A draft in one line, for the trail of steps printed with a failure.
std::string describe(const ExchangeDraft& d);

// The exchange a draft would post (seq not yet assigned) and the fields of its problems
// (every rule but the swing limit).
struct Prepared {
    Exchange exchange;
    std::set<std::string> problems;
};

class Ledger {
public:
    void addGood(const std::string& code, int decimals) { m_goodDecimals[code] = decimals; }
    void addAgreement(Agreement a);
    Agreement& agreement(const std::string& code) { return m_agreements.at(code); }
    const Agreement& agreement(const std::string& code) const { return m_agreements.at(code); }
    const std::map<std::string, Agreement>& agreements() const { return m_agreements; }
    const std::vector<Exchange>& exchanges() const { return m_exchanges; }
    const Exchange& exchange(std::int64_t seq) const {
        return m_exchanges.at(static_cast<std::size_t>(seq - 1));
    }
    std::int64_t nextSeq() const { return static_cast<std::int64_t>(m_exchanges.size()) + 1; }
    std::vector<Pending>& pending() { return m_pending; }
    const std::vector<Pending>& pending() const { return m_pending; }
    bool referenceTaken(const std::string& agreement, const std::string& reference) const;

    // Reads and values a draft as the book stands now.
    Prepared prepare(const ExchangeDraft& draft) const;
    // The negation of exchange `seq`, dated `date`.
    Prepared prepareReversal(std::int64_t seq, Date date) const;
    // True when posting `delta` on `date` takes the balance past the swing limit on that day
    // or a later day with postings, away from zero (DESIGN.md §1: swing limit).
    bool swingExceeded(const std::string& agreement, Date date, const Int128& delta) const;
    // Of the balances at the end of `date` and of each later day with postings, the one
    // furthest from zero: what the swing limit of a posting dated `date` looks at.
    Int128 extremeBalanceFrom(const std::string& agreement, Date date) const;
    // Appends a prepared exchange with the next sequence number and returns it.
    std::int64_t post(Exchange e);

    // Σ value of posted lines dated ≤ at: + when A ships, − when B ships; and each way.
    Int128 balance(const std::string& agreement, Date at) const;
    Int128 shipped(const std::string& agreement, Side side, Date at) const;

private:
    std::optional<Int128> listPrice(const Agreement& a, const std::string& good, Date d) const;
    std::map<std::string, int> m_goodDecimals;
    std::map<std::string, Agreement> m_agreements;
    std::vector<Exchange> m_exchanges;
    std::vector<Pending> m_pending;
};

} // namespace barter::testing::model

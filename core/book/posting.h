// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The posting engine: turns an ExchangeDraft into a valued, checked, sequenced and chained
// Exchange. One Poster lives for one write transaction (or one dry-run check) and caches the
// master data, price lists and running positions it reads, so that an import of a million
// lines looks each thing up once.
//
// Rules applied (DESIGN.md §1): the agreement exists and is valid on the date; the reference
// is new within the agreement; each line's shipper is party A or B, its good exists, its
// quantity is > 0 with at most the good's decimals; its price comes from the list in force
// on the date unless overridden with a reason; value = round-half-even(qty × price, unit
// digits); a posting that takes |balance| past the swing limit on its date or on any later day
// of the journal is refused unless a manager overrides it with a reason; past the warn % it
// warns. Moving the balance towards zero is never refused.

#include "../compliance/screener.h"
#include "../domain/types.h"
#include "../error.h"
#include "../protocol/protocol.h"
#include "../reports/reports.h"
#include "../storage/database.h"
#include "../storage/journal_store.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace barter {

class ProtocolTracker;

struct PreparedExchange {
    std::int64_t agreementId = 0;
    Exchange exchange; // seq and hashes not yet set
    Int128 delta = 0;  // change of the clearing balance, in minor units
};

class Poster {
public:
    explicit Poster(Database& db);
    ~Poster();

    // Validates and values the draft. Every problem is appended to `problems`; `out` is
    // usable only when none was added. Draft lines with a sourceLine report it as the line.
    // With `keepValued`, `out` keeps the lines that could be valued even when others could not
    // (for a live preview; lineNo tells which draft line each one is).
    void prepare(const ExchangeDraft& draft, PreparedExchange& out, std::vector<Problem>& problems,
                 bool keepValued = false);
    // Screens each line of the draft (shipper, good, quantity; no price needed) without
    // posting anything. Problems with the lines are appended; refusals are results, not problems.
    std::vector<ScreeningResult> screen(const ExchangeDraft& draft, std::vector<Problem>& problems);
    // Builds the negation of a posted exchange.
    void prepareReversal(const Exchange& original, const std::string& reason, Date date,
                         PreparedExchange& out, std::vector<Problem>& problems);
    // The swing rule; `overrideReason` non-empty lets an excess through (as a warning).
    // Returns true when the limit is exceeded (refused, or let through by the override).
    bool checkSwing(const PreparedExchange& p, const std::string& overrideReason,
                    std::vector<Problem>& problems, std::vector<std::string>& warnings,
                    long sourceLine = 0);
    // The protocol rule (DESIGN.md §11): a line that takes its good past the remaining planned
    // quantity of a protocol in force on its date, or of a good that protocol does not list,
    // warns; in a strict protocol it is refused unless `overrideReason` lets it through (then it
    // warns). Returns the ids of the strict protocols let through; `checks` (if given) receives
    // every line's standing, for a face to show.
    std::vector<std::int64_t> checkProtocols(const ExchangeDraft& draft, const PreparedExchange& p,
                                             const std::string& overrideReason,
                                             std::vector<Problem>& problems,
                                             std::vector<std::string>& warnings,
                                             std::vector<ProtocolLineCheck>* checks = nullptr);
    // Sequences, chains and appends it. Returns the posted exchange.
    Exchange write(PreparedExchange& p, const std::string& user, const std::string& postedAt);
    // The agreement's balance at the latest posted date, after everything written so far.
    Decimal balance(std::int64_t agreementId);

    // For bulk loads without the reference index: from now on references of `agreementId`
    // are checked against a set held in memory (loaded now, kept current by write()).
    void trackReferencesInMemory(std::int64_t agreementId);

    // The price in force for a good on a date, if any (scale kPriceScale).
    std::optional<Decimal> listPrice(std::int64_t agreementId, std::int64_t goodId, Date date);
    const reports::AgreementInfo* agreement(const std::string& code);

private:
    struct GoodInfo {
        std::int64_t id = 0;
        std::string code, measure, hsCode;
        int decimals = 0;
    };
    using LineReporter = std::function<void(const std::string& field, std::string message)>;

    // Values one draft line into `line`; every problem goes to `report`. Returns false when
    // the line cannot be valued. `overridesPrice` tells whether its price is not the list's.
    bool prepareLine(const DeliveryLineDraft& draft, const reports::AgreementInfo* agreement,
                     const std::optional<Date>& date, DeliveryLine& line, bool& overridesPrice,
                     const LineReporter& report);
    // Shipper, good and quantity of a draft line; false when any of them is wrong (reported).
    bool resolveLine(const DeliveryLineDraft& draft, const reports::AgreementInfo* agreement,
                     DeliveryLine& line, std::optional<Decimal>& quantity, const GoodInfo*& good,
                     const LineReporter& report);
    ScreeningResult screenLine(const DeliveryLine& line, const GoodInfo& good,
                               const Decimal& quantity, const reports::AgreementInfo& agreement,
                               Date date);
    const GoodInfo* good(const std::string& code);
    bool referenceTaken(std::int64_t agreementId, const std::string& reference);
    struct State;
    std::unique_ptr<State> m_state;
    std::unique_ptr<ProtocolTracker> m_protocols;
    Database& m_db;
};

} // namespace barter

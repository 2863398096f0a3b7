// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The values the Book's services take and give back: drafts as a person types them, and what
// posting, importing, copying, settling or screening did.

#include "../audit/verify.h"
#include "../compliance/screener.h"
#include "../domain/types.h"
#include "../error.h"
#include "../protocol/protocol.h"
#include "../reports/manager_reports.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace barter {

// Master data as typed by a user: text fields, validated by the core.
struct PartyDraft {
    std::string code, name, nativeName, country;
};
struct UnitDraft {
    std::string code, name, digits; // digits empty = 2
};
struct GoodDraft {
    std::string code, name, hsCode, measure, decimals; // decimals empty = 3
};
struct AgreementDraft {
    std::string code, partyA, partyB, unit;
    std::string swing;              // empty = no limit
    std::string warnPercent;        // empty = 80
    std::string validFrom, validTo; // empty = open
};
struct PriceDraft {
    std::string agreement, good, unitPrice, effectiveFrom;
};

struct PostResult {
    Exchange exchange;
    Decimal balanceAfter; // the agreement's balance at the latest posted date after posting
    std::vector<std::string> warnings; // e.g. swing use past the warn percentage
};

// What a draft would post, for a live preview while it is typed: the problems check() would
// report, each line that could be valued (lineNo = its 1-based position in the draft) with its
// screening verdict, the totals each way, and the balance before and after.
struct ExchangePreview {
    std::vector<Problem> problems;
    std::vector<std::string> warnings; // e.g. past the warn percentage of the swing
    std::vector<DeliveryLine> lines;
    std::string unit; // the agreement's unit of account; empty without a known agreement
    int digits = 2;
    std::string partyA, partyB;
    Decimal aToB, bToA;                   // totals of the valued lines
    std::optional<Decimal> balanceBefore; // the agreement's balance after its latest posting
    std::optional<Decimal> balanceAfter;  // the same with this draft posted
    std::optional<Decimal> swing;
    int warnPercent = 80;
    // |balance after| as a percentage of the swing (2 decimals, rounded half-even); none
    // without a limit. The level says how a face should show it.
    std::optional<Decimal> swingUsePercent;
    using SwingLevel = reports::SwingLevel;
    SwingLevel swingLevel = SwingLevel::None;
    // Each valued line against the protocols in force on the date (DESIGN.md §11): what
    // remains of its planned quantity before it, or that its good is not listed.
    std::vector<ProtocolLineCheck> protocolChecks;
};

enum class PendingStatus { Pending, Approved, Rejected };
std::string toString(PendingStatus status); // pending, approved, rejected

// A clerk's exchange waiting for a manager's approval (maker–checker), kept as typed.
struct PendingExchange {
    std::int64_t id = 0;
    ExchangeDraft draft;
    std::string maker, madeAt;
    PendingStatus status = PendingStatus::Pending;
    std::string checker, decidedAt, reason; // set once decided; reason of a rejection
    std::optional<std::int64_t> postedSeq;  // once approved
};

// What record() did: posted the exchange, or (maker–checker) saved it for approval.
struct RecordResult {
    std::optional<PostResult> posted;
    std::optional<PendingExchange> pending;
    std::vector<std::string> warnings;
};

// What upgradePageChecksums() did.
struct UpgradeResult {
    bool alreadyChecksummed = false; // nothing to do: the book had page checksums already
    std::string original;            // where the original is kept (BOOK.before-upgrade)
    std::int64_t pages = 0;          // pages of the upgraded book, every one checksummed
    std::int64_t exchanges = 0;
    Hash head{}; // the chain head, the same before and after
};

// What copyTo() made.
struct CopyResult {
    std::string target; // as shown to a person
    std::int64_t exchanges = 0;
    Hash head{}; // the chain head, the source's and the copy's
};

// A good the debtor offers for a settlement, as typed: its code and an optional maximum
// quantity (decimal text).
struct SettlementOffer {
    std::string good;
    std::string maxQuantity; // empty = no maximum
};
struct SettlementLine {
    std::string good, unit; // unit of measure
    Decimal quantity, unitPrice, value;
};
// What the debtor could ship to clear the balance (or bring it inside the target): nothing is
// posted. Lines follow the order of the offers; each takes the largest quantity (at the good's
// decimals) whose value still fits, that its maximum and the screening rules allow.
struct SettlementProposal {
    std::string agreement, unit, debtor, creditor; // debtor/creditor empty when even
    int digits = 2;
    Date date;
    Decimal balance; // at `date`, signed (positive: B owes A)
    Decimal target;  // the |balance| that may remain
    std::vector<SettlementLine> lines;
    Decimal residual;               // the balance after the proposed lines, signed
    std::vector<std::string> notes; // offers left out or cut short, and why
};

struct ImportResult {
    std::int64_t rows = 0;
    std::int64_t created = 0;          // goods or prices written, or exchanges posted
    std::int64_t lines = 0;            // delivery lines posted
    std::vector<std::string> warnings; // e.g. swing use past the warn percentage
};

struct ExemptionInfo {
    std::string reference, hsPrefix, fromCountry, toCountry, agreement;
    Date validFrom, validTo;
    std::optional<Decimal> quantity;
    std::string unit, source;
    Decimal used; // quantity already used by posted lines, in `unit`
};

// One quota rule's use in one direction and period.
struct QuotaUse {
    std::string rule, hsPrefix, fromCountry, toCountry, unit, period;
    Decimal cap, used, remaining;
};

struct AuditEvent {
    std::int64_t id = 0;
    std::string at, user, action, object, detail;
};

} // namespace barter

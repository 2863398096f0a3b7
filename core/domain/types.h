// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The value types of the domain (DESIGN.md §1). Entities refer to each other by strong ids.
// What a user typed (ExchangeDraft) is kept apart from what was validated and posted
// (Exchange): a draft holds text exactly as entered, so every problem can be reported.

#include "../decimal/decimal.h"
#include "date.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace barter {

template <typename Tag> struct Id {
    std::int64_t value = 0;
    auto operator<=>(const Id&) const = default;
};
using UserId = Id<struct UserTag>;
using PartyId = Id<struct PartyTag>;
using UnitId = Id<struct UnitTag>;
using GoodId = Id<struct GoodTag>;
using AgreementId = Id<struct AgreementTag>;
using ExchangeId = Id<struct ExchangeTag>;

// Scales of stored numbers (DESIGN.md §2): quantities and prices ×10^6, values in minor units.
inline constexpr int kQuantityScale = 6;
inline constexpr int kPriceScale = 6;

enum class Role { Admin, Manager, Clerk, Auditor };
std::string toString(Role role);
std::optional<Role> parseRole(std::string_view text);

struct User {
    UserId id;
    std::string name;
    Role role = Role::Clerk;
    bool locked = false;
    bool disabled = false;
    bool operator==(const User&) const = default;
};

struct Party {
    PartyId id;
    std::string code;
    std::string name;
    std::string nativeName;
    std::string country; // ISO 3166-1 alpha-2
    bool operator==(const Party&) const = default;
};

struct UnitOfAccount {
    UnitId id;
    std::string code;
    std::string name;
    int digits = 2; // minor digits, 0..6
    bool operator==(const UnitOfAccount&) const = default;
};

struct Good {
    GoodId id;
    std::string code;
    std::string name;
    std::string hsCode;
    std::string measure; // unit of measure: t, kg, m3, ...
    int decimals = 3;    // quantity decimals, 0..6
    bool operator==(const Good&) const = default;
};

struct Agreement {
    AgreementId id;
    std::string code;
    Party partyA;
    Party partyB;
    UnitOfAccount unit;
    std::optional<Date> validFrom;
    std::optional<Date> validTo;
    std::optional<Decimal> swing; // at the unit's digits; none = unlimited
    int warnPercent = 80;
    bool operator==(const Agreement&) const = default;
};

struct Price {
    GoodId good;
    std::string goodCode;
    Date effectiveFrom;
    Decimal unitPrice; // scale kPriceScale
    bool operator==(const Price&) const = default;
};

enum class Side { A, B };

// The outcome of screening a delivery line against the restriction lists (DESIGN.md §1).
enum class Verdict { Allowed, Prohibited, QuotaExceeded, LicenceRequired, Exempt, Reversal };
std::string toString(Verdict verdict); // allowed, prohibited, quota_exceeded, ...

// What a posted line keeps of its screening, all of it covered by the hash chain: the
// verdict, the rules that matched (one per list, "UN-DPRK 2024-1 line 12; NAT 3 line 4"), or
// the lists in force when none did ("no rule in UN-DPRK 2024-1"), the exemption that let it
// through, and for the deciding quota its period and the quantity in the rule's unit.
// Quota use itself is always computed from the posted lines, never from these records.
struct Screening {
    Verdict verdict = Verdict::Allowed;
    std::string decidedBy;
    std::string exemption;                 // reference of the exemption used, or empty
    std::optional<Decimal> exemptQuantity; // in the exemption's unit, when it has a quantity
    std::string fromCountry;
    std::string toCountry;
    std::optional<Date> periodStart;
    std::optional<Decimal> ruleQuantity;
    bool operator==(const Screening&) const = default;
};
inline char toChar(Side s) {
    return s == Side::A ? 'A' : 'B';
}

// ---- drafts: text as entered ----

struct DeliveryLineDraft {
    std::string shipper;        // party code
    std::string good;           // good code
    std::string quantity;       // decimal text
    std::string unitPrice = {}; // empty = from the price list
    long sourceLine = 0;        // line in an import file, 0 when typed
};

struct ExchangeDraft {
    std::string agreement;
    std::string date;
    std::string reference;
    std::string memo;
    std::vector<DeliveryLineDraft> lines;
    std::string priceReason;      // required when any line overrides the price list
    std::string swingOverride;    // reason, when a manager overrides the swing limit
    std::string protocolOverride; // reason, when a manager lets a line past a strict protocol
    long sourceLine = 0;          // first line in an import file, 0 when typed
};

// ---- posted ----

struct DeliveryLine {
    int lineNo = 0;
    Side shipper = Side::A;
    std::string shipperCode;
    GoodId good;
    std::string goodCode;
    std::string measure;
    int decimals = 0;        // the good's quantity decimals, for display
    Decimal quantity;        // scale kQuantityScale; negative only in a reversal
    Decimal unitPrice;       // scale kPriceScale
    Decimal value;           // at the agreement unit's digits; negative only in a reversal
    std::string priceReason; // non-empty when the price list was overridden
    // Absent only for lines posted before screening existed (schema version 1).
    std::optional<Screening> screening;
    bool operator==(const DeliveryLine&) const = default;
};

using Hash = std::array<unsigned char, 32>;

struct Exchange {
    ExchangeId id;
    std::int64_t seq = 0;
    std::string agreementCode;
    std::string unitCode; // the agreement's unit of account
    Date date;
    std::string reference;
    std::string memo;
    std::optional<std::int64_t> reversesSeq;
    std::string reason;        // of a reversal
    std::string swingOverride; // reason given for exceeding the swing limit
    std::string postedBy;
    std::string postedAt; // UTC, ISO 8601
    std::vector<DeliveryLine> lines;
    Hash prevHash{};
    Hash hash{};
    bool operator==(const Exchange&) const = default;
};

std::string toHex(const Hash& hash);

} // namespace barter

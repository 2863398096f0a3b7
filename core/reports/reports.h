// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reports as plain data (rows and totals): the CLI, the GUI and the PDF writer render these.
// Each function reads the book and changes nothing; permission checks happen in the
// Book's services (ReportService).
// Values are Decimals at the agreement unit's digits; sums are exact 128-bit.

#include "../domain/types.h"
#include "../storage/database.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace barter::reports {

struct AgreementInfo {
    std::int64_t id = 0;
    std::string code;
    std::string partyA;
    std::string partyB;
    std::string unit;
    int digits = 2;
    std::optional<Decimal> swing;
    int warnPercent = 80;
    std::string countryA; // ISO 3166-1 alpha-2 of party A
    std::string countryB;
};

// Positive balance: B owes A.
struct BalanceRow {
    std::string agreement;
    Date at;
    std::string unit;
    int digits = 2;
    std::string partyA;
    std::string partyB;
    Decimal aToB; // net value shipped by A to B up to `at`
    Decimal bToA;
    Decimal balance; // aToB - bToA
    std::optional<Decimal> swing;
};
// "KP-RUNGRA owes RU-PRIMORYE 1,234.56 CU", or "… are even".
std::string inWords(const BalanceRow& row);

struct StatementLine {
    std::int64_t seq = 0;
    Date date;
    std::string reference;
    std::string memo;
    std::string shipper;
    std::string receiver;
    std::string good;
    std::string hsCode;
    std::string measure;
    Decimal quantity; // at the good's quantity decimals
    Decimal unitPrice;
    Decimal value;   // signed as posted: negative only in reversals
    Decimal balance; // running clearing balance after this line
    std::optional<std::int64_t> reversesSeq;
};

struct StatementReport {
    AgreementInfo agreement;
    std::optional<Date> from;
    Date to;
    Decimal openingBalance;
    Decimal closingBalance;
    Decimal totalAToB;
    Decimal totalBToA;
    std::vector<StatementLine> lines;
};

struct TurnoverByGood {
    std::string good;
    std::string shipper;
    std::string measure;
    std::int64_t lines = 0; // reversal lines count -1
    Decimal quantity;
    Decimal value;
    // This good's part of what its shipper shipped (in value, in the same range and period),
    // a fraction with 4 decimals of the positive values; none for a row that nets to zero or
    // below (a reversal dated in a later period) or when the shipper shipped nothing.
    std::optional<Decimal> share;
    std::optional<Date> periodEnd; // with a breakdown by period: the period's last day
};
// Fills each row's share: its value ÷ the total of its shipper (and period).
void fillShares(std::vector<TurnoverByGood>& rows);

struct TurnoverByPeriod {
    std::string period; // "2024-03" or "2024"
    std::string shipper;
    std::int64_t lines = 0;
    Decimal value;
};

AgreementInfo agreementInfo(Database& db, const std::string& code);
std::vector<AgreementInfo> agreements(Database& db);
// The balance of one agreement at a date (inclusive).
BalanceRow balance(Database& db, const AgreementInfo& agreement, Date at);
StatementReport statement(Database& db, const AgreementInfo& agreement, std::optional<Date> from,
                          Date to);
// The same without holding the lines: each is passed to `visit` in order (with its running
// balance), and the report returned has the balances and totals but no lines. For statements
// of any length in bounded memory (the PDF, the CSV of an export bundle).
StatementReport streamStatement(Database& db, const AgreementInfo& agreement,
                                std::optional<Date> from, Date to,
                                const std::function<void(const StatementLine&)>& visit);
// How many lines the statement has, and the lowest and highest sequence numbers among them.
struct StatementExtent {
    std::int64_t lines = 0;
    std::int64_t firstSeq = 0, lastSeq = 0; // 0 when there are no lines
};
StatementExtent statementExtent(Database& db, const AgreementInfo& agreement,
                                std::optional<Date> from, Date to);
std::vector<TurnoverByGood> turnoverByGood(Database& db, const AgreementInfo& agreement,
                                           std::optional<Date> from, std::optional<Date> to);
enum class PeriodKind { Month, Year };
std::vector<TurnoverByPeriod> turnoverByPeriod(Database& db, const AgreementInfo& agreement,
                                               PeriodKind kind, std::optional<Date> from,
                                               std::optional<Date> to);

} // namespace barter::reports

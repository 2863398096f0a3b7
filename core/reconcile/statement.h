// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading the other side's statement of an agreement: the deliveries format of DESIGN.md §7
// (`date,reference,shipper,good,quantity[,unit_price][,value][,memo]`, columns in any order),
// with their party and good codes translated to ours by an optional mapping file
// (`kind,theirs,ours`, kind `party` or `good`; codes without a row are taken as ours).
//
// Their value of a line is the `value` column when given, else quantity × `unit_price` rounded
// half-even to the unit's digits, else the quantity at our price list on their date. Lines
// dated outside the reconciled period are left out and counted. Every bad row is reported
// (FILE:LINE: column: reason) in one InvalidInput; nothing is returned then.

#include "matcher.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace barter::reconcile {

struct Mapping {
    std::map<std::string, std::string, std::less<>> parties, goods; // theirs -> ours
    // SHA-256 of the rows as CSV ("kind,theirs,ours\n" and a line per row, in order;
    // lower-case hex), the same whether typed or read from a file; empty for no mapping.
    std::string sha256;
};
// One row as typed (`line`: its line in a file, or its row in an editor).
struct MappingRow {
    std::string kind, theirs, ours;
    long line = 0;
};
// Throws InvalidInput (source `source`) naming the line and column of every bad row: an
// unknown kind, an empty code, a code of theirs mapped twice.
Mapping mappingFromRows(const std::vector<MappingRow>& rows, const std::string& source = {});
// The same from a CSV file `kind,theirs,ours`.
Mapping readMapping(const std::string& file);

// What the statement is read against: the agreement's parties and unit, the period, and the
// book's goods and price list.
struct StatementContext {
    std::string partyA, partyB;
    int digits = 2;
    std::optional<Date> from;
    Date through;
    std::function<bool(const std::string& good)> goodExists;
    std::function<std::optional<Decimal>(const std::string& good, Date date)> listPrice;
};

struct Statement {
    std::vector<Line> lines;  // in the period, in file order
    std::int64_t rows = 0;    // data rows read
    std::int64_t outside = 0; // rows dated outside the period, left out
    std::string sha256;       // of the file's bytes, lower-case hex
};

Statement readStatement(const std::string& file, const Mapping& mapping,
                        const StatementContext& context);

// The codes of their statement that the mapping does not translate to ours: shippers that are
// not parties of the agreement and goods unknown to the book, each once, in file order. Rows
// that cannot be read are skipped (readStatement reports them).
struct UnknownCodes {
    std::vector<std::string> parties, goods;
};
UnknownCodes unknownCodes(const std::string& file, const Mapping& mapping,
                          const StatementContext& context);

} // namespace barter::reconcile

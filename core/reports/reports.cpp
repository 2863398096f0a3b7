// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports.h"

#include "../error.h"

#include <fmt/format.h>

#include <map>

namespace barter::reports {

namespace {
constexpr const char* kAgreementSelect = R"sql(
    SELECT a.id, a.code, pa.code, pb.code, u.code, u.digits, a.swing, a.warn_percent,
           pa.country, pb.country
    FROM agreement a JOIN party pa ON pa.id = a.party_a JOIN party pb ON pb.id = a.party_b
    JOIN unit u ON u.id = a.unit_id)sql";

AgreementInfo readAgreement(const Statement& s) {
    AgreementInfo a;
    a.id = s.getInt(0);
    a.code = s.getText(1);
    a.partyA = s.getText(2);
    a.partyB = s.getText(3);
    a.unit = s.getText(4);
    a.digits = static_cast<int>(s.getInt(5));
    if (!s.isNull(6))
        a.swing = Decimal::fromScaled(s.getInt(6), a.digits);
    a.warnPercent = static_cast<int>(s.getInt(7));
    a.countryA = s.getText(8);
    a.countryB = s.getText(9);
    return a;
}

void bindRange(Statement& s, int first, std::optional<Date> from, std::optional<Date> to) {
    s.bind(first, from ? from->toString() : std::string("0000-00-00"));
    s.bind(first + 1, to ? to->toString() : std::string("9999-99-99"));
}
} // namespace

std::string inWords(const BalanceRow& row) {
    if (row.balance.isZero())
        return fmt::format("{} and {} are even", row.partyA, row.partyB);
    const bool bOwes = !row.balance.isNegative();
    return fmt::format("{} owes {} {} {}", bOwes ? row.partyB : row.partyA,
                       bOwes ? row.partyA : row.partyB, row.balance.abs().toGroupedString(),
                       row.unit);
}

AgreementInfo agreementInfo(Database& db, const std::string& code) {
    Statement& s = db.cached(std::string(kAgreementSelect) + " WHERE a.code = ?1");
    s.bind(1, code);
    if (!s.step()) {
        s.reset();
        throw InvalidInput("agreement", "no agreement \"" + code + "\"");
    }
    AgreementInfo a = readAgreement(s);
    s.reset();
    return a;
}

std::vector<AgreementInfo> agreements(Database& db) {
    Statement s = db.prepare(std::string(kAgreementSelect) + " ORDER BY a.code");
    std::vector<AgreementInfo> all;
    while (s.step())
        all.push_back(readAgreement(s));
    return all;
}

BalanceRow balance(Database& db, const AgreementInfo& a, Date at) {
    Statement& s = db.cached(R"sql(
        SELECT a_to_b, b_to_a FROM balance_day WHERE agreement_id = ?1 AND date <= ?2)sql");
    s.bind(1, a.id).bind(2, at.toString());
    Int128 aToB = 0, bToA = 0;
    while (s.step()) {
        aToB += s.getInt(0);
        bToA += s.getInt(1);
    }
    s.reset();
    BalanceRow row;
    row.agreement = a.code;
    row.at = at;
    row.unit = a.unit;
    row.digits = a.digits;
    row.partyA = a.partyA;
    row.partyB = a.partyB;
    row.aToB = Decimal(aToB, a.digits);
    row.bToA = Decimal(bToA, a.digits);
    row.balance = row.aToB - row.bToA;
    row.swing = a.swing;
    return row;
}

StatementReport streamStatement(Database& db, const AgreementInfo& a, std::optional<Date> from,
                                Date to, const std::function<void(const StatementLine&)>& visit) {
    StatementReport result;
    result.agreement = a;
    result.from = from;
    result.to = to;
    ReadSnapshot snapshot(db); // the opening balance and the lines of one state of the book
    // Nothing can be dated before Date::min(), so a statement from then opens at zero.
    Decimal running = from && *from > Date::min() ? balance(db, a, from->plusDays(-1)).balance
                                                  : Decimal(0, a.digits);
    result.openingBalance = running;
    Int128 totalA = 0, totalB = 0;
    Statement s = db.prepareScan(R"sql(
        SELECT l.exchange_seq, l.date, e.reference, l.side, g.code, g.measure, g.decimals,
               l.quantity, l.unit_price, l.value, e.reverses_seq, e.memo, g.hs_code
        FROM delivery_line l
        JOIN exchange e ON e.seq = l.exchange_seq
        JOIN good g ON g.id = l.good_id
        WHERE l.agreement_id = ?1 AND l.date BETWEEN ?2 AND ?3
        ORDER BY l.date, l.exchange_seq, l.line_no)sql");
    s.bind(1, a.id);
    bindRange(s, 2, from, to);
    StatementLine line;
    while (s.step()) {
        line.seq = s.getInt(0);
        line.date = Date::parse(s.getText(1)).value_or(Date());
        line.reference = s.getText(2);
        const bool fromA = s.getText(3) == "A";
        line.shipper = fromA ? a.partyA : a.partyB;
        line.receiver = fromA ? a.partyB : a.partyA;
        line.good = s.getText(4);
        line.measure = s.getText(5);
        const int decimals = static_cast<int>(s.getInt(6));
        line.quantity = Decimal::fromScaled(s.getInt(7), 6).rounded(decimals);
        line.unitPrice = Decimal::fromScaled(s.getInt(8), 6);
        line.value = Decimal::fromScaled(s.getInt(9), a.digits);
        line.reversesSeq = s.getOptionalInt(10);
        line.memo = s.getText(11);
        line.hsCode = s.getText(12);
        if (fromA) {
            totalA += line.value.mantissa();
            running += line.value;
        } else {
            totalB += line.value.mantissa();
            running -= line.value;
        }
        line.balance = running;
        visit(line);
    }
    result.totalAToB = Decimal(totalA, a.digits);
    result.totalBToA = Decimal(totalB, a.digits);
    result.closingBalance = running;
    return result;
}

StatementReport statement(Database& db, const AgreementInfo& a, std::optional<Date> from, Date to) {
    std::vector<StatementLine> lines;
    StatementReport result = streamStatement(
        db, a, from, to, [&lines](const StatementLine& line) { lines.push_back(line); });
    result.lines = std::move(lines);
    return result;
}

StatementExtent statementExtent(Database& db, const AgreementInfo& a, std::optional<Date> from,
                                Date to) {
    Statement s = db.prepare(R"sql(
        SELECT count(*), coalesce(min(exchange_seq), 0), coalesce(max(exchange_seq), 0)
        FROM delivery_line WHERE agreement_id = ?1 AND date BETWEEN ?2 AND ?3)sql");
    s.bind(1, a.id);
    bindRange(s, 2, from, to);
    s.step();
    return {s.getInt(0), s.getInt(1), s.getInt(2)};
}

std::vector<TurnoverByGood> turnoverByGood(Database& db, const AgreementInfo& a,
                                           std::optional<Date> from, std::optional<Date> to) {
    // Without a date range the covering index (agreement, good, side, quantity, value) answers
    // alone; with one, the lines in range are scanned by date.
    const bool ranged = from || to;
    std::string sql = R"sql(
        SELECT min(g.code), l.side, min(g.measure), min(g.decimals),
               sum(CASE WHEN l.quantity < 0 THEN -1 ELSE 1 END), sum(l.quantity), sum(l.value)
        FROM delivery_line l JOIN good g ON g.id = l.good_id
        WHERE l.agreement_id = ?1)sql";
    if (ranged)
        sql += " AND l.date BETWEEN ?2 AND ?3";
    // (The good's columns through min(): one value per group, and both backends accept it.)
    sql += " GROUP BY l.good_id, l.side ORDER BY 1, 2";
    Statement s = db.prepare(sql);
    s.bind(1, a.id);
    if (ranged)
        bindRange(s, 2, from, to);
    std::vector<TurnoverByGood> rows;
    while (s.step()) {
        TurnoverByGood row;
        row.good = s.getText(0);
        row.shipper = s.getText(1) == "A" ? a.partyA : a.partyB;
        row.measure = s.getText(2);
        row.lines = s.getInt(4);
        row.quantity = Decimal::fromScaled(s.getInt(5), 6).rounded(static_cast<int>(s.getInt(3)));
        row.value = Decimal::fromScaled(s.getInt(6), a.digits);
        // A delivery reversed in full did not happen: leave out what nets to nothing.
        if (row.lines == 0 && row.quantity.isZero() && row.value.isZero())
            continue;
        rows.push_back(std::move(row));
    }
    fillShares(rows);
    return rows;
}

void fillShares(std::vector<TurnoverByGood>& rows) {
    // Of what each shipper shipped (by period): the positive values. A row that nets below zero
    // (a reversal dated after its delivery's period) has no share.
    std::map<std::pair<std::string, int>, Int128> totals;
    int digits = 0;
    auto key = [](const TurnoverByGood& r) {
        return std::make_pair(r.shipper, r.periodEnd ? r.periodEnd->days() : 0);
    };
    for (const TurnoverByGood& r : rows) {
        if (r.value.sign() > 0)
            totals[key(r)] += r.value.mantissa();
        digits = r.value.scale();
    }
    for (TurnoverByGood& r : rows) {
        const Int128 total = totals[key(r)];
        r.share = total == 0 || r.value.sign() <= 0
                      ? std::nullopt
                      : std::optional(Decimal::divide(r.value, Decimal(total, digits), 4));
    }
}

std::vector<TurnoverByPeriod> turnoverByPeriod(Database& db, const AgreementInfo& a,
                                               PeriodKind kind, std::optional<Date> from,
                                               std::optional<Date> to) {
    // The daily sums already hold value and line counts per side.
    Statement s = db.prepare(R"sql(
        SELECT substr(date, 1, CAST(?4 AS INTEGER)) AS period, sum(a_to_b), sum(lines_a), sum(b_to_a), sum(lines_b)
        FROM balance_day WHERE agreement_id = ?1 AND date BETWEEN ?2 AND ?3
        GROUP BY period ORDER BY period)sql");
    s.bind(1, a.id);
    bindRange(s, 2, from, to);
    s.bind(4, kind == PeriodKind::Month ? 7 : 4);
    std::vector<TurnoverByPeriod> rows;
    while (s.step()) {
        const std::string period = s.getText(0);
        if (s.getInt(2) != 0 || s.getInt(1) != 0)
            rows.push_back(
                {period, a.partyA, s.getInt(2), Decimal::fromScaled(s.getInt(1), a.digits)});
        if (s.getInt(4) != 0 || s.getInt(3) != 0)
            rows.push_back(
                {period, a.partyB, s.getInt(4), Decimal::fromScaled(s.getInt(3), a.digits)});
    }
    return rows;
}

} // namespace barter::reports

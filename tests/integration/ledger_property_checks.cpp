// SPDX-License-Identifier: GPL-3.0-or-later
// The stateful property test's checks: expected outcomes, the invariants after every step, and
// that a refused operation changed nothing (see ledger_property.h).
#include "ledger_property.h"

#include "storage/database.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <set>

namespace barter::testing {

namespace {

using model::Expectation;

// "line 2: quantity" → "quantity": typed drafts name the line, files give it as a number.
std::string fieldName(const std::string& field) {
    if (field.rfind("line ", 0) == 0)
        if (const std::size_t colon = field.find(": "); colon != std::string::npos)
            return field.substr(colon + 2);
    return field;
}

Hash fromHex(const std::string& hex) {
    Hash hash{};
    for (std::size_t i = 0; i < hash.size() && 2 * i + 1 < hex.size(); ++i)
        hash[i] = static_cast<unsigned char>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
    return hash;
}

} // namespace

bool LedgerPropertyTest::attempt(const std::string& what, const Expectation& expected,
                                 const std::function<void()>& call) {
    const std::string before = bookState();
    Expectation got;
    std::string message;
    try {
        call();
    } catch (const InvalidInput& e) {
        got.kind = Expectation::Kind::Invalid;
        for (const Problem& p : e.problems())
            got.fields.insert(fieldName(p.field));
        message = e.what();
    } catch (const PermissionDenied& e) {
        got.kind = Expectation::Kind::Denied;
        message = e.what();
    } catch (const Error& e) {
        ADD_FAILURE() << what << ": unexpected error: " << e.what();
        return false;
    }
    log(fmt::format("{}: {}", what, describe(got)));
    ++m_outcomes[what.substr(0, what.find(' '))][got.accepted() ? 0 : 1];
    if (!got.accepted()) {
        EXPECT_EQ(bookState(), before)
            << what << " was refused (" << message << ") but changed the book";
    }
    if (got.kind != expected.kind) {
        ADD_FAILURE() << what << ": expected " << describe(expected) << ", but it was "
                      << describe(got) << (message.empty() ? "" : ": " + message);
        return false;
    }
    for (const std::string& field : expected.fields)
        EXPECT_TRUE(got.fields.count(field))
            << what << ": expected a problem with " << field << ", got: " << message;
    return got.accepted();
}

void LedgerPropertyTest::expectPosted(const Exchange& actual, const model::Exchange& expected) {
    const model::Agreement& a = m_model.agreement(expected.agreement);
    EXPECT_EQ(actual.seq, expected.seq);
    EXPECT_EQ(actual.agreementCode, expected.agreement);
    EXPECT_EQ(actual.date, expected.date) << actual.date.toString();
    EXPECT_EQ(actual.reference, expected.reference);
    EXPECT_EQ(actual.reversesSeq, expected.reverses);
    EXPECT_EQ(!actual.swingOverride.empty(), expected.swingOverridden) << actual.seq;
    EXPECT_EQ(actual.postedBy, expected.postedBy);
    ASSERT_EQ(actual.lines.size(), expected.lines.size()) << "exchange " << actual.seq;
    for (std::size_t i = 0; i < actual.lines.size(); ++i) {
        const DeliveryLine& l = actual.lines[i];
        const model::Line& m = expected.lines[i];
        SCOPED_TRACE(fmt::format("exchange {} line {}", actual.seq, i + 1));
        EXPECT_EQ(l.shipper, m.side);
        EXPECT_EQ(l.goodCode, m.good);
        EXPECT_EQ(l.quantity, Decimal(m.quantity, model::kScale));
        EXPECT_EQ(l.unitPrice, Decimal(m.price, model::kScale));
        EXPECT_EQ(l.value, Decimal(m.value, a.digits));
        EXPECT_EQ(l.priceReason.empty(), !m.overridesPrice);
    }
}

void LedgerPropertyTest::checkInvariants() {
    checkSequence();
    checkBalances();
    checkClosedPeriods(false);
    checkPending();
    checkVerify();
}

void LedgerPropertyTest::checkBalances() {
    const Date random = dateBetween(firstDay().plusDays(-1), Date(2026, 1, 31));
    for (const auto& [code, a] : m_model.agreements()) {
        std::vector<Date> dates = {firstDay().plusDays(-1), Date(2025, 12, 31), Date::max(),
                                   random};
        dates.insert(dates.end(), m_touched.begin(), m_touched.end());
        for (const model::Close& c : a.closes)
            dates.push_back(c.through);
        for (const Date at : dates) {
            SCOPED_TRACE(fmt::format("balance of {} at {}", code, at.toString()));
            const reports::BalanceRow row = book().reporting().balances(*auditor, code, at).front();
            const Int128 expected = m_model.balance(code, at);
            EXPECT_EQ(row.balance, Decimal(expected, a.digits));
            EXPECT_EQ(row.aToB, Decimal(m_model.shipped(code, Side::A, at), a.digits));
            EXPECT_EQ(row.bToA, Decimal(m_model.shipped(code, Side::B, at), a.digits));
            EXPECT_EQ(sqlBalance(code, at), expected) << "raw SQL over delivery_line";
        }
    }
    // All agreements at once, at the latest date.
    for (const reports::BalanceRow& row : book().reporting().balances(*auditor, "", Date::max())) {
        const model::Agreement& a = m_model.agreement(row.agreement);
        EXPECT_EQ(row.balance, Decimal(m_model.balance(a.code, Date::max()), a.digits))
            << row.agreement;
    }
}

Int128 LedgerPropertyTest::sqlBalance(const std::string& agreement, Date at) {
    Statement q = book().database().prepare(R"sql(
        SELECT coalesce(sum(CASE l.side WHEN 'A' THEN l.value ELSE -l.value END), 0)
        FROM delivery_line l JOIN agreement a ON a.id = l.agreement_id
        WHERE a.code = ?1 AND l.date <= ?2)sql");
    q.bind(1, agreement).bind(2, at.toString()).step();
    return Int128(q.getInt(0));
}

void LedgerPropertyTest::checkSequence() {
    Database& db = book().database();
    const auto n = static_cast<std::int64_t>(m_model.exchanges().size());
    Statement q = db.prepare("SELECT count(*), count(DISTINCT seq), coalesce(min(seq), 0), "
                             "coalesce(max(seq), 0) FROM exchange");
    q.step();
    EXPECT_EQ(q.getInt(0), n) << "exchanges posted";
    EXPECT_EQ(q.getInt(1), n) << "distinct sequence numbers";
    EXPECT_EQ(q.getInt(2), n > 0 ? 1 : 0) << "first sequence number";
    EXPECT_EQ(q.getInt(3), n) << "last sequence number: the numbers 1..N have a gap";
    std::int64_t lines = 0;
    for (const model::Exchange& e : m_model.exchanges())
        lines += static_cast<std::int64_t>(e.lines.size());
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM delivery_line"), lines);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM delivery_line WHERE exchange_seq NOT IN "
                          "(SELECT seq FROM exchange)"),
              0)
        << "lines without their exchange";
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM exchange e WHERE NOT EXISTS "
                          "(SELECT 1 FROM delivery_line l WHERE l.exchange_seq = e.seq)"),
              0)
        << "exchanges without lines";
}

void LedgerPropertyTest::checkClosedPeriods(bool everyClose) {
    for (const auto& [code, a] : m_model.agreements()) {
        const std::vector<reconcile::PeriodClose> periods =
            book().reconciliation().periods(*auditor, code);
        ASSERT_EQ(periods.size(), a.closes.size()) << code;
        for (std::size_t i = 0; i < a.closes.size(); ++i) {
            const model::Close& c = a.closes[i];
            EXPECT_EQ(periods[i].through, c.through);
            EXPECT_EQ(periods[i].agreedBalance, Decimal(c.agreedBalance, a.digits));
            EXPECT_EQ(book().reporting().balances(*auditor, code, c.through).front().balance,
                      Decimal(c.agreedBalance, a.digits))
                << code << " closed through " << c.through.toString();
            // The latest close locks everything the earlier ones did.
            if (everyClose || i + 1 == a.closes.size()) {
                EXPECT_EQ(closedSnapshot(code, c.through), c.snapshot)
                    << code << ": the period closed through " << c.through.toString() << " changed";
            }
            if (everyClose)
                expectExtends(periods[i]);
        }
    }
}

void LedgerPropertyTest::expectExtends(const reconcile::PeriodClose& close) {
    const VerifyResult v = book().integrity().verify(*auditor, fromHex(close.headHash));
    EXPECT_TRUE(v.ok) << "the book does not extend the chain head recorded by the close of "
                      << close.agreement << " through " << close.through.toString() << ": "
                      << v.problem;
    EXPECT_EQ(v.headSeq, close.headSeq);
}

void LedgerPropertyTest::checkPending() {
    std::vector<std::int64_t> expected;
    for (const model::Pending& p : m_model.pending())
        if (p.open)
            expected.push_back(p.id);
    std::vector<std::int64_t> actual;
    for (const PendingExchange& p : book().journal().pendingExchanges(*auditor))
        actual.push_back(p.id);
    EXPECT_EQ(actual, expected) << "pending entries";
}

void LedgerPropertyTest::checkVerify() {
    const VerifyResult v = book().integrity().verify(*auditor);
    EXPECT_TRUE(v.ok) << "verify: " << v.problem << " (first bad seq " << v.firstBadSeq.value_or(0)
                      << ")";
    EXPECT_EQ(v.exchanges, static_cast<std::int64_t>(m_model.exchanges().size()));
}

std::string LedgerPropertyTest::closedSnapshot(const std::string& agreement, Date through) {
    Statement lines = book().database().prepare(R"sql(
        SELECT l.exchange_seq || '|' || l.line_no || '|' || l.date || '|' || l.side || '|' ||
               l.good_id || '|' || l.quantity || '|' || l.unit_price || '|' || l.value || '|' ||
               l.price_reason || '|' || e.reference || '|' || hex(e.hash)
        FROM delivery_line l JOIN exchange e ON e.seq = l.exchange_seq
        JOIN agreement a ON a.id = l.agreement_id
        WHERE a.code = ?1 AND l.date <= ?2 ORDER BY l.exchange_seq, l.line_no)sql");
    lines.bind(1, agreement).bind(2, through.toString());
    std::string out;
    while (lines.step())
        out += lines.getText(0) + '\n';
    Statement sums = book().database().prepare(R"sql(
        SELECT b.date || '|' || b.a_to_b || '|' || b.b_to_a || '|' || b.lines_a || '|' || b.lines_b
        FROM balance_day b JOIN agreement a ON a.id = b.agreement_id
        WHERE a.code = ?1 AND b.date <= ?2 ORDER BY b.date)sql");
    sums.bind(1, agreement).bind(2, through.toString());
    while (sums.step())
        out += sums.getText(0) + '\n';
    return out;
}

std::string LedgerPropertyTest::bookState() {
    Database& db = book().database();
    std::string out;
    for (const char* table :
         {"exchange", "delivery_line", "line_screening", "balance_day", "pending_exchange",
          "pending_line", "period_close", "audit_event", "setting"}) {
        std::string row;
        Statement columns = db.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
        columns.bind(1, table);
        while (columns.step())
            row += (row.empty() ? "quote(" : " || '|' || quote(") + columns.getText(0) + ")";
        Statement rows = db.prepare("SELECT " + row + " FROM " + table + " ORDER BY 1");
        out += std::string(table) + ":\n";
        while (rows.step())
            out += rows.getText(0) + '\n';
    }
    return out;
}

void LedgerPropertyTest::log(std::string line) {
    m_trail.push_back(fmt::format("step {}: {}", m_step, std::move(line)));
    if (m_verbose)
        std::cout << m_trail.back() << '\n';
    if (m_trail.size() > 25)
        m_trail.pop_front();
}

} // namespace barter::testing

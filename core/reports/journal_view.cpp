// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_view.h"

#include "../error.h"

#include <algorithm>

namespace barter::reports {

std::string toString(LineStatus status) {
    switch (status) {
    case LineStatus::Posted:
        return "posted";
    case LineStatus::Reversed:
        return "reversed";
    case LineStatus::Reversal:
        return "reversal";
    }
    return "unknown";
}

namespace {

// Parameter numbers of the filter in every statement below (bound only when used).
enum Param { PAgreement = 1, PFrom, PTo, PShipper, PGood, PReference, PDate, PSeq, PLine };

std::int64_t idOf(Database& db, const char* sql, const std::string& code, const char* field,
                  const char* what) {
    Statement s = db.prepare(sql);
    s.bind(1, code);
    if (!s.step())
        throw InvalidInput(field, "no " + std::string(what) + " \"" + code + "\"");
    return s.getInt(0);
}

// A LIKE pattern that matches `text` literally anywhere in the value.
std::string containsPattern(const std::string& text) {
    std::string pattern = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

} // namespace

JournalView::JournalView(Database& db, JournalFilter filter)
    : m_db(db), m_filter(std::move(filter)) {
    for (AgreementInfo& a : agreements(db))
        m_agreements.emplace(a.id, std::move(a));
    Statement closes =
        db.prepare("SELECT agreement_id, max(through) FROM period_close GROUP BY agreement_id");
    while (closes.step())
        m_closedThrough.emplace(closes.getInt(0), *Date::parse(closes.getText(1)));
    if (!m_filter.agreement.empty())
        m_agreementId = idOf(db, "SELECT id FROM agreement WHERE code = ?1", m_filter.agreement,
                             "agreement", "agreement");
    if (!m_filter.shipper.empty())
        idOf(db, "SELECT id FROM party WHERE code = ?1", m_filter.shipper, "shipper", "party");
    if (!m_filter.good.empty())
        m_goodId = idOf(db, "SELECT id FROM good WHERE code = ?1", m_filter.good, "good", "good");
    if (m_filter.from && m_filter.to && *m_filter.to < *m_filter.from)
        throw InvalidInput("to", "the end date " + m_filter.to->toString() +
                                     " is before the start date " + m_filter.from->toString());
    m_rowFilters = !m_filter.shipper.empty() || m_goodId || !m_filter.reference.empty();
}

// The conditions of the filter, from fixed fragments; every value is a bound parameter.
std::string JournalView::where() const {
    std::string sql = " WHERE 1 = 1";
    if (m_agreementId)
        sql += " AND l.agreement_id = ?1";
    if (m_filter.from)
        sql += " AND l.date >= ?2";
    if (m_filter.to)
        sql += " AND l.date <= ?3";
    if (!m_filter.shipper.empty())
        sql += " AND ((l.side = 'A' AND l.agreement_id IN (SELECT a.id FROM agreement a JOIN "
               "party p ON p.id = a.party_a WHERE p.code = ?4)) OR (l.side = 'B' AND "
               "l.agreement_id IN (SELECT a.id FROM agreement a JOIN party p ON p.id = a.party_b "
               "WHERE p.code = ?4)))";
    if (m_goodId)
        sql += " AND l.good_id = ?5";
    if (!m_filter.reference.empty())
        // Case-blind on both (SQLite's LIKE is, for ASCII; a server's ILIKE).
        sql += m_db.isServer() ? " AND e.reference ILIKE ?6 ESCAPE '\\'"
                               : " AND e.reference LIKE ?6 ESCAPE '\\'";
    return sql;
}

namespace {
void bindFilter(Statement& s, const JournalFilter& f, const std::optional<std::int64_t>& agreement,
                const std::optional<std::int64_t>& good) {
    if (agreement)
        s.bind(PAgreement, *agreement);
    if (f.from)
        s.bind(PFrom, f.from->toString());
    if (f.to)
        s.bind(PTo, f.to->toString());
    if (!f.shipper.empty())
        s.bind(PShipper, f.shipper);
    if (good)
        s.bind(PGood, *good);
    if (!f.reference.empty())
        s.bind(PReference, containsPattern(f.reference));
}
} // namespace

namespace {
// After the filter: rows past the key (?7, ?8, ?9) in the direction of reading, in order.
std::string keysetOrder(bool forward, bool hasKey) {
    std::string sql;
    if (hasKey)
        sql += forward ? " AND (l.date, l.exchange_seq, l.line_no) > (?7, ?8, ?9)"
                       : " AND (l.date, l.exchange_seq, l.line_no) < (?7, ?8, ?9)";
    sql += forward ? " ORDER BY l.date, l.exchange_seq, l.line_no"
                   : " ORDER BY l.date DESC, l.exchange_seq DESC, l.line_no DESC";
    return sql;
}
void bindKey(Statement& s, const std::optional<JournalKey>& key) {
    if (key)
        s.bind(PDate, key->date.toString()).bind(PSeq, key->seq).bind(PLine, key->lineNo);
}
} // namespace

std::int64_t JournalView::count() {
    const std::string join =
        m_filter.reference.empty() ? "" : " JOIN exchange e ON e.seq = l.exchange_seq";
    Statement s = m_db.prepare("SELECT count(*) FROM delivery_line l" + join + where());
    bindFilter(s, m_filter, m_agreementId, m_goodId);
    s.step();
    return s.getInt(0);
}

std::vector<JournalRow> JournalView::after(const std::optional<JournalKey>& key, std::int64_t skip,
                                           int limit) {
    return page(true, key, skip, limit);
}

std::vector<JournalRow> JournalView::before(const std::optional<JournalKey>& key, std::int64_t skip,
                                            int limit) {
    return page(false, key, skip, limit);
}

Int128 JournalView::balanceThrough(std::int64_t agreementId, const JournalKey& key) {
    Statement& s = m_db.cached(R"sql(
        SELECT coalesce((SELECT sum(a_to_b) - sum(b_to_a) FROM balance_day
                         WHERE agreement_id = ?1 AND date < ?2), 0),
               coalesce((SELECT sum(CASE side WHEN 'A' THEN value ELSE -value END)
                         FROM delivery_line WHERE agreement_id = ?1 AND date = ?2
                         AND (exchange_seq, line_no) <= (?3, ?4)), 0))sql");
    s.bind(1, agreementId).bind(2, key.date.toString()).bind(3, key.seq).bind(4, key.lineNo);
    s.step();
    const Int128 total = Int128(s.getInt(0)) + Int128(s.getInt(1));
    s.reset();
    return total;
}

std::optional<JournalKey> JournalView::keyAt(bool forward, const std::optional<JournalKey>& key,
                                             std::int64_t skip) {
    // Only the key columns (and the exchange when the reference is filtered): skipping rows with
    // OFFSET costs a step through the index per row, not a row built with its joins.
    std::string sql = "SELECT l.date, l.exchange_seq, l.line_no FROM delivery_line l";
    if (!m_filter.reference.empty())
        sql += " JOIN exchange e ON e.seq = l.exchange_seq";
    sql += where();
    sql += keysetOrder(forward, key.has_value());
    sql += " LIMIT 1 OFFSET ?10";
    Statement s = m_db.prepare(sql);
    bindFilter(s, m_filter, m_agreementId, m_goodId);
    bindKey(s, key);
    s.bind(10, skip);
    if (!s.step())
        return std::nullopt;
    return JournalKey{Date::parse(s.getText(0)).value_or(Date()), s.getInt(1),
                      static_cast<int>(s.getInt(2))};
}

std::vector<JournalRow> JournalView::page(bool forward, const std::optional<JournalKey>& keyIn,
                                          std::int64_t skip, int limit) {
    std::optional<JournalKey> key = keyIn;
    if (skip > 0) {
        key = keyAt(forward, key, skip - 1);
        if (!key)
            return {};
    }
    std::string sql = R"sql(
        SELECT l.date, l.exchange_seq, l.line_no, l.agreement_id, l.side, l.quantity,
               l.unit_price, l.value, e.reference, e.memo, e.reverses_seq,
               (SELECT r.seq FROM exchange r WHERE r.reverses_seq = l.exchange_seq),
               g.code, g.measure, g.decimals
        FROM delivery_line l
        JOIN exchange e ON e.seq = l.exchange_seq
        JOIN good g ON g.id = l.good_id)sql";
    sql += where();
    sql += keysetOrder(forward, key.has_value());
    sql += " LIMIT ?10";
    Statement s = m_db.prepare(sql);
    bindFilter(s, m_filter, m_agreementId, m_goodId);
    bindKey(s, key);
    s.bind(10, std::int64_t{std::max(limit, 0)});

    std::vector<JournalRow> rows;
    std::vector<std::int64_t> agreementIds;
    while (s.step()) {
        JournalRow r;
        r.key = {Date::parse(s.getText(0)).value_or(Date()), s.getInt(1),
                 static_cast<int>(s.getInt(2))};
        const AgreementInfo& a = m_agreements.at(s.getInt(3));
        agreementIds.push_back(a.id);
        const bool fromA = s.getText(4) == "A";
        r.agreement = a.code;
        r.unit = a.unit;
        r.digits = a.digits;
        r.shipper = fromA ? a.partyA : a.partyB;
        r.receiver = fromA ? a.partyB : a.partyA;
        r.decimals = static_cast<int>(s.getInt(14));
        r.quantity = Decimal(s.getInt(5), kQuantityScale).rounded(r.decimals);
        r.unitPrice = Decimal(s.getInt(6), kPriceScale);
        r.value = Decimal(s.getInt(7), a.digits);
        r.reference = s.getText(8);
        r.memo = s.getText(9);
        r.reversesSeq = s.getOptionalInt(10);
        r.reversedBy = s.getOptionalInt(11);
        r.status = r.reversesSeq  ? LineStatus::Reversal
                   : r.reversedBy ? LineStatus::Reversed
                                  : LineStatus::Posted;
        r.good = s.getText(12);
        r.measure = s.getText(13);
        if (auto closed = m_closedThrough.find(a.id);
            closed != m_closedThrough.end() && r.key.date <= closed->second)
            r.closedThrough = closed->second;
        rows.push_back(std::move(r));
    }
    s.reset();
    if (!forward) {
        std::reverse(rows.begin(), rows.end());
        std::reverse(agreementIds.begin(), agreementIds.end());
    }
    // Without filters that hide lines, an agreement's rows follow each other with nothing in
    // between, so one balance query per agreement and page is enough.
    std::map<std::int64_t, Int128> running;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        JournalRow& r = rows[i];
        const std::int64_t id = agreementIds[i];
        auto it = running.find(id);
        if (m_rowFilters || it == running.end()) {
            it = running.insert_or_assign(id, balanceThrough(id, r.key)).first;
        } else {
            const Int128 v = r.value.mantissa();
            it->second += r.shipper == m_agreements.at(id).partyA ? v : Int128(-v);
        }
        r.balance = Decimal(it->second, r.digits);
    }
    return rows;
}

} // namespace barter::reports

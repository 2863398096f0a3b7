// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_store.h"

#include <cstring>
#include <functional>
#include <map>

namespace barter::journal_store {

namespace {
Hash toHash(const std::vector<unsigned char>& bytes) {
    Hash h{};
    if (bytes.size() == h.size())
        std::memcpy(h.data(), bytes.data(), h.size());
    return h;
}

struct Lookups {
    struct AgreementInfo {
        std::string code, unit;
        int digits = 0;
        std::string partyA, partyB;
    };
    std::map<std::int64_t, AgreementInfo> agreements;
    struct GoodInfo {
        std::string code, measure;
        int decimals = 0;
    };
    std::map<std::int64_t, GoodInfo> goods;
};

Lookups loadLookups(Database& db) {
    Lookups l;
    Statement a = db.prepare(R"sql(
        SELECT a.id, a.code, u.code, u.digits, pa.code, pb.code FROM agreement a
        JOIN unit u ON u.id = a.unit_id
        JOIN party pa ON pa.id = a.party_a JOIN party pb ON pb.id = a.party_b)sql");
    while (a.step())
        l.agreements[a.getInt(0)] = {a.getText(1), a.getText(2), static_cast<int>(a.getInt(3)),
                                     a.getText(4), a.getText(5)};
    Statement g = db.prepare("SELECT id, code, measure, decimals FROM good");
    while (g.step())
        l.goods[g.getInt(0)] = {g.getText(1), g.getText(2), static_cast<int>(g.getInt(3))};
    return l;
}

constexpr const char* kExchangeColumns =
    "seq, agreement_id, date, reference, memo, reverses_seq, reason, swing_override, "
    "posted_by, posted_at, prev_hash, hash";

Exchange readExchange(const Statement& s, const Lookups& l, std::int64_t& agreementId) {
    Exchange e;
    e.seq = s.getInt(0);
    agreementId = s.getInt(1);
    if (auto a = l.agreements.find(agreementId); a != l.agreements.end()) {
        e.agreementCode = a->second.code;
        e.unitCode = a->second.unit;
    }
    e.date = Date::parse(s.getText(2)).value_or(Date());
    e.reference = s.getText(3);
    e.memo = s.getText(4);
    e.reversesSeq = s.getOptionalInt(5);
    e.reason = s.getText(6);
    e.swingOverride = s.getText(7);
    e.postedBy = s.getText(8);
    e.postedAt = s.getText(9);
    e.prevHash = toHash(s.getBlob(10));
    e.hash = toHash(s.getBlob(11));
    return e;
}

// Lines with their screening (absent for lines posted before schema version 2).
constexpr const char* kLineSelect = R"sql(
    SELECT l.exchange_seq, l.line_no, l.side, l.good_id, l.quantity, l.unit_price, l.value,
           l.price_reason, s.verdict, s.decided_by, s.exemption, s.exempt_quantity,
           s.from_country, s.to_country, s.period_start, s.rule_quantity
    FROM delivery_line l
    LEFT JOIN line_screening s ON s.exchange_seq = l.exchange_seq AND s.line_no = l.line_no)sql";

std::optional<Verdict> parseVerdict(const std::string& text) {
    for (Verdict v : {Verdict::Allowed, Verdict::Prohibited, Verdict::QuotaExceeded,
                      Verdict::LicenceRequired, Verdict::Exempt, Verdict::Reversal})
        if (text == toString(v))
            return v;
    return std::nullopt;
}

std::optional<Decimal> optionalQuantity(const Statement& s, int column) {
    if (s.isNull(column))
        return std::nullopt;
    return Decimal::fromScaled(s.getInt(column), kQuantityScale);
}

DeliveryLine readLine(const Statement& s, const Lookups& l, std::int64_t agreementId) {
    DeliveryLine line;
    line.lineNo = static_cast<int>(s.getInt(1));
    line.shipper = s.getText(2) == "B" ? Side::B : Side::A;
    auto a = l.agreements.find(agreementId);
    if (a != l.agreements.end())
        line.shipperCode = line.shipper == Side::A ? a->second.partyA : a->second.partyB;
    line.good = GoodId{s.getInt(3)};
    auto g = l.goods.find(line.good.value);
    if (g != l.goods.end()) {
        line.goodCode = g->second.code;
        line.measure = g->second.measure;
        line.decimals = g->second.decimals;
    }
    int digits = a == l.agreements.end() ? 0 : a->second.digits;
    line.quantity = Decimal::fromScaled(s.getInt(4), kQuantityScale);
    line.unitPrice = Decimal::fromScaled(s.getInt(5), kPriceScale);
    line.value = Decimal::fromScaled(s.getInt(6), digits);
    line.priceReason = s.getText(7);
    if (!s.isNull(8)) {
        Screening sc;
        // An unknown verdict text is kept out of the chain's reach: verify will fail on it.
        sc.verdict = parseVerdict(s.getText(8)).value_or(Verdict::Reversal);
        sc.decidedBy = s.getText(9);
        sc.exemption = s.getText(10);
        sc.exemptQuantity = optionalQuantity(s, 11);
        sc.fromCountry = s.getText(12);
        sc.toCountry = s.getText(13);
        if (!s.isNull(14))
            sc.periodStart = Date::parse(s.getText(14));
        sc.ruleQuantity = optionalQuantity(s, 15);
        line.screening = sc;
    }
    return line;
}
void appendScreening(Database& db, std::int64_t seq, int lineNo, const Screening& sc) {
    Statement& st = db.cached(R"sql(
        INSERT INTO line_screening (exchange_seq, line_no, verdict, decided_by, exemption,
                                    from_country, to_country, period_start, rule_quantity,
                                    exempt_quantity)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql");
    st.bind(1, seq).bind(2, lineNo).bind(3, toString(sc.verdict)).bind(4, sc.decidedBy);
    st.bind(5, sc.exemption).bind(6, sc.fromCountry).bind(7, sc.toCountry);
    st.bind(8,
            sc.periodStart ? std::optional<std::string>(sc.periodStart->toString()) : std::nullopt);
    auto scaled = [](const std::optional<Decimal>& d) {
        return d ? std::optional<std::int64_t>(d->toScaled(kQuantityScale)) : std::nullopt;
    };
    st.bind(9, scaled(sc.ruleQuantity)).bind(10, scaled(sc.exemptQuantity));
    st.run();
}
} // namespace

ChainHead head(Database& db) {
    Statement& s = db.cached("SELECT seq, hash FROM exchange ORDER BY seq DESC LIMIT 1");
    ChainHead h;
    if (s.step()) {
        h.seq = s.getInt(0);
        h.hash = toHash(s.getBlob(1));
    }
    s.reset();
    return h;
}

void append(Database& db, std::int64_t agreementId, const Exchange& e) {
    Statement& ex = db.cached(R"sql(
        INSERT INTO exchange (seq, agreement_id, date, reference, memo, reverses_seq, reason,
                              swing_override, posted_by, posted_at, prev_hash, hash)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
    ex.bind(1, e.seq).bind(2, agreementId).bind(3, e.date.toString()).bind(4, e.reference);
    ex.bind(5, e.memo).bind(6, e.reversesSeq).bind(7, e.reason).bind(8, e.swingOverride);
    ex.bind(9, e.postedBy).bind(10, e.postedAt);
    ex.bindBlob(11, e.prevHash.data(), static_cast<int>(e.prevHash.size()));
    ex.bindBlob(12, e.hash.data(), static_cast<int>(e.hash.size()));
    ex.run();

    Statement& ln = db.cached(R"sql(
        INSERT INTO delivery_line (exchange_seq, line_no, agreement_id, date, side, good_id,
                                   quantity, unit_price, value, price_reason)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql");
    const std::string date = e.date.toString();
    for (const DeliveryLine& line : e.lines) {
        ln.bind(1, e.seq).bind(2, line.lineNo).bind(3, agreementId).bind(4, date);
        ln.bind(5, std::string(1, toChar(line.shipper))).bind(6, line.good.value);
        ln.bind(7, line.quantity.toScaled(kQuantityScale));
        ln.bind(8, line.unitPrice.toScaled(kPriceScale));
        ln.bind(9, line.value.toScaled(line.value.scale())).bind(10, line.priceReason);
        ln.run();
        if (line.screening)
            appendScreening(db, e.seq, line.lineNo, *line.screening);
    }
}

std::optional<Exchange> load(Database& db, std::int64_t seq) {
    Lookups l = loadLookups(db);
    Statement s =
        db.prepare(std::string("SELECT ") + kExchangeColumns + " FROM exchange WHERE seq = ?1");
    s.bind(1, seq);
    if (!s.step())
        return std::nullopt;
    std::int64_t agreementId = 0;
    Exchange e = readExchange(s, l, agreementId);
    Statement lines =
        db.prepare(std::string(kLineSelect) + " WHERE l.exchange_seq = ?1 ORDER BY l.line_no");
    lines.bind(1, seq);
    while (lines.step())
        e.lines.push_back(readLine(lines, l, agreementId));
    return e;
}

std::optional<std::int64_t> reversedBy(Database& db, std::int64_t seq) {
    Statement& s = db.cached("SELECT seq FROM exchange WHERE reverses_seq = ?1");
    s.bind(1, seq);
    std::optional<std::int64_t> result;
    if (s.step())
        result = s.getInt(0);
    s.reset();
    return result;
}

bool referenceExists(Database& db, std::int64_t agreementId, std::string_view reference) {
    Statement& s = db.cached("SELECT 1 FROM exchange WHERE agreement_id = ?1 AND reference = ?2");
    s.bind(1, agreementId).bind(2, reference);
    bool exists = s.step();
    s.reset();
    return exists;
}

void forEach(Database& db, const std::function<void(const Exchange&)>& visit) {
    Lookups l = loadLookups(db);
    Statement ex =
        db.prepareScan(std::string("SELECT ") + kExchangeColumns + " FROM exchange ORDER BY seq");
    Statement lines =
        db.prepareScan(std::string(kLineSelect) + " ORDER BY l.exchange_seq, l.line_no");
    bool haveLine = lines.step();
    while (ex.step()) {
        std::int64_t agreementId = 0;
        Exchange e = readExchange(ex, l, agreementId);
        // Lines of missing exchanges (seq below this one) are skipped; they break the chain
        // of no exchange, but verify's sums check notices them.
        while (haveLine && lines.getInt(0) < e.seq)
            haveLine = lines.step();
        while (haveLine && lines.getInt(0) == e.seq) {
            e.lines.push_back(readLine(lines, l, agreementId));
            haveLine = lines.step();
        }
        visit(e);
    }
}

} // namespace barter::journal_store

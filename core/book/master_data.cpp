// SPDX-License-Identifier: GPL-3.0-or-later
// Book: parties, units of account, goods, agreements and price lists (managers).
#include "../domain/validate.h"
#include "book.h"
#include "permissions.h"

#include <fmt/format.h>

namespace barter {

namespace {
void need(std::vector<Problem>& problems, const char* field, const std::string& why) {
    if (!why.empty())
        problems.push_back({field, why});
}

// A small integer in [low, high] typed as text; `fallback` when empty.
std::optional<int> smallInt(std::vector<Problem>& problems, const char* field,
                            const std::string& text, int fallback, int low, int high) {
    if (text.empty())
        return fallback;
    std::optional<Decimal> d = Decimal::parse(text, 0);
    if (!d || *d < Decimal::fromInt(low) || *d > Decimal::fromInt(high)) {
        problems.push_back({field, fmt::format("must be a whole number from {} to {}", low, high)});
        return std::nullopt;
    }
    return static_cast<int>(d->toScaled(0));
}

std::optional<std::int64_t> idOf(Database& db, const char* table, const std::string& code) {
    Statement s = db.prepare(fmt::format("SELECT id FROM {} WHERE code = ?1", table));
    s.bind(1, code);
    if (!s.step())
        return std::nullopt;
    return s.getInt(0);
}

void refuseDuplicate(Database& db, std::vector<Problem>& problems, const char* table,
                     const char* what, const std::string& code) {
    if (idOf(db, table, code))
        problems.push_back({"code", fmt::format("{} \"{}\" already exists", what, code)});
}

Party readParty(const Statement& s, int first) {
    return Party{PartyId{s.getInt(first)}, s.getText(first + 1), s.getText(first + 2),
                 s.getText(first + 3), s.getText(first + 4)};
}
} // namespace

Party MasterDataService::addParty(const Session& s, const PartyDraft& d) {
    require(s, Action::ManageMasterData);
    std::vector<Problem> problems;
    need(problems, "code", validate::code(d.code));
    need(problems, "name", validate::name(d.name));
    if (!d.nativeName.empty())
        need(problems, "native_name", validate::name(d.nativeName));
    need(problems, "country", validate::country(d.country));
    Transaction tx(database());
    refuseDuplicate(database(), problems, "party", "party", d.code);
    if (!problems.empty())
        throw InvalidInput(problems);
    Statement ins = database().prepare(
        "INSERT INTO party (code, name, native_name, country) VALUES (?1, ?2, ?3, ?4)");
    ins.bind(1, d.code).bind(2, d.name).bind(3, d.nativeName).bind(4, d.country).run();
    Party p{PartyId{database().lastInsertId()}, d.code, d.name, d.nativeName, d.country};
    audit(s, "create", "party", d.code + " " + d.name);
    tx.commit();
    return p;
}

UnitOfAccount MasterDataService::addUnit(const Session& s, const UnitDraft& d) {
    require(s, Action::ManageMasterData);
    return insertUnit(s, d);
}

UnitOfAccount MasterDataService::insertUnit(const Session& s, const UnitDraft& d) {
    std::vector<Problem> problems;
    need(problems, "code", validate::unitCode(d.code));
    need(problems, "name", validate::name(d.name));
    std::optional<int> digits = smallInt(problems, "decimals", d.digits, 2, 0, 6);
    Transaction tx(database());
    refuseDuplicate(database(), problems, "unit", "unit of account", d.code);
    if (!problems.empty())
        throw InvalidInput(problems);
    database()
        .prepare("INSERT INTO unit (code, name, digits) VALUES (?1, ?2, ?3)")
        .bind(1, d.code)
        .bind(2, d.name)
        .bind(3, *digits)
        .run();
    UnitOfAccount u{UnitId{database().lastInsertId()}, d.code, d.name, *digits};
    audit(s, "create", "unit", d.code + " " + d.name);
    tx.commit();
    return u;
}

std::vector<Problem> checkGood(const GoodDraft& d, std::optional<int>& decimals) {
    std::vector<Problem> problems;
    need(problems, "code", validate::goodCode(d.code));
    need(problems, "name", validate::name(d.name));
    need(problems, "hs_code", validate::hsCode(d.hsCode));
    need(problems, "unit", validate::measure(d.measure));
    decimals = smallInt(problems, "decimals", d.decimals, 3, 0, 6);
    return problems;
}

Good MasterDataService::addGood(const Session& s, const GoodDraft& d) {
    require(s, Action::ManageMasterData);
    std::optional<int> decimals;
    std::vector<Problem> problems = checkGood(d, decimals);
    Transaction tx(database());
    refuseDuplicate(database(), problems, "good", "good", d.code);
    if (!problems.empty())
        throw InvalidInput(problems);
    database()
        .prepare("INSERT INTO good (code, name, hs_code, measure, decimals) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, d.code)
        .bind(2, d.name)
        .bind(3, d.hsCode)
        .bind(4, d.measure)
        .bind(5, *decimals)
        .run();
    Good g{GoodId{database().lastInsertId()}, d.code, d.name, d.hsCode, d.measure, *decimals};
    audit(s, "create", "good", d.code + " " + d.name);
    tx.commit();
    return g;
}

Agreement MasterDataService::addAgreement(const Session& s, const AgreementDraft& d) {
    require(s, Action::ManageMasterData);
    std::vector<Problem> problems;
    need(problems, "code", validate::code(d.code));
    Database& db = database();
    Transaction tx(db);
    refuseDuplicate(db, problems, "agreement", "agreement", d.code);
    std::optional<std::int64_t> a = idOf(db, "party", d.partyA);
    std::optional<std::int64_t> b = idOf(db, "party", d.partyB);
    std::optional<std::int64_t> unitId = idOf(db, "unit", d.unit);
    if (!a)
        problems.push_back({"party_a", "no party \"" + d.partyA + "\""});
    if (!b)
        problems.push_back({"party_b", "no party \"" + d.partyB + "\""});
    if (a && b && *a == *b)
        problems.push_back({"party_b", "must differ from party A"});
    if (!unitId)
        problems.push_back({"unit", "no unit of account \"" + d.unit + "\""});
    int digits = unitId ? static_cast<int>(db.queryInt("SELECT digits FROM unit WHERE id = " +
                                                       std::to_string(*unitId)))
                        : 6;
    std::optional<Decimal> swing;
    if (!d.swing.empty()) {
        std::string why;
        swing = Decimal::parse(d.swing, digits, &why);
        if (!swing)
            problems.push_back({"swing", why});
        else if (swing->isNegative())
            problems.push_back({"swing", "must not be negative"});
        else {
            try {
                swing->toScaled(digits);
            } catch (const InvalidInput&) {
                problems.push_back({"swing", "is too large"});
            }
        }
    }
    std::optional<int> warn = smallInt(problems, "warn_percent", d.warnPercent, 80, 1, 100);
    std::optional<Date> from, to;
    if (!d.validFrom.empty() && !(from = Date::parse(d.validFrom)))
        problems.push_back({"from", "\"" + d.validFrom + "\" is not a date (YYYY-MM-DD)"});
    if (!d.validTo.empty() && !(to = Date::parse(d.validTo)))
        problems.push_back({"to", "\"" + d.validTo + "\" is not a date (YYYY-MM-DD)"});
    if (from && to && *to < *from)
        problems.push_back({"to", "must not be before the start date"});
    if (!problems.empty())
        throw InvalidInput(problems);
    Statement ins = db.prepare(R"sql(
        INSERT INTO agreement (code, party_a, party_b, unit_id, valid_from, valid_to, swing,
                               warn_percent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
    ins.bind(1, d.code).bind(2, *a).bind(3, *b).bind(4, *unitId);
    ins.bind(5, from ? std::optional<std::string>(from->toString()) : std::nullopt);
    ins.bind(6, to ? std::optional<std::string>(to->toString()) : std::nullopt);
    ins.bind(7, swing ? std::optional<std::int64_t>(swing->toScaled(digits)) : std::nullopt);
    ins.bind(8, *warn).run();
    audit(s, "create", "agreement",
          fmt::format("{} {}/{} in {}, swing {}", d.code, d.partyA, d.partyB, d.unit,
                      swing ? swing->toString(digits) : "none"));
    tx.commit();
    for (Agreement& ag : agreements(s))
        if (ag.code == d.code)
            return ag;
    throw StorageError("agreement " + d.code + " vanished after it was written");
}

Price MasterDataService::setPrice(const Session& s, const PriceDraft& d) {
    require(s, Action::ManageMasterData);
    std::vector<Problem> problems;
    Database& db = database();
    Transaction tx(db);
    std::optional<std::int64_t> agreementId = idOf(db, "agreement", d.agreement);
    std::optional<std::int64_t> goodId = idOf(db, "good", d.good);
    if (!agreementId)
        problems.push_back({"agreement", "no agreement \"" + d.agreement + "\""});
    if (!goodId)
        problems.push_back({"good", "no good \"" + d.good + "\""});
    std::string why;
    std::optional<Decimal> price = Decimal::parse(d.unitPrice, kPriceScale, &why);
    if (!price)
        problems.push_back({"unit_price", why});
    else if (price->isNegative())
        problems.push_back({"unit_price", "must not be negative"});
    else {
        try {
            price->toScaled(kPriceScale);
        } catch (const InvalidInput&) {
            problems.push_back({"unit_price", "is too large"});
        }
    }
    std::optional<Date> from = Date::parse(d.effectiveFrom);
    if (!from)
        problems.push_back(
            {"effective_from", "\"" + d.effectiveFrom + "\" is not a date (YYYY-MM-DD)"});
    if (!problems.empty())
        throw InvalidInput(problems);
    // A later entry for the same day replaces the earlier one in the price list; posted lines
    // keep the price they were valued at, and price_entry keeps every entry with where the
    // journal ended then (for verify), the audit trail the change.
    Statement old = db.prepare("SELECT unit_price FROM price WHERE agreement_id = ?1 AND good_id = "
                               "?2 AND effective_from = ?3");
    old.bind(1, *agreementId).bind(2, *goodId).bind(3, from->toString());
    std::string detail = fmt::format("{} {} from {}: {}", d.agreement, d.good, from->toString(),
                                     price->rescaled(kPriceScale).toString());
    if (old.step())
        detail += " (was " + Decimal::fromScaled(old.getInt(0), kPriceScale).toString() + ")";
    db.prepare(R"sql(
        INSERT INTO price (agreement_id, good_id, effective_from, unit_price)
        VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (agreement_id, good_id, effective_from) DO UPDATE SET unit_price = excluded.unit_price)sql")
        .bind(1, *agreementId)
        .bind(2, *goodId)
        .bind(3, from->toString())
        .bind(4, price->toScaled(kPriceScale))
        .run();
    db.prepare("INSERT INTO price_entry (agreement_id, good_id, effective_from, unit_price, "
               "after_seq) VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(seq), 0) FROM exchange))")
        .bind(1, *agreementId)
        .bind(2, *goodId)
        .bind(3, from->toString())
        .bind(4, price->toScaled(kPriceScale))
        .run();
    audit(s, "change", "price", detail);
    tx.commit();
    return Price{GoodId{*goodId}, d.good, *from, price->rescaled(kPriceScale)};
}

std::vector<Party> MasterDataService::parties(const Session& s) {
    require(s, Action::ViewReports);
    Statement st =
        database().prepare("SELECT id, code, name, native_name, country FROM party ORDER BY code");
    std::vector<Party> all;
    while (st.step())
        all.push_back(readParty(st, 0));
    return all;
}

std::vector<UnitOfAccount> MasterDataService::units(const Session& s) {
    require(s, Action::ViewReports);
    Statement st = database().prepare("SELECT id, code, name, digits FROM unit ORDER BY code");
    std::vector<UnitOfAccount> all;
    while (st.step())
        all.push_back(
            {UnitId{st.getInt(0)}, st.getText(1), st.getText(2), static_cast<int>(st.getInt(3))});
    return all;
}

std::vector<Good> MasterDataService::goods(const Session& s) {
    require(s, Action::ViewReports);
    Statement st = database().prepare(
        "SELECT id, code, name, hs_code, measure, decimals FROM good ORDER BY code");
    std::vector<Good> all;
    while (st.step())
        all.push_back({GoodId{st.getInt(0)}, st.getText(1), st.getText(2), st.getText(3),
                       st.getText(4), static_cast<int>(st.getInt(5))});
    return all;
}

std::vector<Agreement> MasterDataService::agreements(const Session& s) {
    require(s, Action::ViewReports);
    Statement st = database().prepare(R"sql(
        SELECT a.id, a.code, a.valid_from, a.valid_to, a.swing, a.warn_percent,
               pa.id, pa.code, pa.name, pa.native_name, pa.country,
               pb.id, pb.code, pb.name, pb.native_name, pb.country,
               u.id, u.code, u.name, u.digits
        FROM agreement a JOIN party pa ON pa.id = a.party_a JOIN party pb ON pb.id = a.party_b
        JOIN unit u ON u.id = a.unit_id ORDER BY a.code)sql");
    std::vector<Agreement> all;
    while (st.step()) {
        Agreement a;
        a.id = AgreementId{st.getInt(0)};
        a.code = st.getText(1);
        if (!st.isNull(2))
            a.validFrom = Date::parse(st.getText(2));
        if (!st.isNull(3))
            a.validTo = Date::parse(st.getText(3));
        a.partyA = readParty(st, 6);
        a.partyB = readParty(st, 11);
        a.unit = {UnitId{st.getInt(16)}, st.getText(17), st.getText(18),
                  static_cast<int>(st.getInt(19))};
        if (!st.isNull(4))
            a.swing = Decimal::fromScaled(st.getInt(4), a.unit.digits);
        a.warnPercent = static_cast<int>(st.getInt(5));
        all.push_back(std::move(a));
    }
    return all;
}

std::vector<Price> MasterDataService::prices(const Session& s, const std::string& agreement,
                                             std::optional<Date> inForceAt) {
    require(s, Action::ViewReports);
    reports::AgreementInfo a = reports::agreementInfo(database(), agreement);
    // In force on D: for each good, the entry with the latest effective date on or before D.
    Statement st = database().prepare(inForceAt ? R"sql(
        SELECT g.id, g.code, p.effective_from, p.unit_price FROM price p
        JOIN good g ON g.id = p.good_id WHERE p.agreement_id = ?1
        AND p.effective_from = (SELECT max(q.effective_from) FROM price q
                                WHERE q.agreement_id = ?1 AND q.good_id = p.good_id
                                AND q.effective_from <= ?2)
        ORDER BY g.code)sql"
                                                : R"sql(
        SELECT g.id, g.code, p.effective_from, p.unit_price FROM price p
        JOIN good g ON g.id = p.good_id WHERE p.agreement_id = ?1
        ORDER BY g.code, p.effective_from)sql");
    st.bind(1, a.id);
    if (inForceAt)
        st.bind(2, inForceAt->toString());
    std::vector<Price> all;
    while (st.step())
        all.push_back({GoodId{st.getInt(0)}, st.getText(1),
                       Date::parse(st.getText(2)).value_or(Date()),
                       Decimal::fromScaled(st.getInt(3), kPriceScale)});
    return all;
}

} // namespace barter

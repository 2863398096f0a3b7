// SPDX-License-Identifier: GPL-3.0-or-later
// Book: imports of goods, prices, restriction lists and exemptions (DESIGN.md §7); deliveries
// are in delivery_import.cpp. Each import is one
// transaction: every bad row is listed as FILE:LINE: column: reason, and nothing is written
// unless every row is good.
#include "../book/book.h"
#include "../book/permissions.h"
#include "../book/posting.h"
#include "../compliance/digests.h"
#include "../domain/validate.h"
#include "../storage/schema.h"
#include "csv_reader.h"
#include "import_files.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <unordered_map>

namespace barter {

using import_files::addAt;
using import_files::baseName;
using import_files::field;
using import_files::readCsv;
using import_files::refuse;

ImportResult MasterDataService::importGoods(const Session& s, const std::string& file) {
    require(s, Action::ManageMasterData);
    ImportResult result;
    std::vector<Problem> problems;
    Transaction tx(database());
    readCsv(file, {"code", "name", "hs_code", "unit"}, {"decimals"}, problems,
            [&](const CsvReader& reader, const CsvRecord& record) {
                ++result.rows;
                GoodDraft d{field(reader, record, "code"), field(reader, record, "name"),
                            field(reader, record, "hs_code"), field(reader, record, "unit"),
                            field(reader, record, "decimals")};
                try {
                    addGood(s, d);
                    ++result.created;
                } catch (const InvalidInput& e) {
                    addAt(problems, e, record.line);
                }
            });
    if (!problems.empty())
        refuse(std::move(problems), file);
    audit(s, "import", "goods", fmt::format("{}: {} goods", file, result.created));
    tx.commit();
    return result;
}

ImportResult MasterDataService::importPrices(const Session& s, const std::string& file,
                                             const std::string& agreement) {
    require(s, Action::ManageMasterData);
    if (agreement.empty())
        throw InvalidInput("agreement", "importing prices needs an agreement (--agreement CODE)");
    reports::agreementInfo(database(), agreement); // refuses an unknown agreement
    ImportResult result;
    std::vector<Problem> problems;
    std::map<std::pair<std::string, std::string>, long> seen; // (good, date) -> line
    Transaction tx(database());
    readCsv(file, {"good", "effective_from", "unit_price"}, {}, problems,
            [&](const CsvReader& reader, const CsvRecord& record) {
                ++result.rows;
                PriceDraft d{agreement, field(reader, record, "good"),
                             field(reader, record, "unit_price"),
                             field(reader, record, "effective_from")};
                auto [it, fresh] =
                    seen.emplace(std::make_pair(d.good, d.effectiveFrom), record.line);
                if (!fresh) {
                    problems.push_back({"effective_from",
                                        fmt::format("a second price for {} from {} (first on "
                                                    "line {})",
                                                    d.good, d.effectiveFrom, it->second),
                                        record.line});
                    return;
                }
                try {
                    setPrice(s, d);
                    ++result.created;
                } catch (const InvalidInput& e) {
                    addAt(problems, e, record.line);
                }
            });
    if (!problems.empty())
        refuse(std::move(problems), file);
    audit(s, "import", "prices",
          fmt::format("{} into {}: {} prices", file, agreement, result.created));
    tx.commit();
    return result;
}

namespace {
std::string checkCountryPattern(const std::string& text) {
    return text == "*" ? std::string() : validate::country(text);
}

// The HS prefix and the two countries ('*' for any) of a restriction rule or an exemption.
void checkScope(const std::string& hs, const std::string& from, const std::string& to, long line,
                std::vector<Problem>& problems) {
    if (std::string why = validate::hsCode(hs); !why.empty())
        problems.push_back({"hs_prefix", why, line});
    if (std::string why = checkCountryPattern(from); !why.empty())
        problems.push_back({"from_country", why + " or *", line});
    if (std::string why = checkCountryPattern(to); !why.empty())
        problems.push_back({"to_country", why + " or *", line});
}

std::optional<Date> requiredDate(const std::string& text, const char* column, long line,
                                 std::vector<Problem>& problems) {
    std::optional<Date> d = Date::parse(text);
    if (!d)
        problems.push_back({column, "\"" + text + "\" is not a date (YYYY-MM-DD)", line});
    return d;
}

// A positive or non-negative quantity at most 6 decimals that fits the stored 64 bits.
std::optional<Decimal> storedQuantity(const std::string& text, const char* column, long line,
                                      bool positive, std::vector<Problem>& problems) {
    std::string why;
    std::optional<Decimal> q = Decimal::parse(text, kQuantityScale, &why);
    if (!q) {
        problems.push_back({column, why, line});
        return std::nullopt;
    }
    if (positive ? q->sign() <= 0 : q->isNegative()) {
        problems.push_back(
            {column, positive ? "must be greater than zero" : "must not be negative", line});
        return std::nullopt;
    }
    try {
        q->toScaled(kQuantityScale);
    } catch (const InvalidInput&) {
        problems.push_back({column, "is too large", line});
        return std::nullopt;
    }
    return q;
}
} // namespace

ImportResult ComplianceService::importRestrictions(const Session& s, const std::string& file,
                                                   const std::string& list,
                                                   const std::string& version) {
    require(s, Action::ManageMasterData);
    std::vector<Problem> problems;
    if (list.empty() || list.size() > 32 || !validate::code(list).empty())
        problems.push_back({"list", "must be 2 to 32 characters of A-Z, 0-9 and '-'", 0});
    if (version.empty() || !validate::reference(version).empty() || version.size() > 32)
        problems.push_back({"version", "must be 1 to 32 printable characters", 0});
    if (!problems.empty())
        throw InvalidInput(problems);
    Database& db = database();
    Transaction tx(db);
    Statement exists =
        db.prepare("SELECT 1 FROM restriction_list WHERE name = ?1 AND version = ?2");
    exists.bind(1, list).bind(2, version);
    if (exists.step())
        throw InvalidInput("version", "version " + version + " of list " + list +
                                          " was already imported; lists are versioned, give a new "
                                          "version");
    ImportResult result;
    std::vector<digests::RuleRow> rules;
    // Two rules of one list for the same prefix and countries must not be in force together.
    struct Scope {
        long line;
        Date from;
        std::optional<Date> to;
    };
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<Scope>> scopes;
    readCsv(
        file, {"hs_prefix", "from_country", "to_country", "kind", "source", "valid_from"},
        {"quota", "quota_unit", "period", "valid_to"}, problems,
        [&](const CsvReader& reader, const CsvRecord& record) {
            ++result.rows;
            const long line = record.line;
            const std::size_t before = problems.size();
            auto get = [&](const char* column) { return field(reader, record, column); };
            const std::string hs = get("hs_prefix"), from = get("from_country"),
                              to = get("to_country"), kind = get("kind"), source = get("source");
            std::string quotaText = get("quota"), unit = get("quota_unit"), period = get("period");
            checkScope(hs, from, to, line, problems);
            if (kind != "prohibited" && kind != "quota" && kind != "licence")
                problems.push_back(
                    {"kind", "must be prohibited, quota or licence, not \"" + kind + "\"", line});
            std::optional<Decimal> quota;
            if (kind == "quota") {
                if (quotaText.empty())
                    problems.push_back({"quota", "a quota rule needs its quota", line});
                else
                    quota = storedQuantity(quotaText, "quota", line, false, problems);
                if (std::string why = validate::measure(unit); !why.empty())
                    problems.push_back({"quota_unit", why, line});
                if (std::string why = checkQuotaPeriod(period); !why.empty())
                    problems.push_back({"period", why, line});
            } else if (!quotaText.empty() || !unit.empty() || !period.empty()) {
                problems.push_back(
                    {"quota", "only quota rules have a quota, unit and period", line});
            }
            if (source.empty())
                problems.push_back(
                    {"source", "must name the source (e.g. UNSCR 2397 para 5)", line});
            else if (std::string why = validate::freeText(source); !why.empty())
                problems.push_back({"source", why, line});
            std::optional<Date> validFrom =
                requiredDate(get("valid_from"), "valid_from", line, problems);
            std::optional<Date> validTo;
            if (!get("valid_to").empty()) {
                validTo = requiredDate(get("valid_to"), "valid_to", line, problems);
                if (validFrom && validTo && *validTo < *validFrom)
                    problems.push_back({"valid_to", "must not be before valid_from", line});
            }
            if (problems.size() != before)
                return;
            auto& same = scopes[std::make_tuple(hs, from, to)];
            for (const Scope& other : same)
                if ((!other.to || *validFrom <= *other.to) && (!validTo || other.from <= *validTo))
                    problems.push_back({"hs_prefix",
                                        fmt::format("overlaps line {}: the same prefix and "
                                                    "countries in force at the same time",
                                                    other.line),
                                        line});
            if (problems.size() != before)
                return;
            same.push_back({line, *validFrom, validTo});
            rules.push_back(
                {line, hs, from, to, kind,
                 quota ? std::optional<std::int64_t>(quota->toScaled(kQuantityScale))
                       : std::nullopt,
                 kind == "quota" ? unit : std::string(),
                 kind == "quota" ? (period.empty() ? std::string("year") : period) : std::string(),
                 source, validFrom->toString(), validTo ? validTo->toString() : std::string()});
        });
    if (problems.empty() && rules.empty())
        throw InvalidInput("file", "\"" + file +
                                       "\" holds no rules; a version without rules "
                                       "would lift the whole list");
    if (!problems.empty())
        refuse(std::move(problems), file);
    const std::string digest = digests::ofList(list, version, rules);
    db.prepare("INSERT INTO restriction_list (name, version, imported_at, imported_by, digest) "
               "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, list)
        .bind(2, version)
        .bind(3, now())
        .bind(4, s.userName())
        .bind(5, digest)
        .run();
    const std::int64_t listId = db.lastInsertId();
    Statement insert = db.prepare(R"sql(
        INSERT INTO restriction_rule (list_id, line, hs_prefix, from_country, to_country, kind,
                                      quota, quota_unit, period, source, valid_from, valid_to)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
    auto optionalText = [](const std::string& text) {
        return text.empty() ? std::nullopt : std::optional<std::string>(text);
    };
    for (const digests::RuleRow& r : rules) {
        insert.bind(1, listId).bind(2, static_cast<std::int64_t>(r.line)).bind(3, r.hsPrefix);
        insert.bind(4, r.fromCountry).bind(5, r.toCountry).bind(6, r.kind).bind(7, r.quota);
        insert.bind(8, optionalText(r.quotaUnit)).bind(9, r.period).bind(10, r.source);
        insert.bind(11, r.validFrom).bind(12, optionalText(r.validTo));
        insert.run();
        ++result.created;
    }
    audit(s, "import", "restrictions",
          fmt::format("{}: list {} version {}, {} rules, digest {}", file, list, version,
                      result.created, digest));
    tx.commit();
    return result;
}

ImportResult ComplianceService::importExemptions(const Session& s, const std::string& file) {
    require(s, Action::ManageMasterData);
    Database& db = database();
    Transaction tx(db);
    std::vector<Problem> problems;
    std::map<std::string, long> seen;
    Statement insert = db.prepare(R"sql(
        INSERT INTO exemption (reference, hs_prefix, from_country, to_country, agreement_id,
                               valid_from, valid_to, quantity, unit, source, digest)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
    ImportResult result;
    readCsv(file,
            {"reference", "hs_prefix", "from_country", "to_country", "valid_from", "valid_to",
             "source"},
            {"quantity", "unit", "agreement"}, problems,
            [&](const CsvReader& reader, const CsvRecord& record) {
                ++result.rows;
                const long line = record.line;
                const std::size_t before = problems.size();
                auto get = [&](const char* column) { return field(reader, record, column); };
                const std::string reference = get("reference"), hs = get("hs_prefix"),
                                  from = get("from_country"), to = get("to_country"),
                                  source = get("source"), unit = get("unit"),
                                  agreementCode = get("agreement");
                if (std::string why = validate::reference(reference); !why.empty())
                    problems.push_back({"reference", why, line});
                else if (auto [it, fresh] = seen.emplace(reference, line); !fresh)
                    problems.push_back({"reference",
                                        fmt::format("\"{}\" is repeated (first on line {})",
                                                    reference, it->second),
                                        line});
                else {
                    Statement& taken = db.cached("SELECT 1 FROM exemption WHERE reference = ?1");
                    taken.bind(1, reference);
                    if (taken.step())
                        problems.push_back(
                            {"reference", "exemption \"" + reference + "\" already exists", line});
                    taken.reset();
                }
                checkScope(hs, from, to, line, problems);
                std::optional<std::int64_t> agreementId;
                if (!agreementCode.empty()) {
                    Statement& a = db.cached("SELECT id FROM agreement WHERE code = ?1");
                    a.bind(1, agreementCode);
                    if (a.step())
                        agreementId = a.getInt(0);
                    else
                        problems.push_back(
                            {"agreement", "no agreement \"" + agreementCode + "\"", line});
                    a.reset();
                }
                std::optional<Date> validFrom =
                    requiredDate(get("valid_from"), "valid_from", line, problems);
                std::optional<Date> validTo =
                    requiredDate(get("valid_to"), "valid_to", line, problems);
                if (validFrom && validTo && *validTo < *validFrom)
                    problems.push_back({"valid_to", "must not be before valid_from", line});
                std::optional<Decimal> quantity;
                if (!get("quantity").empty()) {
                    quantity = storedQuantity(get("quantity"), "quantity", line, true, problems);
                    if (std::string why = validate::measure(unit); !why.empty())
                        problems.push_back({"unit", why, line});
                } else if (!unit.empty()) {
                    problems.push_back({"unit", "a unit belongs to a quantity", line});
                }
                if (source.empty())
                    problems.push_back({"source", "must name the licence or decision", line});
                else if (std::string why = validate::freeText(source); !why.empty())
                    problems.push_back({"source", why, line});
                if (problems.size() != before)
                    return;
                const digests::ExemptionRow row{
                    reference,
                    hs,
                    from,
                    to,
                    agreementId,
                    validFrom->toString(),
                    validTo->toString(),
                    quantity ? std::optional<std::int64_t>(quantity->toScaled(kQuantityScale))
                             : std::nullopt,
                    quantity ? unit : std::string(),
                    source};
                insert.bind(1, reference).bind(2, hs).bind(3, from).bind(4, to);
                insert.bind(5, agreementId).bind(6, row.validFrom).bind(7, row.validTo);
                insert.bind(8, row.quantity);
                insert.bind(9, quantity ? std::optional<std::string>(unit) : std::nullopt);
                insert.bind(10, source).bind(11, digests::ofExemption(row)).run();
                ++result.created;
            });
    if (!problems.empty())
        refuse(std::move(problems), file);
    audit(s, "import", "exemptions", fmt::format("{}: {} exemptions", file, result.created));
    tx.commit();
    return result;
}

} // namespace barter

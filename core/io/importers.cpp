// Book: imports of goods, prices and deliveries (DESIGN.md §7). Each import is one
// transaction: every bad row is listed as FILE:LINE: column: reason, and nothing is written
// unless every row is good.
#include "../book/book.h"
#include "../book/permissions.h"
#include "../book/posting.h"
#include "../compliance/digests.h"
#include "../domain/validate.h"
#include "../storage/schema.h"
#include "csv_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <unordered_map>

namespace barter {

namespace {

// Reads every record of `file`, calling `row` for each; malformed records become problems.
// Returns the problems with the header (which stop the import) or of the CSV syntax.
void readCsv(const std::string& file, const std::vector<std::string>& required,
             const std::vector<std::string>& optional, std::vector<Problem>& problems,
             const std::function<void(const CsvReader&, const CsvRecord&)>& row) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InvalidInput("file", "cannot read \"" + file + "\"");
    CsvReader reader(in, file);
    reader.header();
    problems = reader.checkColumns(required, optional);
    if (!problems.empty())
        return;
    CsvRecord record;
    for (;;) {
        try {
            if (!reader.next(record))
                break;
        } catch (const InvalidInput& e) {
            problems.insert(problems.end(), e.problems().begin(), e.problems().end());
            continue; // a syntax error leaves the reader at the end, so this ends the loop
        }
        row(reader, record);
    }
}

std::string field(const CsvReader& reader, const CsvRecord& record, std::string_view column) {
    std::optional<std::size_t> index = reader.column(column);
    return index ? record.fields[*index] : std::string();
}

void addAt(std::vector<Problem>& problems, const InvalidInput& e, long line) {
    for (const Problem& p : e.problems())
        problems.push_back({p.field, p.message, line});
}

[[noreturn]] void refuse(std::vector<Problem> problems, const std::string& file) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    throw InvalidInput(std::move(problems), file);
}

std::string baseName(const std::string& file) {
    return std::filesystem::path(file).filename().string();
}

} // namespace

ImportResult Book::importGoods(const Session& s, const std::string& file) {
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

ImportResult Book::importPrices(const Session& s, const std::string& file,
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

ImportResult Book::importRestrictions(const Session& s, const std::string& file,
                                      const std::string& list, const std::string& version) {
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

ImportResult Book::importExemptions(const Session& s, const std::string& file) {
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

namespace {

// The rows of a delivery file, kept compact: the text of every field in one arena (reserved to
// the file's size when known), addressed by offsets. A million rows cost about 100 MB, not a
// million drafts. Views into the arena are taken only once every row has been read.
class DeliveryRows {
public:
    enum Field { Date, Reference, Shipper, Good, Quantity, UnitPrice, Value, Memo, FieldCount };
    static constexpr std::array<const char*, FieldCount> kNames = {
        "date", "reference", "shipper", "good", "quantity", "unit_price", "value", "memo"};

    explicit DeliveryRows(std::uintmax_t fileBytes) {
        if (fileBytes >= std::numeric_limits<std::uint32_t>::max())
            throw InvalidInput("file", "an import file must be smaller than 4 GiB");
        m_arena.reserve(static_cast<std::size_t>(fileBytes) + 1);
    }
    void add(const CsvReader& reader, const CsvRecord& record) {
        Row row;
        row.line = record.line;
        for (std::size_t f = 0; f < FieldCount; ++f) {
            row.start[f] = static_cast<std::uint32_t>(m_arena.size());
            if (std::optional<std::size_t> column = reader.column(kNames[f]))
                m_arena += record.fields[*column];
        }
        if (m_arena.size() >= std::numeric_limits<std::uint32_t>::max())
            throw InvalidInput("file", "an import file must hold less than 4 GiB of text");
        row.start[FieldCount] = static_cast<std::uint32_t>(m_arena.size());
        m_rows.push_back(row);
    }
    std::string_view field(std::size_t row, Field f) const {
        const Row& r = m_rows[row];
        return std::string_view(m_arena).substr(r.start[f], r.start[f + 1] - r.start[f]);
    }
    std::string text(std::size_t row, Field f) const { return std::string(field(row, f)); }
    long line(std::size_t row) const { return m_rows[row].line; }
    std::size_t size() const { return m_rows.size(); }

private:
    struct Row {
        long line = 0;
        std::array<std::uint32_t, FieldCount + 1> start{};
    };
    std::string m_arena;
    std::vector<Row> m_rows;
};

// The rows sharing one reference: an exchange to post.
struct RowGroup {
    int day = std::numeric_limits<int>::max(); // invalid dates sort last
    std::uint32_t first = 0;                   // index into the ordered member list
    std::uint32_t count = 0;
};

// A server connection's bulk appends for one import, turned off however it ends.
class BulkAppends {
public:
    explicit BulkAppends(Database& db) : m_db(db) { m_db.setBulkAppends(true); }
    ~BulkAppends() { m_db.setBulkAppends(false); }
    BulkAppends(const BulkAppends&) = delete;
    BulkAppends& operator=(const BulkAppends&) = delete;

private:
    Database& m_db;
};

// A larger page cache for one bulk load, given back afterwards.
class CacheSizeGuard {
public:
    // (A server sizes its own caches: nothing to do there.)
    CacheSizeGuard(Database& db, std::int64_t kibibytes)
        : m_db(db), m_previous(db.isServer() ? 0 : db.queryInt("PRAGMA cache_size")) {
        if (!db.isServer())
            m_db.exec("PRAGMA cache_size = " + std::to_string(-kibibytes));
    }
    ~CacheSizeGuard() {
        if (m_db.isServer())
            return;
        try {
            m_db.exec("PRAGMA cache_size = " + std::to_string(m_previous));
        } catch (...) {
        }
    }
    CacheSizeGuard(const CacheSizeGuard&) = delete;
    CacheSizeGuard& operator=(const CacheSizeGuard&) = delete;

private:
    Database& m_db;
    std::int64_t m_previous;
};

// The exchanges of a delivery file: rows grouped by reference (in file order, one date per
// group), ordered by date so that sequence numbers follow the calendar.
struct ImportPlan {
    std::vector<RowGroup> groups;
    std::vector<std::uint32_t> members; // row indexes, each group's contiguous
    std::vector<std::uint32_t> order;   // group indexes in posting order
};

ImportPlan planExchanges(const DeliveryRows& rows, std::vector<Problem>& problems) {
    ImportPlan plan;
    std::vector<RowGroup>& groups = plan.groups;
    std::vector<std::uint32_t>& members = plan.members;
    // Group rows by reference in file order; a group must share one date.
    std::unordered_map<std::string_view, std::uint32_t> byReference;
    byReference.reserve(rows.size());
    std::vector<std::uint32_t> groupOf(rows.size(), std::numeric_limits<std::uint32_t>::max());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto [it, fresh] = byReference.emplace(rows.field(r, DeliveryRows::Reference),
                                               static_cast<std::uint32_t>(groups.size()));
        if (fresh) {
            RowGroup g;
            if (std::optional<Date> d = Date::parse(rows.field(r, DeliveryRows::Date)))
                g.day = d->days();
            g.first = static_cast<std::uint32_t>(r); // the first row, until members are laid out
            groups.push_back(g);
        } else {
            const std::size_t first = groups[it->second].first;
            if (rows.field(r, DeliveryRows::Date) != rows.field(first, DeliveryRows::Date)) {
                problems.push_back(
                    {"date",
                     fmt::format("{} differs from line {}, which has the same reference "
                                 "\"{}\" ({})",
                                 rows.field(r, DeliveryRows::Date), rows.line(first),
                                 rows.field(r, DeliveryRows::Reference),
                                 rows.field(first, DeliveryRows::Date)),
                     rows.line(r)});
                continue;
            }
        }
        groupOf[r] = it->second;
        ++groups[it->second].count;
    }
    // Lay out each group's rows contiguously, in file order.
    members.resize(rows.size());
    {
        std::uint32_t next = 0;
        for (RowGroup& g : groups) {
            g.first = next;
            next += g.count;
            g.count = 0;
        }
        for (std::size_t r = 0; r < rows.size(); ++r)
            if (groupOf[r] != std::numeric_limits<std::uint32_t>::max()) {
                RowGroup& g = groups[groupOf[r]];
                members[g.first + g.count++] = static_cast<std::uint32_t>(r);
            }
    }
    // Post in date order (file order within a day), so sequence numbers follow the calendar.
    plan.order.resize(groups.size());
    for (std::uint32_t i = 0; i < plan.order.size(); ++i)
        plan.order[i] = i;
    std::stable_sort(plan.order.begin(), plan.order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return groups[a].day < groups[b].day;
    });
    return plan;
}

// A `value` given in the file must equal the value the book computes.
void checkGivenValues(const DeliveryRows& rows, const ImportPlan& plan, const RowGroup& group,
                      const Exchange& valued, const reports::AgreementInfo& info,
                      std::vector<Problem>& problems) {
    for (std::uint32_t k = 0; k < group.count; ++k) {
        const std::uint32_t r = plan.members[group.first + k];
        std::string_view text = rows.field(r, DeliveryRows::Value);
        if (text.empty())
            continue;
        const DeliveryLine& line = valued.lines[k];
        std::string why;
        std::optional<Decimal> given = Decimal::parse(text, info.digits, &why);
        if (!given)
            problems.push_back({"value", why, rows.line(r)});
        else if (*given != line.value)
            problems.push_back({"value",
                                fmt::format("{} given, but {} × {} = {} {}", text,
                                            rows.field(r, DeliveryRows::Quantity),
                                            line.unitPrice.trimmed(info.digits).toString(),
                                            line.value.toString(), info.unit),
                                rows.line(r)});
    }
}

// Below this many rows, maintaining the indexes row by row beats rebuilding them.
constexpr std::size_t kBulkRows = 10000;

} // namespace

ImportResult Book::importDeliveries(const Session& s, const std::string& file,
                                    const std::string& agreement) {
    require(s, Action::EnterExchange);
    // An import posts directly; letting a clerk import would bypass the manager's approval.
    if (needsApproval(s))
        throw PermissionDenied("permission denied: " + s.userName() + " (" + toString(s.role()) +
                               ") may not import deliveries while entries need approval; a "
                               "manager imports them, or enter them one by one for approval");
    if (agreement.empty())
        throw InvalidInput("agreement",
                           "importing deliveries needs an agreement (--agreement CODE)");
    const reports::AgreementInfo info = reports::agreementInfo(database(), agreement);
    ImportResult result;
    std::vector<Problem> problems;
    std::error_code ec;
    const std::uintmax_t bytes = std::filesystem::file_size(file, ec);
    DeliveryRows rows(ec ? 0 : bytes);

    readCsv(file, {"date", "reference", "shipper", "good", "quantity"},
            {"unit_price", "value", "memo"}, problems,
            [&](const CsvReader& reader, const CsvRecord& record) {
                if (++result.rows % 16384 == 0)
                    reportProgress(0, 0);
                rows.add(reader, record);
            });

    const ImportPlan plan = planExchanges(rows, problems);
    Transaction tx(database());
    // A file book drops and rebuilds its derived indexes around a bulk load; on a server only
    // the owner could, and nobody logs in as the owner.
    const bool bulk = !database().isServer() && rows.size() >= kBulkRows &&
                      static_cast<std::int64_t>(rows.size()) >=
                          database().queryInt("SELECT coalesce(max(seq), 0) FROM exchange");
    std::optional<CacheSizeGuard> cache;
    Poster poster(database());
    if (bulk) {
        cache.emplace(database(), 64 * 1024);
        schema::suspendLineDerived(database());
        poster.trackReferencesInMemory(info.id);
    }
    // On a server the exchanges, lines and verdicts go through COPY in batches (the unique
    // index still checks references, behind the set kept in memory).
    std::optional<BulkAppends> appends;
    if (database().isServer()) {
        appends.emplace(database());
        poster.trackReferencesInMemory(info.id);
    }
    const std::string postedAt = now();
    const std::string reason = "price stated in import file " + baseName(file);
    ExchangeDraft d;
    PreparedExchange prepared;
    const auto groups = static_cast<std::int64_t>(plan.order.size());
    std::int64_t done = 0;
    for (std::uint32_t gi : plan.order) {
        if (done++ % 512 == 0)
            reportProgress(done - 1, groups);
        const RowGroup& g = plan.groups[gi];
        const std::uint32_t head = plan.members[g.first];
        d.agreement = agreement;
        d.date = rows.text(head, DeliveryRows::Date);
        d.reference = rows.text(head, DeliveryRows::Reference);
        d.memo.clear();
        d.sourceLine = rows.line(head);
        d.priceReason = reason;
        d.lines.clear();
        for (std::uint32_t k = 0; k < g.count; ++k) {
            const std::uint32_t r = plan.members[g.first + k];
            std::string_view memo = rows.field(r, DeliveryRows::Memo);
            if (!memo.empty() && d.memo.find(memo) == std::string::npos)
                d.memo += (d.memo.empty() ? "" : "; ") + std::string(memo);
            d.lines.push_back({rows.text(r, DeliveryRows::Shipper),
                               rows.text(r, DeliveryRows::Good),
                               rows.text(r, DeliveryRows::Quantity),
                               rows.text(r, DeliveryRows::UnitPrice), rows.line(r)});
        }
        const std::size_t before = problems.size();
        poster.prepare(d, prepared, problems);
        if (problems.size() != before)
            continue;
        checkGivenValues(rows, plan, g, prepared.exchange, info, problems);
        if (problems.size() != before)
            continue;
        poster.checkSwing(prepared, {}, problems, result.warnings, d.sourceLine);
        if (problems.size() != before)
            continue;
        poster.write(prepared, s.userName(), postedAt);
        ++result.created;
        result.lines += static_cast<std::int64_t>(prepared.exchange.lines.size());
    }
    if (!problems.empty())
        refuse(std::move(problems), file);
    reportProgress(groups, groups);
    if (bulk)
        schema::restoreLineDerived(database(), {info.id});
    audit(s, "import", "deliveries",
          fmt::format("{} into {}: {} exchanges, {} lines", file, agreement, result.created,
                      result.lines));
    tx.commit();
    return result;
}

} // namespace barter

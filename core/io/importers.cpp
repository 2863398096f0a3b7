// Book: imports of goods, prices and deliveries (DESIGN.md §7). Each import is one
// transaction: every bad row is listed as FILE:LINE: column: reason, and nothing is written
// unless every row is good.
#include "../book/book.h"
#include "../book/permissions.h"
#include "../book/posting.h"
#include "csv_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
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
        throw InvalidInput(std::vector<Problem>{{"file", "cannot read \"" + file + "\"", 0}}, file);
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
        throw InvalidInput("agreement", "importing prices needs --agreement CODE");
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
struct DeliveryRow {
    DeliveryLineDraft line;
    std::string value; // as given, empty when absent
};
struct PendingExchange {
    ExchangeDraft draft;
    std::vector<std::string> values; // per line, as given
    std::optional<Date> date;
};
} // namespace

ImportResult Book::importDeliveries(const Session& s, const std::string& file,
                                    const std::string& agreement) {
    require(s, Action::EnterExchange);
    if (agreement.empty())
        throw InvalidInput("agreement", "importing deliveries needs --agreement CODE");
    const reports::AgreementInfo info = reports::agreementInfo(database(), agreement);
    ImportResult result;
    std::vector<Problem> problems;
    std::vector<PendingExchange> exchanges;
    std::unordered_map<std::string, std::size_t> byReference;
    const std::string reason = "price stated in import file " + baseName(file);

    readCsv(file, {"date", "reference", "shipper", "good", "quantity"},
            {"unit_price", "value", "memo"}, problems,
            [&](const CsvReader& reader, const CsvRecord& record) {
                ++result.rows;
                std::string reference = field(reader, record, "reference");
                std::string date = field(reader, record, "date");
                std::string memo = field(reader, record, "memo");
                auto [it, fresh] = byReference.emplace(reference, exchanges.size());
                if (fresh) {
                    PendingExchange p;
                    p.draft.agreement = agreement;
                    p.draft.date = date;
                    p.draft.reference = reference;
                    p.draft.memo = memo;
                    p.draft.sourceLine = record.line;
                    p.draft.priceReason = reason;
                    p.date = Date::parse(date);
                    exchanges.push_back(std::move(p));
                }
                PendingExchange& p = exchanges[it->second];
                if (!fresh && date != p.draft.date) {
                    problems.push_back(
                        {"date",
                         fmt::format("{} differs from line {}, which has the same reference "
                                     "\"{}\" ({})",
                                     date, p.draft.sourceLine, reference, p.draft.date),
                         record.line});
                    return;
                }
                if (!fresh && !memo.empty() && memo != p.draft.memo)
                    p.draft.memo = p.draft.memo.empty() ? memo : p.draft.memo + "; " + memo;
                p.draft.lines.push_back({field(reader, record, "shipper"),
                                         field(reader, record, "good"),
                                         field(reader, record, "quantity"),
                                         field(reader, record, "unit_price"), record.line});
                p.values.push_back(field(reader, record, "value"));
            });
    if (!problems.empty() && exchanges.empty())
        refuse(std::move(problems), file);

    // Post in date order (file order within a day), so sequence numbers follow the calendar.
    std::stable_sort(exchanges.begin(), exchanges.end(),
                     [](const PendingExchange& a, const PendingExchange& b) {
                         return a.date.value_or(Date::max()) < b.date.value_or(Date::max());
                     });
    Transaction tx(database());
    Poster poster(database());
    const std::string postedAt = now();
    std::vector<std::string> warnings;
    for (PendingExchange& p : exchanges) {
        PreparedExchange prepared;
        const std::size_t before = problems.size();
        poster.prepare(p.draft, prepared, problems);
        if (problems.size() != before)
            continue;
        for (std::size_t i = 0; i < p.values.size(); ++i) {
            if (p.values[i].empty())
                continue;
            const DeliveryLine& line = prepared.exchange.lines[i];
            std::string why;
            std::optional<Decimal> given = Decimal::parse(p.values[i], info.digits, &why);
            if (!given)
                problems.push_back({"value", why, p.draft.lines[i].sourceLine});
            else if (*given != line.value)
                problems.push_back({"value",
                                    fmt::format("{} given, but {} × {} = {} {}", p.values[i],
                                                p.draft.lines[i].quantity,
                                                line.unitPrice.trimmed(info.digits).toString(),
                                                line.value.toString(), info.unit),
                                    p.draft.lines[i].sourceLine});
        }
        if (problems.size() != before)
            continue;
        poster.checkSwing(prepared, {}, problems, warnings, p.draft.sourceLine);
        if (problems.size() != before)
            continue;
        poster.write(prepared, s.userName(), postedAt);
        ++result.created;
        result.lines += static_cast<std::int64_t>(prepared.exchange.lines.size());
    }
    if (!problems.empty())
        refuse(std::move(problems), file);
    audit(s, "import", "deliveries",
          fmt::format("{} into {}: {} exchanges, {} lines", file, agreement, result.created,
                      result.lines));
    tx.commit();
    return result;
}

} // namespace barter

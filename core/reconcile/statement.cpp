// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "../audit/chain.h"
#include "../domain/validate.h"
#include "../io/csv_reader.h"

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

namespace barter::reconcile {

namespace {

std::string readAll(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InvalidInput("file", "cannot read \"" + file + "\"");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        throw InvalidInput("file", "cannot read \"" + file + "\"");
    return bytes;
}

// Calls `row` for each record; problems of the CSV syntax and the header are collected.
void eachRecord(CsvReader& reader, const std::vector<std::string>& required,
                const std::vector<std::string>& optional, std::vector<Problem>& problems,
                const std::function<void(const CsvRecord&)>& row) {
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
            continue; // a syntax error leaves the reader at its end
        }
        row(record);
    }
}

std::string cell(const CsvReader& reader, const CsvRecord& record, std::string_view column) {
    const std::optional<std::size_t> index = reader.column(column);
    return index ? record.fields[*index] : std::string();
}

std::string mapped(const std::map<std::string, std::string, std::less<>>& map,
                   const std::string& code) {
    auto it = map.find(code);
    return it == map.end() ? code : it->second;
}

} // namespace

Mapping mappingFromRows(const std::vector<MappingRow>& rows, const std::string& source) {
    Mapping mapping;
    std::vector<Problem> problems;
    std::string canonical = "kind,theirs,ours\n";
    for (const MappingRow& r : rows) {
        auto* map = r.kind == "party"  ? &mapping.parties
                    : r.kind == "good" ? &mapping.goods
                                       : nullptr;
        if (map == nullptr)
            problems.push_back({"kind", "\"" + r.kind + "\" is neither party nor good", r.line});
        else if (r.theirs.empty())
            problems.push_back({"theirs", "is empty", r.line});
        else if (r.ours.empty())
            problems.push_back({"ours", "is empty", r.line});
        else if (!map->emplace(r.theirs, r.ours).second)
            problems.push_back({"theirs", "\"" + r.theirs + "\" is mapped twice", r.line});
        canonical += r.kind + ',' + r.theirs + ',' + r.ours + '\n';
    }
    if (!problems.empty())
        throw InvalidInput(std::move(problems), source);
    if (!rows.empty())
        mapping.sha256 = toHex(chain::sha256(canonical));
    return mapping;
}

Mapping readMapping(const std::string& file) {
    std::istringstream in(readAll(file));
    CsvReader reader(in, file);
    std::vector<MappingRow> rows;
    std::vector<Problem> problems;
    eachRecord(reader, {"kind", "theirs", "ours"}, {}, problems, [&](const CsvRecord& r) {
        rows.push_back(
            {cell(reader, r, "kind"), cell(reader, r, "theirs"), cell(reader, r, "ours"), r.line});
    });
    if (!problems.empty())
        throw InvalidInput(std::move(problems), file);
    return mappingFromRows(rows, file);
}

UnknownCodes unknownCodes(const std::string& file, const Mapping& mapping,
                          const StatementContext& c) {
    std::istringstream in(readAll(file));
    CsvReader reader(in, file);
    std::vector<Problem> problems;
    UnknownCodes unknown;
    std::set<std::string, std::less<>> seenParties, seenGoods;
    // Every column may be there; only these two are read.
    eachRecord(reader, {"shipper", "good"},
               {"date", "reference", "quantity", "unit_price", "value", "memo"}, problems,
               [&](const CsvRecord& r) {
                   const std::string shipper = cell(reader, r, "shipper");
                   const std::string ours = mapped(mapping.parties, shipper);
                   if (ours != c.partyA && ours != c.partyB && seenParties.insert(shipper).second)
                       unknown.parties.push_back(shipper);
                   const std::string good = cell(reader, r, "good");
                   if (!c.goodExists(mapped(mapping.goods, good)) && seenGoods.insert(good).second)
                       unknown.goods.push_back(good);
               });
    return unknown;
}

Statement readStatement(const std::string& file, const Mapping& mapping,
                        const StatementContext& c) {
    const std::string bytes = readAll(file);
    Statement statement;
    statement.sha256 = toHex(chain::sha256(bytes));
    std::istringstream in(bytes);
    CsvReader reader(in, file);
    std::vector<Problem> problems;
    eachRecord(
        reader, {"date", "reference", "shipper", "good", "quantity"},
        {"unit_price", "value", "memo"}, problems, [&](const CsvRecord& r) {
            ++statement.rows;
            const std::size_t before = problems.size();
            auto problem = [&](const char* column, std::string message) {
                problems.push_back({column, std::move(message), r.line});
            };
            Line line;
            line.line = r.line;
            const std::string dateText = cell(reader, r, "date");
            const std::optional<Date> date = Date::parse(dateText);
            if (!date)
                problem("date", "\"" + dateText + "\" is not a date (YYYY-MM-DD)");
            line.reference = cell(reader, r, "reference");
            if (std::string why = validate::reference(line.reference); !why.empty())
                problem("reference", why);
            const std::string theirShipper = cell(reader, r, "shipper");
            line.shipper = mapped(mapping.parties, theirShipper);
            if (line.shipper == c.partyA)
                line.side = Side::A;
            else if (line.shipper == c.partyB)
                line.side = Side::B;
            else
                problem("shipper", "\"" + theirShipper + "\" is not a party of the agreement (" +
                                       c.partyA + ", " + c.partyB + "); map it with --map");
            const std::string theirGood = cell(reader, r, "good");
            line.good = mapped(mapping.goods, theirGood);
            if (!c.goodExists(line.good))
                problem("good", "no good \"" + theirGood + "\" in this book; map it with --map");
            std::string why;
            const std::optional<Decimal> quantity =
                Decimal::parse(cell(reader, r, "quantity"), kQuantityScale, &why);
            if (!quantity)
                problem("quantity", why);
            else if (quantity->isZero())
                problem("quantity", "must not be zero");
            const std::string priceText = cell(reader, r, "unit_price");
            std::optional<Decimal> price;
            if (!priceText.empty()) {
                price = Decimal::parse(priceText, kPriceScale, &why);
                if (!price)
                    problem("unit_price", why);
                else if (price->isNegative())
                    problem("unit_price", "must not be negative");
            }
            const std::string valueText = cell(reader, r, "value");
            std::optional<Decimal> value;
            if (!valueText.empty() && !(value = Decimal::parse(valueText, c.digits, &why)))
                problem("value", why);
            if (problems.size() != before)
                return;
            line.date = *date;
            if ((c.from && line.date < *c.from) || line.date > c.through) {
                ++statement.outside;
                return;
            }
            try {
                line.quantity = quantity->rescaled(kQuantityScale);
                if (value) {
                    line.value = value->rescaled(c.digits);
                } else {
                    if (!price)
                        price = c.listPrice(line.good, line.date);
                    if (!price) {
                        problem("unit_price", "no price of " + line.good + " on " +
                                                  line.date.toString() +
                                                  " in our price list; give unit_price or value");
                        return;
                    }
                    line.value = Decimal::multiply(*quantity, *price, c.digits);
                }
                line.value.toScaled(c.digits); // fits the book's 64-bit storage
                if (line.value.sign() != 0 && line.value.sign() != line.quantity.sign()) {
                    problem("value", "has the opposite sign of the quantity");
                    return;
                }
                line.quantity.toScaled(kQuantityScale);
            } catch (const std::exception&) {
                problem(value ? "value" : "quantity", "is too large");
                return;
            }
            statement.lines.push_back(std::move(line));
        });
    if (!problems.empty())
        throw InvalidInput(std::move(problems), file);
    return statement;
}

} // namespace barter::reconcile

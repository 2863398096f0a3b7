// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "error.h"
#include "io/csv_writer.h"
#include "json_writer.h"
#include "text_table.h"

#include <sstream>

namespace barter::cli {

std::string plain(const Decimal& value, int digits) {
    return value.rounded(digits).toString(digits);
}

std::string priceText(const Decimal& price, int minDigits) {
    return price.trimmed(minDigits).toString();
}

std::string amount(const Decimal& value, int digits, const std::string& unit) {
    return value.rounded(digits).rescaled(digits).toGroupedString() + " " + unit;
}

DeliveryLineDraft parseLineOption(const std::string& text, std::size_t index, bool allowPrice) {
    const std::string field = "line " + std::to_string(index);
    const char* shape = allowPrice ? "SHIPPER GOOD QTY[@PRICE]" : "SHIPPER GOOD QTY";
    std::istringstream in(text);
    std::vector<std::string> words;
    for (std::string w; in >> w;)
        words.push_back(w);
    if (words.size() != 3)
        throw InvalidInput(field, "expected \"" + std::string(shape) + "\", got \"" + text + "\"");
    DeliveryLineDraft line{words[0], words[1], words[2], {}, 0};
    if (auto at = words[2].find('@'); at != std::string::npos) {
        if (!allowPrice)
            throw InvalidInput(field, "a price has no place here: expected \"" +
                                          std::string(shape) + "\"");
        line.quantity = words[2].substr(0, at);
        line.unitPrice = words[2].substr(at + 1);
        if (line.unitPrice.empty())
            throw InvalidInput(field, "a price must follow '@'");
    }
    return line;
}

std::optional<Date> dateOption(const Arguments& args, const std::string& name) {
    auto text = args.option(name);
    if (!text)
        return std::nullopt;
    auto date = Date::parse(*text);
    if (!date)
        throw InvalidInput(name, "\"" + *text + "\" is not a date (YYYY-MM-DD)");
    return date;
}

std::int64_t positiveNumber(const std::string& text, const std::string& field, const char* what) {
    const std::optional<Decimal> number = Decimal::parse(text, 0);
    if (!number || number->sign() <= 0)
        throw InvalidInput(field, "\"" + text + "\" is not " + what);
    try {
        return number->toScaled(0);
    } catch (const InvalidInput&) {
        throw InvalidInput(field, "\"" + text + "\" is not " + what);
    }
}

void printTableOrCsv(const Context& ctx, const Rows& rows) {
    std::ostream& out = ctx.out();
    if (ctx.format() == Format::Csv) {
        writeCsvRow(out, rows.keys);
        for (const auto& row : rows.cells)
            writeCsvRow(out, row);
        return;
    }
    if (ctx.format() == Format::Json) {
        JsonWriter json(out);
        json.beginArray();
        for (const auto& row : rows.cells) {
            json.beginObject();
            for (std::size_t i = 0; i < rows.keys.size(); ++i)
                json.field(rows.keys[i], row[i]);
            json.endObject();
        }
        json.endArray();
        return;
    }
    if (rows.cells.empty() && !rows.emptyText.empty()) {
        out << rows.emptyText << '\n';
        return;
    }
    TextTable table;
    for (std::size_t i = 0; i < rows.titles.size(); ++i)
        table.addColumn(rows.titles[i], rows.numeric[i] ? Align::Right : Align::Left);
    for (const auto& row : rows.cells)
        table.addRow(row);
    table.print(out);
}

} // namespace barter::cli

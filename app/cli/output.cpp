#include "output.h"

#include "error.h"
#include "io/csv_writer.h"
#include "json_writer.h"
#include "text_table.h"

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

std::optional<Date> dateOption(const Arguments& args, const std::string& name) {
    auto text = args.option(name);
    if (!text)
        return std::nullopt;
    auto date = Date::parse(*text);
    if (!date)
        throw InvalidInput(name, "\"" + *text + "\" is not a date (YYYY-MM-DD)");
    return date;
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

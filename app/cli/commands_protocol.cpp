// SPDX-License-Identifier: GPL-3.0-or-later
// Trade protocols (DESIGN.md §11): protocol import, list, show and fulfilment.
#include "commands.h"
#include "json_writer.h"
#include "output.h"

#include "error.h"

namespace barter::cli {

namespace {
std::string periodText(const Protocol& p) {
    return p.from.toString() + ".." + p.through.toString();
}

std::optional<std::string> optionalPlain(const std::optional<Decimal>& d, int digits) {
    return d ? std::optional<std::string>(plain(*d, digits)) : std::nullopt;
}

// The version's figures; with `lineCount`, how many lines it has (show gives the lines instead).
void writeHead(JsonWriter& json, const Protocol& p, bool lineCount = true) {
    json.field("agreement", p.agreement)
        .field("protocol", p.name)
        .field("version", static_cast<std::int64_t>(p.version))
        .field("from", p.from.toString())
        .field("through", p.through.toString())
        .field("strict", p.strict);
    if (lineCount)
        json.field("lines", static_cast<std::int64_t>(p.lines.size()));
    json.field("in_force", p.inForce)
        .field("imported_at", p.importedAt)
        .field("imported_by", p.importedBy)
        .field("digest", p.digest);
}

int importProtocol(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"name", "from", "through", "strict"}, 4);
    const std::string agreement = a.word(2, "agreement code");
    const std::string file = a.word(3, "file to import");
    const Protocol p = ctx.book().protocols().importProtocol(
        ctx.session(), agreement, file, a.required("name"), a.required("from"),
        a.required("through"), a.has("strict"));
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginObject();
        writeHead(json, p);
        json.endObject();
        return 0;
    }
    ctx.out() << "Imported protocol " << p.name << " version " << p.version << " of " << p.agreement
              << ": " << p.lines.size() << (p.lines.size() == 1 ? " line" : " lines") << ", "
              << periodText(p) << (p.strict ? ", strict" : "") << '\n'
              << "Digest: " << p.digest << '\n';
    return 0;
}

int listProtocols(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({}, 3);
    const std::string agreement = a.positional().size() > 2 ? a.positional()[2] : "";
    const std::vector<Protocol> all = ctx.book().protocols().list(ctx.session(), agreement);
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginArray();
        for (const Protocol& p : all) {
            json.beginObject();
            writeHead(json, p);
            json.endObject();
        }
        json.endArray();
        return 0;
    }
    Rows rows{{"agreement", "protocol", "version", "period", "strict", "lines", "in force",
               "imported", "by"},
              {"agreement", "protocol", "version", "period", "strict", "lines", "in_force",
               "imported_at", "imported_by"},
              {false, false, true, false, false, true, false, false, false},
              {}};
    rows.emptyText = "No protocols. Import one with 'barter protocol import AGREEMENT FILE "
                     "--name N --from D --through D'.";
    for (const Protocol& p : all)
        rows.cells.push_back({p.agreement, p.name, std::to_string(p.version), periodText(p),
                              p.strict ? "yes" : "no", std::to_string(p.lines.size()),
                              p.inForce ? "yes" : "no", p.importedAt, p.importedBy});
    printTableOrCsv(ctx, rows);
    return 0;
}

int showProtocol(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"version"}, 4);
    const std::string agreement = a.word(2, "agreement code");
    const std::string name = a.word(3, "protocol name");
    std::optional<int> version;
    if (auto v = a.option("version"))
        version = static_cast<int>(positiveNumber(*v, "version", "a version number"));
    const Protocol p = ctx.book().protocols().show(ctx.session(), agreement, name, version);
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginObject();
        writeHead(json, p, false);
        json.key("lines").beginArray();
        for (const ProtocolLine& l : p.lines)
            json.beginObject()
                .field("line", static_cast<std::int64_t>(l.line))
                .field("shipper", l.shipperCode)
                .field("good", l.good)
                .field("unit", l.measure)
                .field("planned_quantity", plain(l.plannedQuantity, l.decimals))
                .field("planned_value", optionalPlain(l.plannedValue, p.digits))
                .endObject();
        json.endArray();
        json.endObject();
        return 0;
    }
    const bool table = ctx.format() == Format::Table;
    if (table)
        ctx.out() << "Protocol " << p.name << " of " << p.agreement << ", version " << p.version
                  << (p.inForce ? " (in force)" : " (superseded)") << ": " << periodText(p)
                  << (p.strict ? ", strict" : "") << "\nImported " << p.importedAt << " by "
                  << p.importedBy << "; digest " << p.digest << "\n\n";
    Rows rows{{"line", "shipper", "good", "planned quantity", "planned value"},
              {"line", "shipper", "good", "planned_quantity", "planned_value"},
              {true, false, false, true, true},
              {}};
    for (const ProtocolLine& l : p.lines) {
        std::string value;
        if (l.plannedValue)
            value = table ? amount(*l.plannedValue, p.digits, p.unit)
                          : plain(*l.plannedValue, p.digits);
        rows.cells.push_back({std::to_string(l.line), l.shipperCode, l.good,
                              table ? l.plannedQuantity.toGroupedString() + " " + l.measure
                                    : plain(l.plannedQuantity, l.decimals),
                              value});
    }
    printTableOrCsv(ctx, rows);
    return 0;
}

int fulfilment(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"name", "at"}, 3);
    const std::string agreement = a.word(2, "agreement code");
    const std::optional<Date> at = dateOption(a, "at");
    const std::vector<FulfilmentRow> rows =
        ctx.book().protocols().fulfilment(ctx.session(), agreement, a.option("name", ""), at);
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginArray();
        for (const FulfilmentRow& r : rows)
            json.beginObject()
                .field("protocol", r.protocol)
                .field("version", static_cast<std::int64_t>(r.version))
                .field("shipper", r.shipperCode)
                .field("good", r.good)
                .field("unit", r.measure)
                .field("planned_quantity", plain(r.plannedQuantity, r.decimals))
                .field("delivered_quantity", plain(r.deliveredQuantity, r.decimals))
                .field("remaining_quantity", plain(r.remainingQuantity, r.decimals))
                .field("fulfilled_percent", plain(r.fulfilledPercent, 2))
                .field("planned_value", optionalPlain(r.plannedValue, r.digits))
                .field("delivered_value", plain(r.deliveredValue, r.digits))
                .field("expected_quantity", plain(r.expectedQuantity, r.decimals))
                .field("pace", toString(r.pace))
                .endObject();
        json.endArray();
        return 0;
    }
    const bool table = ctx.format() == Format::Table;
    auto quantity = [&](const Decimal& q, const FulfilmentRow& r) {
        return table ? q.toGroupedString() : plain(q, r.decimals);
    };
    Rows out{{"protocol", "version", "shipper", "good", "unit", "planned", "delivered", "remaining",
              "fulfilled %", "planned value", "delivered value", "expected", "pace"},
             {"protocol", "version", "shipper", "good", "unit", "planned_quantity",
              "delivered_quantity", "remaining_quantity", "fulfilled_percent", "planned_value",
              "delivered_value", "expected_quantity", "pace"},
             {false, true, false, false, false, true, true, true, true, true, true, true, false},
             {}};
    out.emptyText = "No protocol of " + agreement + " is in force on " +
                    at.value_or(Date::today()).toString() +
                    ". Import one with 'barter protocol import " + agreement +
                    " FILE --name N --from D --through D'.";
    for (const FulfilmentRow& r : rows)
        out.cells.push_back(
            {r.protocol, std::to_string(r.version), r.shipperCode, r.good, r.measure,
             quantity(r.plannedQuantity, r), quantity(r.deliveredQuantity, r),
             quantity(r.remainingQuantity, r), plain(r.fulfilledPercent, 2),
             r.plannedValue ? plain(*r.plannedValue, r.digits) : "",
             plain(r.deliveredValue, r.digits), quantity(r.expectedQuantity, r), toString(r.pace)});
    printTableOrCsv(ctx, out);
    return 0;
}
} // namespace

int cmdProtocol(Context& ctx) {
    const std::string what =
        ctx.args().word(1, "what to do with protocols (import, list, show, fulfilment)");
    if (what == "import")
        return importProtocol(ctx);
    if (what == "list")
        return listProtocols(ctx);
    if (what == "show")
        return showProtocol(ctx);
    if (what == "fulfilment")
        return fulfilment(ctx);
    throw UsageError("unknown protocol command \"" + what + "\" (import, list, show, fulfilment)");
}

} // namespace barter::cli

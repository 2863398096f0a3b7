// SPDX-License-Identifier: GPL-3.0-or-later
// Screening commands: restrictions, exemptions, screen, quota, good convert.
#include "commands.h"
#include "json_writer.h"
#include "output.h"

#include "error.h"

#include <sstream>

namespace barter::cli {

namespace {
std::string optionalFigure(const std::optional<Decimal>& d) {
    return d ? d->trimmed(0).toString() : std::string();
}
std::optional<std::string> jsonFigure(const std::optional<Decimal>& d) {
    return d ? std::optional<std::string>(d->trimmed(0).toString()) : std::nullopt;
}
std::optional<std::string> nonEmpty(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}
} // namespace

int cmdRestrictions(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"list"}, 1);
    auto rules = ctx.book().compliance().restrictions(ctx.session(), a.option("list", ""));
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginArray();
        for (const auto& r : rules)
            json.beginObject()
                .field("rule", r.label)
                .field("list", r.list)
                .field("version", r.version)
                .field("line", static_cast<std::int64_t>(r.line))
                .field("hs_prefix", r.hsPrefix)
                .field("from_country", r.fromCountry)
                .field("to_country", r.toCountry)
                .field("kind", r.kind)
                .field("quota", jsonFigure(r.quota))
                .field("quota_unit", nonEmpty(r.quotaUnit))
                .field("period", nonEmpty(r.period))
                .field("source", r.source)
                .field("valid_from", r.validFrom.toString())
                .field("valid_to",
                       r.validTo ? std::optional<std::string>(r.validTo->toString()) : std::nullopt)
                .endObject();
        json.endArray();
        return 0;
    }
    Rows rows{{"rule", "HS prefix", "from", "to", "kind", "quota", "period", "source", "valid"},
              {"rule", "hs_prefix", "from_country", "to_country", "kind", "quota", "period",
               "source", "valid"},
              {false, false, false, false, false, true, false, false, false},
              {}};
    rows.emptyText = "No restriction rules in force. Import a list with 'barter import "
                     "restrictions FILE --list NAME --version V'.";
    for (const auto& r : rules)
        rows.cells.push_back(
            {r.label, r.hsPrefix, r.fromCountry, r.toCountry, r.kind,
             r.quota ? r.quota->trimmed(0).toGroupedString() + " " + r.quotaUnit : "", r.period,
             r.source, r.validFrom.toString() + ".." + (r.validTo ? r.validTo->toString() : "")});
    printTableOrCsv(ctx, rows);
    return 0;
}

int cmdExemptions(Context& ctx) {
    ctx.args().allow({}, 1);
    Rows rows{{"reference", "HS prefix", "from", "to", "agreement", "valid", "quantity", "used",
               "source"},
              {"reference", "hs_prefix", "from_country", "to_country", "agreement", "valid",
               "quantity", "used", "source"},
              {false, false, false, false, false, false, true, true, false},
              {}};
    rows.emptyText = "No exemptions.";
    for (const auto& e : ctx.book().compliance().exemptions(ctx.session()))
        rows.cells.push_back({e.reference, e.hsPrefix, e.fromCountry, e.toCountry, e.agreement,
                              e.validFrom.toString() + ".." + e.validTo.toString(),
                              e.quantity ? optionalFigure(e.quantity) + " " + e.unit : "",
                              e.quantity ? optionalFigure(e.used) + " " + e.unit : "", e.source});
    printTableOrCsv(ctx, rows);
    return 0;
}

int cmdScreen(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"date", "line"}, 2);
    ExchangeDraft d;
    d.agreement = a.word(1, "agreement code");
    d.date = a.required("date");
    std::vector<std::string> lines = a.all("line");
    if (lines.empty())
        throw UsageError("give at least one --line \"SHIPPER GOOD QTY\"");
    for (std::size_t i = 0; i < lines.size(); ++i)
        d.lines.push_back(parseLineOption(lines[i], i + 1, false));
    auto results = ctx.book().compliance().screen(ctx.session(), d);
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        // One line gives one object; several give an array of them.
        if (results.size() > 1)
            json.beginArray();
        for (std::size_t i = 0; i < results.size(); ++i) {
            const ScreeningResult& r = results[i];
            json.beginObject()
                .field("line", static_cast<std::int64_t>(i + 1))
                .field("good", d.lines[i].good)
                .field("from_country", r.screening.fromCountry)
                .field("to_country", r.screening.toCountry)
                .field("verdict", toString(r.screening.verdict))
                .field("rule", nonEmpty(r.rule))
                .field("source", nonEmpty(r.source))
                .field("exemption", nonEmpty(r.exemption))
                .field("used", jsonFigure(r.used))
                .field("remaining", jsonFigure(r.remaining))
                .field("cap", jsonFigure(r.cap))
                .field("unit", nonEmpty(r.unit))
                .endObject();
        }
        if (results.size() > 1)
            json.endArray();
        return 0;
    }
    Rows rows{{"line", "good", "from", "to", "verdict", "rule", "source", "exemption", "quota"},
              {"line", "good", "from_country", "to_country", "verdict", "rule", "source",
               "exemption", "quota"},
              {true, false, false, false, false, false, false, false, false},
              {}};
    for (std::size_t i = 0; i < results.size(); ++i) {
        const ScreeningResult& r = results[i];
        std::string quota;
        if (r.cap)
            quota = "used " + optionalFigure(r.used) + " of " + optionalFigure(r.cap) + " " +
                    r.unit + ", this line " + optionalFigure(r.screening.ruleQuantity) + " " +
                    r.unit;
        rows.cells.push_back({std::to_string(i + 1), d.lines[i].good, r.screening.fromCountry,
                              r.screening.toCountry, toString(r.screening.verdict), r.rule,
                              r.source, r.exemption, quota});
    }
    printTableOrCsv(ctx, rows);
    return 0;
}

int cmdQuota(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"year"}, 2);
    const std::string agreement = a.positional().size() > 1 ? a.positional()[1] : "";
    std::optional<int> year;
    if (auto text = a.option("year")) {
        std::optional<Decimal> y = Decimal::parse(*text, 0);
        if (!y || y->sign() <= 0 || *y > Decimal::fromInt(9999))
            throw InvalidInput("year", "\"" + *text + "\" is not a year");
        year = static_cast<int>(y->toScaled(0));
    }
    auto rows = ctx.book().compliance().quotaUse(ctx.session(), agreement, year);
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginArray();
        for (const auto& q : rows)
            json.beginObject()
                .field("rule", q.rule)
                .field("hs_prefix", q.hsPrefix)
                .field("from_country", q.fromCountry)
                .field("to_country", q.toCountry)
                .field("unit", q.unit)
                .field("cap", q.cap.trimmed(0).toString())
                .field("used", q.used.trimmed(0).toString())
                .field("remaining", q.remaining.trimmed(0).toString())
                .field("period", q.period)
                .endObject();
        json.endArray();
        return 0;
    }
    const bool table = ctx.format() == Format::Table;
    auto number = [&](const Decimal& d) {
        return table ? d.trimmed(0).toGroupedString() : d.trimmed(0).toString();
    };
    Rows out{{"rule", "HS prefix", "from", "to", "period", "cap", "used", "remaining", "unit"},
             {"rule", "hs_prefix", "from_country", "to_country", "period", "cap", "used",
              "remaining", "unit"},
             {false, false, false, false, false, true, true, true, false},
             {}};
    out.emptyText = "No quota rules apply to " +
                    (agreement.empty() ? std::string("the agreements") : agreement) +
                    (year ? " in " + std::to_string(*year) : std::string(" now")) + ".";
    for (const auto& q : rows)
        out.cells.push_back({q.rule, q.hsPrefix, q.fromCountry, q.toCountry, q.period,
                             number(q.cap), number(q.used), number(q.remaining), q.unit});
    printTableOrCsv(ctx, out);
    return 0;
}

} // namespace barter::cli

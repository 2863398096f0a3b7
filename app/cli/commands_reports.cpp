// SPDX-License-Identifier: GPL-3.0-or-later
// Report commands: balance, statement, turnover, audit. They render the core's report rows.
#include "commands.h"
#include "json_writer.h"
#include "output.h"
#include "text_table.h"

#include "error.h"
#include "io/statement_csv.h"

namespace barter::cli {

namespace {

std::optional<std::string> text(const std::optional<Date>& d) {
    return d ? std::optional<std::string>(d->toString()) : std::nullopt;
}

// `balance AGREEMENT --series PERIOD [--from D] [--to D]`
int balanceSeries(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"series", "from", "to"}, 2);
    const std::string agreement = a.word(1, "agreement code (a series is per agreement)");
    const std::string periodText = a.required("series");
    const std::optional<reports::SeriesPeriod> period = reports::parseSeriesPeriod(periodText);
    if (!period)
        throw InvalidInput("series", "\"" + periodText +
                                         "\" is not a period (day, week, month, quarter, year)");
    const auto points = ctx.book().reporting().balanceSeries(
        ctx.session(), agreement, *period, dateOption(a, "from"), dateOption(a, "to"));
    const reports::AgreementInfo info =
        ctx.book().reporting().agreementInfo(ctx.session(), agreement);
    auto utilization = [](const reports::BalancePoint& p) {
        return p.utilization ? std::optional<std::string>(p.utilization->toString(4))
                             : std::nullopt;
    };
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginArray();
        for (const auto& p : points) {
            json.beginObject().field("period_end", p.periodEnd.toString());
            json.field("balance", plain(p.balance, info.digits));
            json.field("swing", p.swing ? std::optional<std::string>(plain(*p.swing, info.digits))
                                        : std::nullopt);
            json.field("utilization", utilization(p));
            json.endObject();
        }
        json.endArray();
        return 0;
    }
    Rows rows{{"period end", "balance", "swing", "utilization"},
              {"period_end", "balance", "swing", "utilization"},
              {false, true, true, true},
              {},
              "No postings in that period."};
    for (const auto& p : points)
        rows.cells.push_back(
            {p.periodEnd.toString(),
             ctx.format() == Format::Table ? amount(p.balance, info.digits, info.unit)
                                           : plain(p.balance, info.digits),
             p.swing ? plain(*p.swing, info.digits) : "",
             p.utilization
                 ? (ctx.format() == Format::Table
                        ? Decimal::multiply(*p.utilization, Decimal::fromInt(100), 2).toString(2) +
                              " %"
                        : p.utilization->toString(4))
                 : ""});
    printTableOrCsv(ctx, rows);
    return 0;
}

} // namespace

int cmdBalance(Context& ctx) {
    const Arguments& a = ctx.args();
    if (a.has("series"))
        return balanceSeries(ctx);
    a.allow({"at"}, 2);
    const std::string agreement = a.positional().size() > 1 ? a.positional()[1] : "";
    std::optional<Date> at = dateOption(a, "at");
    auto rows = ctx.book().reporting().balances(ctx.session(), agreement, at);
    if (ctx.format() == Format::Table) {
        TextTable table;
        for (const char* title : {"agreement", "at"})
            table.addColumn(title);
        for (const char* title : {"A to B", "B to A", "balance"})
            table.addColumn(title, Align::Right);
        table.addColumn("position");
        for (const auto& r : rows)
            table.addRow({r.agreement, r.at.toString(), amount(r.aToB, r.digits, r.unit),
                          amount(r.bToA, r.digits, r.unit), amount(r.balance, r.digits, r.unit),
                          reports::inWords(r)});
        table.print(ctx.out());
        return 0;
    }
    Rows out{{},
             {"agreement", "at", "unit", "party_a", "party_b", "a_to_b", "b_to_a", "balance"},
             {},
             {}};
    for (const auto& r : rows)
        out.cells.push_back({r.agreement, r.at.toString(), r.unit, r.partyA, r.partyB,
                             plain(r.aToB, r.digits), plain(r.bToA, r.digits),
                             plain(r.balance, r.digits)});
    printTableOrCsv(ctx, out);
    return 0;
}

int cmdStatement(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"from", "to"}, 2);
    const std::string agreement = a.word(1, "agreement code");
    auto st = ctx.book().reporting().statement(ctx.session(), agreement, dateOption(a, "from"),
                                               dateOption(a, "to"));
    const int digits = st.agreement.digits;
    const std::string& unit = st.agreement.unit;
    const std::optional<std::string> from =
        st.from ? std::optional<std::string>(st.from->toString()) : std::nullopt;
    const std::optional<std::string> to =
        st.to == Date::max() ? std::nullopt : std::optional<std::string>(st.to.toString());
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginObject().field("agreement", st.agreement.code).field("from", from);
        json.field("to", to).field("unit", unit);
        json.field("opening_balance", plain(st.openingBalance, digits));
        json.field("closing_balance", plain(st.closingBalance, digits));
        json.key("totals").beginObject();
        json.field("a_to_b", plain(st.totalAToB, digits));
        json.field("b_to_a", plain(st.totalBToA, digits)).endObject();
        json.key("lines").beginArray();
        for (const auto& l : st.lines) {
            json.beginObject().field("seq", l.seq).field("date", l.date.toString());
            json.field("reference", l.reference).field("shipper", l.shipper);
            json.field("good", l.good).field("quantity", l.quantity.toString());
            json.field("unit", l.measure).field("unit_price", priceText(l.unitPrice, digits));
            json.field("value", plain(l.value, digits));
            json.field("balance", plain(l.balance, digits)).endObject();
        }
        json.endArray().endObject();
        return 0;
    }
    if (ctx.format() == Format::Csv) {
        writeStatementCsv(ctx.out(), st);
        return 0;
    }
    std::ostream& out = ctx.out();
    out << "Statement of agreement " << st.agreement.code << " (A: " << st.agreement.partyA
        << ", B: " << st.agreement.partyB << ") in " << unit << ", "
        << from.value_or("the beginning") << " to " << to.value_or("the end") << '\n';
    out << "Opening balance: " << amount(st.openingBalance, digits, unit) << "\n\n";
    TextTable table;
    table.addColumn("seq", Align::Right);
    table.addColumn("date");
    table.addColumn("reference");
    table.addColumn("shipper → receiver");
    table.addColumn("good");
    table.addColumn("quantity", Align::Right);
    table.addColumn("unit price", Align::Right);
    table.addColumn("value", Align::Right);
    table.addColumn("balance", Align::Right);
    for (const auto& l : st.lines)
        table.addRow({std::to_string(l.seq), l.date.toString(), l.reference,
                      l.shipper + " → " + l.receiver, l.good,
                      l.quantity.toGroupedString() + " " + l.measure,
                      l.unitPrice.trimmed(digits).toGroupedString(), amount(l.value, digits, unit),
                      amount(l.balance, digits, unit)});
    table.print(out);
    reports::BalanceRow closing;
    closing.partyA = st.agreement.partyA;
    closing.partyB = st.agreement.partyB;
    closing.unit = unit;
    closing.balance = st.closingBalance;
    out << '\n'
        << st.lines.size() << " line" << (st.lines.size() == 1 ? "" : "s") << ". Shipped by "
        << st.agreement.partyA << ": " << amount(st.totalAToB, digits, unit) << "; by "
        << st.agreement.partyB << ": " << amount(st.totalBToA, digits, unit) << '\n';
    out << "Closing balance: " << amount(st.closingBalance, digits, unit) << " ("
        << reports::inWords(closing) << ")\n";
    return 0;
}

int cmdTurnover(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"by", "from", "to", "period"}, 2);
    const std::string agreement = a.word(1, "agreement code");
    const std::string by = a.option("by", "good");
    if (a.has("period") && by != "good")
        throw UsageError("--period goes with --by good (a breakdown of goods by period)");
    std::optional<Date> from = dateOption(a, "from"), to = dateOption(a, "to");
    const auto info =
        ctx.book().reporting().balances(ctx.session(), agreement, Date::max()).front();
    if (by == "good") {
        // With --period, a breakdown by period; each good's share is of its shipper's value
        // (in the range, or in the period).
        std::vector<reports::TurnoverByGood> rows;
        const std::optional<std::string> periodText = a.option("period");
        if (periodText) {
            const std::optional<reports::SeriesPeriod> period =
                reports::parseSeriesPeriod(*periodText);
            if (!period)
                throw InvalidInput("period", "\"" + *periodText +
                                                 "\" is not a period (day, week, month, quarter, "
                                                 "year)");
            rows = ctx.book().reporting().turnoverByGoodAndPeriod(ctx.session(), agreement, *period,
                                                                  from, to);
        } else {
            rows = ctx.book().reporting().turnoverByGood(ctx.session(), agreement, from, to);
        }
        auto share = [](const reports::TurnoverByGood& r) {
            return r.share ? std::optional<std::string>(r.share->toString(4)) : std::nullopt;
        };
        if (ctx.format() == Format::Json) {
            JsonWriter json(ctx.out());
            json.beginArray();
            for (const auto& r : rows) {
                json.beginObject();
                if (periodText)
                    json.field("period_end", r.periodEnd->toString());
                json.field("good", r.good)
                    .field("shipper", r.shipper)
                    .field("unit", r.measure)
                    .field("lines", r.lines)
                    .field("quantity", r.quantity.toString())
                    .field("value", plain(r.value, info.digits))
                    .field("share", share(r))
                    .endObject();
            }
            json.endArray();
            return 0;
        }
        const bool table = ctx.format() == Format::Table;
        Rows out{{"good", "shipper", "lines", "quantity", "value", "share"},
                 {"good", "shipper", "unit", "lines", "quantity", "value", "share"},
                 {false, false, true, true, true, true},
                 {}};
        if (!table) {
            out.titles = out.keys;
            out.numeric.assign(out.keys.size(), false);
        }
        if (periodText) {
            out.titles.insert(out.titles.begin(), table ? "period end" : "period_end");
            out.keys.insert(out.keys.begin(), "period_end");
            out.numeric.insert(out.numeric.begin(), false);
        }
        for (const auto& r : rows) {
            std::vector<std::string> cells =
                table ? std::vector<std::string>{r.good,
                                                 r.shipper,
                                                 std::to_string(r.lines),
                                                 r.quantity.toGroupedString() + " " + r.measure,
                                                 amount(r.value, info.digits, info.unit),
                                                 r.share ? Decimal::multiply(
                                                               *r.share, Decimal::fromInt(100), 2)
                                                                   .toString(2) +
                                                               " %"
                                                         : ""}
                      : std::vector<std::string>{r.good,
                                                 r.shipper,
                                                 r.measure,
                                                 std::to_string(r.lines),
                                                 r.quantity.toString(),
                                                 plain(r.value, info.digits),
                                                 share(r).value_or("")};
            if (periodText)
                cells.insert(cells.begin(), r.periodEnd->toString());
            out.cells.push_back(std::move(cells));
        }
        printTableOrCsv(ctx, out);
        return 0;
    }
    if (by != "month" && by != "year")
        throw UsageError("--by must be good, month or year, not \"" + by + "\"");
    auto rows = ctx.book().reporting().turnoverByPeriod(
        ctx.session(), agreement,
        by == "month" ? reports::PeriodKind::Month : reports::PeriodKind::Year, from, to);
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginArray();
        for (const auto& r : rows)
            json.beginObject()
                .field("period", r.period)
                .field("shipper", r.shipper)
                .field("lines", r.lines)
                .field("value", plain(r.value, info.digits))
                .endObject();
        json.endArray();
        return 0;
    }
    const bool table = ctx.format() == Format::Table;
    Rows out{{"period", "shipper", "lines", "value"},
             {"period", "shipper", "lines", "value"},
             {false, false, true, true},
             {}};
    for (const auto& r : rows)
        out.cells.push_back(
            {r.period, r.shipper, std::to_string(r.lines),
             table ? amount(r.value, info.digits, info.unit) : plain(r.value, info.digits)});
    printTableOrCsv(ctx, out);
    return 0;
}

int cmdAudit(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"from", "to", "audit-user", "action"}, 1);
    auto events = ctx.book().integrity().auditEvents(
        ctx.session(), dateOption(a, "from"), dateOption(a, "to"), a.option("audit-user", ""),
        a.option("action", ""));
    Rows out{{"id", "at", "user", "action", "object", "detail"},
             {"id", "at", "user", "action", "object", "detail"},
             {true, false, false, false, false, false},
             {}};
    for (const auto& e : events)
        out.cells.push_back({std::to_string(e.id), e.at, e.user, e.action, e.object, e.detail});
    printTableOrCsv(ctx, out);
    return 0;
}

} // namespace barter::cli

namespace barter::cli {

int cmdAging(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"at"}, 2);
    const std::string agreement = a.word(1, "agreement code");
    const reports::AgingReport r =
        ctx.book().reporting().aging(ctx.session(), agreement, dateOption(a, "at"));
    const reports::AgreementInfo info =
        ctx.book().reporting().agreementInfo(ctx.session(), agreement);
    auto orNull = [](const std::string& t) {
        return t.empty() ? std::nullopt : std::optional<std::string>(t);
    };
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginObject().field("agreement", info.code).field("at", r.at.toString());
        json.field("unit", info.unit).field("balance", plain(r.balance, info.digits));
        json.field("debtor", orNull(r.debtor)).field("creditor", orNull(r.creditor));
        json.field("since", text(r.since)).field("days", r.days);
        json.field("last_debtor_delivery", text(r.lastDebtorDelivery));
        json.field("avg_monthly_net", plain(r.avgMonthlyNet, info.digits));
        json.endObject();
        return 0;
    }
    Rows rows{{"agreement", "at", "balance", "debtor", "creditor", "since", "days",
               "last debtor delivery", "avg monthly net"},
              {"agreement", "at", "balance", "debtor", "creditor", "since", "days",
               "last_debtor_delivery", "avg_monthly_net"},
              {false, false, true, false, false, false, true, false, true},
              {}};
    const bool table = ctx.format() == Format::Table;
    rows.cells.push_back(
        {info.code, r.at.toString(),
         table ? amount(r.balance, info.digits, info.unit) : plain(r.balance, info.digits),
         r.debtor, r.creditor, text(r.since).value_or(""), r.since ? std::to_string(r.days) : "",
         text(r.lastDebtorDelivery).value_or(""),
         table ? amount(r.avgMonthlyNet, info.digits, info.unit)
               : plain(r.avgMonthlyNet, info.digits)});
    printTableOrCsv(ctx, rows);
    return 0;
}

int cmdSettle(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"goods", "date", "target"}, 2);
    const std::string agreement = a.word(1, "agreement code");
    std::vector<SettlementOffer> offers;
    const std::string list = a.required("goods");
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        const std::string item = list.substr(start, comma - start);
        const std::size_t colon = item.find(':');
        if (item.empty())
            throw InvalidInput("goods", "\"" + list + "\" has an empty item; write G1,G2[:MAXQTY]");
        offers.push_back({item.substr(0, colon),
                          colon == std::string::npos ? std::string() : item.substr(colon + 1)});
        if (colon != std::string::npos && offers.back().maxQuantity.empty())
            throw InvalidInput("goods", "\"" + item + "\" has no maximum quantity after ':'");
        start = comma + 1;
    }
    const SettlementProposal p = ctx.book().reporting().settle(
        ctx.session(), agreement, offers, a.option("date", ""), a.option("target", ""));
    auto orNull = [](const std::string& t) {
        return t.empty() ? std::nullopt : std::optional<std::string>(t);
    };
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginObject().field("agreement", p.agreement).field("date", p.date.toString());
        json.field("unit", p.unit).field("debtor", orNull(p.debtor));
        json.field("creditor", orNull(p.creditor));
        json.field("balance", plain(p.balance, p.digits))
            .field("target", plain(p.target, p.digits));
        json.key("lines").beginArray();
        for (const SettlementLine& l : p.lines) {
            json.beginObject().field("good", l.good).field("quantity", l.quantity.toString());
            json.field("unit", l.unit).field("unit_price", priceText(l.unitPrice, p.digits));
            json.field("value", plain(l.value, p.digits)).endObject();
        }
        json.endArray();
        json.field("residual", plain(p.residual, p.digits));
        json.key("notes").beginArray();
        for (const std::string& n : p.notes)
            json.value(n);
        json.endArray().endObject();
        return 0;
    }
    if (ctx.format() == Format::Csv) {
        Rows rows{{"good", "quantity", "unit", "unit price", "value"},
                  {"good", "quantity", "unit", "unit_price", "value"},
                  {},
                  {}};
        for (const SettlementLine& l : p.lines)
            rows.cells.push_back({l.good, l.quantity.toString(), l.unit,
                                  priceText(l.unitPrice, p.digits), plain(l.value, p.digits)});
        printTableOrCsv(ctx, rows);
        return 0;
    }
    std::ostream& out = ctx.out();
    out << "Settlement proposal for " << p.agreement << " on " << p.date.toString() << '\n';
    out << "Balance: " << amount(p.balance, p.digits, p.unit);
    if (!p.debtor.empty())
        out << " (" << p.debtor << " owes " << p.creditor << ")";
    out << '\n';
    if (!p.lines.empty()) {
        out << p.debtor << " ships:\n";
        TextTable table;
        table.addColumn("good");
        table.addColumn("quantity", Align::Right);
        table.addColumn("unit price", Align::Right);
        table.addColumn("value", Align::Right);
        for (const SettlementLine& l : p.lines)
            table.addRow({l.good, l.quantity.toGroupedString() + " " + l.unit,
                          priceText(l.unitPrice, p.digits), amount(l.value, p.digits, p.unit)});
        table.print(out);
    }
    out << "Residual: " << amount(p.residual, p.digits, p.unit) << '\n';
    for (const std::string& n : p.notes)
        out << "Note: " << n << '\n';
    return 0;
}

} // namespace barter::cli

namespace barter::cli {

int priceReport(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"at", "from", "to"}, 3);
    const std::string agreement = a.word(2, "agreement code");
    const reports::PriceReport r = ctx.book().reporting().priceReport(
        ctx.session(), agreement, dateOption(a, "at"), dateOption(a, "from"), dateOption(a, "to"));
    const reports::AgreementInfo info =
        ctx.book().reporting().agreementInfo(ctx.session(), agreement);
    const int digits = info.digits;
    auto orNull = [&](const std::optional<Decimal>& d, bool price) {
        return d ? std::optional<std::string>(price ? priceText(*d, digits) : plain(*d, digits))
                 : std::nullopt;
    };
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginObject().field("agreement", info.code).field("unit", info.unit);
        json.field("at", r.at.toString()).field("from", text(r.from)).field("to", text(r.to));
        json.key("in_force").beginArray();
        for (const auto& p : r.inForce)
            json.beginObject()
                .field("good", p.good)
                .field("unit", p.measure)
                .field("effective_from", p.effectiveFrom.toString())
                .field("unit_price", priceText(p.unitPrice, digits))
                .endObject();
        json.endArray().key("changes").beginArray();
        for (const auto& c : r.changes)
            json.beginObject()
                .field("good", c.good)
                .field("effective_from", c.effectiveFrom.toString())
                .field("unit_price", priceText(c.unitPrice, digits))
                .field("previous_price", orNull(c.previous, true))
                .field("change",
                       c.change ? std::optional<std::string>(c.change->trimmed(digits).toString())
                                : std::nullopt)
                .endObject();
        json.endArray().key("overrides").beginArray();
        for (const auto& o : r.overrides) {
            json.beginObject().field("seq", o.seq).field("date", o.date.toString());
            json.field("reference", o.reference).field("shipper", o.shipper).field("good", o.good);
            json.field("quantity", o.quantity.toString()).field("unit", o.measure);
            json.field("unit_price", priceText(o.unitPrice, digits));
            json.field("list_price", orNull(o.listPrice, true));
            json.field("value", plain(o.value, digits))
                .field("list_value", orNull(o.listValue, false));
            json.field("difference", orNull(o.difference, false)).field("reason", o.reason);
            if (o.reversedBy)
                json.field("reversed_by", *o.reversedBy);
            else
                json.key("reversed_by").null();
            json.endObject();
        }
        json.endArray().endObject();
        return 0;
    }
    if (ctx.format() == Format::Csv)
        throw UsageError("price report has three tables; use --format table or json");
    std::ostream& out = ctx.out();
    out << "Prices of " << info.code << " in force on " << r.at.toString() << '\n';
    TextTable inForce;
    inForce.addColumn("good");
    inForce.addColumn("effective from");
    inForce.addColumn("unit price", Align::Right);
    for (const auto& p : r.inForce)
        inForce.addRow({p.good, p.effectiveFrom.toString(),
                        priceText(p.unitPrice, digits) + " " + info.unit + "/" + p.measure});
    inForce.print(out);
    out << "\nChanges" << (r.from ? " from " + r.from->toString() : std::string())
        << (r.to ? " to " + r.to->toString() : std::string()) << '\n';
    if (r.changes.empty())
        out << "(none)\n";
    else {
        TextTable changes;
        changes.addColumn("effective from");
        changes.addColumn("good");
        changes.addColumn("unit price", Align::Right);
        changes.addColumn("previous", Align::Right);
        changes.addColumn("change", Align::Right);
        for (const auto& c : r.changes)
            changes.addRow({c.effectiveFrom.toString(), c.good, priceText(c.unitPrice, digits),
                            c.previous ? priceText(*c.previous, digits) : "",
                            c.change ? c.change->trimmed(digits).toString() : "new"});
        changes.print(out);
    }
    out << "\nLines at a price other than the list's\n";
    if (r.overrides.empty())
        out << "(none)\n";
    else {
        TextTable lines;
        for (const char* t : {"seq", "date", "reference", "good"})
            lines.addColumn(t, std::string(t) == "seq" ? Align::Right : Align::Left);
        for (const char* t : {"quantity", "price", "list price", "difference"})
            lines.addColumn(t, Align::Right);
        lines.addColumn("reason");
        for (const auto& o : r.overrides)
            lines.addRow(
                {std::to_string(o.seq), o.date.toString(), o.reference, o.good,
                 o.quantity.toGroupedString() + " " + o.measure, priceText(o.unitPrice, digits),
                 o.listPrice ? priceText(*o.listPrice, digits) : "none",
                 o.difference ? amount(*o.difference, digits, info.unit) : "",
                 o.reason + (o.reversedBy ? " (reversed by " + std::to_string(*o.reversedBy) + ")"
                                          : std::string())});
        lines.print(out);
    }
    return 0;
}

} // namespace barter::cli

namespace barter::cli {

int cmdPositions(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"at"}, 1);
    const auto positions =
        ctx.book().reporting().consolidatedPositions(ctx.session(), dateOption(a, "at"));
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginArray();
        for (const auto& p : positions)
            json.beginObject()
                .field("unit", p.unit)
                .field("party", p.party)
                .field("agreements", p.agreements)
                .field("owed_to_it", plain(p.owedToIt, p.digits))
                .field("owed_by_it", plain(p.owedByIt, p.digits))
                .field("net", plain(p.net, p.digits))
                .endObject();
        json.endArray();
        return 0;
    }
    const bool table = ctx.format() == Format::Table;
    Rows rows{{"unit", "party", "agreements", "owed to it", "owed by it", "net"},
              {"unit", "party", "agreements", "owed_to_it", "owed_by_it", "net"},
              {false, false, true, true, true, true},
              {},
              "No agreements yet."};
    for (const auto& p : positions)
        rows.cells.push_back(
            {p.unit, p.party, std::to_string(p.agreements),
             table ? amount(p.owedToIt, p.digits, p.unit) : plain(p.owedToIt, p.digits),
             table ? amount(p.owedByIt, p.digits, p.unit) : plain(p.owedByIt, p.digits),
             table ? amount(p.net, p.digits, p.unit) : plain(p.net, p.digits)});
    printTableOrCsv(ctx, rows);
    return 0;
}

} // namespace barter::cli

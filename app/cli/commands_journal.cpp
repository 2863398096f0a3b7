// SPDX-License-Identifier: GPL-3.0-or-later
// Commands on the journal: record, reverse, show.
#include "commands.h"
#include "json_writer.h"
#include "output.h"
#include "text_table.h"

#include "error.h"

#include <sstream>

namespace barter::cli {

namespace {

// "allowed", "exempt (exemption EX-1)", "allowed (UN 1 line 5)"; empty before screening.
std::string screeningText(const DeliveryLine& line) {
    if (!line.screening)
        return {};
    std::string text = toString(line.screening->verdict);
    std::string why = line.screening->decidedBy;
    if (!line.screening->exemption.empty())
        why += (why.empty() ? "" : "; ") + std::string("exemption ") + line.screening->exemption;
    return why.empty() ? text : text + " (" + why + ")";
}

} // namespace

void printPosted(Context& ctx, const PostResult& result, const char* verb) {
    const Exchange& e = result.exchange;
    const reports::BalanceRow row =
        ctx.book().reporting().balances(ctx.session(), e.agreementCode, Date::max()).front();
    for (const std::string& w : result.warnings)
        Context::warn(w);
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginObject();
        json.field("seq", e.seq).field("agreement", e.agreementCode);
        json.field("date", e.date.toString()).field("reference", e.reference);
        json.field("hash", toHex(e.hash));
        if (e.reversesSeq)
            json.field("reverses", *e.reversesSeq);
        json.key("lines").beginArray();
        for (const DeliveryLine& l : e.lines) {
            json.beginObject().field("line", l.lineNo).field("shipper", l.shipperCode);
            json.field("good", l.goodCode)
                .field("quantity", l.quantity.rounded(l.decimals).toString());
            json.field("unit", l.measure).field("unit_price", priceText(l.unitPrice, row.digits));
            json.field("value", plain(l.value, row.digits));
            // Lines posted before screening existed have no verdict.
            json.field("verdict", l.screening
                                      ? std::optional<std::string>(toString(l.screening->verdict))
                                      : std::nullopt);
            json.field("decided_by", l.screening && !l.screening->decidedBy.empty()
                                         ? std::optional<std::string>(l.screening->decidedBy)
                                         : std::nullopt);
            json.field("exemption", l.screening && !l.screening->exemption.empty()
                                        ? std::optional<std::string>(l.screening->exemption)
                                        : std::nullopt);
            json.endObject();
        }
        json.endArray();
        json.field("balance", plain(row.balance, row.digits));
        json.key("warnings").beginArray();
        for (const std::string& w : result.warnings)
            json.value(w);
        json.endArray().endObject();
        return;
    }
    std::ostream& out = ctx.out();
    out << verb << " exchange " << e.seq << ": " << e.agreementCode << ' ' << e.date.toString()
        << ' ' << e.reference << '\n';
    TextTable table;
    table.addColumn("line", Align::Right);
    table.addColumn("shipper");
    table.addColumn("good");
    table.addColumn("quantity", Align::Right);
    table.addColumn("unit price", Align::Right);
    table.addColumn("value", Align::Right);
    table.addColumn("screening");
    for (const DeliveryLine& l : e.lines)
        table.addRow({std::to_string(l.lineNo), l.shipperCode, l.goodCode,
                      l.quantity.rounded(l.decimals).toGroupedString() + " " + l.measure,
                      l.unitPrice.trimmed(row.digits).toGroupedString(),
                      amount(l.value, row.digits, row.unit), screeningText(l)});
    table.print(out);
    out << "Balance now: " << reports::inWords(row) << '\n';
    out << "Chain hash: " << toHex(e.hash) << '\n';
}

int cmdRecord(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"date", "ref", "line", "memo", "price-reason", "override-swing", "override-protocol"},
            2);
    ExchangeDraft d;
    d.agreement = a.word(1, "agreement code");
    d.date = a.required("date");
    d.reference = a.required("ref");
    d.memo = a.option("memo", "");
    d.priceReason = a.option("price-reason", "");
    d.swingOverride = a.option("override-swing", "");
    d.protocolOverride = a.option("override-protocol", "");
    std::vector<std::string> lines = a.all("line");
    if (lines.empty())
        throw UsageError("give at least one --line \"SHIPPER GOOD QTY[@PRICE]\"");
    for (std::size_t i = 0; i < lines.size(); ++i)
        d.lines.push_back(parseLineOption(lines[i], i + 1, true));
    RecordResult result = ctx.book().journal().record(ctx.session(), d);
    if (result.posted) {
        printPosted(ctx, *result.posted, "Posted");
    } else {
        for (const std::string& w : result.warnings)
            Context::warn(w);
        printSubmitted(ctx, *result.pending);
    }
    return 0;
}

int cmdReverse(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"reason", "date", "override-swing"}, 2);
    const std::int64_t seq = positiveNumber(a.word(1, "sequence number of the exchange to reverse"),
                                            "seq", "a sequence number");
    PostResult result =
        ctx.book().journal().reverse(ctx.session(), seq, a.required("reason"), a.option("date", ""),
                                     a.option("override-swing", ""));
    printPosted(ctx, result, "Reversed with");
    return 0;
}

int cmdShow(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({}, 2);
    const std::string seqText = a.word(1, "sequence number");
    const std::int64_t seq = positiveNumber(seqText, "seq", "a sequence number");
    std::optional<Exchange> e = ctx.book().journal().exchange(ctx.session(), seq);
    if (!e)
        throw InvalidInput("seq", "no posted exchange with sequence number " + seqText);
    PostResult shown{*e, {}, {}};
    printPosted(ctx, shown, "Posted");
    return 0;
}

} // namespace barter::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Maker–checker: pending, approve, reject; the book settings (approval, idle lock).
#include "commands.h"
#include "json_writer.h"
#include "output.h"

#include "error.h"

#include <charconv>

namespace barter::cli {

namespace {

std::int64_t pendingId(const Arguments& a) {
    const std::string text = a.word(1, "id of the pending exchange");
    return positiveNumber(text, "id", "the id of a pending exchange");
}

void printPendingJson(JsonWriter& json, const PendingExchange& p) {
    json.beginObject().field("id", p.id).field("agreement", p.draft.agreement);
    json.field("date", p.draft.date).field("reference", p.draft.reference);
    json.field("memo", p.draft.memo).field("maker", p.maker).field("made_at", p.madeAt);
    json.field("status", toString(p.status));
    json.field("checker", p.checker.empty() ? std::nullopt : std::optional<std::string>(p.checker));
    json.field("reason", p.reason.empty() ? std::nullopt : std::optional<std::string>(p.reason));
    if (p.postedSeq)
        json.field("posted_seq", *p.postedSeq);
    else
        json.key("posted_seq").null();
    json.key("lines").beginArray();
    for (const DeliveryLineDraft& l : p.draft.lines) {
        json.beginObject().field("shipper", l.shipper).field("good", l.good);
        json.field("quantity", l.quantity);
        json.field("unit_price",
                   l.unitPrice.empty() ? std::nullopt : std::optional<std::string>(l.unitPrice));
        json.endObject();
    }
    json.endArray().endObject();
}

std::string linesText(const ExchangeDraft& d) {
    std::string text;
    for (const DeliveryLineDraft& l : d.lines)
        text += (text.empty() ? "" : "; ") + l.shipper + ' ' + l.good + ' ' + l.quantity +
                (l.unitPrice.empty() ? "" : "@" + l.unitPrice);
    return text;
}

} // namespace

void printSubmitted(Context& ctx, const PendingExchange& p) {
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        printPendingJson(json, p);
        return;
    }
    ctx.out() << "Saved as pending exchange " << p.id << ": " << p.draft.agreement << ' '
              << p.draft.date << ' ' << p.draft.reference
              << "; it is posted when a manager approves it\n";
}

int cmdPending(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"status"}, 1);
    const std::string status = a.option("status", "pending");
    if (status != "pending" && status != "approved" && status != "rejected" && status != "all")
        throw InvalidInput("status",
                           "\"" + status + "\" must be pending, approved, rejected or all");
    const bool all = status != "pending";
    std::vector<PendingExchange> list = ctx.book().journal().pendingExchanges(ctx.session(), all);
    std::erase_if(list, [&](const PendingExchange& p) {
        return status != "all" && toString(p.status) != status;
    });
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginArray();
        for (const PendingExchange& p : list)
            printPendingJson(json, p);
        json.endArray();
        return 0;
    }
    Rows rows{{"id", "agreement", "date", "reference", "lines", "maker", "made at", "status",
               "decided by", "reason"},
              {"id", "agreement", "date", "reference", "lines", "maker", "made_at", "status",
               "checker", "reason"},
              {true, false, false, false, false, false, false, false, false, false},
              {},
              all ? "No submitted exchanges have that status."
                  : "No exchanges are waiting for approval."};
    for (const PendingExchange& p : list)
        rows.cells.push_back({std::to_string(p.id), p.draft.agreement, p.draft.date,
                              p.draft.reference, linesText(p.draft), p.maker, p.madeAt,
                              toString(p.status), p.checker, p.reason});
    printTableOrCsv(ctx, rows);
    return 0;
}

int cmdApprove(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"override-swing", "override-protocol"}, 2);
    const std::int64_t id = pendingId(a);
    PostResult result = ctx.book().journal().approve(
        ctx.session(), id, a.option("override-swing", ""), a.option("override-protocol", ""));
    printPosted(ctx, result, "Approved and posted as");
    return 0;
}

int cmdReject(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"reason"}, 2);
    const std::int64_t id = pendingId(a);
    ctx.book().journal().reject(ctx.session(), id, a.required("reason"));
    ctx.out() << "Rejected pending exchange " << id << '\n';
    return 0;
}

int cmdSettings(Context& ctx) {
    const Arguments& a = ctx.args();
    const std::string verb = a.word(1, "settings subcommand (set, show)");
    if (verb == "show") {
        a.allow({}, 2);
        Book& book = ctx.book();
        ctx.session();
        const std::string value = book.settings().approvalRequired() ? "on" : "off";
        const std::string idleLock = std::to_string(book.settings().idleLockMinutes());
        if (ctx.format() == Format::Json) {
            JsonWriter json(ctx.out());
            json.beginObject().field("approval", value).field("idle_lock", idleLock).endObject();
        } else {
            ctx.out() << "approval " << value << '\n' << "idle-lock " << idleLock << '\n';
        }
        return 0;
    }
    if (verb != "set")
        throw UsageError("unknown settings subcommand \"" + verb + "\" (set, show)");
    a.allow({}, 4);
    const std::string key = a.word(2, "setting (approval, idle-lock)");
    const std::string value =
        a.word(3, key == "idle-lock" ? "value (minutes, 0 = never)" : "value (on, off)");
    if (key == "idle-lock") {
        int minutes = -1;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), minutes);
        if (ec != std::errc() || end != value.data() + value.size())
            minutes = -1;
        ctx.book().settings().setIdleLockMinutes(ctx.session(), minutes);
        ctx.out() << (minutes == 0 ? std::string("The desktop application no longer locks itself")
                                   : "The desktop application locks itself after " + value +
                                         " minute(s) without use")
                  << '\n';
        return 0;
    }
    if (key != "approval")
        throw InvalidInput("setting", "\"" + key + "\" is not a setting (approval, idle-lock)");
    if (value != "on" && value != "off")
        throw InvalidInput("approval", "\"" + value + "\" must be on or off");
    ctx.book().settings().setApprovalRequired(ctx.session(), value == "on");
    ctx.out() << "Entries need approval: " << (value == "on" ? "yes" : "no") << '\n';
    return 0;
}

} // namespace barter::cli

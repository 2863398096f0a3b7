// SPDX-License-Identifier: GPL-3.0-or-later
// Reconciliation with the other side and period close: reconcile (and its show, list and
// resolve), close, periods.
#include "commands.h"
#include "json_writer.h"
#include "output.h"

#include "error.h"

#include <limits>
#include <map>

namespace barter::cli {

namespace {

using reconcile::Reconciliation;

// A quantity at its good's decimals, or at more when it has more (their statement's figures).
class QuantityText {
public:
    explicit QuantityText(Context& ctx) {
        for (const Good& g : ctx.book().masterData().goods(ctx.session()))
            m_decimals[g.code] = g.decimals;
    }
    std::string operator()(const std::string& good, const Decimal& quantity) const {
        auto it = m_decimals.find(good);
        const int decimals = it == m_decimals.end() ? 0 : it->second;
        return quantity.trimmed(decimals).toString();
    }

private:
    std::map<std::string, int> m_decimals;
};

std::optional<std::string> dateText(const std::optional<Date>& d) {
    return d ? std::optional<std::string>(d->toString()) : std::nullopt;
}

void printJson(Context& ctx, const Reconciliation& r) {
    const QuantityText quantity(ctx);
    JsonWriter json(ctx.out());
    json.beginObject().field("id", r.id).field("agreement", r.agreement).field("unit", r.unit);
    json.field("from", dateText(r.from)).field("through", r.through.toString());
    json.field("tolerance_days", r.toleranceDays).field("statement", r.statementName);
    json.field("statement_sha256", r.statementSha256);
    json.field("mapping_sha256", r.mappingSha256.empty()
                                     ? std::nullopt
                                     : std::optional<std::string>(r.mappingSha256));
    json.field("created_by", r.createdBy).field("created_at", r.createdAt);
    json.field("opening_balance", plain(r.openingBalance, r.digits));
    json.field("our_balance", plain(r.ourBalance, r.digits));
    json.field("their_balance", plain(r.theirBalance, r.digits));
    json.field("difference", plain(r.difference(), r.digits));
    json.field("explained", plain(r.explained(), r.digits));
    json.field("unresolved", r.unresolved());
    json.key("counts").beginObject();
    for (const auto& [category, n] : r.counts())
        json.field(reconcile::toString(category), n);
    json.endObject();
    json.key("items").beginArray();
    for (const reconcile::Item& item : r.items) {
        json.beginObject().field("item", item.number);
        json.field("category", reconcile::toString(item.category));
        json.field("reference", item.reference).field("shipper", item.shipper);
        json.field("good", item.good);
        auto side = [&](const char* name, const std::optional<reconcile::Figures>& f,
                        const char* origin, std::int64_t where) {
            json.key(name);
            if (!f) {
                json.null();
                return;
            }
            json.beginObject().field(origin, where).field("date", f->date.toString());
            json.field("quantity", quantity(item.good, f->quantity));
            json.field("value", plain(f->value, r.digits)).endObject();
        };
        side("ours", item.ours, "seq", item.ourSeq);
        side("theirs", item.theirs, "line", item.theirLine);
        json.field("difference", plain(item.difference, r.digits));
        json.key("resolution");
        if (const reconcile::Resolution* res = r.resolutionOf(item.number)) {
            json.beginObject().field("kind", reconcile::toString(res->kind));
            json.key("seq");
            res->seq ? json.value(*res->seq) : json.null();
            json.field("note", res->note).field("by", res->by).field("at", res->at).endObject();
        } else {
            json.null();
        }
        json.endObject();
    }
    json.endArray().endObject();
}

void printItems(Context& ctx, const Reconciliation& r) {
    const QuantityText quantity(ctx);
    const bool table = ctx.format() == Format::Table;
    auto money = [&](const Decimal& v) {
        return table ? amount(v, r.digits, r.unit) : plain(v, r.digits);
    };
    Rows rows{{"item", "category", "reference", "shipper", "good", "our seq", "our date",
               "our quantity", "our value", "their line", "their date", "their quantity",
               "their value", "difference", "resolution"},
              {"item", "category", "reference", "shipper", "good", "our_seq", "our_date",
               "our_quantity", "our_value", "their_line", "their_date", "their_quantity",
               "their_value", "difference", "resolution"},
              {true, false, false, false, false, true, false, true, true, true, false, true, true,
               true, false},
              {}};
    rows.emptyText = "No lines on either side in the period.";
    for (const reconcile::Item& item : r.items) {
        std::vector<std::string> cells{std::to_string(item.number),
                                       std::string(reconcile::toString(item.category)),
                                       item.reference, item.shipper, item.good};
        auto side = [&](const std::optional<reconcile::Figures>& f, std::int64_t where) {
            if (!f) {
                cells.insert(cells.end(), 4, std::string());
                return;
            }
            cells.insert(cells.end(), {std::to_string(where), f->date.toString(),
                                       quantity(item.good, f->quantity), money(f->value)});
        };
        side(item.ours, item.ourSeq);
        side(item.theirs, item.theirLine);
        cells.push_back(money(item.difference));
        const reconcile::Resolution* res = r.resolutionOf(item.number);
        cells.push_back(res == nullptr ? std::string()
                                       : std::string(reconcile::toString(res->kind)) +
                                             (res->seq ? " " + std::to_string(*res->seq) : "") +
                                             (res->note.empty() ? "" : ": " + res->note));
        rows.cells.push_back(std::move(cells));
    }
    if (table) {
        std::ostream& out = ctx.out();
        out << "Reconciliation " << r.id << " of " << r.agreement << ", "
            << (r.from ? r.from->toString() : std::string("the beginning")) << " through "
            << r.through.toString() << ", statement " << r.statementName << " (SHA-256 "
            << r.statementSha256 << ")\n";
        out << "  opening balance  " << money(r.openingBalance) << "\n";
        out << "  our balance      " << money(r.ourBalance) << "\n";
        out << "  their balance    " << money(r.theirBalance) << "\n";
        out << "  difference       " << money(r.difference())
            << ", explained by the items: " << money(r.explained()) << "\n ";
        for (const auto& [category, n] : r.counts())
            out << ' ' << reconcile::toString(category) << ' ' << n;
        out << "; unresolved " << r.unresolved() << "\n\n";
    }
    printTableOrCsv(ctx, rows);
}

void print(Context& ctx, const Reconciliation& r) {
    if (ctx.format() == Format::Json)
        printJson(ctx, r);
    else
        printItems(ctx, r);
}

std::int64_t reconciliationId(const std::string& text) {
    return positiveNumber(text, "reconciliation", "the id of a reconciliation");
}

int list(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({}, 3);
    const std::string agreement = a.positional().size() > 2 ? a.word(2, "agreement code") : "";
    Rows rows{{"id", "agreement", "from", "through", "statement", "our balance", "their balance",
               "difference", "by", "at"},
              {"id", "agreement", "from", "through", "statement", "our_balance", "their_balance",
               "difference", "created_by", "created_at"},
              {true, false, false, false, false, true, true, true, false, false},
              {}};
    rows.emptyText = "No reconciliations yet.";
    const bool table = ctx.format() == Format::Table;
    for (const Reconciliation& r :
         ctx.book().reconciliation().reconciliations(ctx.session(), agreement)) {
        auto money = [&](const Decimal& v) {
            return table ? amount(v, r.digits, r.unit) : plain(v, r.digits);
        };
        rows.cells.push_back({std::to_string(r.id), r.agreement, r.from ? r.from->toString() : "",
                              r.through.toString(), r.statementName, money(r.ourBalance),
                              money(r.theirBalance), money(r.difference()), r.createdBy,
                              r.createdAt});
    }
    printTableOrCsv(ctx, rows);
    return 0;
}

int resolve(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"note", "correction", "reversal"}, 4);
    const std::int64_t id = reconciliationId(a.word(2, "id of the reconciliation"));
    const std::string itemText = a.word(3, "item number");
    const std::int64_t item = positiveNumber(itemText, "item", "an item number");
    if (item > std::numeric_limits<int>::max())
        throw InvalidInput("item",
                           "no item " + itemText + " in reconciliation " + std::to_string(id));
    const bool correction = a.has("correction");
    const bool reversal = a.has("reversal");
    if (correction && reversal)
        throw UsageError("give --correction SEQ or --reversal SEQ, not both");
    if (!correction && !reversal && !a.has("note"))
        throw UsageError("resolve an item with --correction SEQ, --reversal SEQ or --note TEXT");
    std::optional<std::int64_t> seq;
    if (correction || reversal) {
        const char* option = correction ? "correction" : "reversal";
        seq = positiveNumber(a.required(option), option, "a sequence number");
    }
    const auto kind = correction ? reconcile::ResolutionKind::Correction
                      : reversal ? reconcile::ResolutionKind::Reversal
                                 : reconcile::ResolutionKind::Note;
    ctx.book().reconciliation().resolveItem(ctx.session(), id, static_cast<int>(item), kind, seq,
                                            a.option("note", ""));
    print(ctx, ctx.book().reconciliation().saved(ctx.session(), id));
    return 0;
}

void printCloses(Context& ctx, const std::vector<reconcile::PeriodClose>& closes, bool one) {
    const std::vector<reports::AgreementInfo> infos = [&] {
        std::vector<reports::AgreementInfo> all;
        for (const reconcile::PeriodClose& c : closes)
            all.push_back(ctx.book().reporting().agreementInfo(ctx.session(), c.agreement));
        return all;
    }();
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        if (!one)
            json.beginArray();
        for (std::size_t i = 0; i < closes.size(); ++i) {
            const reconcile::PeriodClose& c = closes[i];
            json.beginObject().field("id", c.id).field("agreement", c.agreement);
            json.field("through", c.through.toString());
            json.field("agreed_balance", plain(c.agreedBalance, infos[i].digits));
            json.key("reconciliation");
            c.reconciliation ? json.value(*c.reconciliation) : json.null();
            json.field("head_seq", c.headSeq).field("head_hash", c.headHash);
            json.field("closed_by", c.closedBy).field("closed_at", c.closedAt).endObject();
        }
        if (!one)
            json.endArray();
        return;
    }
    const bool table = ctx.format() == Format::Table;
    Rows rows{{"id", "agreement", "through", "agreed balance", "reconciliation", "head seq",
               "head hash", "closed by", "closed at"},
              {"id", "agreement", "through", "agreed_balance", "reconciliation", "head_seq",
               "head_hash", "closed_by", "closed_at"},
              {true, false, false, true, true, true, false, false, false},
              {}};
    rows.emptyText = "No period has been closed.";
    for (std::size_t i = 0; i < closes.size(); ++i) {
        const reconcile::PeriodClose& c = closes[i];
        rows.cells.push_back({std::to_string(c.id), c.agreement, c.through.toString(),
                              table ? amount(c.agreedBalance, infos[i].digits, infos[i].unit)
                                    : plain(c.agreedBalance, infos[i].digits),
                              c.reconciliation ? std::to_string(*c.reconciliation) : "",
                              std::to_string(c.headSeq), c.headHash, c.closedBy, c.closedAt});
    }
    if (table && one)
        ctx.out() << "Closed " << closes.front().agreement << " through "
                  << closes.front().through.toString()
                  << ": nothing dated on or before it can be entered, imported, approved or "
                     "reversed.\n";
    printTableOrCsv(ctx, rows);
}

} // namespace

int cmdReconcile(Context& ctx) {
    const Arguments& a = ctx.args();
    const std::string first = a.word(1, "agreement code, or show, list or resolve");
    if (first == "list")
        return list(ctx);
    if (first == "resolve")
        return resolve(ctx);
    if (first == "show") {
        a.allow({}, 3);
        print(ctx, ctx.book().reconciliation().saved(
                       ctx.session(), reconciliationId(a.word(2, "id of the reconciliation"))));
        return 0;
    }
    a.allow({"statement", "from", "through", "map", "tolerance-days"}, 2);
    const std::string statement = a.required("statement");
    a.required("through");
    const Date through = *dateOption(a, "through");
    int tolerance = 0;
    if (const std::optional<std::string> text = a.option("tolerance-days")) {
        const std::optional<Decimal> days = Decimal::parse(*text, 0);
        if (!days || days->isNegative() || *days > Decimal::fromInt(366))
            throw InvalidInput("tolerance-days",
                               "\"" + *text + "\" is not a number of days from 0 to 366");
        tolerance = static_cast<int>(days->toScaled(0));
    }
    const std::optional<std::string> map = a.option("map");
    const Reconciliation r = ctx.book().reconciliation().reconcile(
        ctx.session(), first, statement, dateOption(a, "from"), through,
        map ? reconcile::readMapping(*map) : reconcile::Mapping{}, tolerance);
    print(ctx, r);
    if (r.statementOutside > 0)
        Context::warn(std::to_string(r.statementOutside) +
                      " line(s) of the statement are dated outside the period and were left out");
    return 0;
}

int cmdClose(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"through", "agreed-balance", "reconciliation"}, 2);
    const std::string agreement = a.word(1, "agreement code");
    a.required("through");
    const Date through = *dateOption(a, "through");
    std::optional<std::int64_t> reconciliation;
    if (const std::optional<std::string> id = a.option("reconciliation"))
        reconciliation = reconciliationId(*id);
    const reconcile::PeriodClose c = ctx.book().reconciliation().closePeriod(
        ctx.session(), agreement, through, a.required("agreed-balance"), reconciliation);
    printCloses(ctx, {c}, true);
    // Entries still waiting for approval in the closed period can never be posted now.
    if (const std::int64_t pending =
            ctx.book().reconciliation().previewClose(ctx.session(), agreement, through).pending;
        pending > 0)
        Context::warn(std::to_string(pending) + " pending entr" +
                      (pending == 1 ? "y is" : "ies are") +
                      " dated in the closed period and can no longer be approved; reject " +
                      (pending == 1 ? "it" : "them"));
    return 0;
}

int cmdPeriods(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({}, 2);
    const std::string agreement = a.positional().size() > 1 ? a.word(1, "agreement code") : "";
    printCloses(ctx, ctx.book().reconciliation().periods(ctx.session(), agreement), false);
    return 0;
}

} // namespace barter::cli

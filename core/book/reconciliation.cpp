// SPDX-License-Identifier: GPL-3.0-or-later
// Book: reconciliation with the other side's statement, and the resolution of its items.
#include "../domain/validate.h"
#include "../reconcile/statement.h"
#include "../storage/journal_store.h"
#include "book.h"
#include "permissions.h"

#include <fmt/format.h>

#include <filesystem>
#include <set>
#include <stdexcept>

namespace barter {

namespace {

using reconcile::Category;
using reconcile::Item;
using reconcile::Line;

// Our posted lines of the period. A reversal and the exchange it reverses, both in the period,
// cancel out and are left out: the other side never saw either or saw neither. A reversal of
// an earlier exchange keeps that exchange's reference, so that it meets their storno of it.
std::vector<Line> ourLines(Database& db, const reports::StatementReport& st) {
    std::set<std::int64_t> cancelled;
    std::set<std::int64_t> inPeriod;
    for (const reports::StatementLine& l : st.lines)
        inPeriod.insert(l.seq);
    for (const reports::StatementLine& l : st.lines)
        if (l.reversesSeq && inPeriod.count(*l.reversesSeq) != 0) {
            cancelled.insert(l.seq);
            cancelled.insert(*l.reversesSeq);
        }
    std::vector<Line> lines;
    std::map<std::int64_t, long> lineNo;
    for (const reports::StatementLine& l : st.lines) {
        const long no = ++lineNo[l.seq];
        if (cancelled.count(l.seq) != 0)
            continue;
        Line line;
        line.reference = l.reference;
        if (l.reversesSeq) {
            Statement& original = db.cached("SELECT reference FROM exchange WHERE seq = ?1");
            if (original.bind(1, *l.reversesSeq).step())
                line.reference = original.getText(0);
            original.reset();
        }
        line.shipper = l.shipper;
        line.side = l.shipper == st.agreement.partyA ? Side::A : Side::B;
        line.good = l.good;
        line.date = l.date;
        line.quantity = l.quantity.rescaled(kQuantityScale);
        line.value = l.value;
        line.seq = l.seq;
        line.line = no;
        lines.push_back(std::move(line));
    }
    return lines;
}

std::optional<Decimal> scaled(const Statement& s, int column, int scale) {
    const std::optional<std::int64_t> v = s.getOptionalInt(column);
    return v ? std::optional<Decimal>(Decimal::fromScaled(*v, scale)) : std::nullopt;
}

std::optional<reconcile::Figures> figures(const Statement& s, int column, int digits) {
    const std::optional<std::string> date = s.getOptionalText(column);
    if (!date)
        return std::nullopt;
    return reconcile::Figures{*Date::parse(*date), *scaled(s, column + 1, kQuantityScale),
                              *scaled(s, column + 2, digits)};
}

reconcile::Reconciliation readHeader(Database& db, const Statement& s) {
    reconcile::Reconciliation r;
    r.id = s.getInt(0);
    const reports::AgreementInfo info = reports::agreementInfo(db, s.getText(1));
    r.agreement = info.code;
    r.unit = info.unit;
    r.partyA = info.partyA;
    r.partyB = info.partyB;
    r.digits = info.digits;
    if (const std::optional<std::string> from = s.getOptionalText(2))
        r.from = Date::parse(*from);
    r.through = *Date::parse(s.getText(3));
    r.toleranceDays = static_cast<int>(s.getInt(4));
    r.statementName = s.getText(5);
    r.statementSha256 = s.getText(6);
    r.mappingSha256 = s.getText(7);
    r.openingBalance = Decimal::fromScaled(s.getInt(8), info.digits);
    r.ourBalance = Decimal::fromScaled(s.getInt(9), info.digits);
    r.theirBalance = Decimal::fromScaled(s.getInt(10), info.digits);
    r.createdBy = s.getText(11);
    r.createdAt = s.getText(12);
    return r;
}

constexpr const char* kHeaderSelect = R"sql(
    SELECT r.id, a.code, r.from_date, r.through, r.tolerance_days, r.statement_name,
           r.statement_sha256, r.mapping_sha256, r.opening_balance, r.our_balance,
           r.their_balance, r.created_by, r.created_at
    FROM reconciliation r JOIN agreement a ON a.id = r.agreement_id)sql";

void saveItems(Database& db, std::int64_t id, const std::vector<Item>& items, int digits) {
    Statement insert = db.prepare(R"sql(
        INSERT INTO reconciliation_item (reconciliation_id, item_no, category, reference, shipper,
            good, our_seq, our_line, our_date, our_quantity, our_value, their_line, their_date,
            their_quantity, their_value, difference)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16))sql");
    for (const Item& item : items) {
        insert.bind(1, id).bind(2, item.number).bind(3, reconcile::toString(item.category));
        insert.bind(4, item.reference).bind(5, item.shipper).bind(6, item.good);
        auto side = [&](int column, const std::optional<reconcile::Figures>& f) {
            if (f)
                insert.bind(column, f->date.toString())
                    .bind(column + 1, f->quantity.toScaled(kQuantityScale))
                    .bind(column + 2, f->value.toScaled(digits));
            else
                insert.bindNull(column).bindNull(column + 1).bindNull(column + 2);
        };
        if (item.ours)
            insert.bind(7, item.ourSeq).bind(8, static_cast<std::int64_t>(item.ourLine));
        else
            insert.bindNull(7).bindNull(8);
        side(9, item.ours);
        if (item.theirs)
            insert.bind(12, static_cast<std::int64_t>(item.theirLine));
        else
            insert.bindNull(12);
        side(13, item.theirs);
        insert.bind(16, item.difference.toScaled(digits));
        insert.run();
    }
}

} // namespace

namespace {
const Item& itemOf(const reconcile::Reconciliation& r, int number) {
    for (const Item& i : r.items)
        if (i.number == number)
            return i;
    throw InvalidInput("item", fmt::format("no item {} in reconciliation {}", number, r.id));
}

reconcile::StatementContext statementContext(Database& db, const reports::AgreementInfo& info) {
    reconcile::StatementContext context;
    context.partyA = info.partyA;
    context.partyB = info.partyB;
    context.digits = info.digits;
    context.goodExists = [&db](const std::string& good) {
        Statement& q = db.cached("SELECT 1 FROM good WHERE code = ?1");
        const bool found = q.bind(1, good).step();
        q.reset();
        return found;
    };
    context.listPrice = [&db, id = info.id](const std::string& good,
                                            Date date) -> std::optional<Decimal> {
        Statement& q = db.cached(R"sql(
            SELECT p.unit_price FROM price p JOIN good g ON g.id = p.good_id
            WHERE p.agreement_id = ?1 AND g.code = ?2 AND p.effective_from <= ?3
            ORDER BY p.effective_from DESC LIMIT 1)sql");
        q.bind(1, id).bind(2, good).bind(3, date.toString());
        std::optional<Decimal> price;
        if (q.step())
            price = Decimal::fromScaled(q.getInt(0), kPriceScale);
        q.reset();
        return price;
    };
    return context;
}
} // namespace

reconcile::UnknownCodes ReconciliationService::unknownCodes(const Session& s,
                                                            const std::string& agreement,
                                                            const std::string& statementFile,
                                                            const reconcile::Mapping& mapping) {
    require(s, Action::ViewReports);
    const reports::AgreementInfo info = reports::agreementInfo(database(), agreement);
    return reconcile::unknownCodes(statementFile, mapping, statementContext(database(), info));
}

reconcile::Reconciliation ReconciliationService::reconcile(
    const Session& s, const std::string& agreement, const std::string& statementFile,
    std::optional<Date> from, Date through, const reconcile::Mapping& mapping, int toleranceDays) {
    require(s, Action::Reconcile);
    const reports::AgreementInfo info = reports::agreementInfo(database(), agreement);
    if (from && *from > through)
        throw InvalidInput(
            "from", fmt::format("{} is after --through {}", from->toString(), through.toString()));
    if (toleranceDays < 0 || toleranceDays > 366)
        throw InvalidInput("tolerance_days", "must be 0 to 366 days");
    reconcile::StatementContext context = statementContext(database(), info);
    context.from = from;
    context.through = through;
    const reconcile::Statement theirs = reconcile::readStatement(statementFile, mapping, context);

    reconcile::Reconciliation r;
    r.agreement = info.code;
    r.unit = info.unit;
    r.partyA = info.partyA;
    r.partyB = info.partyB;
    r.digits = info.digits;
    r.from = from;
    r.through = through;
    r.toleranceDays = toleranceDays;
    r.statementName = std::filesystem::path(statementFile).filename().string();
    r.statementSha256 = theirs.sha256;
    r.mappingSha256 = mapping.sha256;
    r.statementRows = theirs.rows;
    r.statementOutside = theirs.outside;
    r.createdBy = s.userName();
    r.createdAt = now();

    Transaction tx(database());
    const reports::StatementReport ours = reports::statement(database(), info, from, through);
    r.openingBalance = from ? reports::balance(database(), info, from->plusDays(-1)).balance
                            : Decimal::fromInt(0).rescaled(info.digits);
    r.ourBalance = reports::balance(database(), info, through).balance;
    r.theirBalance = r.openingBalance;
    for (const Line& l : theirs.lines)
        r.theirBalance += reconcile::signedValue(l);
    r.items = reconcile::match(ourLines(database(), ours),
                               reconcile::withoutCancellingPairs(theirs.lines), toleranceDays,
                               info.digits);
    // The gap is always fully explained; anything else is a bug in the matching, never a
    // rounding excuse, and nothing is saved then.
    if (r.explained() != r.difference())
        throw std::logic_error(fmt::format("reconciliation of {}: the items explain {} of a "
                                           "difference of {}",
                                           info.code, r.explained().toString(),
                                           r.difference().toString()));

    Statement insert = database().prepare(R"sql(
        INSERT INTO reconciliation (agreement_id, from_date, through, tolerance_days,
            statement_name, statement_sha256, mapping_sha256, opening_balance, our_balance,
            their_balance, created_by, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
    insert.bind(1, info.id)
        .bind(2, from ? std::optional<std::string>(from->toString()) : std::nullopt)
        .bind(3, through.toString())
        .bind(4, toleranceDays)
        .bind(5, r.statementName)
        .bind(6, r.statementSha256)
        .bind(7, r.mappingSha256)
        .bind(8, r.openingBalance.toScaled(info.digits))
        .bind(9, r.ourBalance.toScaled(info.digits))
        .bind(10, r.theirBalance.toScaled(info.digits))
        .bind(11, r.createdBy)
        .bind(12, r.createdAt)
        .run();
    r.id = database().lastInsertId();
    saveItems(database(), r.id, r.items, info.digits);
    audit(s, "reconcile", info.code,
          fmt::format("reconciliation {} through {} of {} (sha256 {}): ours {}, theirs {}, "
                      "{} items",
                      r.id, through.toString(), statementFile, r.statementSha256,
                      r.ourBalance.toString(), r.theirBalance.toString(), r.items.size()));
    tx.commit();
    return r;
}

reconcile::Reconciliation ReconciliationService::saved(const Session& s, std::int64_t id) {
    require(s, Action::ViewReports);
    Statement header = database().prepare(std::string(kHeaderSelect) + " WHERE r.id = ?1");
    if (!header.bind(1, id).step())
        throw InvalidInput("reconciliation", fmt::format("no reconciliation {}", id));
    reconcile::Reconciliation r = readHeader(database(), header);

    Statement items = database().prepare(R"sql(
        SELECT item_no, category, reference, shipper, good, our_seq, our_line, our_date,
               our_quantity, our_value, their_line, their_date, their_quantity, their_value,
               difference
        FROM reconciliation_item WHERE reconciliation_id = ?1 ORDER BY item_no)sql");
    items.bind(1, id);
    while (items.step()) {
        Item item;
        item.number = static_cast<int>(items.getInt(0));
        item.category = *reconcile::parseCategory(items.getText(1));
        item.reference = items.getText(2);
        item.shipper = items.getText(3);
        item.good = items.getText(4);
        item.ourSeq = items.getOptionalInt(5).value_or(0);
        item.ourLine = static_cast<long>(items.getOptionalInt(6).value_or(0));
        item.ours = figures(items, 7, r.digits);
        item.theirLine = static_cast<long>(items.getOptionalInt(10).value_or(0));
        item.theirs = figures(items, 11, r.digits);
        item.difference = Decimal::fromScaled(items.getInt(14), r.digits);
        r.items.push_back(std::move(item));
    }
    Statement resolutions = database().prepare(R"sql(
        SELECT id, item_no, kind, seq, note, resolved_by, resolved_at
        FROM reconciliation_resolution WHERE reconciliation_id = ?1 ORDER BY id)sql");
    resolutions.bind(1, id);
    while (resolutions.step())
        r.resolutions.push_back({resolutions.getInt(0), static_cast<int>(resolutions.getInt(1)),
                                 *reconcile::parseResolutionKind(resolutions.getText(2)),
                                 resolutions.getOptionalInt(3), resolutions.getText(4),
                                 resolutions.getText(5), resolutions.getText(6)});
    return r;
}

std::vector<reconcile::Reconciliation>
ReconciliationService::reconciliations(const Session& s, const std::string& agreement) {
    require(s, Action::ViewReports);
    std::optional<std::int64_t> agreementId;
    if (!agreement.empty())
        agreementId = reports::agreementInfo(database(), agreement).id;
    Statement list = database().prepare(
        std::string(kHeaderSelect) +
        " WHERE CAST(?1 AS BIGINT) IS NULL OR r.agreement_id = ?1 ORDER BY r.id");
    list.bind(1, agreementId);
    std::vector<reconcile::Reconciliation> all;
    while (list.step())
        all.push_back(readHeader(database(), list));
    return all;
}

ExchangeDraft ReconciliationService::correctionDraft(const Session& s, std::int64_t id,
                                                     int itemNo) {
    require(s, Action::ViewReports);
    const reconcile::Reconciliation r = book().reconciliation().saved(s, id);
    const Item* item = &itemOf(r, itemNo);
    if (!reconcile::correctable(*item))
        throw InvalidInput(
            "item", fmt::format("item {} is {}: {}", itemNo, reconcile::toString(item->category),
                                item->category == Category::MissingTheirs ||
                                        item->category == Category::QuantityDiffers
                                    ? "reverse ours, or note that the other side will add theirs"
                                    : "there is no delivery to post; note how it is explained"));
    const bool missing = item->category == Category::MissingOurs;
    const reports::AgreementInfo info = reports::agreementInfo(database(), r.agreement);
    const Decimal quantity =
        missing ? item->theirs->quantity : item->theirs->quantity - item->ours->quantity;

    ExchangeDraft d;
    d.agreement = r.agreement;
    Date date = item->theirs->date;
    for (const reconcile::PeriodClose& c : periods(s, r.agreement))
        if (date <= c.through)
            date = c.through.plusDays(1);
    d.date = date.toString();
    // Their reference, unless our book already uses it (a line of theirs missing from an
    // exchange we have, or a quantity to add): then it gets the reconciliation's mark.
    const std::string suffix = fmt::format("-R{}-{}", id, itemNo);
    const bool theirReference =
        missing && !journal_store::referenceExists(database(), info.id, item->reference);
    d.reference = theirReference                                 ? item->reference
                  : item->reference.size() + suffix.size() <= 64 ? item->reference + suffix
                                                                 : fmt::format("REC{}", suffix);
    d.memo = fmt::format("correction for reconciliation {} item {} (their statement line {})", id,
                         itemNo, item->theirLine);
    DeliveryLineDraft line{item->shipper, item->good, quantity.trimmed(0).toString()};
    // Their value of a missing line stands unless our price list gives the same value.
    if (missing) {
        const std::optional<Decimal> list =
            statementContext(database(), info).listPrice(item->good, date);
        if (!list || Decimal::multiply(quantity, *list, info.digits) != item->theirs->value) {
            line.unitPrice =
                Decimal::divide(item->theirs->value, quantity, kPriceScale).trimmed(0).toString();
            d.priceReason = fmt::format("their value in reconciliation {}", id);
        }
    }
    d.lines.push_back(std::move(line));
    return d;
}

reconcile::Resolution ReconciliationService::resolveItem(const Session& s, std::int64_t id,
                                                         int itemNo, reconcile::ResolutionKind kind,
                                                         std::optional<std::int64_t> seq,
                                                         const std::string& note) {
    require(s, Action::Reconcile);
    const reconcile::Reconciliation r = book().reconciliation().saved(s, id);
    const Item* item = &itemOf(r, itemNo);
    if (item->category == Category::Matched)
        throw InvalidInput("item", fmt::format("item {} of reconciliation {} is matched; there "
                                               "is nothing to resolve",
                                               itemNo, id));
    if (std::string why = validate::freeText(note); !why.empty())
        throw InvalidInput("note", why);
    if (kind == reconcile::ResolutionKind::Note) {
        if (note.empty())
            throw InvalidInput("note", "say how the item is explained (e.g. that the other side "
                                       "will correct theirs)");
        if (seq)
            throw InvalidInput("seq", "a note refers to no exchange; resolve by a correction "
                                      "or a reversal to name one");
    } else {
        if (!seq)
            throw InvalidInput("seq", fmt::format("a {} names the exchange posted for it",
                                                  reconcile::toString(kind)));
        const std::optional<Exchange> e = journal_store::load(database(), *seq);
        if (!e)
            throw InvalidInput("seq", fmt::format("no posted exchange {}", *seq));
        if (e->agreementCode != r.agreement)
            throw InvalidInput("seq", fmt::format("exchange {} belongs to agreement {}, not {}",
                                                  *seq, e->agreementCode, r.agreement));
        if (kind == reconcile::ResolutionKind::Reversal) {
            if (!e->reversesSeq)
                throw InvalidInput("seq", fmt::format("exchange {} is not a reversal", *seq));
            if (item->ourSeq == 0)
                throw InvalidInput("item",
                                   fmt::format("item {} has no line of ours to reverse", itemNo));
            if (*e->reversesSeq != item->ourSeq)
                throw InvalidInput("seq", fmt::format("exchange {} reverses {}, not {} of item {}",
                                                      *seq, *e->reversesSeq, item->ourSeq, itemNo));
        } else {
            if (e->reversesSeq)
                throw InvalidInput("seq", fmt::format("exchange {} is a reversal; resolve the item "
                                                      "as a reversal",
                                                      *seq));
            // A correction is a delivery of the item's good by its shipper, posted for it.
            bool same = false;
            for (const DeliveryLine& l : e->lines)
                same = same || (l.shipperCode == item->shipper && l.goodCode == item->good);
            if (*seq == item->ourSeq || !same || e->postedAt < r.createdAt)
                throw InvalidInput(
                    "seq", fmt::format("exchange {} is no correction of item {}: a correction is "
                                       "posted after the reconciliation and delivers {} by {}",
                                       *seq, itemNo, item->good, item->shipper));
        }
    }
    reconcile::Resolution resolution{0, itemNo, kind, seq, note, s.userName(), now()};
    Transaction tx(database());
    Statement insert = database().prepare(R"sql(
        INSERT INTO reconciliation_resolution (reconciliation_id, item_no, kind, seq, note,
            resolved_by, resolved_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    insert.bind(1, id)
        .bind(2, itemNo)
        .bind(3, reconcile::toString(kind))
        .bind(4, seq)
        .bind(5, note)
        .bind(6, resolution.by)
        .bind(7, resolution.at)
        .run();
    resolution.id = database().lastInsertId();
    audit(s, "resolve", r.agreement,
          fmt::format("reconciliation {} item {}: {}{}{}", id, itemNo, reconcile::toString(kind),
                      seq ? " by exchange " + std::to_string(*seq) : std::string(),
                      note.empty() ? std::string() : ": " + note));
    tx.commit();
    return resolution;
}

} // namespace barter

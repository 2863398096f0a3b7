// SPDX-License-Identifier: GPL-3.0-or-later
// Book: the live preview of a draft, and maker–checker (pending exchanges, approve, reject).
#include "../domain/validate.h"
#include "book.h"
#include "permissions.h"
#include "posting.h"

#include <fmt/format.h>

namespace barter {

std::string toString(PendingStatus status) {
    switch (status) {
    case PendingStatus::Pending:
        return "pending";
    case PendingStatus::Approved:
        return "approved";
    case PendingStatus::Rejected:
        return "rejected";
    }
    return "unknown";
}

namespace {

std::optional<PendingStatus> parseStatus(const std::string& text) {
    for (PendingStatus s :
         {PendingStatus::Pending, PendingStatus::Approved, PendingStatus::Rejected})
        if (text == toString(s))
            return s;
    return std::nullopt;
}

std::string describe(const PendingExchange& p) {
    return fmt::format("pending {} {} {} {} ({} line{})", p.id, p.draft.agreement, p.draft.date,
                       p.draft.reference, p.draft.lines.size(),
                       p.draft.lines.size() == 1 ? "" : "s");
}

// The pending entries `heads` selects (kPendingColumns), each with its lines.
std::vector<PendingExchange> loadPending(Database& db, Statement& heads) {
    std::vector<PendingExchange> out;
    while (heads.step()) {
        PendingExchange p;
        p.id = heads.getInt(0);
        p.draft.agreement = heads.getText(1);
        p.draft.date = heads.getText(2);
        p.draft.reference = heads.getText(3);
        p.draft.memo = heads.getText(4);
        p.draft.priceReason = heads.getText(5);
        p.maker = heads.getText(6);
        p.madeAt = heads.getText(7);
        p.status = parseStatus(heads.getText(8)).value_or(PendingStatus::Pending);
        p.checker = heads.getText(9);
        p.decidedAt = heads.getText(10);
        p.reason = heads.getText(11);
        p.postedSeq = heads.getOptionalInt(12);
        out.push_back(std::move(p));
    }
    Statement& lines = db.cached("SELECT shipper, good, quantity, unit_price FROM pending_line "
                                 "WHERE pending_id = ?1 ORDER BY line_no");
    for (PendingExchange& p : out) {
        lines.bind(1, p.id);
        while (lines.step())
            p.draft.lines.push_back(
                {lines.getText(0), lines.getText(1), lines.getText(2), lines.getText(3)});
        lines.reset();
    }
    return out;
}

constexpr const char* kPendingColumns =
    "SELECT p.id, a.code, p.date, p.reference, p.memo, p.price_reason, p.maker, p.made_at, "
    "p.status, p.checker, p.decided_at, p.reason, p.posted_seq "
    "FROM pending_exchange p JOIN agreement a ON a.id = p.agreement_id ";

// The pending entry `id` that `s` may decide: it exists, waits, and someone else made it.
PendingExchange decidable(Book& book, const Session& s, std::int64_t id) {
    std::optional<PendingExchange> p = book.journal().pendingExchange(s, id);
    if (!p)
        throw InvalidInput("id", fmt::format("no pending exchange {}", id));
    if (p->status != PendingStatus::Pending)
        throw InvalidInput("id", fmt::format("pending exchange {} was already {} by {}", id,
                                             toString(p->status), p->checker));
    if (p->maker == s.userName())
        throw PermissionDenied(fmt::format("permission denied: {} made pending exchange {} and "
                                           "may not decide it; another manager must",
                                           s.userName(), id));
    return *p;
}

// The agreement's figures, the valued lines and their totals, and the balance with them.
void describeEffect(ExchangePreview& view, Poster& poster, const reports::AgreementInfo* a,
                    const PreparedExchange& prepared) {
    view.unit = a->unit;
    view.digits = a->digits;
    view.partyA = a->partyA;
    view.partyB = a->partyB;
    view.swing = a->swing;
    view.warnPercent = a->warnPercent;
    view.lines = prepared.exchange.lines;
    Int128 aToB = 0;
    Int128 bToA = 0;
    for (const DeliveryLine& l : view.lines)
        (l.shipper == Side::A ? aToB : bToA) += l.value.mantissa();
    view.aToB = Decimal(aToB, a->digits);
    view.bToA = Decimal(bToA, a->digits);
    view.balanceBefore = poster.balance(a->id);
    view.balanceAfter = Decimal(view.balanceBefore->mantissa() + prepared.delta, a->digits);
    const reports::SwingUse use = reports::swingUse(*a, *view.balanceAfter);
    view.swingLevel = use.level;
    view.swingUsePercent = use.percent;
}

// The level shown follows the swing rule itself (which checks the entry's date and every later
// day, and never refuses a move towards zero), not only the balance after the latest posting.
void settleSwingLevel(ExchangePreview& view, bool exceeded) {
    using Level = ExchangePreview::SwingLevel;
    if (!view.swing)
        return;
    if (exceeded)
        view.swingLevel = Level::Exceeded;
    else if (!view.warnings.empty() || view.swingLevel == Level::Exceeded)
        view.swingLevel = Level::Warning; // e.g. still past the limit, but moving towards zero
}

} // namespace

ExchangePreview JournalService::preview(const Session& s, const ExchangeDraft& draft) {
    require(s, Action::EnterExchange);
    ExchangePreview view;
    Poster poster(database());
    PreparedExchange prepared;
    poster.prepare(draft, prepared, view.problems, true);
    const reports::AgreementInfo* a = poster.agreement(draft.agreement);
    if (a == nullptr)
        return view;
    describeEffect(view, poster, a, prepared);
    // The swing and protocol rules need a date; the other lines' problems do not stop them from
    // being shown.
    if (Date::parse(draft.date) && !view.lines.empty()) {
        settleSwingLevel(
            view, poster.checkSwing(prepared, draft.swingOverride, view.problems, view.warnings));
        poster.checkProtocols(draft, prepared, draft.protocolOverride, view.problems, view.warnings,
                              &view.protocolChecks);
    }
    return view;
}

ExchangePreview JournalService::previewReversal(const Session& s, std::int64_t seq,
                                                const std::string& reason,
                                                const std::string& dateText) {
    require(s, Action::Reverse);
    ExchangePreview view;
    std::optional<Exchange> original = journal_store::load(database(), seq);
    if (!original) {
        view.problems.push_back(
            {"seq", fmt::format("no posted exchange with sequence number {}", seq)});
        return view;
    }
    if (original->reversesSeq)
        view.problems.push_back({"seq", fmt::format("exchange {} is itself the reversal of {}", seq,
                                                    *original->reversesSeq)});
    else if (std::optional<std::int64_t> by = journal_store::reversedBy(database(), seq))
        view.problems.push_back(
            {"seq", fmt::format("exchange {} was already reversed by {}", seq, *by)});
    std::optional<Date> date = dateText.empty() ? Date::today() : Date::parse(dateText);
    if (!date) {
        view.problems.push_back({"date", "\"" + dateText + "\" is not a date (YYYY-MM-DD)"});
        return view;
    }
    Poster poster(database());
    PreparedExchange prepared;
    poster.prepareReversal(*original, reason, *date, prepared, view.problems);
    const reports::AgreementInfo* a = poster.agreement(original->agreementCode);
    if (a == nullptr)
        return view;
    describeEffect(view, poster, a, prepared);
    settleSwingLevel(view, poster.checkSwing(prepared, {}, view.problems, view.warnings));
    return view;
}

RecordResult JournalService::record(const Session& s, const ExchangeDraft& draft) {
    RecordResult result;
    if (book().settings().needsApproval(s)) {
        result.pending = submit(s, draft);
        ExchangePreview view = preview(s, draft);
        for (const Problem& p : view.problems)
            if (p.field == "swing" || p.field.ends_with("protocol")) {
                // "line 2: protocol" says which line; the message says the rest.
                const std::size_t cut = p.field.rfind(": ");
                result.warnings.push_back(
                    (cut == std::string::npos ? std::string() : p.field.substr(0, cut + 2)) +
                    p.message + " (at approval)");
            }
        result.warnings.insert(result.warnings.end(), view.warnings.begin(), view.warnings.end());
    } else {
        result.posted = post(s, draft);
        result.warnings = result.posted->warnings;
    }
    return result;
}

PendingExchange JournalService::submit(const Session& s, const ExchangeDraft& draft) {
    require(s, Action::EnterExchange);
    if (!draft.swingOverride.empty())
        throw InvalidInput("override_swing", "a pending exchange cannot override the swing "
                                             "limit; the approving manager may");
    if (!draft.protocolOverride.empty())
        throw InvalidInput("override_protocol", "a pending exchange cannot override a protocol; "
                                                "the approving manager may");
    Transaction tx(database());
    Poster poster(database());
    PreparedExchange prepared;
    std::vector<Problem> problems;
    poster.prepare(draft, prepared, problems);
    if (problems.empty()) {
        Statement& taken = database().cached("SELECT id FROM pending_exchange WHERE "
                                             "agreement_id = ?1 AND reference = ?2 AND "
                                             "status = 'pending'");
        taken.bind(1, prepared.agreementId).bind(2, draft.reference);
        if (taken.step())
            problems.push_back(
                {"reference", fmt::format("\"{}\" is already used by pending "
                                          "exchange {} in agreement {}",
                                          draft.reference, taken.getInt(0), draft.agreement)});
        taken.reset();
    }
    if (!problems.empty())
        throw InvalidInput(problems);
    Statement ins = database().prepare(
        "INSERT INTO pending_exchange (agreement_id, date, reference, memo, price_reason, maker, "
        "made_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    const std::string madeAt = now();
    // Keep the date as the core read it, so "2024-1-5"-style surprises cannot arise later.
    ins.bind(1, prepared.agreementId)
        .bind(2, prepared.exchange.date.toString())
        .bind(3, draft.reference)
        .bind(4, draft.memo)
        .bind(5, draft.priceReason)
        .bind(6, s.userName())
        .bind(7, madeAt);
    ins.run();
    PendingExchange p;
    p.id = database().lastInsertId();
    p.draft = draft;
    p.draft.date = prepared.exchange.date.toString();
    p.draft.swingOverride.clear();
    p.draft.protocolOverride.clear();
    p.maker = s.userName();
    p.madeAt = madeAt;
    Statement line = database().prepare("INSERT INTO pending_line (pending_id, line_no, shipper, "
                                        "good, quantity, unit_price) VALUES (?1, ?2, ?3, ?4, ?5, "
                                        "?6)");
    for (std::size_t i = 0; i < draft.lines.size(); ++i) {
        const DeliveryLineDraft& d = draft.lines[i];
        line.bind(1, p.id)
            .bind(2, static_cast<std::int64_t>(i + 1))
            .bind(3, d.shipper)
            .bind(4, d.good)
            .bind(5, d.quantity)
            .bind(6, d.unitPrice);
        line.run();
    }
    audit(s, "submit", "exchange", describe(p));
    tx.commit();
    return p;
}

std::vector<PendingExchange> JournalService::pendingExchanges(const Session& s, bool all) {
    require(s, Action::ViewReports);
    Statement st =
        database().prepare(std::string(kPendingColumns) + (all ? "ORDER BY p.id"
                                                               : "WHERE p.status = 'pending' "
                                                                 "ORDER BY p.id"));
    return loadPending(database(), st);
}

std::optional<PendingExchange> JournalService::pendingExchange(const Session& s, std::int64_t id) {
    require(s, Action::ViewReports);
    Statement st = database().prepare(std::string(kPendingColumns) + "WHERE p.id = ?1");
    st.bind(1, id);
    std::vector<PendingExchange> found = loadPending(database(), st);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

PostResult JournalService::approve(const Session& s, std::int64_t id,
                                   const std::string& swingOverride,
                                   const std::string& protocolOverride) {
    require(s, Action::Approve);
    Transaction tx(database());
    PendingExchange p = decidable(book(), s, id);
    ExchangeDraft draft = p.draft;
    draft.swingOverride = swingOverride;
    draft.protocolOverride = protocolOverride;
    PostResult result = postDraft(s, draft, p.maker);
    Statement upd = database().prepare(
        "UPDATE pending_exchange SET status = 'approved', checker = ?2, decided_at = ?3, "
        "posted_seq = ?4 WHERE id = ?1");
    upd.bind(1, id).bind(2, s.userName()).bind(3, now()).bind(4, result.exchange.seq);
    upd.run();
    audit(s, "approve", "exchange",
          fmt::format("{} posted as seq {}", describe(p), result.exchange.seq));
    tx.commit();
    return result;
}

void JournalService::reject(const Session& s, std::int64_t id, const std::string& reason) {
    require(s, Action::Approve);
    if (reason.empty())
        throw InvalidInput("reason", "a rejection needs a reason");
    if (std::string why = validate::freeText(reason); !why.empty())
        throw InvalidInput("reason", why);
    Transaction tx(database());
    PendingExchange p = decidable(book(), s, id);
    Statement upd = database().prepare(
        "UPDATE pending_exchange SET status = 'rejected', checker = ?2, decided_at = ?3, "
        "reason = ?4 WHERE id = ?1");
    upd.bind(1, id).bind(2, s.userName()).bind(3, now()).bind(4, reason);
    upd.run();
    audit(s, "reject", "exchange", describe(p) + ": " + reason);
    tx.commit();
}

} // namespace barter

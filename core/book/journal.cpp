// SPDX-License-Identifier: GPL-3.0-or-later
// The journal (JournalService): checking, posting, reversing and reading exchanges.
#include "../domain/validate.h"
#include "book.h"
#include "permissions.h"
#include "posting.h"

#include <fmt/format.h>

#include <limits>

namespace barter {

namespace {
std::string describe(const Exchange& e) {
    return fmt::format("seq {} {} {} {} ({} line{})", e.seq, e.agreementCode, e.date.toString(),
                       e.reference, e.lines.size(), e.lines.size() == 1 ? "" : "s");
}
} // namespace

std::vector<Problem> JournalService::check(const Session& s, const ExchangeDraft& draft) {
    require(s, Action::EnterExchange);
    Poster poster(database());
    PreparedExchange prepared;
    std::vector<Problem> problems;
    std::vector<std::string> warnings;
    poster.prepare(draft, prepared, problems);
    if (problems.empty()) {
        poster.checkSwing(prepared, draft.swingOverride, problems, warnings);
        poster.checkProtocols(draft, prepared, draft.protocolOverride, problems, warnings);
    }
    return problems;
}

PostResult JournalService::post(const Session& s, const ExchangeDraft& draft) {
    require(s, Action::EnterExchange);
    if (book().settings().needsApproval(s))
        throw PermissionDenied("permission denied: " + s.userName() + " (" + toString(s.role()) +
                               ") may not post directly while entries need approval; submit the "
                               "exchange for a manager's approval");
    return postDraft(s, draft, s.userName());
}

PostResult JournalService::postDraft(const Session& s, const ExchangeDraft& draft,
                                     const std::string& maker) {
    if (!draft.swingOverride.empty())
        require(s, Action::OverrideSwing);
    if (std::string why = validate::freeText(draft.swingOverride); !why.empty())
        throw InvalidInput("override_swing", why);
    if (!draft.protocolOverride.empty())
        require(s, Action::OverrideProtocol);
    if (std::string why = validate::freeText(draft.protocolOverride); !why.empty())
        throw InvalidInput("override_protocol", why);
    Transaction tx(database());
    Poster poster(database());
    PreparedExchange prepared;
    std::vector<Problem> problems;
    PostResult result;
    poster.prepare(draft, prepared, problems);
    bool overridden = false;
    std::vector<std::int64_t> letThrough;
    if (problems.empty()) {
        overridden = poster.checkSwing(prepared, draft.swingOverride, problems, result.warnings);
        letThrough = poster.checkProtocols(draft, prepared, draft.protocolOverride, problems,
                                           result.warnings);
    }
    if (!problems.empty())
        throw InvalidInput(problems);
    // The override's reason is part of the chained exchange only when it was needed.
    if (overridden)
        prepared.exchange.swingOverride = draft.swingOverride;
    result.exchange = poster.write(prepared, maker, now());
    result.balanceAfter = poster.balance(prepared.agreementId);
    audit(s, "post", "exchange", describe(result.exchange));
    if (overridden)
        audit(s, "override", "swing", describe(result.exchange) + ": " + draft.swingOverride);
    // A line let past a strict protocol keeps the reason beside the exchange.
    Statement kept = database().prepare("INSERT INTO protocol_override (exchange_seq, "
                                        "protocol_id, reason, overridden_by) VALUES (?1, ?2, ?3, "
                                        "?4)");
    for (std::int64_t protocolId : letThrough) {
        kept.bind(1, result.exchange.seq).bind(2, protocolId).bind(3, draft.protocolOverride);
        kept.bind(4, s.userName()).run();
    }
    if (!letThrough.empty())
        audit(s, "override", "protocol", describe(result.exchange) + ": " + draft.protocolOverride);
    tx.commit();
    return result;
}

PostResult JournalService::reverse(const Session& s, std::int64_t seq, const std::string& reason,
                                   const std::string& dateText, const std::string& swingOverride) {
    require(s, Action::Reverse);
    Transaction tx(database());
    std::optional<Exchange> original = journal_store::load(database(), seq);
    if (!original)
        throw InvalidInput("seq", fmt::format("no posted exchange with sequence number {}", seq));
    if (original->reversesSeq)
        throw InvalidInput("seq", fmt::format("exchange {} is itself the reversal of {}; record "
                                              "the exchange again instead",
                                              seq, *original->reversesSeq));
    if (std::optional<std::int64_t> by = journal_store::reversedBy(database(), seq))
        throw InvalidInput("seq", fmt::format("exchange {} was already reversed by {}", seq, *by));
    std::optional<Date> date = dateText.empty() ? Date::today() : Date::parse(dateText);
    if (!date)
        throw InvalidInput("date", "\"" + dateText + "\" is not a date (YYYY-MM-DD)");
    Poster poster(database());
    PreparedExchange prepared;
    std::vector<Problem> problems;
    PostResult result;
    if (!swingOverride.empty())
        require(s, Action::OverrideSwing);
    if (std::string why = validate::freeText(swingOverride); !why.empty())
        throw InvalidInput("override_swing", why);
    poster.prepareReversal(*original, reason, *date, prepared, problems);
    bool overridden = false;
    if (problems.empty())
        overridden = poster.checkSwing(prepared, swingOverride, problems, result.warnings);
    if (!problems.empty())
        throw InvalidInput(problems);
    if (overridden)
        prepared.exchange.swingOverride = swingOverride;
    result.exchange = poster.write(prepared, s.userName(), now());
    result.balanceAfter = poster.balance(prepared.agreementId);
    audit(s, "reverse", "exchange",
          fmt::format("{} reverses {}: {}", describe(result.exchange), seq, reason));
    tx.commit();
    return result;
}

std::optional<Exchange> JournalService::exchange(const Session& s, std::int64_t seq) {
    require(s, Action::ViewReports);
    return journal_store::load(database(), seq);
}

std::unique_ptr<reports::JournalView> JournalService::view(const Session& s,
                                                           reports::JournalFilter filter) {
    require(s, Action::ViewReports);
    return std::make_unique<reports::JournalView>(database(), std::move(filter));
}

} // namespace barter

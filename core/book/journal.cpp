// Book: entering, posting and reversing exchanges, and the read-only reports.
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

std::vector<Problem> Book::check(const Session& s, const ExchangeDraft& draft) {
    require(s, Action::EnterExchange);
    Poster poster(database());
    PreparedExchange prepared;
    std::vector<Problem> problems;
    std::vector<std::string> warnings;
    poster.prepare(draft, prepared, problems);
    if (problems.empty())
        poster.checkSwing(prepared, draft.swingOverride, problems, warnings);
    return problems;
}

PostResult Book::post(const Session& s, const ExchangeDraft& draft) {
    require(s, Action::EnterExchange);
    if (needsApproval(s))
        throw PermissionDenied("permission denied: " + s.userName() + " (" + toString(s.role()) +
                               ") may not post directly while entries need approval; submit the "
                               "exchange for a manager's approval");
    return postDraft(s, draft, s.userName());
}

PostResult Book::postDraft(const Session& s, const ExchangeDraft& draft, const std::string& maker) {
    if (!draft.swingOverride.empty())
        require(s, Action::OverrideSwing);
    if (std::string why = validate::freeText(draft.swingOverride); !why.empty())
        throw InvalidInput("override_swing", why);
    Transaction tx(database());
    Poster poster(database());
    PreparedExchange prepared;
    std::vector<Problem> problems;
    PostResult result;
    poster.prepare(draft, prepared, problems);
    bool overridden = false;
    if (problems.empty())
        overridden = poster.checkSwing(prepared, draft.swingOverride, problems, result.warnings);
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
    tx.commit();
    return result;
}

PostResult Book::reverse(const Session& s, std::int64_t seq, const std::string& reason,
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

std::optional<Exchange> Book::exchange(const Session& s, std::int64_t seq) {
    require(s, Action::ViewReports);
    return journal_store::load(database(), seq);
}

std::unique_ptr<reports::JournalView> Book::journal(const Session& s,
                                                    reports::JournalFilter filter) {
    require(s, Action::ViewReports);
    return std::make_unique<reports::JournalView>(database(), std::move(filter));
}

std::vector<reports::BalanceRow> Book::balances(const Session& s, const std::string& agreement,
                                                std::optional<Date> at) {
    require(s, Action::ViewReports);
    const Date when = at.value_or(Date::today());
    std::vector<reports::BalanceRow> rows;
    if (!agreement.empty()) {
        rows.push_back(
            reports::balance(database(), reports::agreementInfo(database(), agreement), when));
        return rows;
    }
    for (const reports::AgreementInfo& a : reports::agreements(database()))
        rows.push_back(reports::balance(database(), a, when));
    return rows;
}

reports::StatementReport Book::statement(const Session& s, const std::string& agreement,
                                         std::optional<Date> from, std::optional<Date> to) {
    require(s, Action::ViewReports);
    if (from && to && *to < *from)
        throw InvalidInput("to", "must not be before --from");
    return reports::statement(database(), reports::agreementInfo(database(), agreement), from,
                              to.value_or(Date::max()));
}

std::vector<reports::TurnoverByGood> Book::turnoverByGood(const Session& s,
                                                          const std::string& agreement,
                                                          std::optional<Date> from,
                                                          std::optional<Date> to) {
    require(s, Action::ViewReports);
    return reports::turnoverByGood(database(), reports::agreementInfo(database(), agreement), from,
                                   to);
}

std::vector<reports::TurnoverByPeriod>
Book::turnoverByPeriod(const Session& s, const std::string& agreement, reports::PeriodKind kind,
                       std::optional<Date> from, std::optional<Date> to) {
    require(s, Action::ViewReports);
    return reports::turnoverByPeriod(database(), reports::agreementInfo(database(), agreement),
                                     kind, from, to);
}

std::vector<AuditEvent> Book::auditEvents(const Session& s, std::optional<Date> from,
                                          std::optional<Date> to, const std::string& user,
                                          const std::string& action, std::int64_t newest) {
    require(s, Action::ViewReports);
    // With `newest`, the last ones are read backwards through the primary key, then put in order.
    Statement st = database().prepare(R"sql(
        SELECT * FROM (
            SELECT id, at, user_name, action, object, detail FROM audit_event
            WHERE substr(at, 1, 10) BETWEEN ?1 AND ?2 AND (?3 = '' OR user_name = ?3)
              AND (?4 = '' OR action = ?4)
            ORDER BY id DESC LIMIT ?5) AS newest
        ORDER BY id)sql");
    st.bind(5, newest > 0 ? newest : std::numeric_limits<std::int64_t>::max());
    st.bind(1, from ? from->toString() : std::string("0000-00-00"));
    st.bind(2, to ? to->toString() : std::string("9999-99-99"));
    st.bind(3, user);
    st.bind(4, action);
    std::vector<AuditEvent> events;
    while (st.step())
        events.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getText(3), st.getText(4),
                          st.getText(5)});
    return events;
}

} // namespace barter

// SPDX-License-Identifier: GPL-3.0-or-later
// The stateful property test's operations (see ledger_property.h). Each one draws its inputs,
// asks the model what must happen, runs it through the Book with attempt(), and on success
// applies it to the model and compares what was posted.
#include "ledger_property.h"

#include <fmt/format.h>

#include <algorithm>

namespace barter::testing {

namespace {

using model::describe;
using model::Expectation;

std::string heading(const ExchangeDraft& d) {
    return d.agreement + " " + d.date + " " + d.reference;
}

} // namespace

bool LedgerPropertyTest::recordStep(bool intoClosedPeriod) {
    const model::Agreement& a = pickAgreement();
    std::optional<Date> date = intoClosedPeriod ? closedDate(a) : openDate(a);
    if (intoClosedPeriod && !date)
        return false;
    ExchangeDraft d = randomDraft(a, date.value_or(lastDay()), !intoClosedPeriod && chance(15));
    m_touched.push_back(date.value_or(lastDay()));
    // Now and then the reference of a pending entry, which that entry's approval must then
    // find taken.
    if (!intoClosedPeriod && chance(4))
        for (const model::Pending& other : m_model.pending())
            if (other.open && other.draft.agreement == a.code)
                d.reference = other.draft.reference;
    const Actor actor = pickEnterer();
    const bool needsApproval = actor == Actor::Clerk && m_approval;
    if (needsApproval && chance(85)) {
        submitDraft(actor, d, intoClosedPeriod);
        return true;
    }
    model::Prepared p = m_model.prepare(d);
    const bool exceeded =
        p.problems.empty() && m_model.swingExceeded(a.code, p.exchange.date, p.exchange.delta());
    // A manager overrides the limit when it is in the way (a clerk may not, even in vain).
    if ((exceeded && actor != Actor::Clerk && chance(50)) || chance(3))
        d.swingOverride = "agreed with the other side to settle next month";
    const bool clerkOverrides = actor == Actor::Clerk && !d.swingOverride.empty();
    const Expectation expected = needsApproval || clerkOverrides ? Expectation::denied()
                                 : !p.problems.empty()           ? Expectation::invalid(p.problems)
                                 : exceeded && d.swingOverride.empty()
                                     ? Expectation::invalid({"swing"})
                                     : Expectation::accept();
    if (intoClosedPeriod) {
        EXPECT_FALSE(expected.accepted()) << "the test meant to post into a closed period";
    }
    const Session& s = session(actor);
    // record() would save a clerk's entry for approval; post() must refuse it then.
    const bool viaRecord = !needsApproval && chance(50);
    PostResult r;
    const std::string what =
        fmt::format("post {} by {}{}", describe(d), name(actor), viaRecord ? " (record)" : "");
    if (!attempt(what, expected, [&] {
            if (viaRecord) {
                RecordResult result = book().journal().record(s, d);
                ASSERT_TRUE(result.posted) << what << " was not posted";
                r = *result.posted;
            } else
                r = book().journal().post(s, d);
        }))
        return true;
    p.exchange.swingOverridden = exceeded;
    p.exchange.postedBy = s.userName();
    const std::int64_t seq = m_model.post(p.exchange);
    expectPosted(r.exchange, m_model.exchange(seq));
    EXPECT_EQ(r.balanceAfter, Decimal(m_model.balance(a.code, Date::max()), a.digits));
    return true;
}

void LedgerPropertyTest::submitDraft(Actor actor, ExchangeDraft draft, bool intoClosedPeriod) {
    const Session& s = session(actor);
    const bool viaRecord = actor == Actor::Clerk && m_approval;
    const model::Prepared p = m_model.prepare(draft);
    std::set<std::string> problems = p.problems;
    // The swing limit waits for the approval; a second pending entry may not take a reference.
    if (problems.empty())
        for (const model::Pending& other : m_model.pending())
            if (other.open && other.draft.agreement == draft.agreement &&
                other.draft.reference == draft.reference)
                problems.insert("reference");
    const Expectation expected =
        problems.empty() ? Expectation::accept() : Expectation::invalid(problems);
    if (intoClosedPeriod) {
        EXPECT_FALSE(expected.accepted()) << "the test meant to submit into a closed period";
    }
    PendingExchange made;
    const std::string what = fmt::format("submit {} by {}{}", describe(draft), name(actor),
                                         viaRecord ? " (record for approval)" : "");
    if (!attempt(what, expected, [&] {
            if (viaRecord) {
                RecordResult result = book().journal().record(s, draft);
                ASSERT_TRUE(result.pending && !result.posted) << what << " did not wait";
                made = *result.pending;
            } else
                made = book().journal().submit(s, draft);
        }))
        return;
    for (const model::Pending& other : m_model.pending())
        EXPECT_NE(other.id, made.id) << "a pending id was given twice";
    EXPECT_EQ(made.maker, s.userName());
    EXPECT_EQ(made.status, PendingStatus::Pending);
    draft.date = p.exchange.date.toString();
    m_model.pending().push_back({made.id, draft, s.userName(), true});
}

bool LedgerPropertyTest::submitStep(bool intoClosedPeriod) {
    const model::Agreement& a = pickAgreement();
    std::optional<Date> date = intoClosedPeriod ? closedDate(a) : openDate(a);
    if (intoClosedPeriod && !date)
        return false;
    ExchangeDraft d = randomDraft(a, date.value_or(lastDay()), !intoClosedPeriod && chance(10));
    m_touched.push_back(date.value_or(lastDay()));
    if (!intoClosedPeriod && chance(10))
        for (const model::Pending& other : m_model.pending())
            if (other.open && other.draft.agreement == a.code)
                d.reference = other.draft.reference;
    const int roll = uniform(1, 100);
    submitDraft(roll <= 60   ? Actor::Clerk
                : roll <= 85 ? Actor::Manager
                             : Actor::Manager2,
                d, intoClosedPeriod);
    return true;
}

bool LedgerPropertyTest::decideStep(bool intoClosedPeriod) {
    std::vector<std::size_t> candidates;
    const bool decided = !intoClosedPeriod && chance(8); // a second decision must be refused
    for (std::size_t i = 0; i < m_model.pending().size(); ++i) {
        const model::Pending& p = m_model.pending()[i];
        const std::optional<Date> closed = m_model.agreement(p.draft.agreement).closedThrough();
        const bool inClosed = closed && *Date::parse(p.draft.date) <= *closed;
        if (p.open != decided && (!intoClosedPeriod || inClosed))
            candidates.push_back(i);
    }
    if (candidates.empty())
        return false;
    model::Pending& p = m_model.pending()[candidates[pickIndex(candidates.size())]];
    m_touched.push_back(*Date::parse(p.draft.date));
    // Mostly a manager other than the maker; sometimes the maker or a clerk, who may not.
    Actor decider = chance(50) ? Actor::Manager : Actor::Manager2;
    if (session(decider).userName() == p.maker)
        decider = decider == Actor::Manager ? Actor::Manager2 : Actor::Manager;
    const int roll = uniform(1, 100);
    if (roll <= 8)
        decider = Actor::Clerk;
    else if (roll <= 16 && p.maker != "clerk")
        decider = p.maker == "manager" ? Actor::Manager : Actor::Manager2;
    const Session& s = session(decider);
    const bool own = s.userName() == p.maker;
    const std::string subject =
        fmt::format("pending {} ({} by {})", p.id, heading(p.draft), p.maker);
    if (!intoClosedPeriod && chance(20)) {
        const std::string reason = chance(15) ? "" : "duplicate of an earlier delivery";
        const Expectation expected = decider == Actor::Clerk ? Expectation::denied()
                                     : reason.empty()        ? Expectation::invalid({"reason"})
                                     : !p.open               ? Expectation::invalid({"id"})
                                     : own                   ? Expectation::denied()
                                                             : Expectation::accept();
        if (attempt(fmt::format("reject {} by {}", subject, name(decider)), expected,
                    [&] { book().journal().reject(s, p.id, reason); })) {
            p.open = false;
            const std::optional<PendingExchange> after =
                book().journal().pendingExchange(*auditor, p.id);
            EXPECT_TRUE(after && after->status == PendingStatus::Rejected &&
                        after->checker == s.userName() && after->reason == reason &&
                        !after->postedSeq)
                << subject;
        }
        return true;
    }
    model::Prepared prepared = m_model.prepare(p.draft);
    const bool exceeded =
        prepared.problems.empty() &&
        m_model.swingExceeded(p.draft.agreement, prepared.exchange.date, prepared.exchange.delta());
    const std::string override =
        (exceeded && chance(50)) || chance(3) ? "the other side ships next week" : "";
    const Expectation expected = decider == Actor::Clerk ? Expectation::denied()
                                 : !p.open               ? Expectation::invalid({"id"})
                                 : own                   ? Expectation::denied()
                                 : !prepared.problems.empty()
                                     ? Expectation::invalid(prepared.problems)
                                 : exceeded && override.empty() ? Expectation::invalid({"swing"})
                                                                : Expectation::accept();
    if (intoClosedPeriod) {
        EXPECT_FALSE(expected.accepted()) << "the test meant to approve into a closed period";
    }
    PostResult r;
    if (!attempt(fmt::format("approve {} by {}{}", subject, name(decider),
                             override.empty() ? "" : " (swing override)"),
                 expected, [&] { r = book().journal().approve(s, p.id, override); }))
        return true;
    p.open = false;
    prepared.exchange.swingOverridden = exceeded;
    prepared.exchange.postedBy = p.maker;
    const std::int64_t seq = m_model.post(prepared.exchange);
    expectPosted(r.exchange, m_model.exchange(seq));
    const std::optional<PendingExchange> after = book().journal().pendingExchange(*auditor, p.id);
    EXPECT_TRUE(after && after->status == PendingStatus::Approved &&
                after->checker == s.userName() && after->postedSeq == seq)
        << subject;
    return true;
}

bool LedgerPropertyTest::reverseStep(bool intoClosedPeriod) {
    // Mostly an exchange that may be reversed; sometimes a reversal or one already reversed.
    const bool again = !intoClosedPeriod && chance(10);
    std::vector<std::int64_t> candidates;
    for (const model::Exchange& e : m_model.exchanges()) {
        const std::optional<Date> closed = m_model.agreement(e.agreement).closedThrough();
        const bool inClosed = closed && e.date <= *closed;
        const bool reversible = !e.reverses && !e.reversedBy;
        if (reversible != again && inClosed == intoClosedPeriod)
            candidates.push_back(e.seq);
    }
    if (candidates.empty())
        return false;
    const std::int64_t seq = candidates[pickIndex(candidates.size())];
    const model::Exchange original = m_model.exchange(seq);
    const model::Agreement& a = m_model.agreement(original.agreement);
    const Date end = std::min(lastDay(), a.validTo.value_or(lastDay()));
    Date lo = original.date;
    if (const std::optional<Date> closed = a.closedThrough(); closed && !intoClosedPeriod)
        lo = std::max(lo, closed->plusDays(1));
    Date date = lo <= end ? dateLike(a.code, lo, end) : original.date;
    if (!intoClosedPeriod && chance(10)) // before the exchange it reverses
        date = original.date.plusDays(-uniform(1, 30));
    m_touched.push_back(date);
    const int roll = uniform(1, 100);
    const Actor actor = roll <= 8 ? Actor::Clerk : roll <= 60 ? Actor::Manager : Actor::Manager2;
    model::Prepared p = m_model.prepareReversal(seq, date);
    const bool exceeded =
        p.problems.empty() && m_model.swingExceeded(a.code, date, p.exchange.delta());
    const std::string override =
        (exceeded && chance(50)) || chance(3) ? "agreed in the joint commission" : "";
    const Expectation expected = actor == Actor::Clerk          ? Expectation::denied()
                                 : !p.problems.empty()          ? Expectation::invalid(p.problems)
                                 : exceeded && override.empty() ? Expectation::invalid({"swing"})
                                                                : Expectation::accept();
    if (intoClosedPeriod) {
        EXPECT_FALSE(expected.accepted()) << "the test meant to reverse into a closed period";
    }
    const Session& s = session(actor);
    PostResult r;
    if (!attempt(fmt::format("reverse seq {} ({} {}) dated {} by {}{}", seq, a.code,
                             original.date.toString(), date.toString(), name(actor),
                             override.empty() ? "" : " (swing override)"),
                 expected, [&] {
                     r = book().journal().reverse(s, seq, "wrong quantity entered", date.toString(),
                                                  override);
                 }))
        return true;
    p.exchange.swingOverridden = exceeded;
    p.exchange.postedBy = s.userName();
    const std::int64_t reversal = m_model.post(p.exchange);
    expectPosted(r.exchange, m_model.exchange(reversal));
    EXPECT_EQ(r.balanceAfter, Decimal(m_model.balance(a.code, Date::max()), a.digits));
    return true;
}

bool LedgerPropertyTest::closeStep() {
    const model::Agreement& a = pickAgreement();
    const std::string code = a.code;
    const std::optional<Date> closed = a.closedThrough();
    const Date end = std::min(lastDay(), a.validTo.value_or(lastDay()));
    const Date base = closed.value_or(a.validFrom.plusDays(-1));
    const int span = (end.days() - base.days()) / 6;
    const int roll = uniform(1, 100);
    Actor actor = Actor::Manager;
    Date through =
        span > 1 ? dateLike(code, base.plusDays(1), base.plusDays(span)) : base.plusDays(1);
    Expectation expected = Expectation::accept();
    if (roll <= 8) {
        actor = Actor::Clerk;
        expected = Expectation::denied();
    } else if (roll <= 16 && closed) {
        through = closed->plusDays(-uniform(0, 30)); // on or before the last close
        expected = Expectation::invalid({"through"});
    } else if (span < 1)
        return false; // too little left to close
    Int128 agreed = m_model.balance(code, through);
    if (expected.accepted() && roll <= 30) {
        agreed += chance(50) ? 1 : -1;
        expected = Expectation::invalid({"agreed_balance"});
    }
    const std::string agreedText = Decimal(agreed, a.digits).toString();
    m_touched.push_back(through);
    if (!attempt(fmt::format("close {} through {} at {} by {}", code, through.toString(),
                             agreedText, name(actor)),
                 expected, [&] {
                     book().reconciliation().closePeriod(session(actor), code, through, agreedText);
                 }))
        return true;
    m_model.agreement(code).closes.push_back({through, agreed, closedSnapshot(code, through)});
    expectExtends(book().reconciliation().periods(*auditor, code).back());
    return true;
}

bool LedgerPropertyTest::reopenStep() {
    reopen();
    book().database().exec("PRAGMA synchronous = OFF");
    log("reopen the book");
    return true;
}

bool LedgerPropertyTest::toggleApprovalStep() {
    const bool byManager = chance(15);
    const Session& s = byManager ? *manager : *admin;
    if (attempt(fmt::format("approval {} by {}", m_approval ? "off" : "on", s.userName()),
                byManager ? Expectation::denied() : Expectation::accept(),
                [&] { book().settings().setApprovalRequired(s, !m_approval); }))
        m_approval = !m_approval;
    EXPECT_EQ(book().settings().approvalRequired(), m_approval);
    return true;
}

} // namespace barter::testing

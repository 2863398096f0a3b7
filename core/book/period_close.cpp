// SPDX-License-Identifier: GPL-3.0-or-later
// Book: closing an agreement's period with the balance both sides agreed.
#include "../storage/journal_store.h"
#include "book.h"
#include "permissions.h"

#include <fmt/format.h>

#include <algorithm>

namespace barter {

namespace {

std::optional<Date> lastClose(Database& db, std::int64_t agreementId) {
    Statement& q = db.cached("SELECT max(through) FROM period_close WHERE agreement_id = ?1");
    q.bind(1, agreementId).step();
    const std::optional<std::string> through = q.getOptionalText(0);
    q.reset();
    return through ? Date::parse(*through) : std::nullopt;
}

} // namespace

reconcile::ClosePreview
ReconciliationService::previewClose(const Session& s, const std::string& agreement, Date through) {
    require(s, Action::ViewReports);
    const reports::AgreementInfo info = reports::agreementInfo(database(), agreement);
    reconcile::ClosePreview p;
    p.agreement = info.code;
    p.unit = info.unit;
    p.digits = info.digits;
    p.through = through;
    p.balance = reports::balance(database(), info, through).balance;
    p.lastClose = lastClose(database(), info.id);
    Statement exchanges = database().prepare(R"sql(
        SELECT count(*) FROM exchange WHERE agreement_id = ?1 AND date <= ?2
            AND (CAST(?3 AS TEXT) IS NULL OR date > ?3))sql");
    exchanges.bind(1, info.id)
        .bind(2, through.toString())
        .bind(3, p.lastClose ? std::optional<std::string>(p.lastClose->toString()) : std::nullopt)
        .step();
    p.exchanges = exchanges.getInt(0);
    Statement pending = database().prepare(R"sql(
        SELECT count(*) FROM pending_exchange
        WHERE agreement_id = ?1 AND date <= ?2 AND status = 'pending')sql");
    pending.bind(1, info.id).bind(2, through.toString()).step();
    p.pending = pending.getInt(0);
    if (p.lastClose && through <= *p.lastClose)
        p.problems.push_back(fmt::format("agreement {} is already closed through {}", info.code,
                                         p.lastClose->toString()));
    if (through > Date::today())
        p.problems.push_back(fmt::format("{} has not come yet; only a period that has ended can "
                                         "be closed",
                                         through.toString()));
    if (!isAllowed(s.role(), Action::Reconcile))
        p.problems.push_back("only a manager closes a period");
    return p;
}

reconcile::PeriodClose
ReconciliationService::closePeriod(const Session& s, const std::string& agreement, Date through,
                                   const std::string& agreedBalance,
                                   std::optional<std::int64_t> reconciliation) {
    require(s, Action::Reconcile);
    const reports::AgreementInfo info = reports::agreementInfo(database(), agreement);
    std::string why;
    const std::optional<Decimal> agreed = Decimal::parse(agreedBalance, info.digits, &why);
    if (!agreed)
        throw InvalidInput("agreed_balance", why);
    if (through > Date::today())
        throw InvalidInput("through", fmt::format("{} has not come yet; only a period that has "
                                                  "ended can be closed",
                                                  through.toString()));
    if (reconciliation) {
        const reconcile::Reconciliation r = this->saved(s, *reconciliation);
        if (r.agreement != info.code)
            throw InvalidInput("reconciliation",
                               fmt::format("reconciliation {} is of agreement {}, not {}",
                                           *reconciliation, r.agreement, info.code));
        if (r.through != through)
            throw InvalidInput("reconciliation",
                               fmt::format("reconciliation {} runs through {}, not {}",
                                           *reconciliation, r.through.toString(),
                                           through.toString()));
        if (r.unresolved() > 0)
            throw InvalidInput("reconciliation",
                               fmt::format("reconciliation {} has {} differing item(s) not yet "
                                           "resolved; explain each before the period is closed",
                                           *reconciliation, r.unresolved()));
    }
    // The write lock first, so that nothing is posted between the check and the close; then,
    // before anything is locked for good, the book must be sound: the whole chain, every page's
    // checksum and SQLite's full integrity check (verifyJournal does all three).
    Transaction tx(database());
    const VerifyResult verified = verifyJournal(database());
    if (verified.damaged)
        throw StorageError(verified.problem + "; no period can be closed (" + book().path() + ")");
    if (!verified.ok)
        throw IntegrityError("the book does not verify, so no period can be closed: " +
                             verified.problem);
    const std::optional<Date> last = lastClose(database(), info.id);
    if (last && through <= *last)
        throw InvalidInput("through", fmt::format("agreement {} is already closed through {}",
                                                  info.code, last->toString()));
    const Decimal balance = reports::balance(database(), info, through).balance;
    if (balance != *agreed)
        throw InvalidInput("agreed_balance",
                           fmt::format("our balance of {} at {} is {}, not {}; a period closes "
                                       "only at the balance of the book",
                                       info.code, through.toString(), balance.toString(info.digits),
                                       agreed->toString(info.digits)));
    const journal_store::ChainHead head = journal_store::head(database());
    reconcile::PeriodClose c;
    c.agreement = info.code;
    c.through = through;
    c.agreedBalance = agreed->rescaled(info.digits);
    c.reconciliation = reconciliation;
    c.headSeq = head.seq;
    c.headHash = toHex(head.hash);
    c.closedBy = s.userName();
    c.closedAt = now();
    Statement insert = database().prepare(R"sql(
        INSERT INTO period_close (agreement_id, through, agreed_balance, reconciliation_id,
            head_seq, head_hash, closed_by, closed_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
    insert.bind(1, info.id)
        .bind(2, through.toString())
        .bind(3, c.agreedBalance.toScaled(info.digits))
        .bind(4, reconciliation)
        .bind(5, c.headSeq)
        .bindBlob(6, head.hash.data(), static_cast<int>(head.hash.size()))
        .bind(7, c.closedBy)
        .bind(8, c.closedAt)
        .run();
    c.id = database().lastInsertId();
    audit(s, "close", info.code,
          fmt::format("closed through {} at an agreed balance of {}{}; chain head {} at {}",
                      through.toString(), c.agreedBalance.toString(),
                      reconciliation ? fmt::format(" (reconciliation {})", *reconciliation)
                                     : std::string(),
                      c.headHash, c.headSeq));
    tx.commit();
    return c;
}

std::vector<reconcile::PeriodClose> ReconciliationService::periods(const Session& s,
                                                                   const std::string& agreement) {
    require(s, Action::ViewReports);
    std::optional<std::int64_t> agreementId;
    if (!agreement.empty())
        agreementId = reports::agreementInfo(database(), agreement).id;
    Statement q = database().prepare(R"sql(
        SELECT c.id, a.code, c.through, c.agreed_balance, c.reconciliation_id, c.head_seq,
               c.head_hash, c.closed_by, c.closed_at, u.digits
        FROM period_close c JOIN agreement a ON a.id = c.agreement_id
        JOIN unit u ON u.id = a.unit_id
        WHERE CAST(?1 AS BIGINT) IS NULL OR c.agreement_id = ?1
        ORDER BY a.code, c.through)sql");
    q.bind(1, agreementId);
    std::vector<reconcile::PeriodClose> all;
    while (q.step()) {
        reconcile::PeriodClose c;
        c.id = q.getInt(0);
        c.agreement = q.getText(1);
        c.through = *Date::parse(q.getText(2));
        c.agreedBalance = Decimal::fromScaled(q.getInt(3), static_cast<int>(q.getInt(9)));
        c.reconciliation = q.getOptionalInt(4);
        c.headSeq = q.getInt(5);
        Hash hash{};
        const std::vector<unsigned char> bytes = q.getBlob(6);
        std::copy_n(bytes.begin(), std::min(bytes.size(), hash.size()), hash.begin());
        c.headHash = toHex(hash);
        c.closedBy = q.getText(7);
        c.closedAt = q.getText(8);
        all.push_back(std::move(c));
    }
    return all;
}

} // namespace barter

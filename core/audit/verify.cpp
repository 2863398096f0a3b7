#include "verify.h"

#include "../storage/journal_store.h"
#include "chain.h"

#include <fmt/format.h>

namespace barter {

namespace {
// The daily sums must equal what the lines say; a difference means rows were changed
// behind the application's back.
std::string checkDailySums(Database& db) {
    Statement s = db.prepare(R"sql(
        WITH lines AS (
            SELECT agreement_id, date,
                   sum(CASE side WHEN 'A' THEN value ELSE 0 END) AS a_to_b,
                   sum(CASE side WHEN 'B' THEN value ELSE 0 END) AS b_to_a
            FROM delivery_line GROUP BY agreement_id, date)
        SELECT coalesce(l.agreement_id, d.agreement_id), coalesce(l.date, d.date)
        FROM lines l FULL OUTER JOIN balance_day d
            ON d.agreement_id = l.agreement_id AND d.date = l.date
        WHERE l.a_to_b IS NOT d.a_to_b OR l.b_to_a IS NOT d.b_to_a
        LIMIT 1)sql");
    if (s.step())
        return fmt::format("the stored daily sums of agreement id {} on {} differ from its "
                           "delivery lines",
                           s.getInt(0), s.getText(1));
    return {};
}
} // namespace

VerifyResult verifyJournal(Database& db, const std::optional<Hash>& expectedHead) {
    VerifyResult result;
    {
        Statement check = db.prepare("PRAGMA quick_check(5)");
        std::string report;
        while (check.step())
            report += (report.empty() ? "" : "; ") + check.getText(0);
        if (report != "ok") {
            for (char& c : report)
                if (c == '\n')
                    c = ' ';
            result.ok = false;
            result.damaged = true;
            result.problem = "the file is damaged: " + report;
            return result;
        }
    }
    Hash previous{};
    std::int64_t expected = 1;
    journal_store::forEach(db, [&](const Exchange& e) {
        if (!result.ok)
            return;
        ++result.exchanges;
        auto fail = [&](std::int64_t seq, std::string what) {
            result.ok = false;
            result.firstBadSeq = seq;
            result.problem = std::move(what);
        };
        if (e.seq != expected)
            return fail(expected, fmt::format("sequence number {} is missing", expected));
        if (e.prevHash != previous)
            return fail(e.seq,
                        fmt::format("exchange {} does not link to exchange {}", e.seq, e.seq - 1));
        if (e.lines.empty())
            return fail(e.seq, fmt::format("exchange {} has no delivery lines", e.seq));
        Hash computed{};
        try {
            computed = chain::link(previous, e);
        } catch (const std::exception&) {
            return fail(e.seq, fmt::format("exchange {} holds values that cannot be read", e.seq));
        }
        if (computed != e.hash)
            return fail(e.seq, fmt::format("exchange {} was altered: its content no longer "
                                           "matches its hash",
                                           e.seq));
        previous = computed;
        result.head = computed;
        if (expectedHead && computed == *expectedHead)
            result.headSeq = e.seq;
        ++expected;
    });
    if (result.ok && expectedHead && !result.headSeq) {
        result.ok = false;
        result.problem = "no exchange has the head " + toHex(*expectedHead) +
                         ": this book does not extend the journal that head belongs to";
    }
    if (result.ok) {
        std::string sums = checkDailySums(db);
        if (!sums.empty()) {
            result.ok = false;
            result.problem = sums;
        }
    }
    return result;
}

} // namespace barter

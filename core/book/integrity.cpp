// SPDX-License-Identifier: GPL-3.0-or-later
// The book's integrity (IntegrityService): verification and the audit trail.

#include "book.h"
#include "permissions.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace barter {

VerifyResult IntegrityService::verifyReport(const Session& s,
                                            const std::optional<Hash>& expectedHead) {
    require(s, Action::ViewReports);
    VerifyResult result =
        verifyJournal(database(), expectedHead, [this](std::int64_t done, std::int64_t total) {
            reportProgress(done, total);
        });
    // Nothing is written to a damaged file, not even the audit event.
    if (!result.damaged && result.damagedPageCount == 0)
        auditRead(s, "verify", "book",
                  result.ok ? fmt::format("ok: {} exchanges, head {}", result.exchanges,
                                          toHex(result.head))
                            : "FAILED: " + result.problem);
    return result;
}

VerifyResult IntegrityService::verify(const Session& s, const std::optional<Hash>& expectedHead) {
    VerifyResult result = verifyReport(s, expectedHead);
    if (result.damaged)
        throw StorageError(result.problem + " (" + book().path() + ")", SQLITE_CORRUPT);
    return result;
}

std::vector<AuditEvent> IntegrityService::auditEvents(const Session& s, std::optional<Date> from,
                                                      std::optional<Date> to,
                                                      const std::string& user,
                                                      const std::string& action,
                                                      std::int64_t newest) {
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

// Book: verification, and exports that auditors take away.
#include "../io/atomic_file.h"
#include "../io/journal_export.h"
#include "../io/statement_csv.h"
#include "../storage/journal_store.h"
#include "book.h"
#include "permissions.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace barter {

VerifyResult Book::verifyReport(const Session& s, const std::optional<Hash>& expectedHead) {
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

VerifyResult Book::verify(const Session& s, const std::optional<Hash>& expectedHead) {
    VerifyResult result = verifyReport(s, expectedHead);
    if (result.damaged)
        throw StorageError(result.problem + " (" + path() + ")", SQLITE_CORRUPT);
    return result;
}

void Book::exportJournal(const Session& s, const std::string& agreement, std::optional<Date> from,
                         std::optional<Date> to, const std::string& file) {
    require(s, Action::Export);
    reports::StatementReport st = statement(s, agreement, from, to);
    const std::string head = toHex(journal_store::head(database()).hash);
    writeFileAtomically(file, [&](std::ostream& out) { writeHledgerJournal(out, st, head); });
    auditRead(s, "export", "journal", fmt::format("{} to {}", agreement, file));
}

void Book::exportStatementCsv(const Session& s, const std::string& agreement,
                              std::optional<Date> from, std::optional<Date> to,
                              const std::string& file) {
    require(s, Action::Export);
    const int digits = reports::agreementInfo(database(), agreement).digits;
    writeFileAtomically(file, [&](std::ostream& out) {
        writeStatementCsvHeader(out);
        streamStatement(s, agreement, from, to, [&](const reports::StatementLine& line) {
            writeStatementCsvRow(out, line, digits);
        });
    });
    auditRead(s, "export", "csv", fmt::format("{} to {}", agreement, file));
}

reports::StatementReport
Book::streamStatement(const Session& s, const std::string& agreement, std::optional<Date> from,
                      std::optional<Date> to,
                      const std::function<void(const reports::StatementLine&)>& visit) {
    require(s, Action::ViewReports);
    if (from && to && *to < *from)
        throw InvalidInput("to", "must not be before --from");
    return reports::streamStatement(database(), reports::agreementInfo(database(), agreement), from,
                                    to.value_or(Date::max()), visit);
}

reports::StatementExtent Book::statementExtent(const Session& s, const std::string& agreement,
                                               std::optional<Date> from, std::optional<Date> to) {
    require(s, Action::ViewReports);
    return reports::statementExtent(database(), reports::agreementInfo(database(), agreement), from,
                                    to.value_or(Date::max()));
}

void Book::requireExport(const Session& s) {
    require(s, Action::Export);
}

void Book::recordExport(const Session& s, const std::string& kind, const std::string& detail) {
    require(s, Action::Export);
    auditRead(s, "export", kind, detail);
}

} // namespace barter

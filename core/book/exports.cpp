// SPDX-License-Identifier: GPL-3.0-or-later
// The book's exports (ExportService): CSV, hledger journals, and the audit events of the exports
// a face writes (the bundle is in bundle.cpp).

#include "../io/atomic_file.h"
#include "../io/journal_export.h"
#include "../io/statement_csv.h"
#include "../storage/journal_store.h"
#include "book.h"
#include "permissions.h"

#include <fmt/format.h>

namespace barter {

void ExportService::exportJournal(const Session& s, const std::string& agreement,
                                  std::optional<Date> from, std::optional<Date> to,
                                  const std::string& file) {
    require(s, Action::Export);
    reports::StatementReport st = book().reporting().statement(s, agreement, from, to);
    const std::string head = toHex(journal_store::head(database()).hash);
    writeFileAtomically(file, [&](std::ostream& out) { writeHledgerJournal(out, st, head); });
    auditRead(s, "export", "journal", fmt::format("{} to {}", agreement, file));
}

void ExportService::exportStatementCsv(const Session& s, const std::string& agreement,
                                       std::optional<Date> from, std::optional<Date> to,
                                       const std::string& file) {
    require(s, Action::Export);
    const int digits = reports::agreementInfo(database(), agreement).digits;
    writeFileAtomically(file, [&](std::ostream& out) {
        writeStatementCsvHeader(out);
        book().reporting().streamStatement(
            s, agreement, from, to,
            [&](const reports::StatementLine& line) { writeStatementCsvRow(out, line, digits); });
    });
    auditRead(s, "export", "csv", fmt::format("{} to {}", agreement, file));
}

void ExportService::requireExport(const Session& s) {
    require(s, Action::Export);
}

void ExportService::recordExport(const Session& s, const std::string& kind,
                                 const std::string& detail) {
    require(s, Action::Export);
    auditRead(s, "export", kind, detail);
}

void ExportService::exportReportCsv(const Session& s, const reports::ReportTable& table,
                                    const std::string& what, const std::string& file) {
    require(s, Action::Export);
    reports::writeCsv(table, file);
    auditRead(s, "export", "report", what + " to " + file);
}

} // namespace barter

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The statement (ledger) of an agreement for a period as a PDF an auditor takes away: a title
// block, a table whose header repeats on every page with the balance brought forward at the
// top and carried forward at the bottom, totals per direction, the closing balance in figures
// and in words, "Page N of M", and a verification block (the sequence range of a gapless
// journal, the chain head, the SHA-256 of the same statement as CSV) with signature lines.
// Lines are streamed from the core and drawn page by page, so memory stays bounded.

#include "pdf_document.h"
#include "pdf_labels.h"

#include "book/book.h"

#include <functional>
#include <optional>
#include <string>

namespace barter::ui::pdf {

struct StatementPdf {
    int pages = 0;
    std::int64_t lines = 0;
    std::string csvSha256; // of the statement as `barter export csv` writes it
    std::string chainHead; // hex, of the last exchange of the book
    std::int64_t chainSeq = 0;
    Decimal closingBalance;
};

// Called now and then with (lines drawn, lines in all); returning false cancels (Cancelled is
// thrown and no file is left).
using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;

// Throws PermissionDenied (role), InvalidInput (agreement, dates), IntegrityError when the book
// does not verify (an auditor's ledger of an altered book would mislead), StorageError.
StatementPdf writeStatementPdf(Book& book, const Session& session, const std::string& agreement,
                               std::optional<Date> from, std::optional<Date> to, Language language,
                               Paper paper, const std::string& path, const Progress& progress = {});

} // namespace barter::ui::pdf

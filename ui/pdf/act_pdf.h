// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The act of reconciliation as a PDF both parties sign: both balances, the difference and what
// explains it, the differing items by category (ours | theirs | difference, with how each was
// resolved), the agreed balance (from the close that used this reconciliation, else a line to
// fill in), and a signature block for each party. Bilingual: every label in two languages side
// by side, as the parties choose (English with Russian or Korean, or Russian with Korean).

#include "pdf_document.h"
#include "pdf_labels.h"

#include "book/book.h"

#include <string>

namespace barter::ui::pdf {

struct ActPdf {
    int pages = 0;
    std::size_t items = 0;
};

// "en+ru", "en+ko", "ru+ko" (either order); nullopt for anything else.
std::optional<std::pair<Language, Language>> parseLanguagePair(std::string_view text);

ActPdf writeActPdf(Book& book, const Session& session, std::int64_t reconciliation, Language first,
                   Language second, Paper paper, const std::string& path);

} // namespace barter::ui::pdf

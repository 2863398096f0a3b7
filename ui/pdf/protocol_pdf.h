// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The protocol fulfilment report as a PDF (DESIGN.md §11): the protocol (name, version, period,
// strictness, digest), each line with planned, delivered, remaining, fulfilled %, expected to
// date and pace, one shipper after the other, the summary per shipper, the chain head the figures
// were read at (the book verified first), signature lines for both parties and page X of Y. In
// one language, or two side by side like the act of reconciliation.

#include "pdf_document.h"
#include "pdf_labels.h"

#include "book/book.h"

#include <optional>
#include <string>

namespace barter::ui::pdf {

struct ProtocolPdf {
    int pages = 0;
    std::size_t lines = 0;
};

// `second` empty: one language. Throws InvalidInput when no protocol is in force (see
// ProtocolService::inForce), IntegrityError when the book does not verify.
ProtocolPdf writeProtocolPdf(Book& book, const Session& session, const std::string& agreement,
                             const std::string& name, std::optional<Date> at, Language first,
                             std::optional<Language> second, Paper paper, const std::string& path);

} // namespace barter::ui::pdf

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words of the PDF exports in English, Russian and Korean, and how each language writes
// dates and numbers. A table in code rather than Qt Linguist: an act of reconciliation prints
// two languages side by side, and the CLI renders PDFs without loading a translator.

#include "decimal/decimal.h"
#include "domain/date.h"

#include <QString>

#include <optional>
#include <string_view>

namespace barter::ui::pdf {

enum class Language { English, Russian, Korean };
// "en", "ru", "ko"; nullopt for anything else.
std::optional<Language> parseLanguage(std::string_view code);

struct Labels {
    QString statementTitle, actTitle, book, agreement, partyA, partyB, unit, period, fromStart,
        generated, page;
    QString seq, date, reference, route, good, hsCode, quantity, unitPrice, value, balance;
    QString openingBalance, broughtForward, carriedForward, delivered, closingBalance,
        closingInWords, owes, even;
    QString verification, sequenceRange, noLines, noGaps, chainHead, csvDigest, signatures,
        preparedBy, checkedBy, signature, nameAndDate;
    QString ourBalance, theirBalance, difference, explained, items, category, ours, theirs,
        agreedBalance, agreedPending, statementFile, forParty, stamp, noItems, resolution;
    QString categories[6]; // in the order of reconcile::kCategories
};
const Labels& labels(Language language);

// A date as the language writes it: 2023-12-31, 31.12.2023, 2023. 12. 31.
QString formatDate(Language language, const Date& date);
// A decimal grouped as the language writes it: 1,234.56 (en, ko), 1 234,56 (ru).
QString formatNumber(Language language, const Decimal& value);
// "KP-RUNGRA owes RU-PRIMORYE 1,234.56 CU" (or "… are even") in the language.
QString balanceInWords(Language language, const Decimal& balance, const QString& partyA,
                       const QString& partyB, const QString& unit);

} // namespace barter::ui::pdf

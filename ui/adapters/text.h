// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Conversions between the core's types and Qt's: strings, dates, and decimals as a user reads
// and types them. Grouping and the decimal point follow the locale here and nowhere else; the
// core always sees canonical text ("1234.5", '.' as the point, no grouping).

#include "decimal/decimal.h"
#include "domain/date.h"
#include "domain/types.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>
#include <string>

namespace barter::ui {

inline QString toQ(const std::string& text) {
    return QString::fromStdString(text);
}
inline std::string fromQ(const QString& text) {
    return text.toStdString();
}

// "1,234,567.50" in an English locale, "1 234 567,50" in a Russian one. Exact: the digits come
// from the Decimal's own text, never through floating point.
QString displayDecimal(const Decimal& value, const QLocale& locale = QLocale());
// displayDecimal() followed by the unit: "1,234.50 CU", "12.000 t".
QString displayAmount(const Decimal& value, const QString& unit, const QLocale& locale = QLocale());
// What a user typed in a number field, as the core reads numbers: the locale's group separators
// (and spaces) removed and its decimal point made '.'. Text that is not a plain number is
// returned unchanged, so the core names what is wrong with it.
std::string canonicalNumber(const QString& typed, const QLocale& locale = QLocale());

// "KP-RUNGRA owes RU-PRIMORYE 1,234.56 CU" (positive: B owes A), or "… are even".
QString balanceInWords(const Decimal& balance, const QString& partyA, const QString& partyB,
                       const QString& unit);

// Words shown to a user for the core's names, translated.
QString roleText(Role role);
QString verdictText(const Screening& screening); // "allowed", "exempt (EX-1)", …

// What a book is called on screen: a file's name ("2026.barter"), or a server book's
// "user@host/database"; and where it is: the file's path, or the same server form. Never a
// password (a URI holds none).
QString bookTitle(const QString& locator);
QString bookWhere(const QString& locator);

QDate toQDate(const Date& date);
std::optional<Date> fromQDate(const QDate& date);
// "2024-03-01": the text form the core reads.
std::string isoDate(const QDate& date);

} // namespace barter::ui

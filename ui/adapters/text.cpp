// SPDX-License-Identifier: GPL-3.0-or-later
#include "text.h"

#include "storage/locator.h"

#include <QFileInfo>
#include <QObject>

namespace barter::ui {

QString displayDecimal(const Decimal& value, const QLocale& locale) {
    const QString plain = toQ(value.toString());
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString digits = negative ? plain.mid(1) : plain;
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? digits : digits.left(point);
    const QString fraction = point < 0 ? QString() : digits.mid(point + 1);
    QString grouped;
    const QString separator = locale.groupSeparator();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += separator;
        grouped += whole.at(i);
    }
    QString out = negative ? locale.negativeSign() + grouped : grouped;
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return out;
}

QString displayAmount(const Decimal& value, const QString& unit, const QLocale& locale) {
    return unit.isEmpty() ? displayDecimal(value, locale)
                          : displayDecimal(value, locale) + QLatin1Char(' ') + unit;
}

std::string canonicalNumber(const QString& typed, const QLocale& locale) {
    const QString text = typed.trimmed();
    const std::string asTyped = fromQ(text);
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    QString sign;
    QString rest = text;
    if (rest.startsWith(QLatin1Char('-')) || rest.startsWith(QLatin1Char('+'))) {
        sign = rest.left(1);
        rest = rest.mid(1);
    }
    const qsizetype at = rest.indexOf(point);
    const QString whole = at < 0 ? rest : rest.left(at);
    const QString fraction = at < 0 ? QString() : rest.mid(at + point.size());
    auto digitsOnly = [](const QString& s) {
        for (QChar c : s)
            if (!(c.isDigit() && c.unicode() < 128))
                return false;
        return true;
    };
    if (!digitsOnly(fraction) || whole.isEmpty())
        return asTyped; // not a plain number: let the core say why
    // Group separators (or spaces) count only where they belong: every three digits left of
    // the point. "1,5" in an English locale is a mistake to report, not fifteen.
    QStringList groups;
    QString current;
    for (QChar c : whole) {
        if (QString(c) == group || c.isSpace()) {
            groups << current;
            current.clear();
        } else {
            current += c;
        }
    }
    groups << current;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString& part = groups.at(g);
        const bool sized = groups.size() == 1 ? !part.isEmpty()
                           : g == 0           ? part.size() >= 1 && part.size() <= 3
                                              : part.size() == 3;
        if (!sized || !digitsOnly(part))
            return asTyped;
    }
    QString out = sign + groups.join(QString());
    if (at >= 0)
        out += QLatin1Char('.') + fraction;
    return fromQ(out);
}

QString balanceInWords(const Decimal& balance, const QString& partyA, const QString& partyB,
                       const QString& unit) {
    if (balance.sign() == 0)
        return QObject::tr("%1 and %2 are even").arg(partyA, partyB);
    // Positive: B owes A (DESIGN.md §1).
    return balance.sign() > 0
               ? QObject::tr("%1 owes %2 %3").arg(partyB, partyA, displayAmount(balance, unit))
               : QObject::tr("%1 owes %2 %3")
                     .arg(partyA, partyB, displayAmount(balance.abs(), unit));
}

QString roleText(Role role) {
    switch (role) {
    case Role::Admin:
        return QObject::tr("admin");
    case Role::Manager:
        return QObject::tr("manager");
    case Role::Clerk:
        return QObject::tr("clerk");
    case Role::Auditor:
        return QObject::tr("auditor");
    }
    return {};
}

QString verdictText(const Screening& s) {
    switch (s.verdict) {
    case Verdict::Allowed:
        return QObject::tr("allowed");
    case Verdict::Exempt:
        return QObject::tr("exempt (%1)").arg(toQ(s.exemption));
    case Verdict::Prohibited:
        return QObject::tr("prohibited");
    case Verdict::QuotaExceeded:
        return QObject::tr("quota exceeded");
    case Verdict::LicenceRequired:
        return QObject::tr("licence required");
    case Verdict::Reversal:
        return QObject::tr("reversal");
    }
    return {};
}

QString bookTitle(const QString& locator) {
    if (isServerUri(fromQ(locator)))
        return bookWhere(locator);
    return QFileInfo(locator).fileName();
}

QString bookWhere(const QString& locator) {
    try {
        return toQ(parseLocator(fromQ(locator)).display());
    } catch (const std::exception&) {
        return QStringLiteral(
            "postgresql://…"); // unreadable: not repeated (it may hold a password)
    }
}

QDate toQDate(const Date& date) {
    return QDate::fromString(toQ(date.toString()), Qt::ISODate);
}

std::optional<Date> fromQDate(const QDate& date) {
    if (!date.isValid())
        return std::nullopt;
    return Date::parse(isoDate(date));
}

std::string isoDate(const QDate& date) {
    return fromQ(date.toString(Qt::ISODate));
}

} // namespace barter::ui

#include "text.h"

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
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128)
            out += c;
        else if ((c == QLatin1Char('-') || c == QLatin1Char('+')) && i == 0)
            out += c;
        else if (QString(c) == point)
            out += QLatin1Char('.');
        else if (QString(c) == group || c.isSpace())
            continue;
        else
            return fromQ(typed.trimmed()); // not a plain number: let the core say why
    }
    return fromQ(out);
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

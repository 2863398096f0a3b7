// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A date field as forms need it: ISO format (what the files and the CLI use), a calendar popup,
// and Tab that moves to the next field (QDateEdit's own Tab walks through year, month and day,
// which breaks a form's Tab order; the arrow keys still move between the parts).

#include <QDateEdit>

#include <optional>

// moc cannot read <chrono>, which domain/date.h includes.
namespace barter {
class Date;
}

namespace barter::ui {

class DateField : public QDateEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);
    // A field that may be left empty: it shows "any" until a date is chosen.
    static DateField* optional(const QString& objectName, QWidget* parent);
    // The chosen date; none for an optional field left at "any".
    std::optional<Date> chosen() const;

protected:
    bool focusNextPrevChild(bool next) override;

private:
    bool m_optional = false;
};

} // namespace barter::ui

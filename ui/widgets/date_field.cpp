// SPDX-License-Identifier: GPL-3.0-or-later
#include "date_field.h"

#include "adapters/text.h"
#include "domain/date.h"

namespace barter::ui {

DateField::DateField(QWidget* parent) : QDateEdit(parent) {
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Room for the whole date and the popup button, whatever the layout does.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
}

namespace {
const QDate kAny(1900, 1, 1); // shown as "any": before any date a book can hold
}

DateField* DateField::optional(const QString& objectName, QWidget* parent) {
    auto* field = new DateField(parent);
    field->setObjectName(objectName);
    field->m_optional = true;
    field->setMinimumDate(kAny);
    field->setSpecialValueText(tr("any"));
    field->setDate(kAny);
    return field;
}

std::optional<Date> DateField::chosen() const {
    if (m_optional && date() == kAny)
        return std::nullopt;
    return fromQDate(date());
}

bool DateField::focusNextPrevChild(bool next) {
    return QWidget::focusNextPrevChild(next);
}

} // namespace barter::ui

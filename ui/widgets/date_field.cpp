#include "date_field.h"

namespace barter::ui {

DateField::DateField(QWidget* parent) : QDateEdit(parent) {
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
}

bool DateField::focusNextPrevChild(bool next) {
    return QWidget::focusNextPrevChild(next);
}

} // namespace barter::ui

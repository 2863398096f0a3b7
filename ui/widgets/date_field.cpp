#include "date_field.h"

namespace barter::ui {

DateField::DateField(QWidget* parent) : QDateEdit(parent) {
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Room for the whole date and the popup button, whatever the layout does.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
}

bool DateField::focusNextPrevChild(bool next) {
    return QWidget::focusNextPrevChild(next);
}

} // namespace barter::ui

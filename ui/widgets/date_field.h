#pragma once
// A date field as forms need it: ISO format (what the files and the CLI use), a calendar popup,
// and Tab that moves to the next field (QDateEdit's own Tab walks through year, month and day,
// which breaks a form's Tab order; the arrow keys still move between the parts).

#include <QDateEdit>

namespace barter::ui {

class DateField : public QDateEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace barter::ui

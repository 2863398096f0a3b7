// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The table of an exchange's lines, made for the keyboard: Tab and Shift+Tab move between the
// cells a clerk types into (shipper, good, quantity, unit price), row after row, and leave the
// table from the empty last row, so that the whole form is filled without a mouse.

#include <QTableView>

namespace barter::ui {

class LinesView : public QTableView {
    Q_OBJECT
public:
    explicit LinesView(QWidget* parent = nullptr);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
};

} // namespace barter::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "lines_view.h"

namespace barter::ui {

LinesView::LinesView(QWidget* parent) : QTableView(parent) {
    setTabKeyNavigation(true);
}

QModelIndex LinesView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    if (action != MoveNext && action != MovePrevious)
        return QTableView::moveCursor(action, modifiers);
    QAbstractItemModel* m = model();
    if (m == nullptr || m->rowCount() == 0)
        return {};
    QModelIndex current = currentIndex();
    if (!current.isValid())
        return m->index(0, 0);
    const int columns = m->columnCount();
    const int rows = m->rowCount();
    int row = current.row();
    int column = current.column();
    const bool forward = action == MoveNext;
    // The last row is the empty one for a new line: Tab from any of its cells leaves the table.
    if (forward && row == rows - 1)
        return {};
    for (;;) {
        column += forward ? 1 : -1;
        if (column >= columns) {
            column = 0;
            ++row;
        } else if (column < 0) {
            if (row == 0)
                return {};
            column = columns - 1;
            --row;
        }
        if (row >= rows)
            return {};
        const QModelIndex candidate = m->index(row, column);
        if (m->flags(candidate) & Qt::ItemIsEditable)
            return candidate;
    }
}

} // namespace barter::ui

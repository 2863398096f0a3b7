// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints a protocol line's fulfilment as a bar: delivered against planned, with a mark where the
// expected-to-date quantity is, and the percentage on it. The model gives, in BarRole, a
// QPoint(delivered ‰, expected ‰) of the planned quantity (0..1000 each, clamped) and, in the
// display role, the text.

#include <QStyledItemDelegate>

namespace barter::ui {

class FulfilmentDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int BarRole = Qt::UserRole + 10;
    static constexpr int PaceRole = Qt::UserRole + 11; // 0 behind, 1 on track, 2 ahead
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace barter::ui

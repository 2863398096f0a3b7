// SPDX-License-Identifier: GPL-3.0-or-later
#include "fulfilment_delegate.h"

#include <QApplication>
#include <QPainter>

namespace barter::ui {

void FulfilmentDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    const QVariant bar = index.data(BarRole);
    if (!bar.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QPoint permille = bar.toPoint();
    const QRect track = option.rect.adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(track, QColor(0xee, 0xee, 0xee));
    const int pace = index.data(PaceRole).toInt();
    const QColor fill = pace == 0   ? QColor(0xe5, 0x73, 0x73)
                        : pace == 2 ? QColor(0x64, 0xb5, 0xf6)
                                    : QColor(0x81, 0xc7, 0x84);
    QRect done = track;
    done.setWidth(track.width() * permille.x() / 1000);
    painter->fillRect(done, fill);
    // Where the delivered quantity should be by now.
    const int x = track.left() + track.width() * permille.y() / 1000;
    painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    painter->drawLine(x, track.top() - 2, x, track.bottom() + 2);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(track.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize FulfilmentDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(std::max(s.width(), 220));
    s.setHeight(std::max(s.height(), 24));
    return s;
}

} // namespace barter::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Editors for the lines of an exchange: the shipper from the agreement's two parties, the good
// with completion of code and name as you type, numbers right-aligned.

#include <QStringList>
#include <QStyledItemDelegate>

namespace barter::ui {

class LinesDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LinesDelegate(QObject* parent = nullptr);
    void setParties(const QStringList& parties) { m_parties = parties; }
    // Items "CODE — Name"; what is stored is the code.
    void setGoods(const QStringList& goods) { m_goods = goods; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QStringList m_parties;
    QStringList m_goods;
};

} // namespace barter::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "lines_delegate.h"

#include "models/lines_table_model.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace barter::ui {

namespace {
const QString kSeparator = QStringLiteral(" — ");
}

LinesDelegate::LinesDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* LinesDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    switch (index.column()) {
    case LinesTableModel::Shipper: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("shipperEditor"));
        // An empty choice first: Tab through a new line's shipper must not pick a party.
        combo->addItem(QString());
        combo->addItems(m_parties);
        return combo;
    }
    case LinesTableModel::Good: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("goodEditor"));
        auto* completer = new QCompleter(m_goods, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        edit->setCompleter(completer);
        return edit;
    }
    case LinesTableModel::Quantity:
    case LinesTableModel::UnitPrice: {
        auto* edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setPlaceholderText(index.column() == LinesTableModel::UnitPrice ? tr("from list")
                                                                              : QString());
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void LinesDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QString text = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findText(text)));
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(text);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void LinesDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        QString text = edit->text().trimmed();
        // A completion "CODE — Name" stores the code; a typed name finds its code too.
        if (index.column() == LinesTableModel::Good) {
            if (const qsizetype at = text.indexOf(kSeparator); at >= 0)
                text = text.left(at);
            else
                for (const QString& g : m_goods)
                    if (g.section(kSeparator, 1).compare(text, Qt::CaseInsensitive) == 0)
                        text = g.section(kSeparator, 0, 0);
            text = text.toUpper(); // codes are upper case
        }
        model->setData(index, text);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace barter::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "inline_error.h"

namespace barter::ui {

InlineError::InlineError(const QString& objectName, QWidget* parent) : QLabel(parent) {
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setVisible(false);
}

void InlineError::show(const QString& text) {
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace barter::ui

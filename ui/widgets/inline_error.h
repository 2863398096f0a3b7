// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The red line under a field that says what is wrong with it, the same in every form.

#include <QLabel>

namespace barter::ui {

class InlineError : public QLabel {
    Q_OBJECT
public:
    explicit InlineError(const QString& objectName, QWidget* parent = nullptr);
    // Shows the text, or hides the label when it is empty.
    void show(const QString& text);
};

} // namespace barter::ui

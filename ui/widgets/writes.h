// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The buttons of the pages that change the book, marked so that the window can turn them all
// off at once while a server book's connection is lost (and back on when it returns; each page
// then sets them again as its selection allows).

#include <QVariant>
#include <QWidget>

namespace barter::ui {

inline constexpr const char* kWritesProperty = "barterWritesToBook";

inline void markWrites(std::initializer_list<QWidget*> widgets) {
    for (QWidget* w : widgets)
        w->setProperty(kWritesProperty, true);
}

inline void enableWrites(QWidget* root, bool on) {
    for (QWidget* w : root->findChildren<QWidget*>())
        if (w->property(kWritesProperty).toBool())
            w->setEnabled(on);
}

} // namespace barter::ui

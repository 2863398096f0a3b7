// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The QApplication of barter-ledger. Views catch the core's errors where they call it; this is
// the backstop for one that slips through an event handler, which Qt cannot survive: it is
// shown like any other error and the event is dropped, instead of the program ending.

#include <QApplication>
#include <QIcon>

namespace barter::ui {

class Application : public QApplication {
    Q_OBJECT
public:
    Application(int& argc, char** argv);
    // The application's icon at every size of the hicolor theme, from the program's resources
    // (resources/icons), so that the window has it in a build tree as well as when installed.
    static QIcon icon();
    bool notify(QObject* receiver, QEvent* event) override;
};

} // namespace barter::ui

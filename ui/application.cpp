// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "widgets/error_display.h"

#include <cstdio>
#include <exception>

namespace barter::ui {

Application::Application(int& argc, char** argv) : QApplication(argc, argv) {
    setWindowIcon(icon());
}

QIcon Application::icon() {
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/barter-ledger.png").arg(size),
                     QSize(size, size));
    return icon;
}

bool Application::notify(QObject* receiver, QEvent* event) {
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "barter-ledger: error: %s\n", e.what());
        static bool showing = false; // an error while showing an error is only logged
        if (!showing) {
            showing = true;
            showError(activeWindow(), e);
            showing = false;
        }
    } catch (...) {
        std::fprintf(stderr, "barter-ledger: error: an unknown failure\n");
    }
    return false;
}

} // namespace barter::ui

#include "application.h"

#include "widgets/error_display.h"

#include <cstdio>
#include <exception>

namespace barter::ui {

Application::Application(int& argc, char** argv) : QApplication(argc, argv) {}

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

// barter-ledger: the desktop application. Usage:
//   barter-ledger [BOOK] [--demo] [--user NAME] [--password-file F] [--screenshot DIR]
// With --demo, BOOK (default: the user's data folder) is the demo book, created if missing.
// --user with --password-file (or BARTER_PASSWORD) logs in without the dialog; --screenshot
// renders the main views to PNG files in DIR and exits.
#include "application.h"
#include "widgets/main_window.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace {

QString readPassword(const QString& file) {
    if (file.isEmpty())
        return qEnvironmentVariable("BARTER_PASSWORD");
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

} // namespace

int main(int argc, char** argv) {
    barter::ui::Application app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BarterLedger"));
    QApplication::setApplicationName(QStringLiteral("barter-ledger"));
    QApplication::setApplicationDisplayName(QStringLiteral("Barter Ledger"));
    QApplication::setApplicationVersion(QStringLiteral(BARTER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A ledger for bilateral barter (clearing) trade."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("book"),
                                 QApplication::translate("main", "The book to open."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo book (created if missing)."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QApplication::translate("main", "Log in as this user."),
                                  QStringLiteral("name"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QApplication::translate("main", "The password's file (else BARTER_PASSWORD)."),
        QStringLiteral("file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main views to PNG files in DIR and exit."),
        QStringLiteral("dir"));
    parser.addOptions({demo, user, passwordFile, screenshot});
    parser.process(app);

    barter::ui::MainWindow window;
    const QStringList args = parser.positionalArguments();
    const QString book = args.isEmpty() ? QString() : args.front();
    const QString name = parser.value(user);
    const QString password = name.isEmpty() ? QString() : readPassword(parser.value(passwordFile));
    bool opened = false;
    if (parser.isSet(demo))
        opened = window.openDemoBook(book, name, password);
    else if (!book.isEmpty())
        opened = window.openBook(book, name, password);

    if (parser.isSet(screenshot)) {
        if (!book.isEmpty() && !opened) {
            std::fputs("barter-ledger: error: the book did not open; nothing rendered\n", stderr);
            return 2;
        }
        window.show();
        const QStringList files = window.saveScreenshots(parser.value(screenshot));
        for (const QString& f : files)
            std::printf("%s\n", qPrintable(f));
        return files.isEmpty() ? 2 : 0;
    }
    window.show();
    return QApplication::exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// barter-ledger: the desktop application. Usage:
//   barter-ledger [BOOK] [--demo] [--user NAME] [--password-file F] [--screenshot DIR]
//                 [--lang en|ru|ko]
// With --demo, BOOK (default: the user's data folder) is the demo book, created if missing.
// --user with --password-file (or BARTER_PASSWORD) logs in without the dialog; --screenshot
// renders the main views to PNG files in DIR and exits. --version and --help print and exit
// without a display. --lang overrides the language chosen in View → Language (else the system's).
#include "application.h"
#include "build_info.h"
#include "language.h"
#include "widgets/main_window.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <string_view>

namespace {

void setApplicationNames() {
    QCoreApplication::setOrganizationName(QStringLiteral("BarterLedger"));
    QCoreApplication::setApplicationName(QStringLiteral("barter-ledger"));
    QCoreApplication::setApplicationVersion(QString::fromStdString(barter::buildInfo().version));
}

// The options of the window, described once for --help and for the real run.
struct Options {
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo book (created if missing).")};
    QCommandLineOption user{QStringLiteral("user"),
                            QCoreApplication::translate("main", "Log in as this user."),
                            QStringLiteral("name")};
    QCommandLineOption passwordFile{
        QStringLiteral("password-file"),
        QCoreApplication::translate("main", "The password's file (else BARTER_PASSWORD)."),
        QStringLiteral("file")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main views to PNG files in DIR and exit."),
        QStringLiteral("dir")};
    QCommandLineOption language{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "The window's language: en, ru or ko (default: as "
                                            "chosen in the View menu, else the system's)."),
        QStringLiteral("language")};

    void describe(QCommandLineParser& parser) const {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "A ledger for bilateral barter (clearing) trade."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("book"),
                                     QCoreApplication::translate("main", "The book to open."),
                                     QStringLiteral("[book]"));
        parser.addOptions({demo, user, passwordFile, screenshot, language});
    }
};

// --version and --help only print, so they are answered before the QApplication exists: it
// needs a display (or QT_QPA_PLATFORM), and these must work over ssh, in a package's test and
// at build time, where the man page is made from --help.
int printVersion() {
    const barter::BuildInfo info = barter::buildInfo();
    std::printf("barter-ledger %s (git %s; Qt %s, SQLite %s, libsodium %s)\n", info.version.c_str(),
                info.revision.c_str(), qVersion(), info.sqlite.c_str(), info.sodium.c_str());
    return 0;
}

// The language that --lang names, if it names one we have.
std::optional<barter::ui::Language> requestedLanguage(const QStringList& arguments) {
    QCommandLineParser parser;
    const Options options;
    options.describe(parser);
    parser.parse(arguments);
    return barter::ui::languageFromCode(parser.value(options.language));
}

int printHelp(int argc, char** argv) {
    QCoreApplication core(argc, argv);
    setApplicationNames();
    // In the language the window would speak; chosen before the options' texts are translated.
    barter::ui::installLanguage(
        barter::ui::startupLanguage(requestedLanguage(QCoreApplication::arguments())));
    QCommandLineParser parser;
    const Options options;
    options.describe(parser);
    // Errors in the other arguments are left to a run without --help, which reports them.
    parser.parse(QCoreApplication::arguments());
    std::fputs(qPrintable(parser.helpText()), stdout);
    return 0;
}

enum class TextOnly { No, Version, Help };

// Whether the arguments ask only for --version or --help (the first of them wins); nothing
// after "--" is an option.
TextOnly textOnlyRequest(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--")
            break;
        if (arg == "--version" || arg == "-v")
            return TextOnly::Version;
        if (arg == "--help" || arg == "-h")
            return TextOnly::Help;
    }
    return TextOnly::No;
}

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
    switch (textOnlyRequest(argc, argv)) {
    case TextOnly::Version:
        return printVersion();
    case TextOnly::Help:
        return printHelp(argc, argv);
    case TextOnly::No:
        break;
    }

    barter::ui::Application app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Barter Ledger"));
    // Wayland compositors find the .desktop entry (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(BARTER_APP_ID));

    QCommandLineParser parser;
    const Options options;
    options.describe(parser);
    parser.process(app);
    const QString code = parser.value(options.language);
    const std::optional<barter::ui::Language> language = barter::ui::languageFromCode(code);
    if (!code.isEmpty() && !language) {
        std::fprintf(stderr, "barter-ledger: error: no language '%s'; use en, ru or ko\n",
                     qPrintable(code));
        return 1;
    }
    barter::ui::installLanguage(barter::ui::startupLanguage(language));

    barter::ui::MainWindow window;
    const QStringList args = parser.positionalArguments();
    const QString book = args.isEmpty() ? QString() : args.front();
    const QString name = parser.value(options.user);
    const QString password =
        name.isEmpty() ? QString() : readPassword(parser.value(options.passwordFile));
    bool opened = false;
    if (parser.isSet(options.demo))
        opened = window.openDemoBook(book, name, password);
    else if (!book.isEmpty())
        opened = window.openBook(book, name, password);

    if (parser.isSet(options.screenshot)) {
        if (!book.isEmpty() && !opened) {
            std::fputs("barter-ledger: error: the book did not open; nothing rendered\n", stderr);
            return 2;
        }
        window.show();
        const QStringList files = window.saveScreenshots(parser.value(options.screenshot));
        for (const QString& f : files)
            std::printf("%s\n", qPrintable(f));
        return files.isEmpty() ? 2 : 0;
    }
    window.show();
    return QApplication::exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace barter::ui {

namespace {

// Our translators are the application's children by this name, so that installing another
// language finds and replaces them without keeping any state of its own.
const QString kTranslatorName = QStringLiteral("barterTranslator");
const QString kSettingsKey = QStringLiteral("language");
const QString kOurTranslations = QStringLiteral(":/i18n");

QLocale usualLocale(Language language) {
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::Russian:
        return QLocale(QLocale::Russian, QLocale::Russia);
    case Language::Korean:
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    }
    return QLocale::c();
}

bool addTranslator(const QString& file, const QString& directory) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(kTranslatorName);
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString languageCode(Language language) {
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Russian:
        return QStringLiteral("ru");
    case Language::Korean:
        return QStringLiteral("ko");
    }
    return {};
}

std::optional<Language> languageFromCode(const QString& code) {
    for (Language language : kLanguages)
        if (languageCode(language) == code)
            return language;
    return std::nullopt;
}

QString languageName(Language language) {
    switch (language) {
    case Language::English:
        return QStringLiteral("English");
    case Language::Russian:
        return QStringLiteral("Русский");
    case Language::Korean:
        return QStringLiteral("한국어");
    }
    return {};
}

Language systemLanguage() {
    // In the user's order of preference (LANGUAGE, then the locale), e.g. "ru-RU", "en-US".
    for (const QString& name : QLocale::system().uiLanguages()) {
        switch (QLocale(name).language()) {
        case QLocale::English:
            return Language::English;
        case QLocale::Russian:
            return Language::Russian;
        case QLocale::Korean:
            return Language::Korean;
        default:
            break;
        }
    }
    return Language::English;
}

std::optional<Language> savedLanguage() {
    return languageFromCode(QSettings().value(kSettingsKey).toString());
}

void saveLanguage(std::optional<Language> language) {
    QSettings settings;
    if (language)
        settings.setValue(kSettingsKey, languageCode(*language));
    else
        settings.remove(kSettingsKey);
}

Language startupLanguage(std::optional<Language> requested) {
    if (requested)
        return *requested;
    if (const std::optional<Language> saved = savedLanguage())
        return *saved;
    return systemLanguage();
}

bool installLanguage(Language language) {
    QCoreApplication* app = QCoreApplication::instance();
    if (app == nullptr)
        return false;
    for (QTranslator* old :
         app->findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QString code = languageCode(language);
    // Qt's own texts (OK, Cancel, the file dialog, the command line's help) come with Qt; English
    // needs none. Installed first: the translator installed last is asked first, so ours win.
    if (language != Language::English)
        addTranslator(QStringLiteral("qtbase_") + code,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English has a translation of its own too: the plural forms ("1 day", "2 days").
    const bool ours = addTranslator(QStringLiteral("barter_") + code, kOurTranslations);
    QLocale::setDefault(language == systemLanguage() ? QLocale::system() : usualLocale(language));
    return ours;
}

QString translatedInto(Language language, const char* context, const char* text) {
    QTranslator translator;
    if (translator.load(QStringLiteral("barter_") + languageCode(language), kOurTranslations)) {
        const QString translated = translator.translate(context, text);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(text);
}

} // namespace barter::ui

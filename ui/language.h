// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The language of the user interface: English, Russian or Korean. It follows the system's
// locale unless the user chose one (View → Language, kept in the settings) or the command line
// names one (--lang). It takes effect when the application starts: widgets take their texts
// when they are built. The translations are compiled into the program (resources/translations,
// as :/i18n/barter_LANG.qm), so it finds them wherever it is installed.

#include <QString>

#include <optional>

namespace barter::ui {

enum class Language { English, Russian, Korean };

inline constexpr Language kLanguages[] = {Language::English, Language::Russian, Language::Korean};

// "en", "ru", "ko": the --lang values, the settings' values and the .qm files' suffixes.
QString languageCode(Language language);
std::optional<Language> languageFromCode(const QString& code);
// The language's own name ("English", "Русский", "한국어"), so that anyone finds theirs in a
// menu whatever language it is shown in.
QString languageName(Language language);

// The first of the system's preferred languages that the application speaks, else English.
Language systemLanguage();
// The choice kept in the settings; none: follow the system.
std::optional<Language> savedLanguage();
void saveLanguage(std::optional<Language> language);
// What the application starts in: the command line's choice, else the saved one, else the
// system's.
Language startupLanguage(std::optional<Language> requested = std::nullopt);

// Installs the translators of `language` (ours and Qt's own, for standard buttons and dialogs)
// into the running application, replacing any installed before. Numbers and dates follow the
// language too: the system's locale when it is the system's language (its regional habits
// stay), else the language's usual one (ru_RU, ko_KR, en_US). False when our translation is
// missing from the program (the texts then stay English).
bool installLanguage(Language language);

// `text` of `context` as `language` has it, whatever language is installed: for the one message
// that should be read in the language just chosen.
QString translatedInto(Language language, const char* context, const char* text);

} // namespace barter::ui

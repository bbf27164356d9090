// Which language the workbench speaks, and the translators that make it do so. The language
// follows the desktop (QLocale::uiLanguages(), so de_AT finds de) unless the user chose one in
// Preferences; values (numbers, dates) keep following the regional format either way.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>

class QCoreApplication;
class QSettings;
class QTranslator;

namespace c360::ui {

// The settings key of the chosen language: a code such as "de", or empty to follow the desktop.
inline constexpr char kLanguageKey[] = "ui/language";

struct Language {
    QString code;       // "en", "de", "fr", "es"
    QString nativeName; // "Deutsch": shown in its own language, so anyone finds theirs
};

// English and every language the workbench is translated into, English first.
const QList<Language>& workbenchLanguages();

// The language to show: `chosen` if it is one of ours, else the first of the desktop's
// languages (most preferred first, "de-AT" or "de_AT") that is, else English.
QString resolveLanguage(const QString& chosen, const QStringList& desktopLanguages);

// Installs the workbench's and Qt's own translations (OK, Cancel, file dialogs) for `language`
// on `app`; English installs only its plural forms. Every program that shows the workbench's
// words calls it, the tests too. Returns the workbench translator's file, or empty when none was
// installed. Qt's translations come from QLibraryInfo's TranslationsPath; without them (the
// package qt6-translations-l10n is missing) only Qt's own buttons stay in English.
QString installTranslations(QCoreApplication& app, const QString& language);

// The count for tr()'s plural forms ("%n customers"), which take an int. The workbench holds at
// most 2^32 rows, so a count past INT_MAX can only be a report total; it is shown as INT_MAX
// rather than wrapping to a negative number.
int pluralCount(std::uint64_t count) noexcept;

// Keys as the user's keyboard labels them ("Strg+D" for Ctrl+D, "Bild auf" for Page Up in
// German): Qt's own translations name them. `portable` lists up to four keys, comma-separated,
// in Qt's portable notation ("Ctrl+Home, Ctrl+End").
QString nativeKeys(const char* portable);

} // namespace c360::ui

#include "language.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace c360::ui {

const QList<Language>& workbenchLanguages() {
    static const QList<Language> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    return languages;
}

namespace {

bool isWorkbenchLanguage(const QString& code) {
    for (const Language& language : workbenchLanguages())
        if (language.code == code)
            return true;
    return false;
}

} // namespace

QString resolveLanguage(const QString& chosen, const QStringList& desktopLanguages) {
    if (isWorkbenchLanguage(chosen))
        return chosen;
    for (const QString& tag : desktopLanguages) {
        // "de-AT", "de_AT" and "de" all name German; the region does not change the words.
        const QString code =
            tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isWorkbenchLanguage(code))
            return code;
    }
    return QStringLiteral("en");
}

QString installTranslations(QCoreApplication& app, const QString& language) {
    if (!isWorkbenchLanguage(language))
        return {};
    // Owned by the application, so they live exactly as long as the strings they translate.
    // English has no Qt translation; its own file holds only the plural forms ("1 customer",
    // "2 customers") of the sources' "%n customer(s)".
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    auto* workbench = new QTranslator(&app);
    const QString file = QStringLiteral(":/i18n/c360_") + language + QStringLiteral(".qm");
    if (!workbench->load(file)) {
        delete workbench;
        return {};
    }
    QCoreApplication::installTranslator(workbench);
    return file;
}

QString nativeKeys(const char* portable) {
    return QKeySequence(QString::fromLatin1(portable), QKeySequence::PortableText)
        .toString(QKeySequence::NativeText);
}

int pluralCount(std::uint64_t count) noexcept {
    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<int>::max());
    return static_cast<int>(std::min(count, kMax));
}

} // namespace c360::ui

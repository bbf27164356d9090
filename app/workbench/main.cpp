// c360-workbench: the desktop workbench. Everything but starting it lives in ui/.
#include "language.h"
#include "main_window.h"
#include "preferences_dialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace {

// The bundled demo sources: installed beside the program, or in the source tree it was built
// from.
QString demoSourceFolder() {
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath("../share/c360-workbench/demo");
    if (QFileInfo::exists(installed + "/customer_info.csv"))
        return QDir::cleanPath(installed);
    return QStringLiteral(C360_DEMO_SOURCE_DIR);
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Customer360"));
    QApplication::setApplicationName(QStringLiteral("Customer 360 Workbench"));
    QApplication::setDesktopFileName(QStringLiteral("org.customer360.Workbench"));
    QSettings settings;
    // Before any window or message exists, so every word is in the chosen language.
    const QString language = c360::ui::resolveLanguage(
        settings.value(c360::ui::kLanguageKey).toString(), QLocale().uiLanguages());
    c360::ui::installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Explore customer_360 workspaces built by c360. Without a workspace it opens "
                "the last one, or on the first start the bundled demo."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QApplication::translate("main", "A .c360 workspace to open (default: the last one)."));
    parser.process(app);

    c360::ui::MainWindow window(&settings);
    window.setRunningLanguage(language);
    window.resize(1600, 1000);
    QString workspace = parser.positionalArguments().value(0);
    if (workspace.isEmpty() && settings.value(c360::ui::kReopenLastWorkspaceKey, true).toBool()) {
        const QString last = settings.value(QStringLiteral("workspace/last")).toString();
        if (QFileInfo::exists(last))
            workspace = last;
    }
    window.show();
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    else
        window.openDemo(demoSourceFolder(),
                        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                            .filePath(QStringLiteral("demo.c360")));
    return QApplication::exec();
}

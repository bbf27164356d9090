// c360-workbench: the desktop workbench. Everything but starting it lives in ui/.
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Customer360"));
    QApplication::setApplicationName(QStringLiteral("Customer 360 Workbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explore customer_360 workspaces built by c360."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QApplication::translate("main", "A .c360 workspace to open (default: the last one)."));
    parser.process(app);

    QSettings settings;
    c360::ui::MainWindow window(&settings);
    window.resize(1500, 900);
    QString workspace = parser.positionalArguments().value(0);
    if (workspace.isEmpty()) {
        const QString last = settings.value(QStringLiteral("workspace/last")).toString();
        if (QFileInfo::exists(last))
            workspace = last;
    }
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    window.show();
    return QApplication::exec();
}

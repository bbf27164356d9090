// c360-workbench: the desktop workbench. Everything but starting it lives in ui/.
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Customer 360 Workbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explore customer_360 workspaces built by c360."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "A .c360 workspace to open."));
    parser.process(app);
    c360::ui::MainWindow window;
    window.resize(1280, 800);
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().constFirst());
    window.show();
    return QApplication::exec();
}

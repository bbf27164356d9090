// test_ui_filters runs two Qt Test classes in one program, with one QApplication.
#include "language.h"

#include <QApplication>

int runFacetModelTests(int argc, char** argv);
int runFilterDockTests(int argc, char** argv);

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    // The English plural forms ("1 customer", "2 customers") come from a translation.
    c360::ui::installTranslations(app, QStringLiteral("en"));
    int failures = runFacetModelTests(argc, argv);
    failures += runFilterDockTests(argc, argv);
    return failures == 0 ? 0 : 1;
}

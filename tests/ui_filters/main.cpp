// test_ui_filters runs two Qt Test classes in one program, with one QApplication.
#include <QApplication>

int runFacetModelTests(int argc, char** argv);
int runFilterDockTests(int argc, char** argv);

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    int failures = runFacetModelTests(argc, argv);
    failures += runFilterDockTests(argc, argv);
    return failures == 0 ? 0 : 1;
}

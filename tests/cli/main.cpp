// test_cli runs two Qt Test classes in one program: the commands in general, and export with
// saved segments.
#include <QCoreApplication>

int runCliTests(int argc, char** argv);
int runCliExportTests(int argc, char** argv);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int failures = runCliTests(argc, argv);
    failures += runCliExportTests(argc, argv);
    return failures == 0 ? 0 : 1;
}

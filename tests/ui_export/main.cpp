// test_ui_export runs two Qt Test classes in one program: what an export writes, and the export
// dialog as a user meets it (names, keyboard, columns).
#include <QApplication>

int runExportFileTests(int argc, char** argv);
int runExportDialogTests(int argc, char** argv);

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    int failures = runExportFileTests(argc, argv);
    failures += runExportDialogTests(argc, argv);
    return failures == 0 ? 0 : 1;
}

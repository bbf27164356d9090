// test_output runs two Qt Test classes in one program: the workspace writer on a full disk, and
// the engine's messages (names, English text, JSON, and how a workspace keeps them).
#include <QCoreApplication>

int runWorkspaceWriterTests(int argc, char** argv);
int runMessageTests(int argc, char** argv);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int failures = runWorkspaceWriterTests(argc, argv);
    failures += runMessageTests(argc, argv);
    return failures == 0 ? 0 : 1;
}

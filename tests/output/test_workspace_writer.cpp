// The workspace writer when the disk fills up part-way: whichever step fails (a chunk of rows
// inserted into the file, a chunk built on another thread and appended, the column image, the
// report tables), the writer says so and leaves nothing behind, and an existing workspace of that
// name keeps its contents. The full disk is a file-size limit (RLIMIT_FSIZE), so the writes
// really fail where they would on a full disk.
#include "generated_customers.h"
#include "output/workspace_output.h"
#include "workspace/workspace_reader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace c360;

namespace {

// Limits the size of any file this process writes, for the lifetime of the object.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &saved_);
        // Past the limit a write fails with EFBIG instead of killing the process.
        previousHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved_;
        limited.rlim_cur = bytes;
        ok_ = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previousHandler_);
    }
    bool ok() const { return ok_; }

private:
    rlimit saved_{};
    void (*previousHandler_)(int) = nullptr;
    bool ok_ = false;
};

} // namespace

class TestWorkspaceWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    BuildOutcome built_;
    qint64 fullSize_ = 0; // bytes of the complete workspace

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        std::string error;
        // Several chunks of 1,024 rows for every thread count below.
        QVERIFY2(test::buildGeneratedCustomers(dir_.filePath("src").toStdString(), 6000, 11, built_,
                                               error),
                 error.c_str());
        const QString whole = dir_.filePath("whole.c360");
        Message why;
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"}, whole.toStdString(), why),
                 englishText(why).c_str());
        fullSize_ = QFile(whole).size();
        QVERIFY(fullSize_ > 1'000'000);
    }

    // File managers recognise a workspace by its first bytes (packaging/mime/c360-workbench.xml):
    // the SQLite header, and the application_id "C360" (0x43333630) at byte 68.
    void shouldMarkTheFileAsAWorkspace() {
        QFile whole(dir_.filePath("whole.c360"));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray header = whole.read(100);
        QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
        QCOMPARE(header.mid(68, 4), QByteArray("C360"));
    }

    void shouldLeaveNothingBehindWhenTheDiskFillsUp_data() {
        QTest::addColumn<double>("fractionWritten"); // of the complete workspace
        QTest::addColumn<unsigned>("threads");
        for (const unsigned threads : {1u, 2u, 4u}) {
            const QByteArray t = QByteArray::number(threads) + " threads";
            // Where the limit falls depends on the thread count: with several, the column
            // image is written early, while other threads build chunks of rows.
            QTest::newRow("full after 1 % of the file, " + t) << 0.01 << threads;
            QTest::newRow("full after 20 %, " + t) << 0.2 << threads;
            QTest::newRow("full after 70 %, " + t) << 0.7 << threads;
            QTest::newRow("full after 98 %, " + t) << 0.98 << threads;
        }
    }
    void shouldLeaveNothingBehindWhenTheDiskFillsUp() {
        QFETCH(double, fractionWritten);
        QFETCH(unsigned, threads);
        QTemporaryDir out;
        const QString target = out.filePath("customers.c360");
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous workspace");
        }
        BuildOutcome outcome = built_;
        outcome.options.threads = threads;
        Message error;
        bool written = true;
        {
            FileSizeLimit limit(
                static_cast<rlim_t>(static_cast<double>(fullSize_) * fractionWritten));
            QVERIFY(limit.ok());
            written = writeWorkspace(outcome, WorkspaceContext{"src", "test"}, target.toStdString(),
                                     error);
        }
        QVERIFY2(!written, "the workspace was written past the file-size limit");
        QVERIFY2(englishText(error).find("Is the disk full?") != std::string::npos,
                 englishText(error).c_str());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{"customers.c360"});
        QFile old(target);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the previous workspace"));
    }

    // After a failure nothing is left in a bad state: the same process then writes the whole
    // workspace, and it reads back complete.
    void shouldWriteWholeAfterAFailure() {
        QTemporaryDir out;
        const QString target = out.filePath("again.c360");
        BuildOutcome outcome = built_;
        outcome.options.threads = 4;
        Message error;
        {
            FileSizeLimit limit(static_cast<rlim_t>(fullSize_ / 3));
            QVERIFY(limit.ok());
            QVERIFY(!writeWorkspace(outcome, WorkspaceContext{"src", "test"}, target.toStdString(),
                                    error));
        }
        error = Message{};
        QVERIFY2(
            writeWorkspace(outcome, WorkspaceContext{"src", "test"}, target.toStdString(), error),
            englishText(error).c_str());
        WorkspaceContents read;
        QVERIFY2(readWorkspace(target.toStdString(), read, error), englishText(error).c_str());
        QCOMPARE(read.table.rowCount(), built_.table.rowCount());
        QCOMPARE(read.table.email.at(read.table.rowCount() - 1),
                 built_.table.email.at(built_.table.rowCount() - 1));
    }
};

int runWorkspaceWriterTests(int argc, char** argv) {
    TestWorkspaceWriter tests;
    return QTest::qExec(&tests, argc, argv);
}
#include "test_workspace_writer.moc"

// Builds customer_360 and writes it as a workspace for the import dialog, on a worker thread,
// exactly as `c360 build SOURCE -o X.c360` does (resolveSourceSet, buildCustomer360,
// writeWorkspace). Progress (table, share of all source bytes, rows per second) and the result
// are delivered on the job's thread through signals. Cancel stops the engine at its next
// check; a cancelled build writes nothing, even when the cancel comes while the workspace is
// being written (it is written under a temporary name and only renamed when not cancelled).
#pragma once

#include "engine/build.h"
#include "sources/source_set.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace c360::ui {

struct BuildRequest {
    std::string source;
    SourceChoices choices;
    BuildOptions options;
    std::string output; // the workspace file (.c360, .sqlite or .db)
};

struct BuildJobProgress {
    QString table;            // the table that reported last
    double percent = 0;       // of the bytes of every source table
    double rowsPerSecond = 0; // rows read so far, all tables, per second since the start
    std::uint64_t rowsDone = 0;
};

struct BuildJobResult {
    std::uint64_t generation = 0;
    BuildStatus status = BuildStatus::Failed;
    std::optional<Message> error; // what happened and what to do, when not Ok
    std::string output;
    BuildReport report; // the build report (its issues), when the build ran
    std::uint64_t customers = 0;
};

class BuildJob : public QObject {
    Q_OBJECT

public:
    explicit BuildJob(QObject* parent = nullptr);
    // Cancels a running build and waits for it: nothing is written.
    ~BuildJob() override;

    // False (and nothing started) while a build runs.
    bool start(BuildRequest request);
    void cancel();
    bool isRunning() const noexcept { return running_; }

    const BuildJobProgress& progress() const noexcept { return progress_; }
    // The last finished build (null before the first).
    std::shared_ptr<const BuildJobResult> result() const noexcept { return result_; }

    // Tests: runs queued events until the build has finished; false on timeout.
    bool waitForFinished(int timeoutMs = 120000);
    // Tests: the worker waits after its first progress report until cancel() (or the
    // destructor) is called, so "cancel at the first progress" is deterministic.
    void setHoldAfterFirstProgressForTests(bool hold) { holdForTests_ = hold; }

signals:
    void started();
    void progressChanged(const QString& table, double percent, double rowsPerSecond);
    void finished();

private:
    struct Shared;
    void deliverProgress(std::uint64_t generation, const BuildJobProgress& progress);
    void deliverResult(std::shared_ptr<const BuildJobResult> result);

    std::shared_ptr<Shared> shared_;
    std::shared_ptr<const BuildJobResult> result_;
    BuildJobProgress progress_;
    std::uint64_t generation_ = 0;
    bool running_ = false;
    bool holdForTests_ = false;
    QThreadPool pool_;
};

// The build and the workspace write, synchronously, as the worker runs them. `observer` may
// be null; `cancelled` is checked again before the workspace is renamed into place.
BuildJobResult runBuildJob(const BuildRequest& request, BuildObserver* observer);

} // namespace c360::ui

#include "build_job.h"
#include "wait_for.h"

#include "commands/commands.h"
#include "output/workspace_output.h"
#include "util/atomic_file.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>

namespace c360::ui {

// What the UI thread and the worker share: the cancel flag and the test hold.
struct BuildJob::Shared {
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    std::condition_variable wake;
};

namespace {

// Collects the engine's per-table progress (called from several reader threads) into one
// figure for the whole build and posts it to the job at most ten times a second.
class JobObserver final : public BuildObserver {
public:
    using Post = std::function<void(const BuildJobProgress&)>;
    JobObserver(std::atomic<bool>& cancelled, Post post, std::function<void()> holdOnce)
        : cancelled_(cancelled), post_(std::move(post)), holdOnce_(std::move(holdOnce)),
          started_(std::chrono::steady_clock::now()) {}

    void progress(const BuildProgress& p) override {
        BuildJobProgress out;
        bool first = false;
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            Table& t = tables_[p.table];
            t.done = p.bytesDone;
            t.rows = p.rowsDone;
            const auto now = std::chrono::steady_clock::now();
            first = !posted_;
            if (posted_ && now - last_ < std::chrono::milliseconds(100))
                return;
            posted_ = true;
            last_ = now;
            std::uint64_t done = 0;
            for (const auto& [name, table] : tables_) {
                done += table.done;
                out.rowsDone += table.rows;
            }
            out.table = QString::fromStdString(p.table);
            out.percent = p.allTablesBytes ? 100.0 * static_cast<double>(done) /
                                                 static_cast<double>(p.allTablesBytes)
                                           : 0.0;
            const double seconds = std::chrono::duration<double>(now - started_).count();
            out.rowsPerSecond = seconds > 0 ? static_cast<double>(out.rowsDone) / seconds : 0.0;
        }
        post_(out);
        if (first && holdOnce_)
            holdOnce_();
    }
    bool cancelled() const override { return cancelled_.load(); }

private:
    struct Table {
        std::uint64_t done = 0, rows = 0;
    };
    std::atomic<bool>& cancelled_;
    Post post_;
    std::function<void()> holdOnce_;
    std::mutex mutex_;
    std::map<std::string, Table> tables_;
    std::chrono::steady_clock::time_point started_;
    std::chrono::steady_clock::time_point last_{};
    bool posted_ = false;
};

} // namespace

BuildJobResult runBuildJob(const BuildRequest& request, BuildObserver* observer) {
    BuildJobResult result;
    result.output = request.output;
    const auto isCancelled = [observer] { return observer && observer->cancelled(); };
    const auto cancelledResult = [&result] {
        result.status = BuildStatus::Cancelled;
        result.error = Message(MessageKind::BuildCancelledNothingWritten);
        return result;
    };
    if (outputKindFor(request.output) != OutputKind::Workspace) {
        result.error = Message(MessageKind::WorkspaceNeedsExtension, {request.output});
        return result;
    }
    SourceSet sources;
    Message why;
    if (!resolveSourceSet(request.source, request.choices, sources, why)) {
        result.error = std::move(why);
        return result;
    }
    BuildOutcome outcome = buildCustomer360(sources, request.options, observer);
    result.report = outcome.report;
    result.customers = outcome.table.rowCount();
    if (outcome.status == BuildStatus::Cancelled || isCancelled())
        return cancelledResult();
    if (outcome.status != BuildStatus::Ok) {
        result.error = Message(MessageKind::NothingWrittenAfter, {request.output},
                               outcome.error.value_or(Message(MessageKind::BuildCancelled)));
        return result;
    }
    WorkspaceContext context;
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(request.source, ec);
    context.sourcePath = ec ? request.source : absolute.string();
    context.programVersion = std::string(programVersion());
    // The core writes atomically; writing to a reserved name of our own and renaming it last
    // lets a cancel that arrives during the write still leave nothing behind.
    AtomicFile target(request.output);
    if (!target.reserve(why) || !writeWorkspace(outcome, context, target.temporaryPath(), why)) {
        result.error = std::move(why);
        return result;
    }
    if (isCancelled())
        return cancelledResult(); // the destructor removes the temporary file
    if (!target.commitPath(why)) {
        result.error = std::move(why);
        return result;
    }
    result.status = BuildStatus::Ok;
    return result;
}

BuildJob::BuildJob(QObject* parent) : QObject(parent), shared_(std::make_shared<Shared>()) {
    pool_.setMaxThreadCount(1);
}

BuildJob::~BuildJob() {
    cancel();
    pool_.waitForDone();
}

bool BuildJob::start(BuildRequest request) {
    if (running_)
        return false;
    running_ = true;
    const std::uint64_t generation = ++generation_;
    progress_ = BuildJobProgress{};
    shared_ = std::make_shared<Shared>();
    emit started();
    pool_.start(
        [this, generation, request = std::move(request), shared = shared_, hold = holdForTests_] {
            auto post = [this, generation](const BuildJobProgress& p) {
                QMetaObject::invokeMethod(
                    this, [this, generation, p] { deliverProgress(generation, p); },
                    Qt::QueuedConnection);
            };
            std::function<void()> holdOnce;
            if (hold)
                holdOnce = [shared] {
                    std::unique_lock<std::mutex> lock(shared->mutex);
                    shared->wake.wait(lock, [&] { return shared->cancelled.load(); });
                };
            JobObserver observer(shared->cancelled, post, holdOnce);
            auto result = std::make_shared<BuildJobResult>(runBuildJob(request, &observer));
            result->generation = generation;
            QMetaObject::invokeMethod(
                this,
                [this, result = std::move(result)]() mutable { deliverResult(std::move(result)); },
                Qt::QueuedConnection);
        });
    return true;
}

void BuildJob::cancel() {
    const std::lock_guard<std::mutex> lock(shared_->mutex);
    shared_->cancelled = true;
    shared_->wake.notify_all();
}

void BuildJob::deliverProgress(std::uint64_t generation, const BuildJobProgress& progress) {
    if (generation != generation_ || !running_)
        return;
    progress_ = progress;
    emit progressChanged(progress.table, progress.percent, progress.rowsPerSecond);
}

void BuildJob::deliverResult(std::shared_ptr<const BuildJobResult> result) {
    if (result->generation != generation_)
        return;
    running_ = false;
    result_ = std::move(result);
    emit finished();
}

bool BuildJob::waitForFinished(int timeoutMs) {
    return processEventsUntil([this] { return !running_; }, timeoutMs);
}

} // namespace c360::ui

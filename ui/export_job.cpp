#include "export_job.h"
#include "language.h"
#include "messages.h"

#include <QFileInfo>
#include <QLocale>
#include <QMetaObject>

namespace c360::ui {

// Runs on the worker: answers the core's questions from the job's atomics and posts progress to
// the job's thread. Posting only when the percentage changes keeps the event queue short.
class ExportJob::Observer final : public ExportObserver {
public:
    explicit Observer(ExportJob* job) : job_(job) {}

    void progress(std::uint64_t rowsDone, std::uint64_t rowsTotal) override {
        const int percent =
            rowsTotal ? static_cast<int>(rowsDone * 100 / rowsTotal) : (rowsDone ? 100 : 0);
        if (job_->lastPercent_.exchange(percent) == percent)
            return;
        ExportJob* job = job_;
        const auto rows = static_cast<qulonglong>(rowsDone);
        // Queued to the job's thread; dropped by Qt if the job is destroyed first.
        QMetaObject::invokeMethod(
            job, [job, percent, rows] { emit job->progress(percent, rows); }, Qt::QueuedConnection);
    }

    bool cancelled() const override { return job_->cancelled_.load(); }

private:
    ExportJob* job_;
};

ExportJob::ExportJob(std::shared_ptr<const Customer360> table, std::vector<std::uint32_t> rows,
                     ExportOptions options, QString path, QObject* parent)
    : QObject(parent), table_(std::move(table)), rows_(std::move(rows)),
      options_(std::move(options)), path_(std::move(path)) {}

ExportJob::~ExportJob() {
    cancel();
    if (worker_.joinable())
        worker_.join();
}

void ExportJob::start() {
    if (started_)
        return;
    started_ = true;
    worker_ = std::thread([this] {
        Observer observer(this);
        ExportOutcome outcome =
            table_ ? writeExport(*table_, rows_, options_, path_.toStdString(), &observer)
                   : ExportOutcome{ExportStatus::Failed, 0, Message(MessageKind::NoWorkspaceOpen)};
        QMetaObject::invokeMethod(
            this, [this, outcome = std::move(outcome)]() mutable { deliver(std::move(outcome)); },
            Qt::QueuedConnection);
    });
}

void ExportJob::cancel() {
    cancelled_ = true;
}

void ExportJob::deliver(ExportOutcome outcome) {
    // The worker posted this as its last act; joining now costs at most its return.
    if (worker_.joinable())
        worker_.join();
    const QString fileName = QFileInfo(path_).fileName();
    const auto rows = static_cast<qulonglong>(outcome.rowsWritten);
    switch (outcome.status) {
    case ExportStatus::Ok: {
        //: %1 is a file name.
        emit finished(true, rows,
                      tr("Wrote %Ln customer(s) to %1.", nullptr, pluralCount(rows)).arg(fileName));
        return;
    }
    case ExportStatus::Cancelled:
        emit finished(false, 0, tr("Export cancelled; no file was written."));
        return;
    case ExportStatus::Failed:
        emit finished(
            false, 0,
            tr("The export failed and no file was written. %1").arg(messageText(outcome.error)));
        return;
    }
}

} // namespace c360::ui

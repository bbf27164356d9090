#include "inspect_job.h"
#include "wait_for.h"

#include <QCoreApplication>

namespace c360::ui {

InspectResult runInspection(const InspectRequest& request) {
    InspectResult result;
    result.source = request.source;
    SourceSet sources;
    if (Message why; !resolveSourceSet(request.source, request.choices, sources, why)) {
        result.error = std::move(why);
        return result;
    }
    result.inspection = inspectSources(sources, request.options, request.sampleRows);
    return result;
}

InspectJob::InspectJob(QObject* parent)
    : QObject(parent), newest_(std::make_shared<std::atomic<std::uint64_t>>(0)) {
    // One worker: an inspection overtaken before it started is skipped.
    pool_.setMaxThreadCount(1);
}

InspectJob::~InspectJob() {
    newest_->store(UINT64_MAX);
    pool_.waitForDone();
}

std::uint64_t InspectJob::start(InspectRequest request) {
    const std::uint64_t generation = ++requested_;
    newest_->store(generation);
    emit started();
    pool_.start([this, generation, request = std::move(request), newest = newest_] {
        if (newest->load() != generation)
            return; // a newer request is queued behind this one
        auto result = std::make_shared<InspectResult>(runInspection(request));
        result->generation = generation;
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)]() mutable { deliver(std::move(result)); },
            Qt::QueuedConnection);
    });
    return generation;
}

void InspectJob::discard() {
    const std::uint64_t generation = ++requested_;
    newest_->store(generation);
    delivered_ = generation;
}

void InspectJob::deliver(std::shared_ptr<const InspectResult> result) {
    if (result->generation != requested_)
        return; // stale: a newer request was made
    delivered_ = result->generation;
    result_ = std::move(result);
    emit resultReady();
}

bool InspectJob::waitForResult(int timeoutMs) {
    return processEventsUntil([this] { return !isBusy(); }, timeoutMs);
}

} // namespace c360::ui

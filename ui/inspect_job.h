// Runs `c360 inspect` for the import dialog on a worker thread: the source is resolved with the
// user's choices and inspected exactly as the CLI does (inspectSources, including its trial
// build). Each request carries a generation number; a result that arrives after a newer request
// was made is dropped, so changing an override twice quickly never shows the first answer.
#pragma once

#include "engine/inspection.h"
#include "sources/source_set.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace c360::ui {

struct InspectRequest {
    std::string source; // a folder of CSV files or a SQLite file
    SourceChoices choices;
    BuildOptions options; // as_of and thresholds for the trial build
    std::size_t sampleRows = 5;
};

struct InspectResult {
    std::uint64_t generation = 0;
    std::string source;
    // Set when the source could not be resolved (not there, no customer_info, ...): what is
    // wrong, as the core reports it; `inspection` is then empty.
    std::optional<Message> error;
    SourceInspection inspection;
};

// What the worker does, synchronously: resolveSourceSet + inspectSources, as `c360 inspect`.
InspectResult runInspection(const InspectRequest& request);

class InspectJob : public QObject {
    Q_OBJECT

public:
    explicit InspectJob(QObject* parent = nullptr);
    // Drops queued requests and waits for the one running (the core's inspection has no
    // cancel hook; its trial build runs to the end).
    ~InspectJob() override;

    // Starts an inspection and returns its generation.
    std::uint64_t start(InspectRequest request);
    // Forget the running request: its result will not be delivered.
    void discard();

    // The newest result delivered (null before the first one).
    std::shared_ptr<const InspectResult> result() const noexcept { return result_; }
    bool isBusy() const noexcept { return delivered_ != requested_; }
    std::uint64_t generation() const noexcept { return requested_; }

    // Tests: runs queued events until the newest request has been delivered.
    bool waitForResult(int timeoutMs = 60000);

signals:
    void started();
    // The result of the newest request is in result().
    void resultReady();

private:
    void deliver(std::shared_ptr<const InspectResult> result);

    std::shared_ptr<const InspectResult> result_;
    std::uint64_t requested_ = 0;
    std::uint64_t delivered_ = 0;
    std::shared_ptr<std::atomic<std::uint64_t>> newest_;
    QThreadPool pool_;
};

} // namespace c360::ui

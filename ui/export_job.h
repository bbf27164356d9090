// One export of customers to a CSV file, run on a worker thread so the window stays responsive:
// progress and the outcome arrive as signals on the thread that owns the job (the UI thread).
#pragma once

#include "output/export_output.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

namespace c360::ui {

class ExportJob : public QObject {
    Q_OBJECT

public:
    // The job keeps the table alive and its own copy of the rows, so the caller may change its
    // selection while the export runs.
    ExportJob(std::shared_ptr<const Customer360> table, std::vector<std::uint32_t> rows,
              ExportOptions options, QString path, QObject* parent = nullptr);
    // Cancels a running export and waits for the worker: the object never outlives its thread,
    // and an export abandoned this way leaves no file.
    ~ExportJob() override;

    // Starts the worker; a job runs once.
    void start();
    // Asks the worker to stop at its next check (every few thousand rows). finished() follows,
    // with ok false, unless the file was already complete.
    void cancel();
    bool isRunning() const noexcept { return worker_.joinable(); }
    const QString& path() const noexcept { return path_; }
    std::uint64_t rowCount() const noexcept { return rows_.size(); }

signals:
    // percent 0..100 and the rows written so far; emitted when the percentage changes.
    void progress(int percent, qulonglong rows);
    // ok: the file is complete. message is a sentence for the user: what was written, or what
    // happened and what to do.
    void finished(bool ok, qulonglong rowsWritten, const QString& message);

private:
    class Observer;
    void deliver(ExportOutcome outcome);

    std::shared_ptr<const Customer360> table_;
    std::vector<std::uint32_t> rows_;
    ExportOptions options_;
    QString path_;
    std::atomic<bool> cancelled_{false};
    std::atomic<int> lastPercent_{-1};
    bool started_ = false;
    std::thread worker_;
};

} // namespace c360::ui

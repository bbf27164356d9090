// For tests and benchmarks of the worker-thread jobs: run queued events until a condition
// holds, so results delivered to the UI thread arrive without a nested event loop per class.
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace c360::ui {

// True once `done()` holds; false if that took longer than timeoutMs.
template <typename Done> bool processEventsUntil(Done done, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

} // namespace c360::ui

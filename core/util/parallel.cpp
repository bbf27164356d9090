#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace c360 {

unsigned resolveThreadCount(unsigned requested) noexcept {
    if (requested > 0)
        return std::min(requested, 256u);
    return std::max(1u, std::thread::hardware_concurrency());
}

void runTasks(std::vector<std::function<void()>>& tasks, unsigned threads) {
    const unsigned workers = std::min<unsigned>(threads, static_cast<unsigned>(tasks.size()));
    if (workers <= 1) {
        for (auto& task : tasks)
            task();
        return;
    }
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < tasks.size(); i = next++)
            tasks[i]();
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < workers; ++i)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
}

} // namespace c360

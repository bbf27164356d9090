// Runs independent tasks on a few threads. Tasks write disjoint outputs, so results do not
// depend on which thread ran what.
#pragma once

#include <functional>
#include <vector>

namespace c360 {

unsigned resolveThreadCount(unsigned requested) noexcept;
void runTasks(std::vector<std::function<void()>>& tasks, unsigned threads);

} // namespace c360

#include "util/huge_pages.h"

#include <cstdlib>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace c360 {

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;
// Below this an array gains little and would waste most of a huge page.
constexpr std::size_t kHugeThreshold = std::size_t{4} << 20;

std::size_t roundedUp(std::size_t bytes) {
    return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}

} // namespace

void* allocateHugePages(std::size_t bytes) {
    if (bytes < kHugeThreshold)
        return ::operator new(bytes);
    void* memory = std::aligned_alloc(kHugePage, roundedUp(bytes));
    if (!memory)
        throw std::bad_alloc();
#ifdef __linux__
    // Only advice: without huge pages the memory works the same.
    ::madvise(memory, roundedUp(bytes), MADV_HUGEPAGE);
#endif
    return memory;
}

void freeHugePages(void* memory, std::size_t bytes) noexcept {
    if (bytes < kHugeThreshold)
        ::operator delete(memory);
    else
        std::free(memory);
}

} // namespace c360

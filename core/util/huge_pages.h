// Memory for large arrays that are read at random (hash tables), on 2 MiB pages where the
// kernel offers them (Linux transparent huge pages, "madvise" mode by default). One TLB entry
// then covers what 512 did: a probe into a 64 MB table costs a cache miss instead of a cache
// miss and a page-table walk (two-dimensional in a virtual machine). Small arrays, and other
// systems, get ordinary memory.
#pragma once

#include <cstddef>

namespace c360 {

void* allocateHugePages(std::size_t bytes); // throws std::bad_alloc
void freeHugePages(void* memory, std::size_t bytes) noexcept;

template <typename T> struct HugePageAllocator {
    using value_type = T;
    HugePageAllocator() = default;
    template <typename U> HugePageAllocator(const HugePageAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return static_cast<T*>(allocateHugePages(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { freeHugePages(p, n * sizeof(T)); }
    template <typename U> bool operator==(const HugePageAllocator<U>&) const noexcept {
        return true;
    }
};

} // namespace c360

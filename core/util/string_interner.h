// Dense ids for strings: the n-th distinct string gets id n. Customer ids become row numbers,
// product, category and campaign ids small integers, so every later pass indexes arrays
// instead of hashing text.
#pragma once

#include "util/huge_pages.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

std::uint64_t hashBytes(std::string_view s) noexcept;

class StringInterner {
public:
    static constexpr std::int32_t kNotFound = -1;

    StringInterner();

    // Returns the id of `s`, adding it if new; `added` tells which.
    std::int32_t intern(std::string_view s, bool& added);
    std::int32_t intern(std::string_view s) {
        bool added = false;
        return intern(s, added);
    }
    std::int32_t find(std::string_view s) const noexcept { return find(s, hashBytes(s)); }
    // With `hash` = hashBytes(s), taken earlier.
    std::int32_t find(std::string_view s, std::uint64_t hash) const noexcept;
    // Starts loading the slot where find() will look first for a string with this hash, so a
    // find() soon after does not wait for memory.
    void prefetch(std::uint64_t hash) const noexcept {
        __builtin_prefetch(&slots_[static_cast<std::size_t>(hash >> 32) & mask_]);
    }

    std::string_view at(std::int32_t id) const noexcept {
        const auto b = offsets_[static_cast<std::size_t>(id)];
        const auto e = offsets_[static_cast<std::size_t>(id) + 1];
        return std::string_view(bytes_).substr(b, e - b);
    }
    std::size_t size() const noexcept { return offsets_.size() - 1; }
    void reserve(std::size_t count);

private:
    void grow();
    void rehash(std::size_t slotCount); // a power of two
    std::string bytes_;
    std::vector<std::uint64_t> offsets_;
    std::vector<std::uint64_t> hashes_; // per id, so growing never rehashes the text
    // Open addressing. A slot holds the string's first eight bytes and its length beside a
    // hash tag, so a probe for a short key (most ids) is decided by one cache line, without
    // reading the string table; longer keys are compared in full only when all of that matches.
    struct Slot {
        std::uint64_t head = 0; // first min(8, length) bytes, zero-padded
        std::int32_t id = -1;   // -1: empty
        std::uint32_t meta = 0; // hash bits 8..31, then min(length, 255)
    };
    static std::uint64_t headOf(std::string_view s) noexcept;
    static std::uint32_t metaOf(std::uint64_t hash, std::size_t length) noexcept {
        return (static_cast<std::uint32_t>(hash) & 0xFFFFFF00u) |
               static_cast<std::uint32_t>(length < 255 ? length : 255);
    }
    bool slotHolds(const Slot& slot, std::string_view s, std::uint64_t head,
                   std::uint32_t meta) const noexcept {
        return slot.meta == meta && slot.head == head && (s.size() <= 8 || at(slot.id) == s);
    }
    // Probed at random: on huge pages once large (util/huge_pages.h).
    std::vector<Slot, HugePageAllocator<Slot>> slots_;
    std::size_t mask_ = 0;
};

} // namespace c360

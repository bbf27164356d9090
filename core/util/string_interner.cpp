#include "util/string_interner.h"

#include <cstring>

namespace c360 {

std::uint64_t hashBytes(std::string_view s) noexcept {
    // Multiply-xorshift over 8-byte words; good spread for short ids, no allocation.
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * kMul);
    const char* p = s.data();
    std::size_t n = s.size();
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * kMul;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ w) * kMul;
        h ^= h >> 29;
    }
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return h;
}

std::uint64_t StringInterner::headOf(std::string_view s) noexcept {
    std::uint64_t head = 0;
    if (!s.empty())
        std::memcpy(&head, s.data(), s.size() < 8 ? s.size() : 8);
    return head;
}

StringInterner::StringInterner() : offsets_{0}, slots_(16), mask_(15) {}

void StringInterner::reserve(std::size_t count) {
    offsets_.reserve(count + 1);
    hashes_.reserve(count);
    std::size_t slots = slots_.size();
    while (slots < count * 2)
        slots *= 2;
    if (slots > slots_.size())
        rehash(slots); // once: doubling step by step would allocate and fill the table twice
}

std::int32_t StringInterner::find(std::string_view s, std::uint64_t h) const noexcept {
    const std::uint64_t head = headOf(s);
    const std::uint32_t meta = metaOf(h, s.size());
    std::size_t i = static_cast<std::size_t>(h >> 32) & mask_;
    while (true) {
        const Slot& slot = slots_[i];
        if (slot.id < 0)
            return kNotFound;
        if (slotHolds(slot, s, head, meta))
            return slot.id;
        i = (i + 1) & mask_;
    }
}

std::int32_t StringInterner::intern(std::string_view s, bool& added) {
    if ((size() + 1) * 2 > slots_.size())
        grow();
    const std::uint64_t h = hashBytes(s);
    const std::uint64_t head = headOf(s);
    const std::uint32_t meta = metaOf(h, s.size());
    std::size_t i = static_cast<std::size_t>(h >> 32) & mask_;
    while (true) {
        const Slot& slot = slots_[i];
        if (slot.id < 0)
            break;
        if (slotHolds(slot, s, head, meta)) {
            added = false;
            return slot.id;
        }
        i = (i + 1) & mask_;
    }
    const auto id = static_cast<std::int32_t>(size());
    bytes_.append(s);
    offsets_.push_back(bytes_.size());
    hashes_.push_back(h);
    slots_[i] = Slot{head, id, meta};
    added = true;
    return id;
}

void StringInterner::grow() {
    rehash(slots_.size() * 2);
}

void StringInterner::rehash(std::size_t newSize) {
    std::vector<Slot, HugePageAllocator<Slot>> slots(newSize);
    const std::size_t mask = newSize - 1;
    for (std::size_t id = 0; id < size(); ++id) {
        const std::uint64_t h = hashes_[id];
        std::size_t i = static_cast<std::size_t>(h >> 32) & mask;
        while (slots[i].id >= 0)
            i = (i + 1) & mask;
        const std::string_view s = at(static_cast<std::int32_t>(id));
        slots[i] = Slot{headOf(s), static_cast<std::int32_t>(id), metaOf(h, s.size())};
    }
    slots_.swap(slots);
    mask_ = mask;
}

} // namespace c360

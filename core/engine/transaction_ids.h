// The transaction ids of the purchase lines, for counting distinct transactions per customer.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

// A transaction id in 16 bytes. An id of up to 15 bytes is the key itself (its bytes, then its
// length), so equal keys mean equal ids without looking at any text. A longer id is its hash
// and the number of its entry, marked: equal hashes are then compared by text.
struct TransactionKey {
    std::uint64_t low = 0;  // bytes 0..7, or the hash of a long id
    std::uint64_t high = 0; // bytes 8..14 and the length in the top byte, or kLong | entry

    static constexpr std::uint64_t kLong = 0xFFull << 56;
    static constexpr std::size_t kMaxShort = 15;
    bool isLong() const noexcept { return (high & kLong) == kLong; }
    friend bool operator==(const TransactionKey&, const TransactionKey&) = default;
};

// Consecutive lines with the same id (the lines of one order, as exports list them) share one
// entry. Interning every id in one hash table instead was a quarter of the build's time at 8M
// lines: its probes miss the cache on every line.
class TransactionIds {
public:
    // The entry of `id`: the last one if it holds the same id, else a new one.
    std::uint32_t add(std::string_view id) {
        if (id.size() <= TransactionKey::kMaxShort) {
            const TransactionKey key = shortKey(id);
            if (!keys_.empty() && keys_.back() == key)
                return static_cast<std::uint32_t>(keys_.size() - 1);
            keys_.push_back(key);
        } else {
            if (!keys_.empty() && keys_.back().isLong() && lastLongText() == id)
                return static_cast<std::uint32_t>(keys_.size() - 1);
            longText_.append(id);
            longEnds_.push_back(longText_.size());
            keys_.push_back({hashOfLong(id), TransactionKey::kLong | (longEnds_.size() - 1)});
        }
        return static_cast<std::uint32_t>(keys_.size() - 1);
    }
    const TransactionKey& key(std::uint32_t entry) const noexcept { return keys_[entry]; }
    std::size_t size() const noexcept { return keys_.size(); }
    void reserve(std::size_t entries) { keys_.reserve(entries); }

    // How many distinct ids the keys name; `keys` is reordered.
    std::int32_t countDistinct(std::span<TransactionKey> keys) const;

private:
    static TransactionKey shortKey(std::string_view id) noexcept {
        unsigned char bytes[16] = {};
        std::memcpy(bytes, id.data(), id.size());
        bytes[15] = static_cast<unsigned char>(id.size());
        TransactionKey key;
        std::memcpy(&key.low, bytes, 8);
        std::memcpy(&key.high, bytes + 8, 8);
        return key;
    }
    static std::uint64_t hashOfLong(std::string_view id) noexcept;
    std::string_view longText(std::uint64_t index) const noexcept {
        const std::uint64_t begin = index == 0 ? 0 : longEnds_[index - 1];
        return std::string_view(longText_).substr(begin, longEnds_[index] - begin);
    }
    std::string_view lastLongText() const noexcept { return longText(longEnds_.size() - 1); }

    std::vector<TransactionKey> keys_;
    std::string longText_; // the ids over 15 bytes, one after another
    std::vector<std::uint64_t> longEnds_;
};

} // namespace c360

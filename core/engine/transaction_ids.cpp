#include "engine/transaction_ids.h"

#include "util/string_interner.h"

#include <algorithm>

namespace c360 {

std::uint64_t TransactionIds::hashOfLong(std::string_view id) noexcept {
    return hashBytes(id);
}

std::int32_t TransactionIds::countDistinct(std::span<TransactionKey> keys) const {
    if (keys.size() <= 1)
        return static_cast<std::int32_t>(keys.size());
    // Equal ids have equal keys (a long id's key also holds its entry, which sorts after the
    // hash): sorted, each run of equal short keys is one id, and each run of long keys with
    // equal hashes is compared by text, as the same id may have several entries when its
    // lines were not consecutive, and different ids may share a hash.
    std::sort(keys.begin(), keys.end(), [](const TransactionKey& a, const TransactionKey& b) {
        return a.low != b.low ? a.low < b.low : a.high < b.high;
    });
    std::int32_t distinct = 0;
    std::vector<std::string_view> texts;
    for (std::size_t runStart = 0; runStart < keys.size();) {
        const TransactionKey& first = keys[runStart];
        std::size_t runEnd = runStart + 1;
        if (!first.isLong()) {
            while (runEnd < keys.size() && keys[runEnd] == first)
                ++runEnd;
            ++distinct;
            runStart = runEnd;
            continue;
        }
        while (runEnd < keys.size() && keys[runEnd].low == first.low && keys[runEnd].isLong())
            ++runEnd;
        texts.clear();
        for (std::size_t k = runStart; k < runEnd; ++k)
            texts.push_back(longText(keys[k].high & ~TransactionKey::kLong));
        std::sort(texts.begin(), texts.end());
        distinct +=
            static_cast<std::int32_t>(std::unique(texts.begin(), texts.end()) - texts.begin());
        runStart = runEnd;
    }
    return distinct;
}

} // namespace c360

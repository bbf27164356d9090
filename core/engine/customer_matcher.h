// Finding the customer of a fact table's row: the customer_360 row its customer_id names.
#pragma once

#include "engine/loaded_tables.h"
#include "engine/table_reader.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

// Customer lookup for fact tables: the customer_360 row, or -1 (orphan or left out). Counts
// both kinds in the table's report and keeps a few orphan ids as examples.
class CustomerMatcher {
public:
    // `reader` and `slot`: where the customer_id column is, for looking ahead.
    CustomerMatcher(const CustomerData& customers, TableReport& report, const TableReader& reader,
                    std::size_t slot);

    // Call once per record, before match(). With rows in no particular order every lookup
    // misses the cache twice (the id table is larger than it, then the customer's row), and
    // waiting for each miss in turn made loading the fact tables half as slow again. So the
    // ids of the next lines are read from the source's unread bytes: eight lines ahead their
    // slot in the id table is loaded, four lines ahead they are looked up and their row is
    // loaded, and match() takes the answer when the record's id is the one read ahead. Only
    // a hint: a line misread (quotes, a line break inside a quoted value) costs a wasted
    // load, never a wrong match. Rows grouped by customer need few lookups, and reading their
    // lines twice would cost more than it saves: it is done only while most rows name another
    // customer than the row before.
    void lookAhead() {
        current_ = kNone;
        if (lookingAhead_)
            readAhead();
    }

    std::int32_t match(std::string_view id) {
        // Exports list the lines of one order, or all of a customer's rows, one after another:
        // the same id as on the previous row needs no second lookup.
        if (id != lastId_) {
            lastId_.assign(id);
            const bool readAhead = current_ != kNone && ring_[current_].holds(id);
            lastDense_ = readAhead ? ring_[current_].dense : customers_.ids.find(id);
            ++lookupsInWindow_;
        }
        if (++rowsInWindow_ == kWindow)
            judgeWindow();
        const std::int32_t dense = lastDense_;
        if (dense < 0) {
            countOrphan(id);
            return -1;
        }
        const std::int32_t row = customers_.outputRow[static_cast<std::size_t>(dense)];
        if (row < 0)
            ++report_.customerLeftOut;
        return row;
    }

    void addNotes();

private:
    static constexpr std::size_t kRing = 16;     // a power of two over kLoadAhead
    static constexpr std::size_t kLoadAhead = 8; // lines: load the id's slot
    static constexpr std::size_t kFindAhead = 4; // lines: look the id up, load its row
    static constexpr std::size_t kNone = kRing;
    static constexpr std::size_t kMaxId = 38; // a UUID fits, and the entry in a cache line
    // An id read ahead, copied: the source's bytes behind the reader may be given back.
    struct Ahead {
        const char* next = nullptr; // where the line after this one starts
        std::uint64_t hash = 0;
        std::int32_t dense = StringInterner::kNotFound;
        bool found = false;    // `dense` is the id's
        std::uint8_t size = 0; // 0: no usable id on that line
        char id[kMaxId];
        bool holds(std::string_view s) const noexcept {
            return found && s.size() == size && std::string_view(id, size) == s;
        }
    };
    static_assert(sizeof(Ahead) <= 64, "one cache line per line read ahead");

    void countOrphan(std::string_view id);
    void judgeWindow() {
        lookingAhead_ = lookupsInWindow_ * 2 > rowsInWindow_;
        lookupsInWindow_ = rowsInWindow_ = 0;
    }
    void readAhead();
    void readLine(const RawLookAhead& ahead, const char* end);

    const CustomerData& customers_;
    TableReport& report_;
    const TableReader& reader_;
    int field_; // the customer_id's index in a record, or -1
    std::vector<std::string> examples_;
    std::string lastId_; // never a valid id at first: ids are not empty
    std::int32_t lastDense_ = StringInterner::kNotFound;
    // Looking ahead: the start of the next line not yet read, within the text the source
    // showed last (`aheadEnd_` is that text's end); the lines read and not yet matched, the
    // oldest at ringHead_; the current record's entry, or kNone.
    const char* cursor_ = nullptr;
    const char* aheadEnd_ = nullptr;
    std::array<Ahead, kRing> ring_{};
    std::size_t ringHead_ = 0, ringCount_ = 0;
    std::size_t current_ = kNone;
    static constexpr std::uint32_t kWindow = 1024; // rows
    std::uint32_t rowsInWindow_ = 0, lookupsInWindow_ = 0;
    bool lookingAhead_ = false;
};

} // namespace c360

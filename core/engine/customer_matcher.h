// Finding the customer of a fact table's row: the customer_360 row its customer_id names.
#pragma once

#include "engine/loaded_tables.h"
#include "engine/table_reader.h"

#include <string>
#include <string_view>
#include <vector>

namespace c360 {

// A value in double quotes for a message, cut at 60 bytes.
std::string quotedForMessage(std::string_view s);

// Customer lookup for fact tables: the customer_360 row, or -1 (orphan or left out). Counts
// both kinds in the table's report and keeps a few orphan ids as examples.
class CustomerMatcher {
public:
    // `reader` and `slot`: where the customer_id column is, for looking ahead.
    CustomerMatcher(const CustomerData& customers, TableReport& report, const TableReader& reader,
                    std::size_t slot);

    // Call once per record, before match(): starts loading the id-table slots of the ids a
    // few records further on. With rows in no particular order every lookup misses the cache
    // (the table is larger than it), and waiting for each miss in turn made loading the fact
    // tables half as slow again. Only a hint: a misread line (quotes, a line break inside a
    // quoted value) costs a wasted load, never a wrong match.
    void lookAhead();

    std::int32_t match(std::string_view id) {
        // Exports list the lines of one order, or all of a customer's rows, one after another:
        // the same id as on the previous row needs no second lookup (a cache miss each).
        if (id != lastId_) {
            lastId_.assign(id);
            lastDense_ = customers_.ids.find(id);
        }
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
    void countOrphan(std::string_view id);
    void prefetchLineAt(const char*& cursor, const char* end, const RawLookAhead& ahead);

    const CustomerData& customers_;
    TableReport& report_;
    const TableReader& reader_;
    int field_; // the customer_id's index in a record, or -1
    std::vector<std::string> examples_;
    std::string lastId_; // never a valid id at first: ids are not empty
    std::int32_t lastDense_ = StringInterner::kNotFound;
    // Looking ahead: the start of the next line not yet prefetched, within the text the
    // source showed last (`aheadEnd` is that text's end).
    const char* cursor_ = nullptr;
    const char* aheadEnd_ = nullptr;
    std::string lastPrefetched_;
};

} // namespace c360

#include "engine/customer_matcher.h"

#include <algorithm>
#include <cstring>

namespace c360 {

namespace {

// How many records ahead the slots are loaded: enough to cover a miss (a record takes a few
// hundred nanoseconds to read), few enough that the loads are still in the cache when used.
constexpr int kRecordsAhead = 8;

} // namespace

std::string quotedForMessage(std::string_view s) {
    std::string out = "\"";
    out.append(s.size() > 60 ? s.substr(0, 60) : s);
    if (s.size() > 60)
        out += "...";
    out += "\"";
    return out;
}

CustomerMatcher::CustomerMatcher(const CustomerData& customers, TableReport& report,
                                 const TableReader& reader, std::size_t slot)
    : customers_(customers), report_(report), reader_(reader), field_(reader.fieldOf(slot)) {}

void CustomerMatcher::lookAhead() {
    if (field_ < 0)
        return;
    const RawLookAhead ahead = reader_.lookAhead();
    if (ahead.rest.empty())
        return;
    const char* begin = ahead.rest.data();
    const char* end = begin + ahead.rest.size();
    if (end != aheadEnd_ || cursor_ < begin || cursor_ > end) {
        // First record, another file, or the reader overtook the cursor (a record over several
        // lines): start again just after the current record.
        aheadEnd_ = end;
        cursor_ = begin;
        for (int i = 0; i < kRecordsAhead && cursor_ < end; ++i)
            prefetchLineAt(cursor_, end, ahead);
        return;
    }
    if (cursor_ < end)
        prefetchLineAt(cursor_, end, ahead);
}

void CustomerMatcher::prefetchLineAt(const char*& cursor, const char* end,
                                     const RawLookAhead& ahead) {
    const char* lineEnd =
        static_cast<const char*>(std::memchr(cursor, '\n', static_cast<std::size_t>(end - cursor)));
    if (!lineEnd)
        lineEnd = end;
    const char* fieldBegin = cursor;
    for (int i = 0; i < field_ && fieldBegin < lineEnd; ++i) {
        const void* delimiter = std::memchr(fieldBegin, ahead.delimiter,
                                            static_cast<std::size_t>(lineEnd - fieldBegin));
        fieldBegin = delimiter ? static_cast<const char*>(delimiter) + 1 : lineEnd;
    }
    cursor = lineEnd < end ? lineEnd + 1 : end;
    const void* delimiter =
        std::memchr(fieldBegin, ahead.delimiter, static_cast<std::size_t>(lineEnd - fieldBegin));
    const char* fieldEnd = delimiter ? static_cast<const char*>(delimiter) : lineEnd;
    std::string_view id =
        trimSpaces(std::string_view(fieldBegin, static_cast<std::size_t>(fieldEnd - fieldBegin)));
    if (id.size() >= 2 && id.front() == ahead.quote && id.back() == ahead.quote)
        id = trimSpaces(id.substr(1, id.size() - 2));
    // Rows of one customer often follow each other: one load does for the run.
    if (id.empty() || id == lastPrefetched_)
        return;
    lastPrefetched_.assign(id);
    customers_.ids.prefetch(id);
}

void CustomerMatcher::countOrphan(std::string_view id) {
    ++report_.orphans;
    if (examples_.size() < 5 &&
        std::find(examples_.begin(), examples_.end(), id) == examples_.end())
        examples_.emplace_back(id);
}

void CustomerMatcher::addNotes() {
    if (report_.orphans > 0) {
        const bool one = report_.orphans == 1;
        std::string note = std::to_string(report_.orphans) + (one ? " row refers" : " rows refer") +
                           " to customers not in customer_info and " + (one ? "was" : "were") +
                           " left out (for example ";
        for (std::size_t i = 0; i < examples_.size(); ++i)
            note += (i ? ", " : "") + quotedForMessage(examples_[i]);
        note += ").";
        report_.notes.push_back(std::move(note));
    }
    if (report_.customerLeftOut > 0)
        report_.notes.push_back(std::to_string(report_.customerLeftOut) +
                                (report_.customerLeftOut == 1 ? " row belongs" : " rows belong") +
                                " to customers registered after as_of and " +
                                (report_.customerLeftOut == 1 ? "was" : "were") +
                                " left out with them.");
}

} // namespace c360

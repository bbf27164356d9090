#include "engine/customer_matcher.h"

#include <algorithm>
#include <cstring>

namespace c360 {

CustomerMatcher::CustomerMatcher(const CustomerData& customers, TableReport& report,
                                 const TableReader& reader, std::size_t slot)
    : customers_(customers), report_(report), reader_(reader), field_(reader.fieldOf(slot)) {}

void CustomerMatcher::readAhead() {
    if (field_ < 0)
        return;
    const RawLookAhead ahead = reader_.lookAhead();
    if (ahead.rest.empty())
        return;
    const char* begin = ahead.rest.data();
    const char* end = begin + ahead.rest.size();
    if (end != aheadEnd_ || cursor_ < begin || cursor_ > end || ringCount_ == 0) {
        // First record, another file, or the reader overtook the cursor (a record over several
        // lines): start again just after the current record.
        aheadEnd_ = end;
        cursor_ = begin;
        ringCount_ = 0;
    }
    // The record just read ends where the unread text begins: its line is the one read ahead
    // that ends there. Lines before it were part of the record before (a line break inside
    // quotes) or blank.
    while (ringCount_ > 0 && ring_[ringHead_].next <= begin) {
        if (ring_[ringHead_].next == begin)
            current_ = ringHead_;
        ringHead_ = (ringHead_ + 1) % kRing;
        --ringCount_;
    }
    while (ringCount_ < kLoadAhead && cursor_ < end)
        readLine(ahead, end);
}

void CustomerMatcher::readLine(const RawLookAhead& ahead, const char* end) {
    const char* lineEnd = static_cast<const char*>(
        std::memchr(cursor_, '\n', static_cast<std::size_t>(end - cursor_)));
    if (!lineEnd)
        lineEnd = end;
    const char* fieldBegin = cursor_;
    for (int i = 0; i < field_ && fieldBegin < lineEnd; ++i) {
        while (fieldBegin < lineEnd && *fieldBegin != ahead.delimiter)
            ++fieldBegin;
        if (fieldBegin < lineEnd)
            ++fieldBegin;
    }
    const char* fieldEnd = fieldBegin;
    while (fieldEnd < lineEnd && *fieldEnd != ahead.delimiter)
        ++fieldEnd;
    cursor_ = lineEnd < end ? lineEnd + 1 : end;
    std::string_view id =
        trimSpaces(std::string_view(fieldBegin, static_cast<std::size_t>(fieldEnd - fieldBegin)));
    if (id.size() >= 2 && id.front() == ahead.quote && id.back() == ahead.quote)
        id = trimSpaces(id.substr(1, id.size() - 2));

    Ahead& entry = ring_[(ringHead_ + ringCount_) % kRing];
    ++ringCount_;
    entry.next = cursor_;
    entry.found = false;
    entry.size = 0;
    if (!id.empty() && id.size() <= kMaxId) {
        entry.size = static_cast<std::uint8_t>(id.size());
        std::memcpy(entry.id, id.data(), id.size());
        entry.hash = hashBytes(id);
        customers_.ids.prefetch(entry.hash);
    }
    // The line kFindAhead after the oldest: its slot has had time to load.
    if (ringCount_ > kFindAhead) {
        Ahead& soon = ring_[(ringHead_ + ringCount_ - 1 - kFindAhead) % kRing];
        if (soon.size != 0) {
            soon.dense = customers_.ids.find(std::string_view(soon.id, soon.size), soon.hash);
            soon.found = true;
            if (soon.dense >= 0)
                __builtin_prefetch(&customers_.outputRow[static_cast<std::size_t>(soon.dense)]);
        }
    }
}

void CustomerMatcher::countOrphan(std::string_view id) {
    ++report_.orphans;
    if (examples_.size() < 5 &&
        std::find(examples_.begin(), examples_.end(), id) == examples_.end())
        examples_.emplace_back(id);
}

void CustomerMatcher::addNotes() {
    if (report_.orphans > 0) {
        std::string examples;
        for (std::size_t i = 0; i < examples_.size(); ++i)
            examples += (i ? ", " : "") + quotedForMessage(examples_[i]);
        report_.notes.push_back(
            Message(MessageKind::OrphanRows, {std::to_string(report_.orphans), examples}));
    }
    if (report_.customerLeftOut > 0)
        report_.notes.push_back(Message(MessageKind::RowsOfCustomersLeftOut,
                                        {std::to_string(report_.customerLeftOut)}));
}

} // namespace c360

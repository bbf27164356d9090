// Saved segments: named filters kept inside the workspace file (.c360), so they travel with
// the data and survive reopening. Stored relationally (one row per segment, one per condition)
// so any SQLite tool can read them. Every call opens the file, does its work in one
// transaction and closes it; errors come back as a sentence saying what to do.
#pragma once

#include "messages/message.h"
#include "query/customer_query.h"

#include <string>
#include <string_view>
#include <vector>

namespace c360 {

struct SavedSegment {
    std::string name;
    CustomerFilter filter;
    std::string createdAt; // UTC, YYYY-MM-DDTHH:MM:SSZ
    std::string updatedAt;
};

// Names are trimmed, must not be empty, and are unique ignoring case.
std::string trimmedSegmentName(std::string_view name);
bool sameSegmentName(std::string_view a, std::string_view b);

// The saved segments in their list order; none (and true) for a workspace that has never
// saved one. False with a sentence in `error` when the file cannot be read.
bool listSavedSegments(const std::string& workspace, std::vector<SavedSegment>& out,
                       Message& error);

// Saves `filter` under `name`: replaces the segment of that name (ignoring case; it keeps its
// place in the list and takes the new spelling), or adds one at the end.
bool saveSegment(const std::string& workspace, std::string_view name, const CustomerFilter& filter,
                 Message& error);

// Refuses a new name another segment already has; changing only the case is allowed.
bool renameSegment(const std::string& workspace, std::string_view name, std::string_view newName,
                   Message& error);

// Copies the segment to "NAME copy" (or "NAME copy 2", ...), placed right after it; the new
// name goes to `copyName`.
bool duplicateSegment(const std::string& workspace, std::string_view name, std::string& copyName,
                      Message& error);

bool deleteSegment(const std::string& workspace, std::string_view name, Message& error);

// The segment of that name (ignoring case), or false with an error that lists the names saved.
bool findSavedSegment(const std::string& workspace, std::string_view name, SavedSegment& out,
                      Message& error);

// For `c360 build -o EXISTING.c360`: copies the saved segments of `previousWorkspace` (if it
// is a workspace holding any) into `newWorkspace` before the new file replaces it. True with
// nothing done when there is nothing to carry.
bool carrySavedSegments(const std::string& previousWorkspace, const std::string& newWorkspace,
                        Message& error);

} // namespace c360

// Opening a workspace (.c360) written by `c360 build`: customer_360 back into its columns, and
// how it was built. The workbench starts here; so will `c360 export`.
#pragma once

#include "engine/build_report.h"
#include "engine/customer360.h"
#include "messages/message.h"

#include <map>
#include <string>

namespace c360 {

struct WorkspaceContents {
    Customer360 table;
    std::map<std::string, std::string> buildInfo; // as_of, thresholds, source, built_at, ...
};

// False with why in `error` when the file is not a workspace or cannot be read.
bool readWorkspace(const std::string& path, WorkspaceContents& out, Message& error);

// The build report the workspace keeps (report_tables, report_issues; as_of and customers from
// build_info): per table its counts, notes and listed issues, the notes and reasons as the
// messages they were written as, so they can be shown in the reader's language. A workspace
// written before messages were stored (no note_messages / reason_message columns), or a stored
// message this version does not know, gives the stored English text as MessageKind::Text.
// False with why in `error` when the file has no report or cannot be read.
bool readWorkspaceReport(const std::string& path, BuildReport& out, Message& error);

} // namespace c360

// Opening a workspace (.c360) written by `c360 build`: customer_360 back into its columns, and
// how it was built. The workbench starts here; so will `c360 export`.
#pragma once

#include "engine/customer360.h"

#include <map>
#include <string>

namespace c360 {

struct WorkspaceContents {
    Customer360 table;
    std::map<std::string, std::string> buildInfo; // as_of, thresholds, source, built_at, ...
};

// False with a sentence in `error` when the file is not a workspace or cannot be read.
bool readWorkspace(const std::string& path, WorkspaceContents& out, std::string& error);

} // namespace c360

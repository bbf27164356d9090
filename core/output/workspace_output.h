// The workspace: one SQLite file holding customer_360, how it was built, and the build report.
// The workbench (planned) opens it; any SQLite tool can read it.
#pragma once

#include "engine/build.h"

#include <string>

namespace c360 {

struct WorkspaceContext {
    std::string sourcePath;
    std::string programVersion;
};

// Written to a temporary file and renamed: a failed build never leaves a partial workspace.
bool writeWorkspace(const BuildOutcome& outcome, const WorkspaceContext& context,
                    const std::string& path, Message& error);

// Output paths ending .sqlite, .db or .c360 are workspaces; .csv is CSV.
enum class OutputKind { Csv, Workspace, Unknown };
OutputKind outputKindFor(const std::string& path);

} // namespace c360

// The --help texts of c360 and its commands: what a user reads first, kept apart from the
// parsing so each can be read on its own.
#pragma once

namespace c360::cli {

extern const char* const kMainHelp;
extern const char* const kBuildHelp;
extern const char* const kInspectHelp;
extern const char* const kExportHelp;
extern const char* const kSegmentsHelp;
extern const char* const kGenerateHelp;

} // namespace c360::cli

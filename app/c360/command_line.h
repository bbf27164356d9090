// Turns argv into one of the core's command structs; help and usage errors are decided here.
#pragma once

#include "commands/commands.h"

#include <string>
#include <variant>
#include <vector>

namespace c360::cli {

struct ShowText {
    std::string text;
    int exitCode = 0; // 0 for --help/--version, 2 for a usage error (text goes to stderr)
};

using ParsedCommand = std::variant<ShowText, BuildCommand, InspectCommand, ExportCommand,
                                   GenerateCommand, SegmentsCommand>;

ParsedCommand parseCommandLine(const std::vector<std::string>& args, bool stderrIsTerminal);

} // namespace c360::cli

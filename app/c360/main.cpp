// c360: the command-line twin of the workbench.
#include "command_line.h"

#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const auto parsed = c360::cli::parseCommandLine(args, ::isatty(STDERR_FILENO) != 0);
    if (const auto* show = std::get_if<c360::cli::ShowText>(&parsed)) {
        (show->exitCode == 0 ? std::cout : std::cerr) << show->text;
        return show->exitCode;
    }
    if (const auto* build = std::get_if<c360::BuildCommand>(&parsed))
        return c360::runBuild(*build, std::cout, std::cerr);
    if (const auto* inspect = std::get_if<c360::InspectCommand>(&parsed))
        return c360::runInspect(*inspect, std::cout, std::cerr);
    if (const auto* exportCommand = std::get_if<c360::ExportCommand>(&parsed))
        return c360::runExport(*exportCommand, std::cout, std::cerr);
    if (const auto* segments = std::get_if<c360::SegmentsCommand>(&parsed))
        return c360::runSegments(*segments, std::cout, std::cerr);
    return c360::runGenerate(std::get<c360::GenerateCommand>(parsed), std::cout, std::cerr);
}

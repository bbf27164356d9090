#pragma once

#include "engine/build_report.h"

#include <string>
#include <string_view>

namespace c360 {

// Size, modification time (UTC ISO 8601) and, given the bytes, SHA-256 of a source file.
void fillFileInfo(const std::string& path, std::string_view bytes, SourceFileInfo& info);
void fillFileInfo(const std::string& path, SourceFileInfo& info); // hashes by reading the file
void fillFileStat(const std::string& path, SourceFileInfo& info); // size and time only

} // namespace c360

#pragma once

#include "engine/inspection.h"

#include <string>

namespace c360 {

std::string inspectionText(const SourceInspection& inspection);
std::string inspectionJson(const SourceInspection& inspection);

} // namespace c360

// The workbench's words for each MessageKind, one function per area of the core (the kinds_*.inc
// files of core/messages): used by messageText() only. Each returns the kind's translated pattern,
// or an empty string for a kind of another area.
#pragma once

#include "messages/message.h"

#include <QString>

namespace c360::ui::message_patterns {

// Wrappers, delimiter names, files written, the build job (kinds_general.inc).
QString general(MessageKind kind);
// The sniffer, reading CSV files, databases, folders, choices and mapping files
// (kinds_sources.inc).
QString sources(MessageKind kind, int n);
// Columns, records, values, dates, notes and outcomes of a build (kinds_build.inc).
QString build(MessageKind kind, int n);
// Writing and reading workspaces, saved segments (kinds_output.inc).
QString output(MessageKind kind);

} // namespace c360::ui::message_patterns

// Messages as JSON, so other tools can word them too: {"kind": "record.ragged_row", "args":
// ["7", "5"]}, with "cause" holding the nested message when there is one. Used by the JSON
// reports (core/output) and the workspace's report tables.
#pragma once

#include "messages/message.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

class JsonWriter;

// Writes "kind", "args" and (when there is one) "cause" into the object being written.
void writeMessageFields(JsonWriter& w, const Message& message);
// Writes the message as an object of those fields.
void writeMessageJson(JsonWriter& w, const Message& message);

// One line of JSON without spaces, for storing in a workspace column.
std::string messageToJson(const Message& message);
std::string messagesToJson(const std::vector<Message>& messages);

// Reads what messageToJson / messagesToJson wrote. Nothing for text that is not such JSON or
// names a kind this version does not know (a workspace from a newer c360).
std::optional<Message> messageFromJson(std::string_view json);
std::optional<std::vector<Message>> messagesFromJson(std::string_view json);

} // namespace c360

// libFuzzer target: messages read back from JSON (core/messages/message_json.h), the form in
// which a workspace stores its report's issues and notes. A workspace is a file a user may get
// from anyone, so damaged or hostile JSON must give "not a message" (and the English text
// instead), never a crash or a runaway recursion. What does read as a message must word
// without a crash and write back to JSON that reads as the same message.
#include "fuzz_check.h"
#include "messages/message.h"
#include "messages/message_json.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace c360;

void checkMessage(const Message& message) {
    // Every link words, whatever arguments the kind got.
    (void)englishText(message);
    const std::string written = messageToJson(message);
    const std::optional<Message> back = messageFromJson(written);
    C360_FUZZ_CHECK(back.has_value());
    C360_FUZZ_CHECK(*back == message);
    C360_FUZZ_CHECK(messageToJson(*back) == written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    if (const std::optional<Message> message = messageFromJson(json))
        checkMessage(*message);
    if (const std::optional<std::vector<Message>> messages = messagesFromJson(json)) {
        for (const Message& message : *messages)
            checkMessage(message);
        const std::optional<std::vector<Message>> back =
            messagesFromJson(messagesToJson(*messages));
        C360_FUZZ_CHECK(back.has_value());
        C360_FUZZ_CHECK(*back == *messages);
    }
    return 0;
}

// The engine's messages in the user's language. The core reports each problem and note as a
// kind with arguments (core/messages/message.h); this words it with tr(), numbers in the
// user's locale. The CLI words the same kinds in English (englishText).
#pragma once

#include "messages/message.h"

#include <QString>

#include <optional>

namespace c360::ui {

// The message as the workbench shows it: the kind's translated sentence with its arguments
// (counts in their plural form, numbers formatted by QLocale(), the cause worded the same
// way). A kind the workbench has no words for falls back to the English text.
QString messageText(const Message& message);
// Empty for no message.
QString messageText(const std::optional<Message>& message);

// The kind's translated pattern, with its %1 … placeholders (and for a plural kind the count
// `n` already in place of %Ln); empty when the workbench has no words for the kind (which
// tests/ui_messages reports).
QString messagePattern(MessageKind kind, int n = -1);

} // namespace c360::ui

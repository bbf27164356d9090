// What the engine has to say, as values: a kind and its arguments. The core never assembles a
// sentence for the workbench to show; the workbench words each kind with tr() (ui/messages.h),
// and the CLI, the JSON report and the logs use englishText(). See core/messages/README.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

// One enumerator per distinct sentence, listed with its stable name, its parameters and its
// English text in the kinds_*.inc files (the one place a kind is defined). Parameters, one
// letter per placeholder %1, %2, … in order:
//   t  text, shown as it is (a file name, a value as written, a list)
//   n  an integer written in digits ("12345"); the workbench formats it in the user's locale
//   d  a decimal number written with a point ("12.3457"); formatted in the user's locale too
//   p  a count that picks the plural form (always the first parameter); digits, like n
//   c  the cause: a nested Message, rendered in its place (always the last parameter)
enum class MessageKind : std::uint16_t {
// Qt's moc reads this header through the workbench's and cannot expand the lists; it needs
// nothing from them.
#ifndef Q_MOC_RUN
#define C360_MESSAGE(id, name, params, english) id,
#define C360_PLURAL(id, name, params, englishOne, englishOther) id,
#include "messages/kinds_build.inc"
#include "messages/kinds_general.inc"
#include "messages/kinds_output.inc"
#include "messages/kinds_sources.inc"
#undef C360_MESSAGE
#undef C360_PLURAL
#endif
    Count_ // not a kind: how many there are, so tests can iterate them all
};

inline constexpr std::size_t kMessageKindCount = static_cast<std::size_t>(MessageKind::Count_);

struct Message {
    MessageKind kind = MessageKind::Text;
    // The kind's parameters in order, except the cause. Numbers are plain digits.
    std::vector<std::string> args;
    // For kinds whose last parameter is `c`: the nested message ("Cannot read F: <why>").
    // Shared and immutable, so copying a message never copies its chain.
    std::shared_ptr<const Message> cause;

    Message() = default;
    Message(MessageKind k, std::vector<std::string> a = {}) : kind(k), args(std::move(a)) {}
    Message(MessageKind k, std::vector<std::string> a, Message nested)
        : kind(k), args(std::move(a)), cause(std::make_shared<const Message>(std::move(nested))) {}

    // Equal kinds, arguments and causes (compared by value, not by pointer).
    friend bool operator==(const Message& a, const Message& b);
};

// Text that is not the engine's own words: what an older workspace stored as English, or text
// a user typed. Never used for a new engine message.
Message textMessage(std::string text);

// The stable snake_case id ("csv.ragged_row") used in JSON reports and workspaces.
std::string_view messageKindName(MessageKind kind) noexcept;
std::optional<MessageKind> messageKindFromName(std::string_view name) noexcept;

// The kind's parameter letters ("nn", "tc", …; see MessageKind) and whether it has plural forms.
std::string_view messageParameters(MessageKind kind) noexcept;
bool messageHasPlural(MessageKind kind) noexcept;

// The English sentence, for the CLI, JSON reports and logs (the workbench uses messageText()).
std::string englishText(const Message& message);
// Empty for no message, so callers can print an optional error as it is.
std::string englishText(const std::optional<Message>& message);

// Puts `args` into a pattern's %1 … %9, each placeholder once, in one pass (an argument that
// itself holds "%2" stays as it is). A placeholder without an argument becomes empty.
std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args);

// A value for a message: at most 60 bytes of it, "..." marking a cut (the sentence puts the
// quotes around it).
std::string cutForMessage(std::string_view value);

} // namespace c360

#include "messages/message.h"

#include <array>

namespace c360 {

namespace {

struct KindSpec {
    std::string_view name;
    std::string_view parameters;
    std::string_view englishOne;   // the text when the count is 1 (plural kinds), else empty
    std::string_view englishOther; // the text otherwise
};

constexpr std::array<KindSpec, kMessageKindCount> kSpecs = {{
#define C360_MESSAGE(id, name, params, english) {name, params, {}, english},
#define C360_PLURAL(id, name, params, englishOne, englishOther)                                    \
    {name, params, englishOne, englishOther},
#include "messages/kinds_build.inc"
#include "messages/kinds_general.inc"
#include "messages/kinds_output.inc"
#include "messages/kinds_sources.inc"
#undef C360_MESSAGE
#undef C360_PLURAL
}};

// Every entry filled: a kind listed in the enum but not in the table would leave a gap here.
static_assert(!kSpecs.back().name.empty());

const KindSpec& specOf(MessageKind kind) noexcept {
    const auto index = static_cast<std::size_t>(kind);
    return kSpecs[index < kSpecs.size() ? index : 0];
}

} // namespace

bool operator==(const Message& a, const Message& b) {
    if (a.kind != b.kind || a.args != b.args)
        return false;
    if (!a.cause || !b.cause)
        return !a.cause && !b.cause;
    return *a.cause == *b.cause;
}

Message textMessage(std::string text) {
    return Message(MessageKind::Text, {std::move(text)});
}

std::string_view messageKindName(MessageKind kind) noexcept {
    return specOf(kind).name;
}

std::optional<MessageKind> messageKindFromName(std::string_view name) noexcept {
    for (std::size_t i = 0; i < kSpecs.size(); ++i)
        if (kSpecs[i].name == name)
            return static_cast<MessageKind>(i);
    return std::nullopt;
}

std::string_view messageParameters(MessageKind kind) noexcept {
    return specOf(kind).parameters;
}

bool messageHasPlural(MessageKind kind) noexcept {
    return !specOf(kind).englishOne.empty();
}

std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (index < args.size())
                out += args[index];
            ++i;
            continue;
        }
        out.push_back(c);
    }
    return out;
}

std::string englishText(const Message& message) {
    const KindSpec& spec = specOf(message.kind);
    std::vector<std::string> values = message.args;
    const std::size_t placeholders = spec.parameters.size();
    if (!spec.parameters.empty() && spec.parameters.back() == 'c') {
        values.resize(placeholders - 1);
        values.push_back(message.cause ? englishText(*message.cause) : std::string());
    }
    const bool one = !spec.englishOne.empty() && !values.empty() && values.front() == "1";
    return fillPlaceholders(one ? spec.englishOne : spec.englishOther, values);
}

std::string englishText(const std::optional<Message>& message) {
    return message ? englishText(*message) : std::string();
}

std::string cutForMessage(std::string_view value) {
    constexpr std::size_t kMax = 60;
    if (value.size() <= kMax)
        return std::string(value);
    return std::string(value.substr(0, kMax)) + "...";
}

} // namespace c360

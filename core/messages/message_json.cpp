#include "messages/message_json.h"

#include "util/json_writer.h"
#include "util/utf8.h"

namespace c360 {

void writeMessageFields(JsonWriter& w, const Message& message) {
    w.key("kind");
    w.value(messageKindName(message.kind));
    w.key("args");
    w.beginArray();
    for (const std::string& arg : message.args)
        w.value(arg);
    w.endArray();
    if (message.cause) {
        w.key("cause");
        writeMessageJson(w, *message.cause);
    }
}

void writeMessageJson(JsonWriter& w, const Message& message) {
    w.beginObject();
    writeMessageFields(w, message);
    w.endObject();
}

namespace {

void appendMessage(std::string& out, const Message& message) {
    out += "{\"kind\":";
    appendJsonString(out, messageKindName(message.kind));
    out += ",\"args\":[";
    for (std::size_t i = 0; i < message.args.size(); ++i) {
        if (i)
            out.push_back(',');
        appendJsonString(out, message.args[i]);
    }
    out.push_back(']');
    if (message.cause) {
        out += ",\"cause\":";
        appendMessage(out, *message.cause);
    }
    out.push_back('}');
}

// Reads the JSON the functions above write, and any JSON of that shape: strings with every
// escape, other values skipped. Nesting is bounded, so damaged input cannot exhaust the stack.
class Reader {
public:
    explicit Reader(std::string_view text) : text_(text) {}

    bool atEnd() {
        skipSpace();
        return at_ == text_.size();
    }

    bool message(Message& out, int depth = 0) {
        if (depth > 32 || !consume('{'))
            return false;
        bool sawKind = false;
        if (consume('}'))
            return false;
        do {
            std::string key;
            if (!string(key) || !consume(':'))
                return false;
            if (key == "kind") {
                std::string name;
                if (!string(name))
                    return false;
                const std::optional<MessageKind> kind = messageKindFromName(name);
                if (!kind)
                    return false;
                out.kind = *kind;
                sawKind = true;
            } else if (key == "args") {
                if (!strings(out.args))
                    return false;
            } else if (key == "cause") {
                Message cause;
                if (!message(cause, depth + 1))
                    return false;
                out.cause = std::make_shared<const Message>(std::move(cause));
            } else if (!skipValue(depth + 1)) {
                return false;
            }
        } while (consume(','));
        return sawKind && consume('}');
    }

    bool messages(std::vector<Message>& out) {
        if (!consume('['))
            return false;
        if (consume(']'))
            return true;
        do {
            Message m;
            if (!message(m))
                return false;
            out.push_back(std::move(m));
        } while (consume(','));
        return consume(']');
    }

private:
    void skipSpace() {
        while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' ||
                                      text_[at_] == '\r' || text_[at_] == '\t'))
            ++at_;
    }

    bool consume(char c) {
        skipSpace();
        if (at_ < text_.size() && text_[at_] == c) {
            ++at_;
            return true;
        }
        return false;
    }

    bool strings(std::vector<std::string>& out) {
        if (!consume('['))
            return false;
        if (consume(']'))
            return true;
        do {
            std::string s;
            if (!string(s))
                return false;
            out.push_back(std::move(s));
        } while (consume(','));
        return consume(']');
    }

    bool hex4(char32_t& out) {
        if (at_ + 4 > text_.size())
            return false;
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = text_[at_++];
            out <<= 4;
            if (c >= '0' && c <= '9')
                out |= static_cast<char32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                out |= static_cast<char32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                out |= static_cast<char32_t>(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    bool escape(std::string& out) {
        if (at_ >= text_.size())
            return false;
        const char c = text_[at_++];
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out.push_back(c);
            return true;
        case 'b':
            out.push_back('\b');
            return true;
        case 'f':
            out.push_back('\f');
            return true;
        case 'n':
            out.push_back('\n');
            return true;
        case 'r':
            out.push_back('\r');
            return true;
        case 't':
            out.push_back('\t');
            return true;
        case 'u': {
            char32_t unit = 0;
            if (!hex4(unit))
                return false;
            if (unit >= 0xD800 && unit <= 0xDBFF && text_.substr(at_, 2) == "\\u") {
                at_ += 2;
                char32_t low = 0;
                if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                    return false;
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, unit);
            return true;
        }
        default:
            return false;
        }
    }

    bool string(std::string& out) {
        if (!consume('"'))
            return false;
        while (at_ < text_.size()) {
            const char c = text_[at_++];
            if (c == '"')
                return true;
            if (c != '\\')
                out.push_back(c);
            else if (!escape(out))
                return false;
        }
        return false;
    }

    // A value of a key this reader does not use: skipped whole.
    bool skipValue(int depth) {
        if (depth > 32)
            return false;
        skipSpace();
        if (at_ >= text_.size())
            return false;
        const char c = text_[at_];
        if (c == '"') {
            std::string ignored;
            return string(ignored);
        }
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++at_;
            if (consume(close))
                return true;
            do {
                if (c == '{') {
                    std::string key;
                    if (!string(key) || !consume(':'))
                        return false;
                }
                if (!skipValue(depth + 1))
                    return false;
            } while (consume(','));
            return consume(close);
        }
        const std::size_t start = at_;
        while (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '}' && text_[at_] != ']' &&
               text_[at_] != ' ' && text_[at_] != '\n')
            ++at_;
        return at_ > start;
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

} // namespace

std::string messageToJson(const Message& message) {
    std::string out;
    appendMessage(out, message);
    return out;
}

std::string messagesToJson(const std::vector<Message>& messages) {
    std::string out = "[";
    for (std::size_t i = 0; i < messages.size(); ++i) {
        if (i)
            out.push_back(',');
        appendMessage(out, messages[i]);
    }
    out.push_back(']');
    return out;
}

std::optional<Message> messageFromJson(std::string_view json) {
    Reader reader(json);
    Message m;
    if (!reader.message(m) || !reader.atEnd())
        return std::nullopt;
    return m;
}

std::optional<std::vector<Message>> messagesFromJson(std::string_view json) {
    Reader reader(json);
    std::vector<Message> out;
    if (!reader.messages(out) || !reader.atEnd())
        return std::nullopt;
    return out;
}

} // namespace c360

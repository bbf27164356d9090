#include "util/json_writer.h"

#include "values/number.h"

#include <charconv>
#include <cmath>

namespace c360 {

void appendJsonString(std::string& out, std::string_view s) {
    out.push_back('"');
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out.push_back(kHex[c >> 4]);
                out.push_back(kHex[c & 15]);
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

void JsonWriter::indent() {
    out_.push_back('\n');
    out_.append(first_.size() * 2, ' ');
}

void JsonWriter::separate() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back())
            out_.push_back(',');
        first_.back() = false;
        indent();
    }
}

void JsonWriter::beginObject() {
    separate();
    out_.push_back('{');
    first_.push_back(true);
}

void JsonWriter::endObject() {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty)
        indent();
    out_.push_back('}');
    if (first_.empty())
        out_.push_back('\n');
}

void JsonWriter::beginArray() {
    separate();
    out_.push_back('[');
    first_.push_back(true);
}

void JsonWriter::endArray() {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty)
        indent();
    out_.push_back(']');
}

void JsonWriter::key(std::string_view name) {
    separate();
    appendJsonString(out_, name);
    out_ += ": ";
    afterKey_ = true;
}

void JsonWriter::value(std::string_view s) {
    separate();
    appendJsonString(out_, s);
}

void JsonWriter::value(std::uint64_t n) {
    separate();
    out_ += std::to_string(n);
}

void JsonWriter::value(std::int64_t n) {
    separate();
    out_ += std::to_string(n);
}

void JsonWriter::value(double d) {
    separate();
    if (std::isfinite(d))
        appendReal(out_, d);
    else
        out_ += "null";
}

void JsonWriter::value(bool b) {
    separate();
    out_ += b ? "true" : "false";
}

void JsonWriter::null() {
    separate();
    out_ += "null";
}

} // namespace c360

// A minimal streaming JSON writer: enough for reports, with correct string escaping.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);
    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(std::uint64_t n);
    void value(std::int64_t n);
    void value(int n) { value(static_cast<std::int64_t>(n)); }
    void value(double d);
    void value(bool b);
    void null();
    const std::string& text() const noexcept { return out_; }

private:
    void separate();
    void indent();
    std::string out_;
    std::vector<bool> first_; // per open container: nothing written yet
    bool afterKey_ = false;
};

void appendJsonString(std::string& out, std::string_view s);

} // namespace c360

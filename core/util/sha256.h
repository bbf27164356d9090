// SHA-256 of source files, recorded in a workspace so a later session can tell whether the
// sources it was built from have changed.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace c360 {

class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    std::array<std::uint8_t, 32> finish();
    static std::string hex(std::string_view bytes);

private:
    void block(const std::uint8_t* p);
    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;
};

} // namespace c360

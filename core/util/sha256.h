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
    static std::string hex(const std::array<std::uint8_t, 32>& digest);

    // True when this CPU's SHA instructions are used; tests compare both paths.
    static bool usesCpuExtensions() noexcept;
    void forcePortable() noexcept { forcePortable_ = true; }

private:
    void block(const std::uint8_t* p);
    void blocks(const std::uint8_t* p, std::size_t count);
    bool forcePortable_ = false;
    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;
};

} // namespace c360

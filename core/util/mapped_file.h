// A whole file as read-only bytes: memory-mapped where possible, so a 700 MB source costs
// address space, not a copy.
#pragma once

#include "messages/message.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace c360 {

class MappedFile {
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;

    // Opens `path`; on failure returns false and sets `error` to why (SystemReason or
    // IsAFolder), which completes "Cannot read F: …".
    bool open(const std::string& path, Message& error);
    std::string_view bytes() const noexcept { return {data_, size_}; }

    // Gives back the memory of [begin, end) (whole pages inside it) once it has been read:
    // a 500 MB source then does not count 500 MB towards the process's memory. The bytes
    // stay readable; touching them again reads them from the file.
    void release(std::size_t begin, std::size_t end) noexcept;

private:
    void reset() noexcept;
    const char* data_ = nullptr;
    std::size_t size_ = 0;
    bool mapped_ = false;
};

} // namespace c360

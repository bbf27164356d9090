// Output files appear whole or not at all: written under a temporary name beside the target,
// flushed, then renamed over it.
#pragma once

#include "messages/message.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace c360 {

class AtomicFile {
public:
    explicit AtomicFile(std::string target);
    ~AtomicFile(); // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    bool open(Message& error);
    bool write(std::string_view bytes);
    bool commit(Message& error); // flush, fsync, rename
    const std::string& temporaryPath() const noexcept { return temp_; }

    // For writers that open the temporary path themselves (SQLite): reserve the name only.
    bool reserve(Message& error);
    bool commitPath(Message& error);

    // Starts putting the bytes written so far on disk without waiting for it, so the fsync
    // at commit has less left to wait for (Linux; elsewhere it does nothing). write() does it
    // every kWritebackStep bytes; writers that open the temporary path themselves call it.
    void startWriteback();
    static constexpr std::uint64_t kWritebackStep = 32u << 20;

private:
    std::string target_;
    std::string temp_;
    std::FILE* file_ = nullptr;
    bool failed_ = false;
    bool committed_ = false;
    int writebackFd_ = -1;
    std::uint64_t written_ = 0, writtenBack_ = 0;
};

} // namespace c360

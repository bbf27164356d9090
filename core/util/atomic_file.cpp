#include "util/atomic_file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace c360 {

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {}

AtomicFile::~AtomicFile() {
    if (writebackFd_ >= 0)
        ::close(writebackFd_);
    if (file_)
        std::fclose(file_);
    if (!committed_ && !temp_.empty())
        ::unlink(temp_.c_str());
}

bool AtomicFile::reserve(Message& error) {
    std::string pattern = target_ + ".tmp-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        error = Message(MessageKind::CannotWriteBeside, {target_, std::strerror(errno)});
        return false;
    }
    ::close(fd);
    temp_ = pattern;
    return true;
}

bool AtomicFile::open(Message& error) {
    if (!reserve(error))
        return false;
    file_ = std::fopen(temp_.c_str(), "wb");
    if (!file_) {
        error = Message(MessageKind::CannotWriteFile, {temp_, std::strerror(errno)});
        return false;
    }
    static thread_local char buffer[1 << 16];
    std::setvbuf(file_, buffer, _IOFBF, sizeof buffer);
    return true;
}

bool AtomicFile::write(std::string_view bytes) {
    if (failed_ || !file_)
        return false;
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
        failed_ = true;
    written_ += bytes.size();
    if (written_ - writtenBack_ >= kWritebackStep) {
        writtenBack_ = written_;
        startWriteback();
    }
    return !failed_;
}

bool AtomicFile::commit(Message& error) {
    if (!file_) {
        error = Message(MessageKind::NothingWrittenToFile, {target_});
        return false;
    }
    const bool flushed = std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
    const int savedErrno = errno;
    std::fclose(file_);
    file_ = nullptr;
    if (failed_ || !flushed) {
        error = Message(MessageKind::WritingFileFailed,
                        {target_, std::strerror(savedErrno ? savedErrno : EIO)});
        return false;
    }
    return commitPath(error);
}

void AtomicFile::startWriteback() {
#ifdef __linux__
    if (temp_.empty())
        return;
    if (file_)
        std::fflush(file_);
    if (writebackFd_ < 0)
        writebackFd_ = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
    if (writebackFd_ >= 0)
        ::sync_file_range(writebackFd_, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}

bool AtomicFile::commitPath(Message& error) {
    if (writebackFd_ >= 0) {
        ::close(writebackFd_);
        writebackFd_ = -1;
    }
    if (const int fd = ::open(temp_.c_str(), O_RDONLY); fd >= 0) {
        ::fsync(fd); // the bytes are on disk before the name points at them
        ::close(fd);
    }
    // mkstemp creates 0600; give the output the usual permissions.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(temp_.c_str(), 0666 & ~mask);
    if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
        error = Message(MessageKind::CannotReplaceFile, {target_, std::strerror(errno)});
        return false;
    }
    committed_ = true;
    return true;
}

} // namespace c360

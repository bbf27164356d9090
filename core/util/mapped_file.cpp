#include "util/mapped_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace c360 {

MappedFile::~MappedFile() {
    reset();
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)),
      mapped_(std::exchange(other.mapped_, false)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        reset();
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
        mapped_ = std::exchange(other.mapped_, false);
    }
    return *this;
}

void MappedFile::reset() noexcept {
    if (mapped_ && data_)
        ::munmap(const_cast<char*>(data_), size_);
    data_ = nullptr;
    size_ = 0;
    mapped_ = false;
}

void MappedFile::release(std::size_t begin, std::size_t end) noexcept {
    if (!mapped_ || end > size_ || begin >= end)
        return;
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t first = (begin + page - 1) / page * page;
    const std::size_t last = end / page * page;
    if (first < last)
        ::madvise(const_cast<char*>(data_) + first, last - first, MADV_DONTNEED);
}

bool MappedFile::open(const std::string& path, Message& error) {
    reset();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = Message(MessageKind::SystemReason, {std::strerror(errno)});
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        error = Message(MessageKind::SystemReason, {std::strerror(errno)});
        ::close(fd);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        error = Message(MessageKind::IsAFolder);
        ::close(fd);
        return false;
    }
    size_ = static_cast<std::size_t>(st.st_size);
    if (size_ == 0) {
        ::close(fd);
        data_ = "";
        return true;
    }
    void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
        error = Message(MessageKind::SystemReason, {std::strerror(errno)});
        ::close(fd);
        size_ = 0;
        return false;
    }
    ::madvise(p, size_, MADV_SEQUENTIAL);
    ::close(fd);
    data_ = static_cast<const char*>(p);
    mapped_ = true;
    return true;
}

} // namespace c360

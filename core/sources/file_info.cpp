#include "sources/file_info.h"

#include "util/mapped_file.h"
#include "util/sha256.h"

#include <ctime>
#include <sys/stat.h>

namespace c360 {

void fillFileStat(const std::string& path, SourceFileInfo& info) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return;
    info.sizeBytes = static_cast<std::uint64_t>(st.st_size);
    std::tm utc{};
    const std::time_t t = st.st_mtime;
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    info.modified = buf;
}

void fillFileInfo(const std::string& path, std::string_view bytes, SourceFileInfo& info) {
    fillFileStat(path, info);
    info.sha256 = Sha256::hex(bytes);
}

void fillFileInfo(const std::string& path, SourceFileInfo& info) {
    MappedFile file;
    Message error;
    if (file.open(path, error))
        fillFileInfo(path, file.bytes(), info);
    else
        fillFileStat(path, info);
}

} // namespace c360

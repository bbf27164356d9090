#include "output/rejects_output.h"

#include "output/csv_output.h"
#include "util/atomic_file.h"

#include <filesystem>

namespace c360 {

bool writeRejectedRows(const BuildReport& report, const std::string& folder,
                       std::vector<std::string>& written, Message& error) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        error = Message(MessageKind::CannotCreateRejectsFolder, {folder, ec.message()});
        return false;
    }
    for (const TableReport& t : report.tables) {
        const std::string path = folder + "/" + t.table + ".rejected.csv";
        if (t.rejectedRows.empty()) {
            // A file from an earlier build would now be wrong: this build rejected nothing.
            std::filesystem::remove(path, ec);
            continue;
        }
        AtomicFile file(path);
        if (!file.open(error))
            return false;
        std::string buffer;
        auto row = [&buffer](const std::vector<std::string>& fields) {
            for (std::size_t i = 0; i < fields.size(); ++i) {
                if (i)
                    buffer.push_back(',');
                appendCsvField(buffer, fields[i]);
            }
        };
        std::vector<std::string> header = t.rejectedHeader;
        header.insert(header.end(), {"c360_file", "c360_line", "c360_reason"});
        row(header);
        buffer.push_back('\n');
        for (const RejectedRow& r : t.rejectedRows) {
            std::vector<std::string> fields = r.fields;
            // A ragged row keeps its own fields; the three columns still come last.
            fields.insert(fields.end(), {r.file, std::to_string(r.line), englishText(r.reason)});
            row(fields);
            buffer.push_back('\n');
            if (buffer.size() > (1 << 20)) {
                file.write(buffer);
                buffer.clear();
            }
        }
        file.write(buffer);
        if (!file.commit(error))
            return false;
        written.push_back(path);
    }
    return true;
}

} // namespace c360

// A small, strict CSV reader of the test's own, so exported files are checked by code that
// shares nothing with the writer.
#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

using Records = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader: records end with exactly `lineEnd` outside quotes, quoted fields
// double their quotes, and anything else (a bare CR or LF, a stray quote) is a problem.
inline bool readCsv(std::string_view text, char delimiter, std::string_view lineEnd, Records& out,
                    QString& problem) {
    out.clear();
    std::size_t i = 0;
    std::vector<std::string> record;
    while (i < text.size()) {
        std::string field;
        if (text[i] == '"') {
            ++i;
            for (;;) {
                if (i >= text.size()) {
                    problem = "unterminated quoted field";
                    return false;
                }
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.push_back(text[i++]);
            }
        } else {
            while (i < text.size() && text[i] != delimiter && text[i] != '\r' && text[i] != '\n') {
                if (text[i] == '"') {
                    problem = QString("a quote inside an unquoted field at byte %1").arg(i);
                    return false;
                }
                field.push_back(text[i++]);
            }
        }
        record.push_back(std::move(field));
        if (i < text.size() && text[i] == delimiter) {
            ++i;
            continue;
        }
        if (text.substr(i, lineEnd.size()) != lineEnd) {
            problem = QString("record %1 does not end with the expected line end").arg(out.size());
            return false;
        }
        i += lineEnd.size();
        out.push_back(std::move(record));
        record.clear();
    }
    return true;
}

#include "output/inspection_output.h"

#include "csv/csv_sniffer.h"
#include "messages/message_json.h"
#include "output/report_output.h"
#include "util/json_writer.h"

namespace c360 {

namespace {

std::string shortened(std::string_view s, std::size_t max) {
    std::string out;
    std::size_t points = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++points > max) {
            out += "…";
            break;
        }
        out.push_back(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out;
}

std::string delimiterWords(const std::string& d) {
    return d.empty() ? std::string("?") : describeDelimiterPlural(d[0]);
}

const TableReport* reportFor(const SourceInspection& in, const std::string& table) {
    return in.build.status == BuildStatus::Ok ? in.build.report.find(table) : nullptr;
}

} // namespace

std::string inspectionText(const SourceInspection& in) {
    std::string s = "Source: " + in.source + " (" + in.kind + ")\n";
    for (const TableInspection& t : in.tables) {
        s += "\n" + t.table;
        if (!t.present) {
            s += ": not in the source (read as empty)\n";
            continue;
        }
        s += "\n";
        for (const SourceFileInfo& f : t.files) {
            s += "  file: " + f.path;
            if (f.kind == "csv")
                s += "  [" + f.encoding + (f.byteOrderMark ? " with BOM" : "") +
                     ", columns separated by " + delimiterWords(f.delimiter) + ", decimal mark '" +
                     f.decimalMark + "']";
            s += "\n";
        }
        if (!t.headers.empty())
            s += "  columns:\n";
        for (const ColumnMatch& m : t.headers.empty() ? std::vector<ColumnMatch>() : t.columns) {
            s += "    " + m.column + (m.required ? " (required)" : "") + " <- ";
            if (m.header.empty())
                s += m.required ? "MISSING\n" : "(not in the file: empty)\n";
            else
                s += "\"" + m.header + "\"" + (m.chosen ? " (mapped)" : "") + "\n";
        }
        if (!t.sample.empty()) {
            s += "  first rows:\n";
            for (const auto& row : t.sample) {
                s += "   ";
                for (std::size_t i = 0; i < row.size(); ++i)
                    s += (i ? " | " : " ") + shortened(row[i], 18);
                s += "\n";
            }
        }
        // The trial build's notes include the source's and add what only a build sees
        // (orphans, date orders); without a build, the source's own.
        const TableReport* built = reportFor(in, t.table);
        for (const Message& n : built ? built->notes : t.notes)
            s += "  note: " + englishText(n) + "\n";
        if (t.error)
            s += "  cannot be used: " + englishText(*t.error) + "\n";
        if (const TableReport* r = reportFor(in, t.table)) {
            s += "  rows: " + groupThousands(r->rowsRead) + " read, " + groupThousands(r->loaded) +
                 " would be used, " + groupThousands(r->rejected) + " rejected, " +
                 groupThousands(r->leftOutByAsOf) + " after as_of, " + groupThousands(r->orphans) +
                 " orphans, " + groupThousands(r->customerLeftOut) + " of customers left out; " +
                 groupThousands(r->warnings) + (r->warnings == 1 ? " warning\n" : " warnings\n");
            std::size_t shown = 0;
            for (const Issue& i : r->issues) {
                if (shown++ == 3) {
                    s += "    ... (all of them with --json or in a build's --report)\n";
                    break;
                }
                const std::string where =
                    t.files.size() > 1 ? i.file.substr(i.file.find_last_of('/') + 1) + ", " : "";
                s += "    " + where + "line " + std::to_string(i.line) +
                     (i.column.empty() ? std::string() : ", " + i.column) + ": " +
                     englishText(i.reason) + "\n";
            }
        }
    }
    s += "\n";
    if (in.build.status == BuildStatus::Ok)
        s += "A build would give " + groupThousands(in.build.report.customers) +
             " customers as of " + in.build.report.asOf + ". Nothing was written.\n";
    else
        s += "A build is not possible yet: " + englishText(in.build.error) + "\n";
    return s;
}

std::string inspectionJson(const SourceInspection& in) {
    JsonWriter w;
    w.beginObject();
    w.key("format");
    w.value("c360-inspection/1");
    w.key("source");
    w.value(in.source);
    w.key("kind");
    w.value(in.kind);
    w.key("build_possible");
    w.value(in.build.status == BuildStatus::Ok);
    if (in.build.status == BuildStatus::Ok) {
        w.key("customers");
        w.value(static_cast<std::uint64_t>(in.build.report.customers));
        w.key("as_of");
        w.value(in.build.report.asOf);
    } else {
        w.key("error");
        w.value(englishText(in.build.error));
        if (in.build.error) {
            w.key("error_message");
            writeMessageJson(w, *in.build.error);
        }
    }
    w.key("tables");
    w.beginArray();
    for (const TableInspection& t : in.tables) {
        w.beginObject();
        w.key("table");
        w.value(t.table);
        w.key("present");
        w.value(t.present);
        if (t.error) {
            w.key("error");
            w.value(englishText(*t.error));
            w.key("error_message");
            writeMessageJson(w, *t.error);
        }
        w.key("files");
        w.beginArray();
        for (const SourceFileInfo& f : t.files) {
            w.beginObject();
            w.key("path");
            w.value(f.path);
            w.key("size_bytes");
            w.value(f.sizeBytes);
            writeCsvReadingJson(w, f);
            w.endObject();
        }
        w.endArray();
        w.key("headers");
        w.beginArray();
        for (const std::string& h : t.headers)
            w.value(h);
        w.endArray();
        w.key("columns");
        w.beginArray();
        for (const ColumnMatch& m : t.columns) {
            w.beginObject();
            w.key("column");
            w.value(m.column);
            w.key("required");
            w.value(m.required);
            w.key("source_column");
            if (m.header.empty())
                w.null();
            else
                w.value(m.header);
            w.key("mapped");
            w.value(m.chosen);
            w.endObject();
        }
        w.endArray();
        w.key("sample");
        w.beginArray();
        for (const auto& row : t.sample) {
            w.beginArray();
            for (const std::string& v : row)
                w.value(v);
            w.endArray();
        }
        w.endArray();
        const TableReport* built = reportFor(in, t.table);
        writeNotesJson(w, built ? built->notes : t.notes);
        if (const TableReport* r = reportFor(in, t.table)) {
            w.key("rows_read");
            w.value(r->rowsRead);
            w.key("loaded");
            w.value(r->loaded);
            w.key("rejected");
            w.value(r->rejected);
            w.key("warnings");
            w.value(r->warnings);
            w.key("issues");
            w.beginArray();
            for (const Issue& i : r->issues)
                writeIssueJson(w, i);
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.text();
}

} // namespace c360

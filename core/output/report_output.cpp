#include "output/report_output.h"

#include "messages/message_json.h"
#include "util/atomic_file.h"
#include "util/json_writer.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

namespace c360 {

std::string groupThousands(std::uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    const std::size_t lead = digits.size() % 3;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (i % 3) == lead % 3)
            out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

void writeCsvReadingJson(JsonWriter& w, const SourceFileInfo& f) {
    if (f.kind != "csv")
        return;
    w.key("encoding");
    w.value(f.encoding);
    w.key("byte_order_mark");
    w.value(f.byteOrderMark);
    w.key("delimiter");
    w.value(f.delimiter);
    w.key("decimal_mark");
    w.value(f.decimalMark);
}

void writeNotesJson(JsonWriter& w, const std::vector<Message>& notes) {
    w.key("notes");
    w.beginArray();
    for (const Message& n : notes)
        w.value(englishText(n));
    w.endArray();
    w.key("note_messages");
    w.beginArray();
    for (const Message& n : notes)
        writeMessageJson(w, n);
    w.endArray();
}

void writeIssueJson(JsonWriter& w, const Issue& i) {
    w.beginObject();
    w.key("severity");
    w.value(severityName(i.severity));
    w.key("file");
    w.value(i.file);
    w.key("line");
    w.value(i.line);
    w.key("column");
    w.value(i.column);
    w.key("reason");
    w.value(englishText(i.reason));
    // The reason as a kind with its arguments, so other tools can word it in their language.
    writeMessageFields(w, i.reason);
    w.key("raw");
    w.value(i.raw);
    w.endObject();
}

std::string buildReportJson(const BuildOutcome& outcome, const std::string& sourcePath) {
    const BuildReport& r = outcome.report;
    const BuildOptions& o = outcome.options;
    JsonWriter w;
    w.beginObject();
    w.key("format");
    w.value("c360-build-report/1");
    w.key("source");
    w.value(sourcePath);
    w.key("as_of");
    w.value(r.asOf);
    w.key("thresholds");
    w.beginObject();
    w.key("high_spend");
    w.value(formatMoney(o.highSpend));
    w.key("medium_spend");
    w.value(formatMoney(o.mediumSpend));
    w.key("active_days");
    w.value(static_cast<std::int64_t>(o.activeDays));
    w.key("at_risk_days");
    w.value(static_cast<std::int64_t>(o.atRiskDays));
    w.endObject();
    w.key("status");
    w.value(outcome.status == BuildStatus::Ok          ? "ok"
            : outcome.status == BuildStatus::Cancelled ? "cancelled"
                                                       : "failed");
    if (outcome.error) {
        w.key("error");
        w.value(englishText(*outcome.error));
        w.key("error_message");
        writeMessageJson(w, *outcome.error);
    }
    w.key("customers");
    w.value(static_cast<std::uint64_t>(r.customers));
    w.key("seconds");
    w.value(r.seconds);
    w.key("rejected_total");
    w.value(r.totalRejected());
    w.key("warnings_total");
    w.value(r.totalWarnings());
    w.key("sources");
    w.beginArray();
    for (const SourceFileInfo& s : r.sources) {
        w.beginObject();
        w.key("table");
        w.value(s.table);
        w.key("path");
        w.value(s.path);
        w.key("kind");
        w.value(s.kind);
        w.key("size_bytes");
        w.value(s.sizeBytes);
        w.key("modified");
        w.value(s.modified);
        w.key("sha256");
        w.value(s.sha256);
        writeCsvReadingJson(w, s);
        w.endObject();
    }
    w.endArray();
    w.key("tables");
    w.beginArray();
    for (const TableReport& t : r.tables) {
        w.beginObject();
        w.key("table");
        w.value(t.table);
        w.key("file");
        if (t.present)
            w.value(t.file);
        else
            w.null();
        w.key("present");
        w.value(t.present);
        const std::array<std::pair<const char*, std::uint64_t>, 11> counts = {{
            {"rows_read", t.rowsRead},
            {"loaded", t.loaded},
            {"rejected", t.rejected},
            {"duplicates", t.duplicates},
            {"left_out_by_as_of", t.leftOutByAsOf},
            {"customer_left_out", t.customerLeftOut},
            {"orphans", t.orphans},
            {"unmatched_references", t.unmatched},
            {"warnings", t.warnings},
            {"blank_lines", t.blankLines},
            {"issues_total", t.issuesTotal},
        }};
        for (const auto& [name, value] : counts) {
            w.key(name);
            w.value(value);
        }
        writeNotesJson(w, t.notes);
        w.key("issues");
        w.beginArray();
        for (const Issue& i : t.issues)
            writeIssueJson(w, i);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.text();
}

bool writeBuildReportJson(const BuildOutcome& outcome, const std::string& sourcePath,
                          const std::string& path, Message& error) {
    AtomicFile file(path);
    if (!file.open(error))
        return false;
    file.write(buildReportJson(outcome, sourcePath));
    return file.commit(error);
}

namespace {

std::string percent(std::uint64_t part, std::uint64_t whole) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%",
                  whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0);
    return buf;
}

std::string padRight(std::string s, std::size_t width) {
    // Pads by code points so names like "Zoë" line up.
    std::size_t points = 0;
    for (const char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++points;
    if (points < width)
        s.append(width - points, ' ');
    return s;
}

std::string padLeft(const std::string& s, std::size_t width) {
    return s.size() < width ? std::string(width - s.size(), ' ') + s : s;
}

} // namespace

std::string buildSummaryText(const BuildOutcome& outcome, const std::string& reportPath) {
    const Customer360& t = outcome.table;
    const BuildReport& r = outcome.report;
    const std::uint64_t n = t.rowCount();
    std::string s;
    char line[256];
    std::snprintf(line, sizeof line, "customer_360: %s customers, as of %s (built in %.2f s)\n\n",
                  groupThousands(n).c_str(), r.asOf.c_str(), r.seconds);
    s += line;

    auto table = [&](const std::string& title,
                     const std::vector<std::pair<std::string, std::uint64_t>>& rows) {
        s += title + "\n";
        for (const auto& [name, count] : rows)
            s += "  " + padRight(name, 18) + padLeft(groupThousands(count), 12) + "  " +
                 padLeft(percent(count, n), 6) + "\n";
        s += "\n";
    };

    std::array<std::uint64_t, 3> segments{};
    for (const ValueSegment v : t.valueSegment)
        ++segments[static_cast<std::size_t>(v)];
    table("Value segment (total spend > " + formatMoney(outcome.options.highSpend) +
              " is High, > " + formatMoney(outcome.options.mediumSpend) + " is Medium)",
          {{"High", segments[2]}, {"Medium", segments[1]}, {"Low", segments[0]}});

    std::array<std::uint64_t, 4> statuses{};
    for (const CustomerStatus v : t.customerStatus)
        ++statuses[static_cast<std::size_t>(v)];
    table("Status (days since last purchase: <= " + std::to_string(outcome.options.activeDays) +
              " Active, <= " + std::to_string(outcome.options.atRiskDays) + " At Risk)",
          {{"Active", statuses[0]},
           {"At Risk", statuses[1]},
           {"Churned", statuses[2]},
           {"Never Purchased", statuses[3]}});

    std::vector<std::uint64_t> categoryCounts(t.categoryNames.size(), 0);
    std::uint64_t noCategory = 0;
    for (const std::int32_t c : t.favoriteCategory) {
        if (c == kNoDictEntry)
            ++noCategory;
        else
            ++categoryCounts[static_cast<std::size_t>(c)];
    }
    std::vector<std::size_t> order(categoryCounts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (categoryCounts[a] != categoryCounts[b])
            return categoryCounts[a] > categoryCounts[b];
        return t.categoryNames[a] < t.categoryNames[b];
    });
    std::vector<std::pair<std::string, std::uint64_t>> top;
    for (std::size_t i = 0; i < order.size() && i < 5; ++i)
        if (categoryCounts[order[i]] > 0)
            top.emplace_back(t.categoryNames[order[i]], categoryCounts[order[i]]);
    top.emplace_back("(none)", noCategory);
    table("Favourite category (customers per category, top 5)", top);

    s += padRight("Source rows", 24) + padLeft("read", 10) + padLeft("loaded", 10) +
         padLeft("rejected", 10) + padLeft("after as_of", 13) + padLeft("orphans", 10) +
         padLeft("customer left out", 19) + "\n";
    for (const TableReport& tr : r.tables) {
        if (!tr.present) {
            s += "  " + padRight(tr.table, 22) + "  (not in the source: read as empty)\n";
            continue;
        }
        s += "  " + padRight(tr.table, 22) + padLeft(groupThousands(tr.rowsRead), 10) +
             padLeft(groupThousands(tr.loaded), 10) + padLeft(groupThousands(tr.rejected), 10) +
             padLeft(groupThousands(tr.leftOutByAsOf), 13) +
             padLeft(groupThousands(tr.orphans), 10) +
             padLeft(groupThousands(tr.customerLeftOut), 19) + "\n";
    }
    const std::uint64_t rejected = r.totalRejected();
    const std::uint64_t warnings = r.totalWarnings();
    s += "\n";
    if (rejected == 0 && warnings == 0) {
        s += "No problems found in the source files.\n";
    } else {
        s += groupThousands(rejected) + (rejected == 1 ? " row was" : " rows were") +
             " rejected and " + groupThousands(warnings) +
             (warnings == 1 ? " value was" : " values were") + " read with a warning. ";
        s += "The first problems:\n";
        std::size_t shown = 0;
        for (const TableReport& tr : r.tables) {
            for (const Issue& i : tr.issues) {
                if (shown == 5)
                    break;
                s += "  " + i.file + ", line " + std::to_string(i.line) +
                     (i.column.empty() ? std::string() : ", column " + i.column) + ": " +
                     englishText(i.reason) + "\n";
                ++shown;
            }
        }
        if (reportPath.empty())
            s += "Write the full list with --report REPORT.json (a workspace keeps it too).\n";
        else
            s += "The full list is in " + reportPath + ".\n";
    }
    return s;
}

} // namespace c360

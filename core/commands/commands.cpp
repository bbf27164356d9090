#include "commands/commands.h"

#include "engine/inspection.h"
#include "output/csv_output.h"
#include "output/inspection_output.h"
#include "output/rejects_output.h"
#include "output/report_output.h"
#include "output/workspace_output.h"
#include "util/parallel.h"
#include "workspace/segment_store.h"
#include "workspace/workspace_reader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>

#ifndef C360_VERSION
#define C360_VERSION "0.0.0"
#endif

namespace c360 {

std::string_view programVersion() noexcept {
    return C360_VERSION;
}

namespace {

// One progress line on stderr, rewritten in place at most five times a second.
class TerminalProgress final : public BuildObserver {
public:
    explicit TerminalProgress(std::ostream& err) : err_(err) {}
    ~TerminalProgress() override { clear(); }

    void progress(const BuildProgress& p) override {
        const std::lock_guard<std::mutex> lock(mutex_);
        // Tables are read two at a time: one line for all of them, with the ones in progress.
        Table& t = tables_[p.table];
        t.done = p.bytesDone;
        t.total = p.bytesTotal;
        t.rows = p.rowsDone;
        const auto now = std::chrono::steady_clock::now();
        if (now - last_ < std::chrono::milliseconds(200))
            return;
        last_ = now;
        std::uint64_t done = 0, total = p.allTablesBytes;
        std::string active;
        for (const auto& [name, table] : tables_) {
            done += table.done;
            if (table.done < table.total)
                active += "  " + name + " " + groupThousands(table.rows) + " rows";
        }
        char line[64];
        std::snprintf(line, sizeof line, "\rReading sources %5.1f%%",
                      total ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 0.0);
        std::string text = line + active;
        if (text.size() > 110)
            text.resize(110);
        const std::size_t width = text.size();
        if (width < lastWidth_)
            text.append(lastWidth_ - width, ' ');
        lastWidth_ = width;
        err_ << text << std::flush;
        shown_ = true;
    }
    bool cancelled() const override { return false; }
    void clear() {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (shown_)
            err_ << "\r" << std::string(lastWidth_ + 1, ' ') << "\r" << std::flush;
        shown_ = false;
    }

private:
    struct Table {
        std::uint64_t done = 0, total = 0, rows = 0;
    };
    std::ostream& err_;
    std::mutex mutex_;
    std::map<std::string, Table> tables_;
    std::size_t lastWidth_ = 0;
    std::chrono::steady_clock::time_point last_{};
    bool shown_ = false;
};

} // namespace

int runBuild(const BuildCommand& command, std::ostream& out, std::ostream& err) {
    const OutputKind kind = outputKindFor(command.output);
    if (kind == OutputKind::Unknown) {
        err << "c360 build: the output " << command.output
            << " must end in .csv (a table) or .c360, .sqlite or .db (a workspace).\n";
        return kExitUsage;
    }
    SourceSet sources;
    Message error;
    if (!resolveSourceSet(command.source, command.choices, sources, error)) {
        err << "c360 build: " << englishText(error) << "\n";
        return kExitFailed;
    }
    TerminalProgress progress(err);
    BuildOptions options = command.options;
    options.keepRejectedRows = !command.rejectsFolder.empty();
    BuildOutcome outcome =
        buildCustomer360(sources, options, command.showProgress ? &progress : nullptr);
    progress.clear();
    if (outcome.status != BuildStatus::Ok) {
        err << "c360 build: " << englishText(outcome.error) << "\nNothing was written to "
            << command.output << ".\n";
        if (!command.reportPath.empty())
            writeBuildReportJson(outcome, command.source, command.reportPath, error);
        return kExitFailed;
    }
    bool written = false;
    if (kind == OutputKind::Csv) {
        written = writeCustomer360Csv(outcome.table, command.output, error,
                                      resolveThreadCount(options.threads));
    } else {
        WorkspaceContext context;
        std::error_code ec;
        const auto absolute = std::filesystem::absolute(command.source, ec);
        context.sourcePath = ec ? command.source : absolute.string();
        context.programVersion = std::string(programVersion());
        written = writeWorkspace(outcome, context, command.output, error);
    }
    if (!written) {
        err << "c360 build: " << englishText(error) << "\n";
        return kExitFailed;
    }
    std::vector<std::string> rejectFiles;
    if (!command.rejectsFolder.empty() &&
        !writeRejectedRows(outcome.report, command.rejectsFolder, rejectFiles, error)) {
        err << "c360 build: the build succeeded but the rejected rows could not be written: "
            << englishText(error) << "\n";
        return kExitFailed;
    }
    if (!command.reportPath.empty() &&
        !writeBuildReportJson(outcome, command.source, command.reportPath, error)) {
        err << "c360 build: the build succeeded but the report could not be written: "
            << englishText(error) << "\n";
        return kExitFailed;
    }
    if (!command.quiet) {
        out << buildSummaryText(outcome, command.reportPath);
        out << "\nWrote " << command.output;
        if (!command.reportPath.empty())
            out << " and the report " << command.reportPath;
        out << ".\n";
        for (const std::string& f : rejectFiles)
            out << "Rejected rows to fix and add back: " << f << "\n";
    }
    return kExitOk;
}

int runExport(const ExportCommand& command, std::ostream& out, std::ostream& err) {
    WorkspaceContents contents;
    Message error;
    if (!readWorkspace(command.workspace, contents, error)) {
        err << "c360 export: " << englishText(error) << "\n";
        return kExitFailed;
    }
    std::vector<std::uint32_t> rows = selectRows(contents.table, command.filter);
    if (!command.segment.empty()) {
        // The segment and the command line's filters must both hold: the two selections, each
        // in table order, intersected. (Merging the filters could not express two searches.)
        SavedSegment segment;
        if (!findSavedSegment(command.workspace, command.segment, segment, error)) {
            err << "c360 export: " << englishText(error) << "\n";
            return kExitFailed;
        }
        const std::vector<std::uint32_t> inSegment = selectRows(contents.table, segment.filter);
        std::vector<std::uint32_t> both;
        std::set_intersection(rows.begin(), rows.end(), inSegment.begin(), inSegment.end(),
                              std::back_inserter(both));
        rows = std::move(both);
    }
    if (command.sortColumn)
        sortRows(contents.table, rows, *command.sortColumn, command.sortDescending);
    if (!writeExport(contents.table, rows, command.options, command.output, error)) {
        err << "c360 export: " << englishText(error) << "\nNothing was written.\n";
        return kExitFailed;
    }
    if (!command.quiet)
        out << "Wrote " << groupThousands(rows.size()) << " of "
            << groupThousands(contents.table.rowCount()) << " customers to " << command.output
            << ".\n";
    return kExitOk;
}

int runSegments(const SegmentsCommand& command, std::ostream& out, std::ostream& err) {
    WorkspaceContents contents;
    Message error;
    std::vector<SavedSegment> segments;
    if (!readWorkspace(command.workspace, contents, error) ||
        !listSavedSegments(command.workspace, segments, error)) {
        err << "c360 segments: " << englishText(error) << "\n";
        return kExitFailed;
    }
    if (segments.empty()) {
        out << command.workspace
            << " has no saved segments. Save one in the workbench (Saved segments).\n";
        return kExitOk;
    }
    // Names left-aligned, sizes right-aligned (widths in bytes: exact for ASCII names).
    std::vector<std::size_t> sizes;
    std::size_t nameWidth = 0, sizeWidth = 0;
    for (const SavedSegment& s : segments) {
        sizes.push_back(selectRows(contents.table, s.filter).size());
        nameWidth = std::max(nameWidth, s.name.size());
        sizeWidth = std::max(sizeWidth, groupThousands(sizes.back()).size());
    }
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string size = groupThousands(sizes[i]);
        out << segments[i].name
            << std::string(nameWidth - segments[i].name.size() + 2 + sizeWidth - size.size(), ' ')
            << size << (sizes[i] == 1 ? " customer\n" : " customers\n");
    }
    return kExitOk;
}

int runInspect(const InspectCommand& command, std::ostream& out, std::ostream& err) {
    SourceSet sources;
    Message error;
    if (!resolveSourceSet(command.source, command.choices, sources, error)) {
        err << "c360 inspect: " << englishText(error) << "\n";
        return kExitFailed;
    }
    const SourceInspection inspection =
        inspectSources(sources, command.options, command.sampleRows);
    out << (command.json ? inspectionJson(inspection) : inspectionText(inspection));
    return inspection.build.status == BuildStatus::Ok ? kExitOk : kExitFailed;
}

namespace {

class GenerateProgress final : public BuildObserver {
public:
    explicit GenerateProgress(std::ostream& err) : err_(err) {}
    void progress(const BuildProgress& p) override {
        char line[160];
        std::snprintf(line, sizeof line, "\r  writing %-22s %5.1f%%   ", p.table.c_str(),
                      p.bytesTotal ? 100.0 * static_cast<double>(p.bytesDone) /
                                         static_cast<double>(p.bytesTotal)
                                   : 0.0);
        err_ << line << std::flush;
    }
    bool cancelled() const override { return false; }

private:
    std::ostream& err_;
};

} // namespace

int runGenerate(const GenerateCommand& command, std::ostream& out, std::ostream& err) {
    GenerateStats stats;
    std::string error;
    GenerateProgress progress(err);
    const auto started = std::chrono::steady_clock::now();
    const bool ok =
        generateSources(command.options, stats, error, command.showProgress ? &progress : nullptr);
    if (command.showProgress)
        err << "\r" << std::string(60, ' ') << "\r" << std::flush;
    if (!ok) {
        err << "c360 generate: " << error << "\n";
        return kExitFailed;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out << "Generated sources for " << groupThousands(command.options.customers)
        << " customers (seed " << command.options.seed << ") in ";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", seconds);
    out << buf << ":\n";
    for (std::size_t i = 0; i < kSourceTableCount; ++i) {
        char line[96];
        std::snprintf(line, sizeof line, "  %-22s %12s rows\n",
                      std::string(sourceTableName(sourceTableAt(i))).c_str(),
                      groupThousands(stats.rows[i]).c_str());
        out << line;
    }
    if (!command.options.csvFolder.empty())
        out << "CSV files in " << command.options.csvFolder << "\n";
    if (!command.options.sqlitePath.empty())
        out << "SQLite database " << command.options.sqlitePath << "\n";
    return kExitOk;
}

} // namespace c360

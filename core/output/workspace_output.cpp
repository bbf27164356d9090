#include "output/workspace_output.h"

#include "messages/message_json.h"
#include "output/customer_table_writer.h"
#include "output/report_output.h"
#include "util/atomic_file.h"
#include "util/parallel.h"
#include "workspace/segment_store.h"
#include "workspace/workspace_sql.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <sqlite3.h>

namespace c360 {

OutputKind outputKindFor(const std::string& path) {
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || path.find('/', dot) != std::string::npos)
        return OutputKind::Unknown;
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == "csv")
        return OutputKind::Csv;
    if (ext == "sqlite" || ext == "db" || ext == "c360")
        return OutputKind::Workspace;
    return OutputKind::Unknown;
}

namespace {

using workspace_sql::Database;
using workspace_sql::Statement;

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

bool writeBuildInfo(Database& db, const BuildOutcome& o, const WorkspaceContext& ctx,
                    Message& error) {
    if (!db.exec("CREATE TABLE build_info (key TEXT PRIMARY KEY, value TEXT)", error) ||
        !db.exec("CREATE TABLE build_sources (table_name TEXT, path TEXT, kind TEXT, size_bytes "
                 "INTEGER, modified TEXT, sha256 TEXT, encoding TEXT, byte_order_mark INTEGER, "
                 "delimiter TEXT, decimal_mark TEXT)",
                 error))
        return false;
    Statement info(db.handle(), "INSERT INTO build_info VALUES (?, ?)");
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"as_of", o.report.asOf},
        {"high_spend_threshold", formatMoney(o.options.highSpend)},
        {"medium_spend_threshold", formatMoney(o.options.mediumSpend)},
        {"active_days", std::to_string(o.options.activeDays)},
        {"at_risk_days", std::to_string(o.options.atRiskDays)},
        {"source", ctx.sourcePath},
        {"program_version", ctx.programVersion},
        {"built_at", utcNow()},
        {"customers", std::to_string(o.report.customers)},
        {"build_seconds", std::to_string(o.report.seconds)},
    };
    for (const auto& [key, value] : rows) {
        info.textAlways(1, key);
        info.textAlways(2, value);
        if (!info.step(error))
            return false;
    }
    Statement src(db.handle(), "INSERT INTO build_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const SourceFileInfo& s : o.report.sources) {
        src.textAlways(1, s.table);
        src.textAlways(2, s.path);
        src.textAlways(3, s.kind);
        src.integer(4, static_cast<std::int64_t>(s.sizeBytes));
        src.textAlways(5, s.modified);
        src.textAlways(6, s.sha256);
        src.text(7, s.encoding);
        src.integer(8, s.byteOrderMark ? 1 : 0);
        src.text(9, s.delimiter);
        src.text(10, s.decimalMark);
        if (!src.step(error))
            return false;
    }
    return true;
}

bool writeReportTables(Database& db, const BuildReport& r, Message& error) {
    if (!db.exec("CREATE TABLE report_tables (table_name TEXT PRIMARY KEY, file TEXT, present "
                 "INTEGER, rows_read INTEGER, loaded INTEGER, rejected INTEGER, duplicates "
                 "INTEGER, left_out_by_as_of INTEGER, customer_left_out INTEGER, orphans INTEGER, "
                 "unmatched_references INTEGER, warnings INTEGER, blank_lines INTEGER, "
                 "issues_total INTEGER, notes TEXT, note_messages TEXT)",
                 error) ||
        !db.exec("CREATE TABLE report_issues (table_name TEXT, file TEXT, line INTEGER, "
                 "column_name TEXT, severity TEXT, reason TEXT, raw_text TEXT, reason_kind TEXT, "
                 "reason_message TEXT)",
                 error))
        return false;
    // `notes` and `reason` hold the English text for sqlite3 users; `note_messages` and
    // `reason_message` the same as kinds with arguments (JSON), so the workbench can word them
    // in the user's language; `reason_kind` the kind's name alone, for SQL.
    Statement tables(db.handle(),
                     "INSERT INTO report_tables VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement issues(db.handle(), "INSERT INTO report_issues VALUES (?,?,?,?,?,?,?,?,?)");
    for (const TableReport& t : r.tables) {
        std::string notes;
        for (const Message& n : t.notes)
            notes += (notes.empty() ? "" : "\n") + englishText(n);
        tables.textAlways(1, t.table);
        tables.text(2, t.file);
        tables.integer(3, t.present ? 1 : 0);
        const std::uint64_t counts[] = {
            t.rowsRead, t.loaded,    t.rejected, t.duplicates, t.leftOutByAsOf, t.customerLeftOut,
            t.orphans,  t.unmatched, t.warnings, t.blankLines, t.issuesTotal};
        for (int i = 0; i < 11; ++i)
            tables.integer(4 + i, static_cast<std::int64_t>(counts[i]));
        tables.text(15, notes);
        tables.textAlways(16, messagesToJson(t.notes));
        if (!tables.step(error))
            return false;
        for (const Issue& i : t.issues) {
            issues.textAlways(1, i.table);
            issues.textAlways(2, i.file);
            issues.integer(3, static_cast<std::int64_t>(i.line));
            issues.text(4, i.column);
            issues.textAlways(5, severityName(i.severity));
            issues.textAlways(6, englishText(i.reason));
            issues.textAlways(7, i.raw);
            issues.textAlways(8, messageKindName(i.reason.kind));
            issues.textAlways(9, messageToJson(i.reason));
            if (!issues.step(error))
                return false;
        }
    }
    return true;
}

} // namespace

bool writeWorkspace(const BuildOutcome& outcome, const WorkspaceContext& context,
                    const std::string& path, Message& error) {
    AtomicFile file(path);
    if (!file.reserve(error))
        return false;
    {
        Database db;
        if (!db.open(file.temporaryPath(), error))
            return false;
        // The file is private until renamed, so no journal is needed: a crash leaves only the
        // temporary file, which is removed or ignored.
        // application_id 0x43333630 ("C360" at byte 68) lets file managers tell a workspace
        // from other SQLite files (packaging/mime/c360-workbench.xml).
        if (!db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=8192; "
                     "PRAGMA application_id=1127429680; BEGIN",
                     error) ||
            !writeCustomerTable(db, file, outcome.table,
                                resolveThreadCount(outcome.options.threads), error) ||
            !writeBuildInfo(db, outcome, context, error) ||
            !writeReportTables(db, outcome.report, error) || !db.exec("COMMIT", error))
            return false;
    }
    // Rebuilding over a workspace keeps the segments saved in it: they are copied into the new
    // file before it replaces the old one, so a failed copy leaves the old workspace whole.
    if (!carrySavedSegments(path, file.temporaryPath(), error))
        return false;
    return file.commitPath(error);
}

} // namespace c360

// The build report read back from a workspace (readWorkspaceReport in workspace_reader.h).
#include "messages/message_json.h"
#include "workspace/workspace_reader.h"

#include <cstdlib>
#include <sqlite3.h>

namespace c360 {

namespace {

struct Db {
    sqlite3* handle = nullptr;
    ~Db() { sqlite3_close(handle); }
};

struct Stmt {
    sqlite3_stmt* handle = nullptr;
    ~Stmt() { sqlite3_finalize(handle); }
    // False when the query does not fit the file (a column an older workspace lacks).
    bool prepare(sqlite3* db, const char* sql) {
        return sqlite3_prepare_v2(db, sql, -1, &handle, nullptr) == SQLITE_OK;
    }
    bool row() { return sqlite3_step(handle) == SQLITE_ROW; }
    std::string text(int i) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(handle, i));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(handle, i)))
                 : std::string();
    }
    std::uint64_t count(int i) const {
        const sqlite3_int64 n = sqlite3_column_int64(handle, i);
        return n < 0 ? 0 : static_cast<std::uint64_t>(n);
    }
};

// Notes as stored: the messages when this version can read them, else one Text per line of the
// English text (how every workspace before stored messages kept them).
std::vector<Message> notesFrom(const std::string& english, const std::string& messages) {
    if (!messages.empty())
        if (std::optional<std::vector<Message>> read = messagesFromJson(messages))
            return *read;
    std::vector<Message> out;
    std::size_t start = 0;
    while (start < english.size()) {
        const std::size_t end = std::min(english.find('\n', start), english.size());
        out.push_back(textMessage(english.substr(start, end - start)));
        start = end + 1;
    }
    return out;
}

Message reasonFrom(const std::string& english, const std::string& message) {
    if (!message.empty())
        if (std::optional<Message> read = messageFromJson(message))
            return *read;
    return textMessage(english);
}

void readReportInfo(sqlite3* db, BuildReport& out) {
    Stmt info;
    if (!info.prepare(db, "SELECT key, value FROM build_info WHERE key IN ('as_of', 'customers')"))
        return;
    while (info.row()) {
        if (info.text(0) == "as_of")
            out.asOf = info.text(1);
        else
            out.customers = std::strtoull(info.text(1).c_str(), nullptr, 10);
    }
}

bool readTables(sqlite3* db, BuildReport& out) {
    static constexpr const char* kColumns =
        "table_name, file, present, rows_read, loaded, rejected, duplicates, left_out_by_as_of, "
        "customer_left_out, orphans, unmatched_references, warnings, blank_lines, issues_total, "
        "notes";
    Stmt tables;
    const bool withMessages =
        tables.prepare(db, (std::string("SELECT ") + kColumns +
                            ", note_messages FROM report_tables ORDER BY rowid")
                               .c_str());
    if (!withMessages &&
        !tables.prepare(
            db, (std::string("SELECT ") + kColumns + " FROM report_tables ORDER BY rowid").c_str()))
        return false;
    while (tables.row()) {
        TableReport t;
        t.table = tables.text(0);
        t.file = tables.text(1);
        t.present = tables.count(2) != 0;
        std::uint64_t* counts[] = {&t.rowsRead,   &t.loaded,        &t.rejected,
                                   &t.duplicates, &t.leftOutByAsOf, &t.customerLeftOut,
                                   &t.orphans,    &t.unmatched,     &t.warnings,
                                   &t.blankLines, &t.issuesTotal};
        for (int i = 0; i < 11; ++i)
            *counts[i] = tables.count(3 + i);
        t.notes = notesFrom(tables.text(14), withMessages ? tables.text(15) : std::string());
        out.tables.push_back(std::move(t));
    }
    return true;
}

bool readIssues(sqlite3* db, BuildReport& out) {
    static constexpr const char* kColumns =
        "table_name, file, line, column_name, severity, reason, raw_text";
    Stmt issues;
    const bool withMessages =
        issues.prepare(db, (std::string("SELECT ") + kColumns +
                            ", reason_message FROM report_issues ORDER BY rowid")
                               .c_str());
    if (!withMessages &&
        !issues.prepare(
            db, (std::string("SELECT ") + kColumns + " FROM report_issues ORDER BY rowid").c_str()))
        return false;
    while (issues.row()) {
        Issue issue;
        issue.table = issues.text(0);
        issue.file = issues.text(1);
        issue.line = issues.count(2);
        issue.column = issues.text(3);
        issue.severity = issues.text(4) == "rejected" ? Severity::Rejected : Severity::Warning;
        issue.reason = reasonFrom(issues.text(5), withMessages ? issues.text(7) : std::string());
        issue.raw = issues.text(6);
        for (TableReport& t : out.tables)
            if (t.table == issue.table) {
                t.issues.push_back(std::move(issue));
                break;
            }
    }
    return true;
}

} // namespace

bool readWorkspaceReport(const std::string& path, BuildReport& out, Message& error) {
    out = BuildReport{};
    Db db;
    if (sqlite3_open_v2(path.c_str(), &db.handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        error = Message(MessageKind::CannotOpenWorkspace, {path, sqlite3_errmsg(db.handle)});
        return false;
    }
    if (!readTables(db.handle, out) || !readIssues(db.handle, out)) {
        error = Message(MessageKind::NotAWorkspace, {path, sqlite3_errmsg(db.handle)});
        return false;
    }
    readReportInfo(db.handle, out);
    return true;
}

} // namespace c360

#include "workspace/segment_store.h"

#include "output/export_output.h"

#include <sqlite3.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <optional>

namespace c360 {

namespace {

// One connection; closing it rolls back a transaction that was not committed, so an early
// return on error leaves the file as it was.
struct Db {
    sqlite3* handle = nullptr;
    ~Db() { sqlite3_close(handle); }
};

class Stmt {
public:
    Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &handle_, nullptr); }
    ~Stmt() { sqlite3_finalize(handle_); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    bool ok() const { return handle_ != nullptr; }
    sqlite3_stmt* get() const { return handle_; }
    void text(int i, std::string_view s) {
        sqlite3_bind_text(handle_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
    void integer(int i, std::int64_t v) { sqlite3_bind_int64(handle_, i, v); }
    void real(int i, const std::optional<double>& v) {
        if (v)
            sqlite3_bind_double(handle_, i, *v);
        else
            sqlite3_bind_null(handle_, i);
    }
    // One step of a statement that returns no rows; resets it for the next binding.
    bool run() {
        const int rc = sqlite3_step(handle_);
        sqlite3_reset(handle_);
        sqlite3_clear_bindings(handle_);
        return rc == SQLITE_DONE;
    }
    bool row() { return sqlite3_step(handle_) == SQLITE_ROW; }
    std::string columnText(int i) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(handle_, i));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(handle_, i)))
                 : std::string();
    }
    std::optional<double> columnReal(int i) const {
        if (sqlite3_column_type(handle_, i) == SQLITE_NULL)
            return std::nullopt;
        return sqlite3_column_double(handle_, i);
    }
    std::int64_t columnInteger(int i) const { return sqlite3_column_int64(handle_, i); }

private:
    sqlite3_stmt* handle_ = nullptr;
};

constexpr const char* kCreateTables =
    "CREATE TABLE IF NOT EXISTS saved_segment (name TEXT PRIMARY KEY, position INTEGER NOT "
    "NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS saved_segment_condition (segment TEXT NOT NULL, kind TEXT NOT "
    "NULL, column_name TEXT, value TEXT, min REAL, max REAL, include_missing INTEGER);"
    "CREATE INDEX IF NOT EXISTS saved_segment_condition_by_segment ON "
    "saved_segment_condition(segment)";

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

bool exec(sqlite3* db, const char* sql) {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

Message writeFailed(sqlite3* db, const std::string& path) {
    return Message(MessageKind::SegmentsNotChanged, {path, sqlite3_errmsg(db)});
}

bool hasTable(sqlite3* db, const char* schema, const char* table) {
    const std::string sql =
        std::string("SELECT 1 FROM ") + schema + ".sqlite_master WHERE type='table' AND name=?";
    Stmt st(db, sql.c_str());
    if (!st.ok())
        return false;
    st.text(1, table);
    return st.row();
}

bool openWorkspace(const std::string& path, bool forWriting, Db& db, Message& error) {
    const int flags = forWriting ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path.c_str(), &db.handle, flags, nullptr) != SQLITE_OK) {
        error =
            Message(MessageKind::SegmentsCannotOpenWorkspace, {path, sqlite3_errmsg(db.handle)});
        return false;
    }
    sqlite3_busy_timeout(db.handle, 5000);
    if (!hasTable(db.handle, "main", "customer_360")) {
        error = Message(MessageKind::SegmentsNotAWorkspace, {path});
        return false;
    }
    if (forWriting && sqlite3_db_readonly(db.handle, "main") == 1) {
        error = Message(MessageKind::WorkspaceReadOnly, {path});
        return false;
    }
    return true;
}

// Conditions as rows: kind says which part of the filter, the other fields what it holds.
bool writeConditions(sqlite3* db, const std::string& name, const CustomerFilter& f) {
    Stmt st(db, "INSERT INTO saved_segment_condition (segment, kind, column_name, value, min, "
                "max, include_missing) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok())
        return false;
    // The search spans several columns, so its column_name is NULL.
    const auto add = [&](const char* kind, std::string_view column, std::string_view value) {
        st.text(1, name);
        st.text(2, kind);
        if (!column.empty())
            st.text(3, column);
        st.text(4, value);
        return st.run();
    };
    for (const ValueSegment s : f.segments)
        if (!add("segment", "customer_value_segment", valueSegmentName(s)))
            return false;
    for (const CustomerStatus s : f.statuses)
        if (!add("status", "customer_status", customerStatusName(s)))
            return false;
    for (const std::string& c : f.categories)
        if (!add("category", "favorite_category", c))
            return false;
    for (const std::string& b : f.brands)
        if (!add("brand", "favorite_brand", b))
            return false;
    for (const RangeFilter& r : f.ranges) {
        st.text(1, name);
        st.text(2, "range");
        st.text(3, columnInfo(r.column).name);
        st.real(5, r.min);
        st.real(6, r.max);
        st.integer(7, r.includeMissing ? 1 : 0);
        if (!st.run())
            return false;
    }
    if (!f.search.empty() && !add("search", {}, f.search))
        return false;
    return true;
}

bool valueSegmentFromName(std::string_view name, ValueSegment& out) {
    for (const ValueSegment s : {ValueSegment::Low, ValueSegment::Medium, ValueSegment::High})
        if (valueSegmentName(s) == name) {
            out = s;
            return true;
        }
    return false;
}

bool customerStatusFromName(std::string_view name, CustomerStatus& out) {
    for (const CustomerStatus s : {CustomerStatus::Active, CustomerStatus::AtRisk,
                                   CustomerStatus::Churned, CustomerStatus::NeverPurchased})
        if (customerStatusName(s) == name) {
            out = s;
            return true;
        }
    return false;
}

bool readSegments(sqlite3* db, const std::string& path, std::vector<SavedSegment>& out,
                  Message& error) {
    out.clear();
    if (!hasTable(db, "main", "saved_segment"))
        return true;
    Stmt segments(db, "SELECT name, created_at, updated_at FROM saved_segment ORDER BY position, "
                      "name");
    Stmt conditions(db, "SELECT segment, kind, column_name, value, min, max, include_missing "
                        "FROM saved_segment_condition ORDER BY rowid");
    if (!segments.ok() || !conditions.ok()) {
        error = Message(MessageKind::SegmentsUnreadable, {path, sqlite3_errmsg(db)});
        return false;
    }
    std::map<std::string, std::size_t> byName;
    while (segments.row()) {
        SavedSegment s;
        s.name = segments.columnText(0);
        s.createdAt = segments.columnText(1);
        s.updatedAt = segments.columnText(2);
        byName[s.name] = out.size();
        out.push_back(std::move(s));
    }
    while (conditions.row()) {
        const auto it = byName.find(conditions.columnText(0));
        if (it == byName.end())
            continue; // a condition left behind by another tool; it belongs to no segment
        SavedSegment& s = out[it->second];
        CustomerFilter& f = s.filter;
        const std::string kind = conditions.columnText(1);
        const std::string column = conditions.columnText(2);
        const std::string value = conditions.columnText(3);
        bool understood = true;
        if (kind == "segment") {
            ValueSegment v{};
            understood = valueSegmentFromName(value, v);
            f.segments.insert(v);
        } else if (kind == "status") {
            CustomerStatus v{};
            understood = customerStatusFromName(value, v);
            f.statuses.insert(v);
        } else if (kind == "category") {
            f.categories.insert(value);
        } else if (kind == "brand") {
            f.brands.insert(value);
        } else if (kind == "search") {
            f.search = value;
        } else if (kind == "range") {
            RangeFilter r;
            understood = columnFromName(column, r.column) && isRangeColumn(r.column);
            r.min = conditions.columnReal(4);
            r.max = conditions.columnReal(5);
            r.includeMissing = conditions.columnInteger(6) != 0;
            f.ranges.push_back(r);
        } else {
            understood = false;
        }
        if (!understood) {
            error = Message(MessageKind::SegmentConditionNotUnderstood,
                            {s.name, path, kind + " " + column + " " + value});
            return false;
        }
    }
    return true;
}

// The stored spelling of the segment named `name` ignoring case, or "" if there is none.
std::string storedName(const std::vector<SavedSegment>& all, std::string_view name) {
    for (const SavedSegment& s : all)
        if (sameSegmentName(s.name, name))
            return s.name;
    return {};
}

std::string namesList(const std::vector<SavedSegment>& all) {
    std::string names;
    for (const SavedSegment& s : all)
        names += (names.empty() ? "" : ", ") + s.name;
    return names;
}

Message noSuchSegment(const std::vector<SavedSegment>& all, std::string_view name,
                      const std::string& path) {
    if (all.empty())
        return Message(MessageKind::NoSavedSegments, {std::string(name), path});
    return Message(MessageKind::NoSuchSegment, {std::string(name), path, namesList(all)});
}

// Opens for writing, starts the transaction and reads what is there now.
bool beginChange(const std::string& path, Db& db, std::vector<SavedSegment>& all, Message& error) {
    if (!openWorkspace(path, true, db, error))
        return false;
    if (!exec(db.handle, "BEGIN IMMEDIATE") || !exec(db.handle, kCreateTables)) {
        error = writeFailed(db.handle, path);
        return false;
    }
    return readSegments(db.handle, path, all, error);
}

bool commit(Db& db, const std::string& path, Message& error) {
    if (!exec(db.handle, "COMMIT")) {
        error = writeFailed(db.handle, path);
        return false;
    }
    return true;
}

bool checkNewName(const std::string& name, Message& error) {
    if (name.empty()) {
        error = Message(MessageKind::SegmentNeedsName);
        return false;
    }
    return true;
}

bool deleteRows(sqlite3* db, const std::string& name) {
    Stmt a(db, "DELETE FROM saved_segment_condition WHERE segment = ?");
    Stmt b(db, "DELETE FROM saved_segment WHERE name = ?");
    if (!a.ok() || !b.ok())
        return false;
    a.text(1, name);
    b.text(1, name);
    return a.run() && b.run();
}

bool insertSegment(sqlite3* db, const std::string& name, std::int64_t position,
                   const std::string& createdAt, const CustomerFilter& filter) {
    Stmt st(db, "INSERT INTO saved_segment (name, position, created_at, updated_at) VALUES (?, "
                "?, ?, ?)");
    if (!st.ok())
        return false;
    st.text(1, name);
    st.integer(2, position);
    st.text(3, createdAt);
    st.text(4, utcNow());
    return st.run() && writeConditions(db, name, filter);
}

std::int64_t positionOf(sqlite3* db, const std::string& name) {
    Stmt st(db, "SELECT position FROM saved_segment WHERE name = ?");
    st.text(1, name);
    return st.row() ? st.columnInteger(0) : 0;
}

} // namespace

std::string trimmedSegmentName(std::string_view name) {
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    while (!name.empty() && space(name.front()))
        name.remove_prefix(1);
    while (!name.empty() && space(name.back()))
        name.remove_suffix(1);
    return std::string(name);
}

bool sameSegmentName(std::string_view a, std::string_view b) {
    return foldedForComparison(trimmedSegmentName(a)) == foldedForComparison(trimmedSegmentName(b));
}

bool listSavedSegments(const std::string& workspace, std::vector<SavedSegment>& out,
                       Message& error) {
    Db db;
    return openWorkspace(workspace, false, db, error) &&
           readSegments(db.handle, workspace, out, error);
}

bool findSavedSegment(const std::string& workspace, std::string_view name, SavedSegment& out,
                      Message& error) {
    std::vector<SavedSegment> all;
    if (!listSavedSegments(workspace, all, error))
        return false;
    for (SavedSegment& s : all) {
        if (sameSegmentName(s.name, name)) {
            out = std::move(s);
            return true;
        }
    }
    error = noSuchSegment(all, name, workspace);
    return false;
}

bool saveSegment(const std::string& workspace, std::string_view name, const CustomerFilter& filter,
                 Message& error) {
    const std::string newName = trimmedSegmentName(name);
    if (!checkNewName(newName, error))
        return false;
    Db db;
    std::vector<SavedSegment> all;
    if (!beginChange(workspace, db, all, error))
        return false;
    const std::string existing = storedName(all, newName);
    std::int64_t position = 0;
    std::string createdAt = utcNow();
    if (!existing.empty()) {
        position = positionOf(db.handle, existing);
        for (const SavedSegment& s : all)
            if (s.name == existing)
                createdAt = s.createdAt;
        if (!deleteRows(db.handle, existing)) {
            error = writeFailed(db.handle, workspace);
            return false;
        }
    } else {
        Stmt last(db.handle, "SELECT COALESCE(MAX(position), 0) + 1 FROM saved_segment");
        position = last.row() ? last.columnInteger(0) : 1;
    }
    if (!insertSegment(db.handle, newName, position, createdAt, filter)) {
        error = writeFailed(db.handle, workspace);
        return false;
    }
    return commit(db, workspace, error);
}

bool renameSegment(const std::string& workspace, std::string_view name, std::string_view newName,
                   Message& error) {
    const std::string target = trimmedSegmentName(newName);
    if (!checkNewName(target, error))
        return false;
    Db db;
    std::vector<SavedSegment> all;
    if (!beginChange(workspace, db, all, error))
        return false;
    const std::string existing = storedName(all, name);
    if (existing.empty()) {
        error = noSuchSegment(all, name, workspace);
        return false;
    }
    const std::string clash = storedName(all, target);
    if (!clash.empty() && clash != existing) {
        error = Message(MessageKind::SegmentNameTaken, {clash});
        return false;
    }
    Stmt a(db.handle, "UPDATE saved_segment SET name = ?, updated_at = ? WHERE name = ?");
    Stmt b(db.handle, "UPDATE saved_segment_condition SET segment = ? WHERE segment = ?");
    a.text(1, target);
    a.text(2, utcNow());
    a.text(3, existing);
    b.text(1, target);
    b.text(2, existing);
    if (!a.ok() || !b.ok() || !a.run() || !b.run()) {
        error = writeFailed(db.handle, workspace);
        return false;
    }
    return commit(db, workspace, error);
}

bool duplicateSegment(const std::string& workspace, std::string_view name, std::string& copyName,
                      Message& error) {
    Db db;
    std::vector<SavedSegment> all;
    if (!beginChange(workspace, db, all, error))
        return false;
    const auto original = std::find_if(all.begin(), all.end(), [&](const SavedSegment& s) {
        return sameSegmentName(s.name, name);
    });
    if (original == all.end()) {
        error = noSuchSegment(all, name, workspace);
        return false;
    }
    copyName = original->name + " copy";
    for (int n = 2; !storedName(all, copyName).empty(); ++n)
        copyName = original->name + " copy " + std::to_string(n);
    // Right after the original: everything below moves down one place.
    const std::int64_t position = positionOf(db.handle, original->name) + 1;
    Stmt shift(db.handle, "UPDATE saved_segment SET position = position + 1 WHERE position >= ?");
    shift.integer(1, position);
    if (!shift.ok() || !shift.run() ||
        !insertSegment(db.handle, copyName, position, utcNow(), original->filter)) {
        error = writeFailed(db.handle, workspace);
        return false;
    }
    return commit(db, workspace, error);
}

bool deleteSegment(const std::string& workspace, std::string_view name, Message& error) {
    Db db;
    std::vector<SavedSegment> all;
    if (!beginChange(workspace, db, all, error))
        return false;
    const std::string existing = storedName(all, name);
    if (existing.empty()) {
        error = noSuchSegment(all, name, workspace);
        return false;
    }
    if (!deleteRows(db.handle, existing)) {
        error = writeFailed(db.handle, workspace);
        return false;
    }
    return commit(db, workspace, error);
}

bool carrySavedSegments(const std::string& previousWorkspace, const std::string& newWorkspace,
                        Message& error) {
    // A previous file that is not a readable workspace with segments has nothing to carry.
    {
        Db previous;
        if (sqlite3_open_v2(previousWorkspace.c_str(), &previous.handle, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK ||
            !hasTable(previous.handle, "main", "saved_segment"))
            return true;
    }
    Db db;
    if (sqlite3_open_v2(newWorkspace.c_str(), &db.handle, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        error = Message(MessageKind::SegmentsCannotOpenNewWorkspace,
                        {newWorkspace, sqlite3_errmsg(db.handle)});
        return false;
    }
    Stmt attach(db.handle, "ATTACH DATABASE ? AS previous");
    attach.text(1, previousWorkspace);
    const bool copied =
        attach.ok() && attach.run() && exec(db.handle, "BEGIN") && exec(db.handle, kCreateTables) &&
        exec(db.handle, "INSERT INTO main.saved_segment (name, position, created_at, updated_at) "
                        "SELECT name, position, created_at, updated_at FROM "
                        "previous.saved_segment") &&
        exec(db.handle,
             "INSERT INTO main.saved_segment_condition (segment, kind, column_name, value, min, "
             "max, include_missing) SELECT segment, kind, column_name, value, min, max, "
             "include_missing FROM previous.saved_segment_condition ORDER BY rowid") &&
        exec(db.handle, "COMMIT");
    if (!copied) {
        error = Message(MessageKind::SegmentsNotCarried,
                        {previousWorkspace, sqlite3_errmsg(db.handle)});
        return false;
    }
    return true;
}

} // namespace c360

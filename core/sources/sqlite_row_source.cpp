#include "sources/sqlite_row_source.h"

#include <algorithm>

#include "sources/file_info.h"
#include "values/number.h"

#include <charconv>
#include <sqlite3.h>

namespace c360 {

std::string quoteIdentifier(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

namespace {

// Shortest round-trip digits, never with an exponent: a REAL amount such as 0.0000001 or
// 2e6 must reach the money parser as a plain decimal.
void appendPlainReal(std::string& out, double value) {
    char buf[400];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    if (ec == std::errc())
        out.append(buf, ptr);
}

sqlite3* openReadOnly(const std::string& path, Message& error) {
    sqlite3* db = nullptr;
    const int rc =
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        error = Message(MessageKind::CannotOpenDatabase,
                        {path, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)});
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    return db;
}

class SqliteRowSource final : public RowSource {
public:
    SqliteRowSource(sqlite3* db, sqlite3_stmt* stmt, std::uint64_t rowTotal, std::uint64_t bytes,
                    std::string name)
        : db_(db), stmt_(stmt), rowTotal_(rowTotal), bytes_(bytes), name_(std::move(name)) {
        const int n = sqlite3_column_count(stmt_);
        for (int i = 0; i < n; ++i) {
            const char* column = sqlite3_column_name(stmt_, i);
            header_.emplace_back(column ? column : "");
        }
    }
    ~SqliteRowSource() override {
        sqlite3_finalize(stmt_);
        sqlite3_close(db_);
    }

    const std::vector<std::string>& header() const override { return header_; }
    std::uint64_t bytesDone() const override {
        return rowTotal_ ? bytes_ * std::min(rows_, rowTotal_) / rowTotal_ : 0;
    }
    std::uint64_t bytesTotal() const override { return bytes_; }
    const std::optional<Message>& error() const override { return error_; }
    const std::string& currentFile() const override { return name_; }
    SlashOrder chosenSlashOrder() const override { return slashOrder_; }
    void chooseSlashOrder(SlashOrder order) { slashOrder_ = order; }

    bool next(CsvRecord& record) override {
        record.fields.clear();
        record.notes.clear();
        record.blank = false;
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_DONE)
            return false;
        if (rc != SQLITE_ROW) {
            error_ = Message(MessageKind::ReadingDatabaseFailed, {sqlite3_errmsg(db_)});
            return false;
        }
        ++rows_;
        record.line = rows_;
        record.endLine = rows_;
        // Values are kept as text, exactly as the CSV path sees them; REAL is written in its
        // shortest round-trip form so that 19.99 stays 19.99 when read as exact money.
        scratch_.clear();
        ends_.clear();
        const int n = sqlite3_column_count(stmt_);
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(stmt_, i)) {
            case SQLITE_NULL:
                break;
            case SQLITE_FLOAT:
                appendPlainReal(scratch_, sqlite3_column_double(stmt_, i));
                break;
            default: {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
                const int len = sqlite3_column_bytes(stmt_, i);
                if (text)
                    scratch_.append(text, static_cast<std::size_t>(len));
                break;
            }
            }
            ends_.push_back(scratch_.size());
        }
        std::size_t begin = 0;
        for (std::size_t end : ends_) {
            record.fields.emplace_back(std::string_view(scratch_).substr(begin, end - begin));
            begin = end;
        }
        raw_.clear();
        for (std::size_t i = 0; i < record.fields.size(); ++i) {
            if (i)
                raw_.push_back('|');
            raw_.append(record.fields[i]);
        }
        record.raw = raw_;
        return true;
    }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
    std::uint64_t rowTotal_;
    std::uint64_t bytes_;
    std::uint64_t rows_ = 0;
    std::vector<std::string> header_;
    std::string scratch_;
    std::vector<std::size_t> ends_;
    std::string raw_;
    std::string name_;
    std::optional<Message> error_;
    SlashOrder slashOrder_ = SlashOrder::Unknown;
};

} // namespace

bool resolveSqliteTables(const std::string& path, SourceSet& out, Message& error) {
    sqlite3* db = openReadOnly(path, error);
    if (!db)
        return false;
    sqlite3_stmt* stmt = nullptr;
    const char* sql = "SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        error = Message(MessageKind::CannotListDatabaseTables, {path, sqlite3_errmsg(db)});
        sqlite3_close(db);
        return false;
    }
    std::vector<std::string> names;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* name = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        if (!name)
            continue;
        names.emplace_back(name);
        const std::string normalized = normalizeName(name);
        for (std::size_t i = 0; i < kSourceTableCount; ++i) {
            TableLocation& loc = out.tables[i];
            if (sourceTableName(sourceTableAt(i)) != normalized)
                continue;
            const bool exact = names.back() == sourceTableName(sourceTableAt(i));
            if (!loc.present || exact) {
                loc.present = true;
                loc.path = path;
                loc.sqliteTable = names.back();
            }
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    out.sqliteTableNames = names;
    return true;
}

bool chooseSqliteTable(const SourceSet& sources, const std::string& name, TableLocation& loc,
                       Message& error) {
    const std::vector<std::string>& names = sources.sqliteTableNames;
    auto match = std::find(names.begin(), names.end(), name);
    if (match == names.end())
        match = std::find_if(names.begin(), names.end(), [&name](const std::string& n) {
            return normalizeName(n) == normalizeName(name);
        });
    if (match == names.end()) {
        std::string held;
        for (std::size_t i = 0; i < names.size(); ++i)
            held += (i ? ", " : "") + names[i];
        error = Message(MessageKind::NoSuchDatabaseTable, {sources.root, name, held});
        return false;
    }
    loc.present = true;
    loc.path = sources.root;
    loc.sqliteTable = *match;
    return true;
}

bool checkSqliteCustomers(const SourceSet& out, Message& error) {
    if (out.at(SourceTable::CustomerInfo).present)
        return true;
    const std::string& path = out.root;
    const std::vector<std::string>& names = out.sqliteTableNames;
    if (names.empty()) {
        error = Message(MessageKind::DatabaseWithoutTables, {path});
        return false;
    }
    std::string held;
    for (std::size_t i = 0; i < names.size() && i < 12; ++i)
        held += (i ? ", " : "") + names[i];
    if (names.size() > 12)
        held += ", ...";
    error = Message(MessageKind::DatabaseWithoutCustomerInfo, {path, held});
    return false;
}

std::unique_ptr<RowSource> openSqliteRowSource(const std::string& path, const std::string& table,
                                               SlashOrder slashOrder, SourceFileInfo& info,
                                               Message& error) {
    info.kind = "sqlite";
    info.path = path + ":" + table;
    sqlite3* db = openReadOnly(path, error);
    if (!db)
        return nullptr;
    std::uint64_t rowTotal = 0;
    {
        // A count first so progress can be shown; cheap next to the read itself.
        sqlite3_stmt* count = nullptr;
        const std::string sql = "SELECT count(*) FROM " + quoteIdentifier(table);
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &count, nullptr) == SQLITE_OK &&
            sqlite3_step(count) == SQLITE_ROW)
            rowTotal = static_cast<std::uint64_t>(sqlite3_column_int64(count, 0));
        sqlite3_finalize(count);
    }
    sqlite3_stmt* stmt = nullptr;
    // Tables in rowid order, so "first appearance" means what it does in the file the table
    // was loaded from; views and WITHOUT ROWID tables have no rowid and keep their own order.
    const std::string ordered = "SELECT * FROM " + quoteIdentifier(table) + " ORDER BY rowid";
    const std::string sql = "SELECT * FROM " + quoteIdentifier(table);
    if (sqlite3_prepare_v2(db, ordered.c_str(), -1, &stmt, nullptr) != SQLITE_OK &&
        sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        error = Message(MessageKind::CannotReadDatabaseTable, {table, path, sqlite3_errmsg(db)});
        sqlite3_close(db);
        return nullptr;
    }
    auto source =
        std::make_unique<SqliteRowSource>(db, stmt, rowTotal, rowTotal, path + ":" + table);
    source->chooseSlashOrder(slashOrder);
    return source;
}

} // namespace c360

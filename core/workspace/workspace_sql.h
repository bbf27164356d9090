// The SQLite handles a workspace is written with: errors become messages for the user.
#pragma once

#include "messages/message.h"

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace c360::workspace_sql {

// Runs `sql` on a workspace being written; false with WritingWorkspaceFailed on failure.
inline bool exec(sqlite3* db, const std::string& sql, Message& error) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        error = Message(MessageKind::WritingWorkspaceFailed, {message ? message : ""});
        sqlite3_free(message);
        return false;
    }
    return true;
}

class Database {
public:
    ~Database() { sqlite3_close(db_); }
    bool open(const std::string& path, Message& error) {
        if (sqlite3_open_v2(path.c_str(), &db_,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK) {
            error = Message(MessageKind::CannotCreateWorkspace, {path, sqlite3_errmsg(db_)});
            return false;
        }
        return true;
    }
    bool exec(const std::string& sql, Message& error) {
        return workspace_sql::exec(db_, sql, error);
    }
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(sqlite3* db, const std::string& sql) : db_(db) {
        sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr);
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    bool ok() const { return stmt_ != nullptr; }
    void text(int i, std::string_view s) {
        if (s.empty())
            sqlite3_bind_null(stmt_, i);
        else
            sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
    void textAlways(int i, std::string_view s) {
        sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
    void integer(int i, std::int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
    bool step(Message& error) {
        const int rc = sqlite3_step(stmt_);
        sqlite3_reset(stmt_);
        if (rc != SQLITE_DONE) {
            error = Message(MessageKind::WritingWorkspaceFailed, {sqlite3_errmsg(db_)});
            return false;
        }
        return true;
    }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

} // namespace c360::workspace_sql

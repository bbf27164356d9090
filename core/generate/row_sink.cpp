#include "generate/row_sink.h"

#include "output/csv_output.h"
#include "sources/sqlite_row_source.h"
#include "util/atomic_file.h"
#include "values/number.h"

#include <charconv>
#include <filesystem>
#include <sqlite3.h>

namespace c360 {

namespace {

// The generator only runs from the command line, which speaks English: a file's message
// becomes its English text there. Always false, for `return inEnglish(...)` on a failure.
bool inEnglish(const Message& why, std::string& error) {
    error = englishText(why);
    return false;
}

void appendCents(std::string& out, std::int64_t cents) {
    if (cents < 0) {
        out.push_back('-');
        cents = -cents;
    }
    char buf[24];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, cents / 100);
    out.append(buf, p);
    out.push_back('.');
    out.push_back(static_cast<char>('0' + cents % 100 / 10));
    out.push_back(static_cast<char>('0' + cents % 10));
}

class CsvSink final : public RowSink {
public:
    explicit CsvSink(std::string folder) : folder_(std::move(folder)) {}

    bool beginTable(const std::string& table, const std::vector<SinkColumn>& columns,
                    std::string& error) override {
        std::error_code ec;
        std::filesystem::create_directories(folder_, ec);
        if (ec) {
            error = "Cannot create the folder " + folder_ + ": " + ec.message() + ".";
            return false;
        }
        file_ = std::make_unique<AtomicFile>(folder_ + "/" + table + ".csv");
        if (Message why; !file_->open(why))
            return inEnglish(why, error);
        buffer_.clear();
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i)
                buffer_.push_back(',');
            buffer_ += columns[i].name;
        }
        buffer_.push_back('\n');
        return true;
    }

    void row(const Cell* cells, std::size_t count) override {
        for (std::size_t i = 0; i < count; ++i) {
            if (i)
                buffer_.push_back(',');
            const Cell& c = cells[i];
            switch (c.kind) {
            case Cell::Kind::Null:
                break;
            case Cell::Kind::Integer: {
                char buf[24];
                auto [p, ec] = std::to_chars(buf, buf + sizeof buf, c.integer);
                buffer_.append(buf, p);
                break;
            }
            case Cell::Kind::Real:
                appendReal(buffer_, c.real);
                break;
            case Cell::Kind::Cents:
                appendCents(buffer_, c.integer);
                break;
            case Cell::Kind::Text:
                appendCsvField(buffer_, c.text);
                break;
            }
        }
        buffer_.push_back('\n');
        if (buffer_.size() > (1 << 20)) {
            bytes_ += buffer_.size();
            file_->write(buffer_);
            buffer_.clear();
        }
    }

    bool endTable(std::string& error) override {
        bytes_ += buffer_.size();
        file_->write(buffer_);
        buffer_.clear();
        Message why;
        const bool ok = file_->commit(why) || inEnglish(why, error);
        file_.reset();
        return ok;
    }

    bool finish(std::string&) override { return true; }
    std::uint64_t bytesWritten() const override { return bytes_; }

private:
    std::string folder_;
    std::unique_ptr<AtomicFile> file_;
    std::string buffer_;
    std::uint64_t bytes_ = 0;
};

class SqliteSink final : public RowSink {
public:
    explicit SqliteSink(std::string path) : file_(std::move(path)) {}
    ~SqliteSink() override {
        sqlite3_finalize(insert_);
        sqlite3_close(db_);
    }

    bool beginTable(const std::string& table, const std::vector<SinkColumn>& columns,
                    std::string& error) override {
        if (!db_ && !openDatabase(error))
            return false;
        std::string create = "CREATE TABLE " + quoteIdentifier(table) + " (";
        std::string insert = "INSERT INTO " + quoteIdentifier(table) + " VALUES (";
        for (std::size_t i = 0; i < columns.size(); ++i) {
            create += (i ? ", " : "") + quoteIdentifier(columns[i].name) + " " + columns[i].sqlType;
            insert += i ? ",?" : "?";
        }
        create += ")";
        insert += ")";
        if (!exec(create, error))
            return false;
        if (sqlite3_prepare_v2(db_, insert.c_str(), -1, &insert_, nullptr) != SQLITE_OK) {
            error = std::string("Cannot prepare the database: ") + sqlite3_errmsg(db_);
            return false;
        }
        return true;
    }

    void row(const Cell* cells, std::size_t count) override {
        for (std::size_t i = 0; i < count; ++i) {
            const int index = static_cast<int>(i) + 1;
            const Cell& c = cells[i];
            switch (c.kind) {
            case Cell::Kind::Null:
                sqlite3_bind_null(insert_, index);
                break;
            case Cell::Kind::Integer:
                sqlite3_bind_int64(insert_, index, c.integer);
                break;
            case Cell::Kind::Real:
                sqlite3_bind_double(insert_, index, c.real);
                break;
            case Cell::Kind::Cents:
                // Money as REAL, as many shop databases hold it: the reader must get the exact
                // decimal back.
                sqlite3_bind_double(insert_, index, static_cast<double>(c.integer) / 100.0);
                break;
            case Cell::Kind::Text:
                sqlite3_bind_text(insert_, index, c.text.data(), static_cast<int>(c.text.size()),
                                  SQLITE_TRANSIENT);
                break;
            }
        }
        if (sqlite3_step(insert_) != SQLITE_DONE && failure_.empty())
            failure_ = sqlite3_errmsg(db_);
        sqlite3_reset(insert_);
    }

    bool endTable(std::string& error) override {
        sqlite3_finalize(insert_);
        insert_ = nullptr;
        if (!failure_.empty()) {
            error = "Writing the database failed: " + failure_;
            return false;
        }
        return true;
    }

    bool finish(std::string& error) override {
        if (!db_ && !openDatabase(error))
            return false;
        if (!exec("COMMIT", error))
            return false;
        sqlite3_close(db_);
        db_ = nullptr;
        Message why;
        return file_.commitPath(why) || inEnglish(why, error);
    }

private:
    bool openDatabase(std::string& error) {
        if (Message why; !file_.reserve(why))
            return inEnglish(why, error);
        if (sqlite3_open(file_.temporaryPath().c_str(), &db_) != SQLITE_OK) {
            error = "Cannot create the database: " + std::string(sqlite3_errmsg(db_));
            return false;
        }
        return exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN", error);
    }
    bool exec(const std::string& sql, std::string& error) {
        char* message = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            error = std::string("Writing the database failed: ") + (message ? message : "");
            sqlite3_free(message);
            return false;
        }
        return true;
    }

    AtomicFile file_;
    sqlite3* db_ = nullptr;
    sqlite3_stmt* insert_ = nullptr;
    std::string failure_;
};

} // namespace

std::unique_ptr<RowSink> makeCsvSink(const std::string& folder) {
    return std::make_unique<CsvSink>(folder);
}

std::unique_ptr<RowSink> makeSqliteSink(const std::string& path) {
    return std::make_unique<SqliteSink>(path);
}

bool FanOutSink::beginTable(const std::string& table, const std::vector<SinkColumn>& columns,
                            std::string& error) {
    for (auto& s : sinks_)
        if (!s->beginTable(table, columns, error))
            return false;
    return true;
}

void FanOutSink::row(const Cell* cells, std::size_t count) {
    for (auto& s : sinks_)
        s->row(cells, count);
}

bool FanOutSink::endTable(std::string& error) {
    for (auto& s : sinks_)
        if (!s->endTable(error))
            return false;
    return true;
}

bool FanOutSink::finish(std::string& error) {
    for (auto& s : sinks_)
        if (!s->finish(error))
            return false;
    return true;
}

std::uint64_t FanOutSink::bytesWritten() const {
    std::uint64_t n = 0;
    for (const auto& s : sinks_)
        n += s->bytesWritten();
    return n;
}

} // namespace c360

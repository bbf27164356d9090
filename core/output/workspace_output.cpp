#include "output/workspace_output.h"

#include "workspace/column_image.h"

#include "output/report_output.h"
#include "util/atomic_file.h"
#include "util/parallel.h"
#include "workspace/segment_store.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <condition_variable>
#include <ctime>
#include <functional>
#include <memory>
#include <mutex>
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

class Database {
public:
    ~Database() { sqlite3_close(db_); }
    bool open(const std::string& path, std::string& error) {
        if (sqlite3_open_v2(path.c_str(), &db_,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK) {
            error = "Cannot create the workspace " + path + ": " + sqlite3_errmsg(db_) + ".";
            return false;
        }
        return true;
    }
    bool exec(const std::string& sql, std::string& error) {
        char* message = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            error = std::string("Writing the workspace failed: ") + (message ? message : "") +
                    ". Is the disk full?";
            sqlite3_free(message);
            return false;
        }
        return true;
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
    // Empty text is NULL; the bytes must stay put until the statement is stepped.
    void staticText(int i, std::string_view s) {
        if (s.empty())
            sqlite3_bind_null(stmt_, i);
        else
            sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
    }
    void integer(int i, std::int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
    void real(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
    void null(int i) { sqlite3_bind_null(stmt_, i); }
    bool step(std::string& error) {
        const int rc = sqlite3_step(stmt_);
        sqlite3_reset(stmt_);
        if (rc != SQLITE_DONE) {
            error = std::string("Writing the workspace failed: ") + sqlite3_errmsg(db_) +
                    ". Is the disk full?";
            return false;
        }
        return true;
    }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

// Where one output column's values come from, resolved once so the per-row loop binds straight
// from the column arrays. Text is bound without a copy (SQLITE_STATIC): the table outlives the
// statement step.
struct ColumnBinder {
    ColumnKind kind;
    Column column;
    const TextColumn* text = nullptr;
    const std::vector<Days>* dates = nullptr;
    const std::vector<std::int32_t>* integers = nullptr;
    const std::vector<double>* reals = nullptr;
    const std::vector<std::int32_t>* dictionary = nullptr;
    const std::vector<std::string>* dictionaryNames = nullptr;
};

std::vector<ColumnBinder> bindersFor(const Customer360& t) {
    std::vector<ColumnBinder> binders;
    for (const ColumnInfo& info : columnCatalogue()) {
        ColumnBinder b{info.kind, info.column};
        b.text = textColumnOf(t, info.column);
        b.dates = dateColumnOf(t, info.column);
        b.integers = integerColumnOf(t, info.column);
        b.reals = realColumnOf(t, info.column);
        if (info.kind == ColumnKind::Dictionary) {
            const bool category = info.column == Column::FavoriteCategory;
            b.dictionary = category ? &t.favoriteCategory : &t.favoriteBrand;
            b.dictionaryNames = category ? &t.categoryNames : &t.brandNames;
        }
        binders.push_back(b);
    }
    return binders;
}

std::string createCustomerTableSql(const Customer360& t) {
    std::string create = "CREATE TABLE customer_360 (";
    for (const ColumnInfo& info : columnCatalogue()) {
        if (info.column != Column::CustomerId)
            create += ", ";
        std::string_view type = info.sqlType;
        if (info.column == Column::CustomerId && !t.customerIdsAreIntegers)
            type = "TEXT";
        create += std::string(info.name) + " " + std::string(type);
    }
    create += ")";
    return create;
}

// Inserts rows [first, last) of the table into customer_360 of `db`.
bool insertRows(sqlite3* db, const Customer360& t, std::size_t first, std::size_t last,
                std::string& error) {
    std::string insert = "INSERT INTO customer_360 VALUES (";
    for (std::size_t i = 0; i < kColumnCount; ++i)
        insert += i ? ",?" : "?";
    insert += ")";
    Statement st(db, insert);
    if (!st.ok()) {
        error = "Preparing the workspace failed.";
        return false;
    }
    const std::vector<ColumnBinder> binders = bindersFor(t);
    // Dates are written as ISO text; each date column formats into its own slot, which must
    // stay unchanged until the row is stepped.
    std::array<std::string, kColumnCount> dateText;
    for (std::size_t row = first; row < last; ++row) {
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            const ColumnBinder& b = binders[c];
            const int index = static_cast<int>(c) + 1;
            switch (b.kind) {
            case ColumnKind::Text: {
                const std::string_view text = b.text->at(row);
                if (b.column == Column::CustomerId && t.customerIdsAreIntegers) {
                    std::int64_t value = 0;
                    std::from_chars(text.data(), text.data() + text.size(), value);
                    st.integer(index, value);
                } else {
                    st.staticText(index, text);
                }
                break;
            }
            case ColumnKind::Date: {
                const Days d = (*b.dates)[row];
                if (d == kNullDate) {
                    st.null(index);
                } else {
                    dateText[c].clear();
                    appendDate(dateText[c], d);
                    st.staticText(index, dateText[c]);
                }
                break;
            }
            case ColumnKind::Integer: {
                const std::int32_t v = (*b.integers)[row];
                if (v == kNullInt)
                    st.null(index);
                else
                    st.integer(index, v);
                break;
            }
            case ColumnKind::Decimal:
                st.real(index, moneyToDouble(t.totalSpend[row]));
                break;
            case ColumnKind::Real: {
                const double v = (*b.reals)[row];
                if (isNullReal(v))
                    st.null(index);
                else
                    st.real(index, v);
                break;
            }
            case ColumnKind::Dictionary: {
                const std::int32_t id = (*b.dictionary)[row];
                if (id == kNoDictEntry)
                    st.null(index);
                else
                    st.staticText(index, (*b.dictionaryNames)[static_cast<std::size_t>(id)]);
                break;
            }
            case ColumnKind::Segment:
                st.staticText(index, valueSegmentName(t.valueSegment[row]));
                break;
            case ColumnKind::Status:
                st.staticText(index, customerStatusName(t.customerStatus[row]));
                break;
            }
        }
        if (!st.step(error))
            return false;
    }
    return true;
}

// customer_360 is the slowest part of writing a workspace: SQLite encodes 29 values per row,
// about 2.5 us a row. It is written in chunks of rows, in order. With one thread every chunk
// is inserted straight into the file. With more, helper threads insert chunks into private
// in-memory databases, which the file's thread appends with INSERT ... SELECT * (SQLite's
// transfer optimisation copies records without decoding them) as soon as they are next in
// line; while it waits it writes the column image or builds chunks itself. Row order, values
// and types are the same for any thread count.
class CustomerTableWriter {
public:
    CustomerTableWriter(Database& db, AtomicFile& file, const Customer360& table, unsigned threads)
        : db_(db), file_(file), table_(table), create_(createCustomerTableSql(table)),
          threads_(std::max(1u, threads)) {
        const std::size_t rows = table.rowCount();
        // Chunks small enough that the last one appended after the others are done costs
        // little, large enough that appending (an ATTACH and a statement each) costs nothing.
        const std::size_t perChunk =
            std::clamp<std::size_t>(rows / (std::size_t{threads_} * 8), 1024, 65536);
        for (std::size_t first = 0; first < rows; first += perChunk)
            chunks_.push_back(std::make_unique<Chunk>(first, std::min(rows, first + perChunk)));
    }

    // Writes customer_360 and the column image; the connection is in a transaction on return.
    bool write(std::string& error) {
        if (!db_.exec(create_, error))
            return false;
        std::vector<std::function<void()>> tasks;
        tasks.push_back([this] { writeIntoFile(); });
        for (unsigned i = 1; i < threads_ && i < chunks_.size(); ++i)
            tasks.push_back([this] {
                while (Chunk* chunk = claimChunk())
                    buildApart(*chunk);
            });
        runTasks(tasks, static_cast<unsigned>(tasks.size()));
        if (!error_.empty()) {
            error = error_;
            return false;
        }
        return true;
    }

private:
    struct Chunk {
        Chunk(std::size_t f, std::size_t l) : first(f), last(l) {}
        ~Chunk() { sqlite3_close(db); }
        std::size_t first, last;
        sqlite3* db = nullptr; // the chunk's own in-memory database, when built apart
        bool built = false;    // built apart (or failed: see error)
        std::string error;
    };

    // The next chunk nobody has taken, or null.
    Chunk* claimChunk() {
        std::lock_guard lock(mutex_);
        if (failed_ || claimed_ == chunks_.size())
            return nullptr;
        return chunks_[claimed_++].get();
    }

    void buildApart(Chunk& chunk) {
        // The memdb VFS keeps the database in one buffer that can be lent out when appending.
        if (sqlite3_open_v2("chunk", &chunk.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            "memdb") != SQLITE_OK ||
            sqlite3_exec(chunk.db, (create_ + "; BEGIN").c_str(), nullptr, nullptr, nullptr) !=
                SQLITE_OK)
            chunk.error = "Not enough memory to prepare the workspace.";
        else if (insertRows(chunk.db, table_, chunk.first, chunk.last, chunk.error) &&
                 sqlite3_exec(chunk.db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            chunk.error = "Not enough memory to prepare the workspace.";
        {
            std::lock_guard lock(mutex_);
            chunk.built = true;
            if (!chunk.error.empty())
                failed_ = true;
        }
        built_.notify_all();
    }

    // The file's connection is used by this thread only.
    void writeIntoFile() {
        std::string error;
        bool imageWritten = false;
        for (std::size_t next = 0; next < chunks_.size() && error.empty();) {
            Chunk& chunk = *chunks_[next];
            std::unique_lock lock(mutex_);
            if (failed_)
                break;
            if (chunk.built) {
                lock.unlock();
                if (appendBuilt(chunk, error))
                    ++next;
                file_.startWriteback();
            } else if (claimed_ == next) {
                ++claimed_;
                lock.unlock();
                if (inTransaction(error) &&
                    insertRows(db_.handle(), table_, chunk.first, chunk.last, error))
                    ++next;
                file_.startWriteback();
            } else if (!imageWritten) {
                lock.unlock();
                imageWritten =
                    inTransaction(error) && writeColumnImage(db_.handle(), table_, error);
                file_.startWriteback();
            } else if (claimed_ < chunks_.size()) {
                Chunk& apart = *chunks_[claimed_++];
                lock.unlock();
                buildApart(apart);
            } else {
                built_.wait(lock, [&] { return chunk.built || failed_; });
            }
        }
        if (error.empty() && !imageWritten)
            imageWritten = inTransaction(error) && writeColumnImage(db_.handle(), table_, error);
        if (error.empty() && inTransaction(error))
            guardColumnImage(db_.handle(), error);
        std::lock_guard lock(mutex_);
        if (error.empty() && failed_)
            for (const auto& chunk : chunks_)
                if (error.empty() && !chunk->error.empty())
                    error = chunk->error;
        if (!error.empty()) {
            failed_ = true;
            error_ = error;
        }
    }

    bool inTransaction(std::string& error) {
        if (!inTransaction_)
            inTransaction_ = db_.exec("BEGIN", error);
        return inTransaction_;
    }

    // Appends a chunk built apart; its pages are lent to the file's connection, not copied.
    bool appendBuilt(Chunk& chunk, std::string& error) {
        if (!chunk.error.empty()) {
            error = chunk.error;
            return false;
        }
        // ATTACH is not allowed inside a transaction. The file is private until renamed, so
        // committing in between costs nothing in safety.
        if (inTransaction_) {
            if (!db_.exec("COMMIT", error))
                return false;
            inTransaction_ = false;
        }
        sqlite3_int64 size = 0;
        unsigned char* pages = sqlite3_serialize(chunk.db, "main", &size, SQLITE_SERIALIZE_NOCOPY);
        if (!pages) {
            error = "Writing the workspace failed: a chunk of customer_360 could not be read.";
            return false;
        }
        if (!db_.exec("ATTACH ':memory:' AS chunk", error))
            return false;
        if (sqlite3_deserialize(db_.handle(), "chunk", pages, size, size,
                                SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
            error = "Writing the workspace failed: " + std::string(sqlite3_errmsg(db_.handle()));
            return false;
        }
        if (!db_.exec("INSERT INTO main.customer_360 SELECT * FROM chunk.customer_360", error) ||
            !db_.exec("DETACH chunk", error))
            return false;
        sqlite3_close(chunk.db); // its memory back at once
        chunk.db = nullptr;
        return true;
    }

    Database& db_;
    AtomicFile& file_;
    const Customer360& table_;
    const std::string create_;
    const unsigned threads_;
    std::vector<std::unique_ptr<Chunk>> chunks_;
    bool inTransaction_ = true; // writeWorkspace began one
    std::mutex mutex_;
    std::condition_variable built_;
    std::size_t claimed_ = 0; // chunks [0, claimed_) are taken
    bool failed_ = false;
    std::string error_;
};

bool writeBuildInfo(Database& db, const BuildOutcome& o, const WorkspaceContext& ctx,
                    std::string& error) {
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

bool writeReportTables(Database& db, const BuildReport& r, std::string& error) {
    if (!db.exec("CREATE TABLE report_tables (table_name TEXT PRIMARY KEY, file TEXT, present "
                 "INTEGER, rows_read INTEGER, loaded INTEGER, rejected INTEGER, duplicates "
                 "INTEGER, left_out_by_as_of INTEGER, customer_left_out INTEGER, orphans INTEGER, "
                 "unmatched_references INTEGER, warnings INTEGER, blank_lines INTEGER, "
                 "issues_total INTEGER, notes TEXT)",
                 error) ||
        !db.exec("CREATE TABLE report_issues (table_name TEXT, file TEXT, line INTEGER, "
                 "column_name TEXT, severity TEXT, reason TEXT, raw_text TEXT)",
                 error))
        return false;
    Statement tables(db.handle(),
                     "INSERT INTO report_tables VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement issues(db.handle(), "INSERT INTO report_issues VALUES (?,?,?,?,?,?,?)");
    for (const TableReport& t : r.tables) {
        std::string notes;
        for (const std::string& n : t.notes)
            notes += (notes.empty() ? "" : "\n") + n;
        tables.textAlways(1, t.table);
        tables.text(2, t.file);
        tables.integer(3, t.present ? 1 : 0);
        const std::uint64_t counts[] = {
            t.rowsRead, t.loaded,    t.rejected, t.duplicates, t.leftOutByAsOf, t.customerLeftOut,
            t.orphans,  t.unmatched, t.warnings, t.blankLines, t.issuesTotal};
        for (int i = 0; i < 11; ++i)
            tables.integer(4 + i, static_cast<std::int64_t>(counts[i]));
        tables.text(15, notes);
        if (!tables.step(error))
            return false;
        for (const Issue& i : t.issues) {
            issues.textAlways(1, i.table);
            issues.textAlways(2, i.file);
            issues.integer(3, static_cast<std::int64_t>(i.line));
            issues.text(4, i.column);
            issues.textAlways(5, severityName(i.severity));
            issues.textAlways(6, i.reason);
            issues.textAlways(7, i.raw);
            if (!issues.step(error))
                return false;
        }
    }
    return true;
}

} // namespace

bool writeWorkspace(const BuildOutcome& outcome, const WorkspaceContext& context,
                    const std::string& path, std::string& error) {
    AtomicFile file(path);
    if (!file.reserve(error))
        return false;
    {
        Database db;
        if (!db.open(file.temporaryPath(), error))
            return false;
        // The file is private until renamed, so no journal is needed: a crash leaves only the
        // temporary file, which is removed or ignored.
        if (!db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=8192; "
                     "BEGIN",
                     error) ||
            !CustomerTableWriter(db, file, outcome.table,
                                 resolveThreadCount(outcome.options.threads))
                 .write(error) ||
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

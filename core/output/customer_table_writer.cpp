#include "output/customer_table_writer.h"

#include "util/parallel.h"
#include "workspace/column_image.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <vector>

namespace c360 {

namespace {

using workspace_sql::Database;

// Where one output column's values come from, resolved once so the per-row loop reads straight
// from the column arrays.
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

// The SQL value of one cell, handed to `out` (null, integer, real or text). Text is handed
// over without a copy: the table outlives the statement. Dates are formatted into `dateText`,
// which must stay unchanged until the row is stored.
template <typename Out>
void emitCell(const ColumnBinder& b, const Customer360& t, std::size_t row, std::string& dateText,
              Out& out) {
    switch (b.kind) {
    case ColumnKind::Text: {
        const std::string_view text = b.text->at(row);
        if (b.column == Column::CustomerId && t.customerIdsAreIntegers) {
            std::int64_t value = 0;
            std::from_chars(text.data(), text.data() + text.size(), value);
            out.integer(value);
        } else {
            out.text(text);
        }
        return;
    }
    case ColumnKind::Date: {
        const Days d = (*b.dates)[row];
        if (d == kNullDate)
            return out.null();
        dateText.clear();
        appendDate(dateText, d);
        return out.text(dateText);
    }
    case ColumnKind::Integer: {
        const std::int32_t v = (*b.integers)[row];
        return v == kNullInt ? out.null() : out.integer(v);
    }
    case ColumnKind::Decimal:
        return out.real(moneyToDouble(t.totalSpend[row]));
    case ColumnKind::Real: {
        const double v = (*b.reals)[row];
        return isNullReal(v) ? out.null() : out.real(v);
    }
    case ColumnKind::Dictionary: {
        const std::int32_t id = (*b.dictionary)[row];
        return id == kNoDictEntry ? out.null()
                                  : out.text((*b.dictionaryNames)[static_cast<std::size_t>(id)]);
    }
    case ColumnKind::Segment:
        return out.text(valueSegmentName(t.valueSegment[row]));
    case ColumnKind::Status:
        return out.text(customerStatusName(t.customerStatus[row]));
    }
}

// Rows [first, last) of the table as the eponymous virtual table c360_rows, so that a chunk is
// stored by one INSERT INTO customer_360 SELECT * FROM c360_rows: SQLite runs its insert loop
// once, reading each value through xColumn, instead of 29 binds and a statement run per row
// (which opens and closes its cursor every time). About a third less time per row.
struct RowFeed {
    const Customer360* table = nullptr;
    std::vector<ColumnBinder> binders;
    std::size_t first = 0, last = 0;
};

struct FeedTable : sqlite3_vtab {
    RowFeed* feed = nullptr;
};

struct FeedCursor : sqlite3_vtab_cursor {
    std::size_t row = 0;
    std::array<std::string, kColumnCount> dateText; // one per column: see emitCell
};

// emitCell's `out` for xColumn.
struct ResultOut {
    sqlite3_context* context;
    void null() { sqlite3_result_null(context); }
    void integer(std::int64_t v) { sqlite3_result_int64(context, v); }
    void real(double v) { sqlite3_result_double(context, v); }
    void text(std::string_view s) {
        if (s.empty())
            sqlite3_result_null(context); // empty text is NULL, as in the CSV output
        else
            sqlite3_result_text(context, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
    }
};

int feedConnect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** vtab, char**) {
    std::string declare = "CREATE TABLE x(";
    for (const ColumnInfo& info : columnCatalogue())
        declare += (info.column == Column::CustomerId ? "" : ", ") + std::string(info.name);
    declare += ")";
    if (const int rc = sqlite3_declare_vtab(db, declare.c_str()); rc != SQLITE_OK)
        return rc;
    auto* table = new FeedTable();
    table->feed = static_cast<RowFeed*>(aux);
    *vtab = table;
    return SQLITE_OK;
}

int feedDisconnect(sqlite3_vtab* vtab) {
    delete static_cast<FeedTable*>(vtab);
    return SQLITE_OK;
}

int feedBestIndex(sqlite3_vtab* vtab, sqlite3_index_info* info) {
    const RowFeed& feed = *static_cast<FeedTable*>(vtab)->feed;
    info->estimatedRows = static_cast<sqlite3_int64>(feed.last - feed.first);
    info->estimatedCost = static_cast<double>(feed.last - feed.first);
    return SQLITE_OK;
}

int feedOpen(sqlite3_vtab*, sqlite3_vtab_cursor** cursor) {
    *cursor = new FeedCursor();
    return SQLITE_OK;
}

int feedClose(sqlite3_vtab_cursor* cursor) {
    delete static_cast<FeedCursor*>(cursor);
    return SQLITE_OK;
}

const RowFeed& feedOf(sqlite3_vtab_cursor* cursor) {
    return *static_cast<FeedTable*>(cursor->pVtab)->feed;
}

int feedFilter(sqlite3_vtab_cursor* cursor, int, const char*, int, sqlite3_value**) {
    static_cast<FeedCursor*>(cursor)->row = feedOf(cursor).first;
    return SQLITE_OK;
}

int feedNext(sqlite3_vtab_cursor* cursor) {
    ++static_cast<FeedCursor*>(cursor)->row;
    return SQLITE_OK;
}

int feedEof(sqlite3_vtab_cursor* cursor) {
    return static_cast<FeedCursor*>(cursor)->row >= feedOf(cursor).last;
}

int feedColumn(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int column) {
    auto* c = static_cast<FeedCursor*>(cursor);
    const RowFeed& feed = feedOf(cursor);
    const auto index = static_cast<std::size_t>(column);
    ResultOut out{context};
    emitCell(feed.binders[index], *feed.table, c->row, c->dateText[index], out);
    return SQLITE_OK;
}

int feedRowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* rowid) {
    *rowid = static_cast<sqlite3_int64>(static_cast<FeedCursor*>(cursor)->row);
    return SQLITE_OK;
}

const sqlite3_module& feedModule() {
    static const sqlite3_module module = [] {
        sqlite3_module m{};
        m.xConnect = feedConnect; // no xCreate: eponymous only
        m.xBestIndex = feedBestIndex;
        m.xDisconnect = feedDisconnect;
        m.xOpen = feedOpen;
        m.xClose = feedClose;
        m.xFilter = feedFilter;
        m.xNext = feedNext;
        m.xEof = feedEof;
        m.xColumn = feedColumn;
        m.xRowid = feedRowid;
        return m;
    }();
    return module;
}

// Inserts rows [first, last) of the feed's table into customer_360 of `db`, which must have
// c360_rows registered with `feed`.
bool insertRows(sqlite3* db, RowFeed& feed, std::size_t first, std::size_t last, Message& error) {
    feed.first = first;
    feed.last = last;
    return workspace_sql::exec(db, "INSERT INTO customer_360 SELECT * FROM c360_rows", error);
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
        fileFeed_.table = &table;
        fileFeed_.binders = bindersFor(table);
        const std::size_t rows = table.rowCount();
        // Chunks small enough that the last one appended after the others are done costs
        // little, large enough that appending (an ATTACH and a statement each) costs nothing.
        const std::size_t perChunk =
            std::clamp<std::size_t>(rows / (std::size_t{threads_} * 8), 1024, 65536);
        for (std::size_t first = 0; first < rows; first += perChunk)
            chunks_.push_back(std::make_unique<Chunk>(first, std::min(rows, first + perChunk)));
    }

    // Writes customer_360 and the column image; the connection is in a transaction on return.
    bool write(Message& error) {
        if (!db_.exec(create_, error))
            return false;
        if (sqlite3_create_module_v2(db_.handle(), "c360_rows", &feedModule(), &fileFeed_,
                                     nullptr) != SQLITE_OK) {
            error = Message(MessageKind::PreparingWorkspaceFailed);
            return false;
        }
        std::vector<std::function<void()>> tasks;
        tasks.push_back([this] { writeIntoFile(); });
        for (unsigned i = 1; i < threads_ && i < chunks_.size(); ++i)
            tasks.push_back([this] {
                while (Chunk* chunk = claimChunk())
                    buildApart(*chunk);
            });
        runTasks(tasks, static_cast<unsigned>(tasks.size()));
        if (error_) {
            error = *error_;
            return false;
        }
        return true;
    }

private:
    struct Chunk {
        Chunk(std::size_t f, std::size_t l) : first(f), last(l) {}
        ~Chunk() { sqlite3_close(db); }
        std::size_t first, last;
        RowFeed feed;
        sqlite3* db = nullptr; // the chunk's own in-memory database, when built apart
        bool built = false;    // built apart (or failed: see error)
        std::optional<Message> error;
    };

    // The next chunk nobody has taken, or null.
    Chunk* claimChunk() {
        std::lock_guard lock(mutex_);
        if (failed_ || claimed_ == chunks_.size())
            return nullptr;
        return chunks_[claimed_++].get();
    }

    void buildApart(Chunk& chunk) {
        const Message noMemory(MessageKind::NotEnoughMemoryForWorkspace);
        Message why;
        // The memdb VFS keeps the database in one buffer that can be lent out when appending.
        if (sqlite3_open_v2("chunk", &chunk.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            "memdb") != SQLITE_OK ||
            sqlite3_exec(chunk.db, (create_ + "; BEGIN").c_str(), nullptr, nullptr, nullptr) !=
                SQLITE_OK)
            chunk.error = noMemory;
        else if ((chunk.feed = RowFeed{&table_, fileFeed_.binders},
                  sqlite3_create_module_v2(chunk.db, "c360_rows", &feedModule(), &chunk.feed,
                                           nullptr) != SQLITE_OK))
            chunk.error = noMemory;
        else if (!insertRows(chunk.db, chunk.feed, chunk.first, chunk.last, why))
            chunk.error = why;
        else if (sqlite3_exec(chunk.db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            chunk.error = noMemory;
        {
            std::lock_guard lock(mutex_);
            chunk.built = true;
            if (chunk.error)
                failed_ = true;
        }
        built_.notify_all();
    }

    // The file's connection is used by this thread only.
    void writeIntoFile() {
        Message error;
        bool ok = true; // false once `error` says why
        bool imageWritten = false;
        for (std::size_t next = 0; next < chunks_.size() && ok;) {
            Chunk& chunk = *chunks_[next];
            std::unique_lock lock(mutex_);
            if (failed_)
                break;
            if (chunk.built) {
                lock.unlock();
                ok = appendBuilt(chunk, error);
                if (ok)
                    ++next;
                file_.startWriteback();
            } else if (claimed_ == next) {
                ++claimed_;
                lock.unlock();
                ok = inTransaction(error) &&
                     insertRows(db_.handle(), fileFeed_, chunk.first, chunk.last, error);
                if (ok)
                    ++next;
                file_.startWriteback();
            } else if (!imageWritten) {
                lock.unlock();
                imageWritten =
                    inTransaction(error) && writeColumnImage(db_.handle(), table_, error);
                ok = imageWritten;
                file_.startWriteback();
            } else if (claimed_ < chunks_.size()) {
                Chunk& apart = *chunks_[claimed_++];
                lock.unlock();
                buildApart(apart);
            } else {
                built_.wait(lock, [&] { return chunk.built || failed_; });
            }
        }
        if (ok && !imageWritten)
            ok = inTransaction(error) && writeColumnImage(db_.handle(), table_, error);
        if (ok)
            ok = inTransaction(error) && guardColumnImage(db_.handle(), error);
        std::lock_guard lock(mutex_);
        if (ok && failed_)
            for (const auto& chunk : chunks_)
                if (ok && chunk->error) {
                    error = *chunk->error;
                    ok = false;
                }
        if (!ok) {
            failed_ = true;
            error_ = error;
        }
    }

    bool inTransaction(Message& error) {
        if (!inTransaction_)
            inTransaction_ = db_.exec("BEGIN", error);
        return inTransaction_;
    }

    // Appends a chunk built apart; its pages are lent to the file's connection, not copied.
    bool appendBuilt(Chunk& chunk, Message& error) {
        if (chunk.error) {
            error = *chunk.error;
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
            error = Message(MessageKind::WorkspaceChunkUnreadable);
            return false;
        }
        if (!db_.exec("ATTACH ':memory:' AS chunk", error))
            return false;
        if (sqlite3_deserialize(db_.handle(), "chunk", pages, size, size,
                                SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
            error =
                Message(MessageKind::WritingWorkspaceFailedBecause, {sqlite3_errmsg(db_.handle())});
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
    RowFeed fileFeed_; // what c360_rows gives on the file's connection
    const Customer360& table_;
    const std::string create_;
    const unsigned threads_;
    std::vector<std::unique_ptr<Chunk>> chunks_;
    bool inTransaction_ = true; // writeWorkspace began one
    std::mutex mutex_;
    std::condition_variable built_;
    std::size_t claimed_ = 0; // chunks [0, claimed_) are taken
    bool failed_ = false;
    std::optional<Message> error_;
};

} // namespace

bool writeCustomerTable(Database& db, AtomicFile& file, const Customer360& table, unsigned threads,
                        Message& error) {
    return CustomerTableWriter(db, file, table, threads).write(error);
}

} // namespace c360

#include "workspace/column_image.h"

#include "workspace/workspace_sql.h"

#include <bit>
#include <cstring>
#include <sqlite3.h>

namespace c360 {

namespace {

// Raw arrays in the machine's byte order; the format name says which, and a reader on another
// byte order treats the image as absent and reads the rows.
constexpr const char* kFormat =
    std::endian::native == std::endian::little ? "c360-columns-1-le" : "c360-columns-1-be";

class Writer {
public:
    Writer(sqlite3* db) : db_(db) {
        sqlite3_prepare_v2(db, "INSERT INTO customer_360_columns (name, data) VALUES (?, ?)", -1,
                           &insert_, nullptr);
    }
    ~Writer() { sqlite3_finalize(insert_); }
    bool ok() const { return insert_ != nullptr; }

    bool put(const char* name, const void* data, std::size_t bytes) {
        sqlite3_reset(insert_);
        sqlite3_bind_text(insert_, 1, name, -1, SQLITE_STATIC);
        sqlite3_bind_blob64(insert_, 2, bytes ? data : "", bytes, SQLITE_STATIC);
        return sqlite3_step(insert_) == SQLITE_DONE;
    }
    template <typename T> bool vec(const char* name, const std::vector<T>& v) {
        return put(name, v.data(), v.size() * sizeof(T));
    }
    bool text(const std::string& name, const TextColumn& column) {
        return put((name + ".bytes").c_str(), column.packedBytes().data(),
                   column.packedBytes().size()) &&
               vec((name + ".ends").c_str(), column.packedEnds());
    }
    bool names(const std::string& name, const std::vector<std::string>& values) {
        TextColumn packed;
        for (const std::string& v : values)
            packed.push(v);
        return text(name, packed);
    }

private:
    sqlite3* db_;
    sqlite3_stmt* insert_ = nullptr;
};

// Calls `each(writerOrReader)` for every column, so the writer and the reader cannot disagree
// on names or order.
template <typename Io, typename Table> bool everyColumn(Io& io, Table& t) {
    return io.text("customer_id", t.customerId) && io.text("first_name", t.firstName) &&
           io.text("last_name", t.lastName) && io.text("email", t.email) &&
           io.text("phone_number", t.phoneNumber) && io.vec("date_of_birth", t.dateOfBirth) &&
           io.vec("registration_date", t.registrationDate) && io.vec("age", t.age) &&
           io.vec("days_since_registration", t.daysSinceRegistration) &&
           io.vec("total_purchases", t.totalPurchases) && io.vec("total_spend", t.totalSpend) &&
           io.vec("avg_purchase_value", t.avgPurchaseValue) &&
           io.vec("last_purchase_date", t.lastPurchaseDate) &&
           io.vec("days_since_last_purchase", t.daysSinceLastPurchase) &&
           io.vec("favorite_category", t.favoriteCategory) &&
           io.vec("favorite_brand", t.favoriteBrand) &&
           io.names("category_names", t.categoryNames) && io.names("brand_names", t.brandNames) &&
           io.vec("total_interactions", t.totalInteractions) &&
           io.vec("avg_satisfaction_score", t.avgSatisfactionScore) &&
           io.vec("resolved_interactions", t.resolvedInteractions) &&
           io.vec("campaigns_engaged", t.campaignsEngaged) &&
           io.vec("positive_responses", t.positiveResponses) &&
           io.vec("total_sessions", t.totalSessions) &&
           io.vec("avg_pages_per_session", t.avgPagesPerSession) &&
           io.vec("avg_time_per_session", t.avgTimePerSession) &&
           io.vec("customer_value_segment", t.valueSegment) &&
           io.vec("customer_status", t.customerStatus) &&
           io.vec("issue_resolution_rate", t.issueResolutionRate) &&
           io.vec("campaign_response_rate", t.campaignResponseRate) &&
           io.vec("website_engagement_rate", t.websiteEngagementRate);
}

class Reader {
public:
    Reader(sqlite3* db) {
        sqlite3_prepare_v2(db, "SELECT data FROM customer_360_columns WHERE name = ?", -1, &select_,
                           nullptr);
    }
    ~Reader() { sqlite3_finalize(select_); }
    bool ok() const { return select_ != nullptr; }

    // The blob's bytes, valid until the next call.
    bool get(const std::string& name, const void*& data, std::size_t& bytes) {
        sqlite3_reset(select_);
        sqlite3_bind_text(select_, 1, name.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(select_) != SQLITE_ROW)
            return false;
        data = sqlite3_column_blob(select_, 0);
        bytes = static_cast<std::size_t>(sqlite3_column_bytes(select_, 0));
        return true;
    }
    template <typename T> bool vec(const std::string& name, std::vector<T>& v) {
        const void* data = nullptr;
        std::size_t bytes = 0;
        if (!get(name, data, bytes) || bytes % sizeof(T) != 0)
            return false;
        v.resize(bytes / sizeof(T));
        if (bytes)
            std::memcpy(v.data(), data, bytes);
        return true;
    }
    bool text(const std::string& name, TextColumn& column) {
        const void* data = nullptr;
        std::size_t bytes = 0;
        if (!get(name + ".bytes", data, bytes))
            return false;
        std::string packed(static_cast<const char*>(data), bytes);
        std::vector<std::uint64_t> ends;
        return vec(name + ".ends", ends) && column.assignPacked(std::move(packed), std::move(ends));
    }
    bool names(const std::string& name, std::vector<std::string>& values) {
        TextColumn packed;
        if (!text(name, packed))
            return false;
        values.clear();
        for (std::size_t i = 0; i < packed.size(); ++i)
            values.emplace_back(packed.at(i));
        return true;
    }

private:
    sqlite3_stmt* select_ = nullptr;
};

bool consistent(const Customer360& t) {
    const std::size_t n = t.rowCount();
    const auto sized = [n](const auto& v) { return v.size() == n; };
    if (!(sized(t.firstName) && sized(t.lastName) && sized(t.email) && sized(t.phoneNumber) &&
          sized(t.dateOfBirth) && sized(t.registrationDate) && sized(t.age) &&
          sized(t.daysSinceRegistration) && sized(t.totalPurchases) && sized(t.totalSpend) &&
          sized(t.avgPurchaseValue) && sized(t.lastPurchaseDate) &&
          sized(t.daysSinceLastPurchase) && sized(t.favoriteCategory) && sized(t.favoriteBrand) &&
          sized(t.totalInteractions) && sized(t.avgSatisfactionScore) &&
          sized(t.resolvedInteractions) && sized(t.campaignsEngaged) &&
          sized(t.positiveResponses) && sized(t.totalSessions) && sized(t.avgPagesPerSession) &&
          sized(t.avgTimePerSession) && sized(t.valueSegment) && sized(t.customerStatus) &&
          sized(t.issueResolutionRate) && sized(t.campaignResponseRate) &&
          sized(t.websiteEngagementRate)))
        return false;
    // Every value the engine would index with must be in range.
    for (std::size_t r = 0; r < n; ++r) {
        const std::int32_t c = t.favoriteCategory[r], b = t.favoriteBrand[r];
        if ((c != kNoDictEntry &&
             (c < 0 || static_cast<std::size_t>(c) >= t.categoryNames.size())) ||
            (b != kNoDictEntry && (b < 0 || static_cast<std::size_t>(b) >= t.brandNames.size())) ||
            static_cast<unsigned>(t.valueSegment[r]) > 2 ||
            static_cast<unsigned>(t.customerStatus[r]) > 3)
            return false;
    }
    return true;
}

} // namespace

bool writeColumnImage(sqlite3* db, const Customer360& table, Message& error) {
    const std::string format = kFormat;
    if (!workspace_sql::exec(
            db,
            "CREATE TABLE customer_360_columns (name TEXT PRIMARY KEY, data BLOB NOT "
            "NULL);"
            "INSERT INTO customer_360_columns VALUES ('format', CAST('" +
                format +
                "' AS BLOB));"
                "INSERT INTO customer_360_columns VALUES ('customer_ids_are_integers', "
                "CAST('" +
                std::string(table.customerIdsAreIntegers ? "1" : "0") + "' AS BLOB));",
            error))
        return false;
    Writer writer(db);
    if (!writer.ok() || !everyColumn(writer, table)) {
        error = Message(MessageKind::WritingWorkspaceFailed, {sqlite3_errmsg(db)});
        return false;
    }
    return true;
}

bool guardColumnImage(sqlite3* db, Message& error) {
    // Any change to the SQL table makes the image stale: drop it, the reader then reads rows.
    return workspace_sql::exec(db,
                               "CREATE TRIGGER customer_360_columns_stale_insert AFTER INSERT ON "
                               "customer_360 BEGIN DELETE FROM customer_360_columns; END;"
                               "CREATE TRIGGER customer_360_columns_stale_update AFTER UPDATE ON "
                               "customer_360 BEGIN DELETE FROM customer_360_columns; END;"
                               "CREATE TRIGGER customer_360_columns_stale_delete AFTER DELETE ON "
                               "customer_360 BEGIN DELETE FROM customer_360_columns; END;",
                               error);
}

ImageRead readColumnImage(sqlite3* db, Customer360& table) {
    Reader reader(db);
    if (!reader.ok())
        return ImageRead::Absent; // no such table: an older workspace
    const void* data = nullptr;
    std::size_t bytes = 0;
    if (!reader.get("format", data, bytes))
        return ImageRead::Absent; // emptied by a trigger: the SQL table was edited
    if (std::string(static_cast<const char*>(data), bytes) != kFormat)
        return ImageRead::Absent;
    if (!reader.get("customer_ids_are_integers", data, bytes) || bytes != 1)
        return ImageRead::Invalid;
    const bool integerIds = *static_cast<const char*>(data) == '1';
    Customer360 loaded;
    if (!everyColumn(reader, loaded) || !consistent(loaded))
        return ImageRead::Invalid;
    loaded.customerIdsAreIntegers = integerIds;
    table = std::move(loaded);
    return ImageRead::Loaded;
}

} // namespace c360

#include "workspace/workspace_reader.h"

#include "workspace/column_image.h"

#include "values/date.h"
#include "values/number.h"

#include <charconv>
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
};

std::string_view textOf(sqlite3_stmt* st, int i) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(st, i)))
             : std::string_view();
}

Days dateOf(sqlite3_stmt* st, int i) {
    Days d = kNullDate;
    if (sqlite3_column_type(st, i) != SQLITE_NULL && !parseIsoDate(textOf(st, i), d))
        d = kNullDate;
    return d;
}

std::int32_t intOf(sqlite3_stmt* st, int i) {
    return sqlite3_column_type(st, i) == SQLITE_NULL
               ? kNullInt
               : static_cast<std::int32_t>(sqlite3_column_int64(st, i));
}

double realOf(sqlite3_stmt* st, int i) {
    return sqlite3_column_type(st, i) == SQLITE_NULL ? kNullReal : sqlite3_column_double(st, i);
}

std::int32_t dictionaryId(std::vector<std::string>& names, std::map<std::string, std::int32_t>& ids,
                          std::string_view name) {
    if (name.empty())
        return kNoDictEntry;
    const auto [it, added] =
        ids.emplace(std::string(name), static_cast<std::int32_t>(names.size()));
    if (added)
        names.emplace_back(name);
    return it->second;
}

void readBuildInfo(sqlite3* db, WorkspaceContents& out) {
    Stmt info;
    if (sqlite3_prepare_v2(db, "SELECT key, value FROM build_info", -1, &info.handle, nullptr) ==
        SQLITE_OK) {
        while (sqlite3_step(info.handle) == SQLITE_ROW)
            out.buildInfo[std::string(textOf(info.handle, 0))] =
                std::string(textOf(info.handle, 1));
    }
}

} // namespace

bool readWorkspace(const std::string& path, WorkspaceContents& out, Message& error) {
    out = WorkspaceContents{};
    Db db;
    if (sqlite3_open_v2(path.c_str(), &db.handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        error = Message(MessageKind::CannotOpenWorkspace, {path, sqlite3_errmsg(db.handle)});
        return false;
    }
    switch (readColumnImage(db.handle, out.table)) {
    case ImageRead::Loaded:
        readBuildInfo(db.handle, out);
        return true;
    case ImageRead::Invalid:
        out.table = Customer360{}; // damaged image: the rows are still the truth
        break;
    case ImageRead::Absent:
        break;
    }
    std::string sql = "SELECT ";
    for (const ColumnInfo& info : columnCatalogue())
        sql += std::string(info.column == Column::CustomerId ? "" : ", ") + std::string(info.name);
    sql += " FROM customer_360 ORDER BY rowid";
    Stmt st;
    if (sqlite3_prepare_v2(db.handle, sql.c_str(), -1, &st.handle, nullptr) != SQLITE_OK) {
        error = Message(MessageKind::NotAWorkspace, {path, sqlite3_errmsg(db.handle)});
        return false;
    }
    Customer360& t = out.table;
    std::map<std::string, std::int32_t> categoryIds, brandIds;
    t.customerIdsAreIntegers = true;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st.handle)) == SQLITE_ROW) {
        auto* s = st.handle;
        const std::string_view id = textOf(s, 0);
        t.customerId.push(id);
        t.customerIdsAreIntegers =
            t.customerIdsAreIntegers && sqlite3_column_type(s, 0) == SQLITE_INTEGER;
        t.firstName.push(textOf(s, 1));
        t.lastName.push(textOf(s, 2));
        t.email.push(textOf(s, 3));
        t.phoneNumber.push(textOf(s, 4));
        t.dateOfBirth.push_back(dateOf(s, 5));
        t.registrationDate.push_back(dateOf(s, 6));
        t.age.push_back(intOf(s, 7));
        t.daysSinceRegistration.push_back(intOf(s, 8));
        t.totalPurchases.push_back(intOf(s, 9));
        // Written as the double nearest the exact amount: its shortest text is the amount.
        Money spend = 0;
        std::string spendText;
        appendReal(spendText, sqlite3_column_double(s, 10));
        if (parseMoney(spendText, NumberFormat{}, spend) != NumberStatus::Ok)
            spend = 0;
        t.totalSpend.push_back(spend);
        t.avgPurchaseValue.push_back(realOf(s, 11));
        t.lastPurchaseDate.push_back(dateOf(s, 12));
        t.daysSinceLastPurchase.push_back(intOf(s, 13));
        t.favoriteCategory.push_back(dictionaryId(t.categoryNames, categoryIds, textOf(s, 14)));
        t.favoriteBrand.push_back(dictionaryId(t.brandNames, brandIds, textOf(s, 15)));
        t.totalInteractions.push_back(intOf(s, 16));
        t.avgSatisfactionScore.push_back(realOf(s, 17));
        t.resolvedInteractions.push_back(intOf(s, 18));
        t.campaignsEngaged.push_back(intOf(s, 19));
        t.positiveResponses.push_back(intOf(s, 20));
        t.totalSessions.push_back(intOf(s, 21));
        t.avgPagesPerSession.push_back(realOf(s, 22));
        t.avgTimePerSession.push_back(realOf(s, 23));
        const std::string_view segment = textOf(s, 24);
        t.valueSegment.push_back(segment == "High"     ? ValueSegment::High
                                 : segment == "Medium" ? ValueSegment::Medium
                                                       : ValueSegment::Low);
        const std::string_view status = textOf(s, 25);
        t.customerStatus.push_back(status == "Active"    ? CustomerStatus::Active
                                   : status == "At Risk" ? CustomerStatus::AtRisk
                                   : status == "Churned" ? CustomerStatus::Churned
                                                         : CustomerStatus::NeverPurchased);
        t.issueResolutionRate.push_back(realOf(s, 26));
        t.campaignResponseRate.push_back(realOf(s, 27));
        t.websiteEngagementRate.push_back(realOf(s, 28));
    }
    if (rc != SQLITE_DONE) {
        error = Message(MessageKind::ReadingWorkspaceFailed, {path, sqlite3_errmsg(db.handle)});
        return false;
    }
    readBuildInfo(db.handle, out);
    return true;
}

} // namespace c360

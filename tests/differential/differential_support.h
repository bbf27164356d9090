// Helpers for the differential test (test_differential.cpp): the build variants every
// data-driven slot runs on, a SQLite connection and the reading of customer_360.sql's result, an
// engine build with a variant's parameters, and the value-by-value comparison of the two tables.
#pragma once

#include "engine/build.h"
#include "engine/customer360.h"
#include "values/date.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace difftest {

// Customers in each generated data set.
constexpr std::uint64_t kCustomers = 1500;

// One way to build: the data the generator writes (seed, its as_of) and the build parameters.
// Building with an earlier as_of than the data was generated for puts many more rows after the
// snapshot date, including customers who registered later.
struct Variant {
    quint64 seed = 1;
    QString generatedAsOf;
    QString buildAsOf;
    double highSpend = 1000;
    double mediumSpend = 500;
    int activeDays = 30;
    int atRiskDays = 90;
};

// The same variants for every data-driven test, so a failure in one can be read next to the
// others.
void addVariants();

// The current data row's variant (call from a test function fed by addVariants()).
Variant fetchVariant();

// A YYYY-MM-DD date, or kNullDate.
c360::Days isoDay(const QString& text);

// ---- SQLite helpers -------------------------------------------------------------------------

class Database {
public:
    explicit Database(const QString& path);
    ~Database() { sqlite3_close(db_); }
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool ok() const { return error_.isEmpty(); }
    const QString& error() const { return error_; }
    sqlite3* handle() const { return db_; }

    bool exec(const QByteArray& sql);

    // The first column of the first row as an integer; -1 (and error()) on failure.
    qint64 scalar(const char* sql);

private:
    sqlite3* db_ = nullptr;
    QString error_;
};

// One cell, from either side. `text` is the value as text (the engine's CSV text, SQLite's text
// of the value); `real` is set for REAL columns.
struct Value {
    bool null = true;
    int sqlType = SQLITE_NULL; // SQL side only
    std::string text;
    double real = 0;
};

struct SqlTable {
    std::vector<std::string> names;
    std::vector<std::array<Value, c360::kColumnCount>> rows;
};

// Reads customer_360 (as customer_360.sql left it in `db`) in rowid order.
bool readCustomer360(Database& db, SqlTable& out, QString& error);

// ---- engine helpers -------------------------------------------------------------------------

// Builds customer_360 from `source` (a CSV folder or a SQLite file) with the variant's as_of and
// thresholds; 0 threads means one per core.
bool buildEngine(const QString& source, const Variant& v, unsigned threads, c360::BuildOutcome& out,
                 QString& error);

// Writes `table` as CSV to `path` and reads the file's bytes back.
bool csvBytes(const c360::Customer360& table, const QString& path, QByteArray& out, QString& error);

// Every difference between the engine's table and the SQL's, as "customer, column: engine x,
// SQL y" lines (at most kMaxListedMismatches, then a count).
QStringList differences(const c360::Customer360& engine, const SqlTable& sql);

// The row of a customer id, or rowCount() when it is not in the table.
std::size_t rowOf(const c360::Customer360& t, std::string_view id);

// One cell as the CSV output writes it.
std::string cell(const c360::Customer360& t, c360::Column c, std::size_t row);

} // namespace difftest

// Helpers for the real-data tests: an independent reading of the shared exports (Qt's decoders
// and a CSV splitter written here, not the engine's), exact decimal arithmetic, one engine run
// with the user's choices, and SQLite queries.
//
// Everything that computes an expected value lives here or in the tests and shares no code with
// core/: a number the engine and these helpers agree on was reached twice, independently.
#pragma once

#include "engine/build.h"
#include "engine/build_report.h"
#include "engine/customer360.h"

#include <QByteArray>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

struct sqlite3;

namespace realdata {

// A path below ../shared/data (the folder the tests skip without).
QString sharedPath(const QString& relative);

// Skips the current test when a folder of the shared data is absent (a user's checkout has no
// ../shared), so the project's own suite still stands alone.
#define C360_SKIP_WITHOUT_SHARED(folder)                                                           \
    if (!QFileInfo::exists(realdata::sharedPath(folder)))                                          \
    QSKIP("../shared/data/" folder " is not here (a checkout without the shared test data); "      \
          "the project's own tests still ran.")

// Report counts are 64-bit; sizes from Qt and the test's own tallies are not.
inline std::uint64_t u64(qint64 n) {
    return static_cast<std::uint64_t>(n);
}

// --- reading CSV files independently -----------------------------------------------------------

struct Record {
    int line = 0; // physical line (1-based) where the record starts
    QStringList fields;
};

struct CsvText {
    QStringList header;
    std::vector<Record> records; // data records, without the header and blank lines
    int blankLines = 0;
    // Index of a header name compared after trimming, or -1.
    int column(const QString& name) const;
};

// Decodes a whole file ("UTF-8", a BOM skipped, or "windows-1252") and splits it by RFC 4180
// rules with `delimiter`: quoted fields may hold delimiters, doubled quotes and line breaks; CRLF
// and LF end records. False with a sentence in `error` (unreadable file, undecodable bytes).
bool readCsv(const QString& path, const QByteArray& encoding, QChar delimiter, CsvText& out,
             QString& error);

// --- exact decimals ----------------------------------------------------------------------------

// A plain decimal ("261.96", "-3", "261,96" with ',' as the mark) as ten-thousandths, or
// nothing if it is not one or has more than four decimals.
std::optional<qint64> tenThousandths(const QString& text, QChar decimalMark = '.');

// Rounds ten-thousandths half away from zero to a multiple of `step` (100: cents; 10:
// thousandths), as MySQL's DECIMAL and Excel's ROUND do.
qint64 roundHalfAway(qint64 tenThousandths, qint64 step);

// The engine's day number (days since 1970-01-01) of a date, computed with QDate.
std::int32_t dayNumber(QDate date);

// --- the engine --------------------------------------------------------------------------------

// A choice as the CLI takes it: key "table", "map", "encoding", "delimiter" or "decimal".
using Choice = QPair<QString, QString>;

struct Run {
    c360::BuildOutcome outcome;
    QHash<QString, qsizetype> rowOf; // customer_id -> row of customer_360

    const c360::Customer360& table() const { return outcome.table; }
    // The report of one source table; an empty one if the name is unknown.
    const c360::TableReport& report(const char* table) const;
    // The cell as the CSV export writes it ("" for NULL).
    QString cell(c360::Column column, qsizetype row) const;
    QStringList customerIds() const;
};

// Applies the choices, resolves `source` and builds as of `asOf`, listing every issue. False
// with a sentence in `error` when a choice or the source is refused (a failed build is true:
// the outcome says why).
bool build(const QString& source, const QList<Choice>& choices, QDate asOf, Run& run,
           QString& error);

// "" when every present table accounts for each row it read: rows_read = loaded + rejected +
// left_out_by_as_of + customer_left_out + orphans. Otherwise which tables do not.
QString unaccountedRows(const c360::BuildReport& report);

// Compares a per-customer expectation with the engine's value for every customer of the run.
// Customers missing from `expected` are expected to be 0; an expected customer the run does not
// have is a mismatch. "" when all agree, else the first mismatches.
QString compareByCustomer(const Run& run, const QHash<QString, qint64>& expected,
                          const std::function<qint64(qsizetype row)>& actual, const char* what);

// Same for text values (dates, names, favourites; "" for NULL).
QString compareTextByCustomer(const Run& run, const QHash<QString, QString>& expected,
                              c360::Column column);

// --- SQLite ------------------------------------------------------------------------------------

class Sqlite {
public:
    explicit Sqlite(const QString& path);
    ~Sqlite();
    Sqlite(const Sqlite&) = delete;
    Sqlite& operator=(const Sqlite&) = delete;

    bool isOpen() const { return db_ != nullptr; }
    QString error() const { return error_; }
    bool exec(const QString& sql);
    // Every row of a query, each value as text (NULL as a null QString). Empty on error.
    std::vector<QStringList> rows(const QString& sql);
    // The first two columns of a query as id -> integer (e.g. customer -> cents).
    QHash<QString, qint64> integers(const QString& sql);
    QHash<QString, QString> texts(const QString& sql);
    // The first column of a query as doubles, exactly as SQLite holds them.
    std::vector<double> reals(const QString& sql);

private:
    sqlite3* db_ = nullptr;
    QString error_;
};

} // namespace realdata

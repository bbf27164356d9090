// The differential test's helpers; see differential_support.h.

#include "differential_support.h"

#include "engine/build.h"
#include "engine/customer360.h"
#include "output/csv_output.h"
#include "sources/source_set.h"
#include "values/date.h"
#include "values/number.h"

#include <QByteArray>
#include <QFile>
#include <QLatin1Char>
#include <QString>
#include <QStringList>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>

using namespace c360;

namespace difftest {

namespace {

// Tolerance for the REAL columns other than total_spend (averages and rates). The engine and
// SQLite add the values of a mean in different orders and may divide different
// representations (money as double vs. ten-thousandths), so the last bits of a correctly
// computed mean can differ (~1e-16 relative per operation). Exact equality would test summation
// order, which the contract does not fix. 1e-9 relative is far above that noise and far below
// any rule mistake: a wrong rule changes a mean of at most a few dozen values by a whole value.
// (Today the two agree to the last bit; the tolerance keeps a legitimate change of summation
// order in the engine from failing this test.)
// total_spend is compared exactly: the contract says money sums are exact.
constexpr double kRelativeTolerance = 1e-9;

// At most this many mismatches are listed in one failure, so a systematic error stays readable.
constexpr int kMaxListedMismatches = 20;

void addVariantColumns() {
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QString>("generatedAsOf");
    QTest::addColumn<QString>("buildAsOf");
    QTest::addColumn<double>("highSpend");
    QTest::addColumn<double>("mediumSpend");
    QTest::addColumn<int>("activeDays");
    QTest::addColumn<int>("atRiskDays");
}

} // namespace

void addVariants() {
    addVariantColumns();
    QTest::newRow("seed 1, defaults") << quint64(1) << "2024-10-01"
                                      << "2024-10-01" << 1000.0 << 500.0 << 30 << 90;
    QTest::newRow("seed 7, defaults") << quint64(7) << "2024-10-01"
                                      << "2024-10-01" << 1000.0 << 500.0 << 30 << 90;
    // 28 February of a common year: 29 February birthdays are not reached yet.
    QTest::newRow("seed 42, 2025-02-28, other thresholds")
        << quint64(42) << "2025-02-28"
        << "2025-02-28" << 750.5 << 250.0 << 14 << 60;
    QTest::newRow("seed 2025, leap day, wide thresholds")
        << quint64(2025) << "2024-02-29"
        << "2024-02-29" << 2000.0 << 1000.0 << 60 << 180;
    // Thresholds a cent and a day beside the generator's edge cases (spend exactly 500.00 and
    // 1000.00 +- 0.01, last purchase exactly 30, 31, 90, 91 days ago).
    QTest::newRow("seed 1, edge thresholds") << quint64(1) << "2024-03-01"
                                             << "2024-03-01" << 999.99 << 500.01 << 31 << 91;
    // A snapshot three months before the data's own date.
    QTest::newRow("seed 7, earlier snapshot") << quint64(7) << "2024-10-01"
                                              << "2024-06-30" << 1000.0 << 500.0 << 30 << 90;
}

Variant fetchVariant() {
    QFETCH(quint64, seed);
    QFETCH(QString, generatedAsOf);
    QFETCH(QString, buildAsOf);
    QFETCH(double, highSpend);
    QFETCH(double, mediumSpend);
    QFETCH(int, activeDays);
    QFETCH(int, atRiskDays);
    return {seed, generatedAsOf, buildAsOf, highSpend, mediumSpend, activeDays, atRiskDays};
}

Days isoDay(const QString& text) {
    Days d = kNullDate;
    parseIsoDate(text.toStdString(), d);
    return d;
}

// ---- SQLite helpers -------------------------------------------------------------------------

Database::Database(const QString& path) {
    if (sqlite3_open_v2(path.toUtf8().constData(), &db_, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        error_ = QStringLiteral("cannot open %1: %2").arg(path, sqlite3_errmsg(db_));
}

bool Database::exec(const QByteArray& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        error_ = QString::fromUtf8(message ? message : sqlite3_errmsg(db_));
        sqlite3_free(message);
        return false;
    }
    return true;
}

qint64 Database::scalar(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    else
        error_ = QString::fromUtf8(sqlite3_errmsg(db_));
    sqlite3_finalize(stmt);
    return value;
}

bool readCustomer360(Database& db, SqlTable& out, QString& error) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT * FROM customer_360 ORDER BY rowid", -1, &stmt,
                           nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        return false;
    }
    const int columns = sqlite3_column_count(stmt);
    for (int c = 0; c < columns; ++c)
        out.names.emplace_back(sqlite3_column_name(stmt, c));
    if (columns != static_cast<int>(kColumnCount)) {
        error = QStringLiteral("the SQL result has %1 columns, the contract 29").arg(columns);
        sqlite3_finalize(stmt);
        return false;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        auto& row = out.rows.emplace_back();
        for (int c = 0; c < columns; ++c) {
            Value& v = row[static_cast<std::size_t>(c)];
            v.sqlType = sqlite3_column_type(stmt, c);
            v.null = v.sqlType == SQLITE_NULL;
            if (v.null)
                continue;
            v.real = sqlite3_column_double(stmt, c);
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            v.text.assign(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)));
        }
    }
    if (rc != SQLITE_DONE)
        error = QString::fromUtf8(sqlite3_errmsg(db.handle()));
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

// ---- engine helpers -------------------------------------------------------------------------

bool buildEngine(const QString& source, const Variant& v, unsigned threads, BuildOutcome& out,
                 QString& error) {
    SourceSet sources;
    Message message;
    if (!resolveSourceSet(source.toStdString(), sources, message)) {
        error = QString::fromStdString(englishText(message));
        return false;
    }
    BuildOptions options;
    options.asOf = isoDay(v.buildAsOf);
    if (options.asOf == kNullDate) { // would silently mean "today"
        error = QStringLiteral("bad as_of %1").arg(v.buildAsOf);
        return false;
    }
    options.highSpend = std::llround(v.highSpend * static_cast<double>(kMoneyScale));
    options.mediumSpend = std::llround(v.mediumSpend * static_cast<double>(kMoneyScale));
    options.activeDays = v.activeDays;
    options.atRiskDays = v.atRiskDays;
    options.threads = threads;
    out = buildCustomer360(sources, options);
    if (out.status != BuildStatus::Ok) {
        error = QStringLiteral("build from %1 failed: %2")
                    .arg(source, QString::fromStdString(englishText(out.error)));
        return false;
    }
    return true;
}

bool csvBytes(const Customer360& table, const QString& path, QByteArray& out, QString& error) {
    Message message;
    if (!writeCustomer360Csv(table, path.toStdString(), message)) {
        error = QString::fromStdString(englishText(message));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    out = file.readAll();
    return true;
}

namespace {

Value engineValue(const Customer360& t, Column c, std::size_t row) {
    Value v;
    if (t.isNull(c, row))
        return v;
    v.null = false;
    t.appendCell(v.text, c, row);
    switch (c) {
    case Column::TotalSpend:
        v.real = moneyToDouble(t.totalSpend[row]);
        break;
    case Column::AvgPurchaseValue:
        v.real = t.avgPurchaseValue[row];
        break;
    case Column::AvgSatisfactionScore:
        v.real = t.avgSatisfactionScore[row];
        break;
    case Column::AvgPagesPerSession:
        v.real = t.avgPagesPerSession[row];
        break;
    case Column::AvgTimePerSession:
        v.real = t.avgTimePerSession[row];
        break;
    case Column::IssueResolutionRate:
        v.real = t.issueResolutionRate[row];
        break;
    case Column::CampaignResponseRate:
        v.real = t.campaignResponseRate[row];
        break;
    case Column::WebsiteEngagementRate:
        v.real = t.websiteEngagementRate[row];
        break;
    default:
        break;
    }
    return v;
}

QString show(const Value& v, bool real) {
    if (v.null)
        return QStringLiteral("NULL");
    if (real)
        return QString::number(v.real, 'g', 17);
    return QLatin1Char('"') + QString::fromStdString(v.text) + QLatin1Char('"');
}

bool sameValue(const ColumnInfo& info, const Value& engine, const Value& sql) {
    if (engine.null || sql.null)
        return engine.null == sql.null;
    switch (info.kind) {
    case ColumnKind::Decimal:
        return sql.sqlType == SQLITE_FLOAT && engine.real == sql.real;
    case ColumnKind::Real: {
        if (sql.sqlType != SQLITE_FLOAT && sql.sqlType != SQLITE_INTEGER)
            return false;
        const double scale = std::max(std::fabs(engine.real), std::fabs(sql.real));
        return engine.real == sql.real ||
               std::fabs(engine.real - sql.real) <= kRelativeTolerance * scale;
    }
    case ColumnKind::Integer:
        return sql.sqlType == SQLITE_INTEGER && engine.text == sql.text;
    default: // text, dates, favourites, segment, status: the same bytes
        return engine.text == sql.text;
    }
}

} // namespace

QStringList differences(const Customer360& engine, const SqlTable& sql) {
    QStringList out;
    const auto& catalogue = columnCatalogue();
    for (std::size_t c = 0; c < kColumnCount; ++c)
        if (sql.names[c] != catalogue[c].name)
            out << QStringLiteral("column %1 is %2 in the SQL result, %3 in the contract")
                       .arg(c + 1)
                       .arg(QString::fromStdString(sql.names[c]),
                            QString::fromUtf8(catalogue[c].name.data(),
                                              static_cast<qsizetype>(catalogue[c].name.size())));
    if (engine.rowCount() != sql.rows.size())
        out << QStringLiteral("the engine has %1 customers, the SQL %2")
                   .arg(engine.rowCount())
                   .arg(sql.rows.size());
    int mismatches = 0;
    const std::size_t rows = std::min(engine.rowCount(), sql.rows.size());
    for (std::size_t r = 0; r < rows; ++r) {
        const QString customer = QString::fromUtf8(
            engine.customerId.at(r).data(), static_cast<qsizetype>(engine.customerId.at(r).size()));
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            const ColumnInfo& info = catalogue[c];
            const Value e = engineValue(engine, info.column, r);
            const Value& s = sql.rows[r][c];
            if (sameValue(info, e, s))
                continue;
            if (++mismatches > kMaxListedMismatches)
                continue;
            const bool real = info.kind == ColumnKind::Real || info.kind == ColumnKind::Decimal;
            out << QStringLiteral("customer %1 (row %2), column %3: engine %4, SQL %5%6")
                       .arg(customer)
                       .arg(r + 1)
                       .arg(QString::fromUtf8(info.name.data(),
                                              static_cast<qsizetype>(info.name.size())),
                            show(e, real), show(s, real),
                            s.null ? QString()
                                   : QStringLiteral(" (SQLite type %1)").arg(s.sqlType));
        }
    }
    if (mismatches > kMaxListedMismatches)
        out << QStringLiteral("... %1 mismatching values in all").arg(mismatches);
    return out;
}

std::size_t rowOf(const Customer360& t, std::string_view id) {
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        if (t.customerId.at(r) == id)
            return r;
    return t.rowCount();
}

std::string cell(const Customer360& t, Column c, std::size_t row) {
    std::string s;
    t.appendCell(s, c, row);
    return s;
}

} // namespace difftest

#include "realdata_support.h"

#include "sources/source_set.h"

#include <QFile>
#include <QStringDecoder>

#include <sqlite3.h>

#include <string>

using namespace c360;

namespace realdata {

QString sharedPath(const QString& relative) {
    return QStringLiteral(C360_SHARED_DATA_DIR) + '/' + relative;
}

// --- reading CSV files independently -----------------------------------------------------------

int CsvText::column(const QString& name) const {
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header[i].trimmed() == name)
            return static_cast<int>(i);
    return -1;
}

bool readCsv(const QString& path, const QByteArray& encoding, QChar delimiter, CsvText& out,
             QString& error) {
    out = CsvText{};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = "cannot open " + path;
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(encoding.constData());
    if (!decoder.isValid()) {
        error = "Qt has no decoder for " + QString::fromLatin1(encoding);
        return false;
    }
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        error = path + " is not valid " + QString::fromLatin1(encoding);
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool haveHeader = false;
    while (i < n) {
        Record record;
        record.line = line;
        QString field;
        bool sawAnything = false; // a delimiter or a quote: an empty line has neither
        bool atEnd = false;
        while (!atEnd) {
            if (i < n && text[i] == '"') {
                sawAnything = true;
                ++i;
                while (i < n) {
                    if (text[i] == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == '\n')
                        ++line;
                    field += text[i++];
                }
            }
            // The unquoted part (or what follows a closing quote) up to the delimiter or the end.
            while (i < n && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                field += text[i++];
            if (i < n && text[i] == delimiter) {
                sawAnything = true;
                record.fields << field;
                field.clear();
                ++i;
                continue;
            }
            record.fields << field;
            if (i < n && text[i] == '\r')
                ++i;
            if (i < n && text[i] == '\n')
                ++i;
            ++line;
            atEnd = true;
        }
        if (!sawAnything && record.fields.size() == 1 && record.fields[0].isEmpty()) {
            if (haveHeader)
                ++out.blankLines;
            continue;
        }
        if (!haveHeader) {
            out.header = record.fields;
            haveHeader = true;
        } else {
            out.records.push_back(std::move(record));
        }
    }
    return true;
}

// --- exact decimals ----------------------------------------------------------------------------

std::optional<qint64> tenThousandths(const QString& text, QChar decimalMark) {
    const QString t = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < t.size() && (t[i] == '-' || t[i] == '+'))
        negative = t[i++] == '-';
    qint64 whole = 0;
    int digits = 0;
    while (i < t.size() && t[i].isDigit()) {
        whole = whole * 10 + t[i++].digitValue();
        ++digits;
    }
    qint64 fraction = 0;
    int decimals = 0;
    if (i < t.size() && t[i] == decimalMark) {
        ++i;
        while (i < t.size() && t[i].isDigit()) {
            if (++decimals > 4)
                return std::nullopt;
            fraction = fraction * 10 + t[i++].digitValue();
        }
    }
    if (i != t.size() || digits + decimals == 0)
        return std::nullopt;
    for (int k = decimals; k < 4; ++k)
        fraction *= 10;
    const qint64 value = whole * 10000 + fraction;
    return negative ? -value : value;
}

qint64 roundHalfAway(qint64 tenThousandths, qint64 step) {
    const qint64 magnitude = tenThousandths < 0 ? -tenThousandths : tenThousandths;
    const qint64 rounded = (magnitude + step / 2) / step * step;
    return tenThousandths < 0 ? -rounded : rounded;
}

std::int32_t dayNumber(QDate date) {
    return static_cast<std::int32_t>(QDate(1970, 1, 1).daysTo(date));
}

// --- the engine --------------------------------------------------------------------------------

const TableReport& Run::report(const char* table) const {
    static const TableReport kNone;
    const TableReport* found = outcome.report.find(table);
    return found ? *found : kNone;
}

QString Run::cell(Column column, qsizetype row) const {
    std::string out;
    outcome.table.appendCell(out, column, static_cast<std::size_t>(row));
    return QString::fromStdString(out);
}

QStringList Run::customerIds() const {
    QStringList ids;
    for (std::size_t r = 0; r < outcome.table.rowCount(); ++r)
        ids << QString::fromStdString(std::string(outcome.table.customerId.at(r)));
    return ids;
}

bool build(const QString& source, const QList<Choice>& choices, QDate asOf, Run& run,
           QString& error) {
    SourceChoices chosen;
    Message why;
    for (const Choice& c : choices) {
        if (!applyChoice(c.first.toStdString(), c.second.toStdString(), chosen, why)) {
            error =
                "--" + c.first + ' ' + c.second + ": " + QString::fromStdString(englishText(why));
            return false;
        }
    }
    SourceSet sources;
    if (!resolveSourceSet(source.toStdString(), chosen, sources, why)) {
        error = QString::fromStdString(englishText(why));
        return false;
    }
    BuildOptions options;
    options.asOf = dayNumber(asOf);
    // Every issue listed, so the tests can check each rejected or warned line.
    options.maxIssuesPerTable = 1'000'000;
    run.outcome = buildCustomer360(sources, options);
    run.rowOf.clear();
    const QStringList ids = run.customerIds();
    for (qsizetype r = 0; r < ids.size(); ++r)
        run.rowOf.insert(ids[r], r);
    return true;
}

QString unaccountedRows(const BuildReport& report) {
    QString out;
    for (const TableReport& t : report.tables) {
        if (!t.present)
            continue;
        const std::uint64_t accounted =
            t.loaded + t.rejected + t.leftOutByAsOf + t.customerLeftOut + t.orphans;
        if (accounted != t.rowsRead)
            out += QString("%1: rows_read %2 but loaded %3 + rejected %4 + left_out_by_as_of %5 + "
                           "customer_left_out %6 + orphans %7 = %8. ")
                       .arg(QString::fromStdString(t.table))
                       .arg(t.rowsRead)
                       .arg(t.loaded)
                       .arg(t.rejected)
                       .arg(t.leftOutByAsOf)
                       .arg(t.customerLeftOut)
                       .arg(t.orphans)
                       .arg(accounted);
    }
    return out;
}

namespace {

constexpr int kMaxListed = 10;

QString missingCustomers(const Run& run, const QStringList& expectedIds) {
    QString out;
    int listed = 0;
    for (const QString& id : expectedIds)
        if (!run.rowOf.contains(id) && listed++ < kMaxListed)
            out += "customer " + id + " is not in customer_360; ";
    return out;
}

} // namespace

QString compareByCustomer(const Run& run, const QHash<QString, qint64>& expected,
                          const std::function<qint64(qsizetype row)>& actual, const char* what) {
    QString out = missingCustomers(run, expected.keys());
    int wrong = 0;
    const QStringList ids = run.customerIds();
    for (qsizetype r = 0; r < ids.size(); ++r) {
        const qint64 want = expected.value(ids[r], 0);
        const qint64 got = actual(r);
        if (want == got)
            continue;
        if (++wrong <= kMaxListed)
            out += QString("%1 of %2: expected %3, got %4; ")
                       .arg(QString::fromLatin1(what), ids[r])
                       .arg(want)
                       .arg(got);
    }
    if (wrong > 0)
        out += QString("(%1 of %2 customers differ)").arg(wrong).arg(ids.size());
    return out;
}

QString compareTextByCustomer(const Run& run, const QHash<QString, QString>& expected,
                              Column column) {
    QString out = missingCustomers(run, expected.keys());
    int wrong = 0;
    const QStringList ids = run.customerIds();
    const QString what = QString::fromLatin1(
        columnInfo(column).name.data(), static_cast<qsizetype>(columnInfo(column).name.size()));
    for (qsizetype r = 0; r < ids.size(); ++r) {
        const QString want = expected.value(ids[r]);
        const QString got = run.cell(column, r);
        if (want == got)
            continue;
        if (++wrong <= kMaxListed)
            out += QString("%1 of %2: expected \"%3\", got \"%4\"; ").arg(what, ids[r], want, got);
    }
    if (wrong > 0)
        out += QString("(%1 of %2 customers differ)").arg(wrong).arg(ids.size());
    return out;
}

// --- SQLite ------------------------------------------------------------------------------------

Sqlite::Sqlite(const QString& path) {
    if (sqlite3_open_v2(path.toUtf8().constData(), &db_, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        error_ = db_ ? QString::fromUtf8(sqlite3_errmsg(db_)) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
    }
}

Sqlite::~Sqlite() {
    sqlite3_close(db_);
}

bool Sqlite::exec(const QString& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    error_ = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return false;
}

std::vector<QStringList> Sqlite::rows(const QString& sql) {
    std::vector<QStringList> out;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        error_ = QString::fromUtf8(sqlite3_errmsg(db_));
        return out;
    }
    int rc = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            row << (text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, c)) : QString());
        }
        out.push_back(row);
    }
    if (rc != SQLITE_DONE) {
        error_ = QString::fromUtf8(sqlite3_errmsg(db_));
        out.clear();
    }
    sqlite3_finalize(stmt);
    return out;
}

QHash<QString, qint64> Sqlite::integers(const QString& sql) {
    QHash<QString, qint64> out;
    for (const QStringList& row : rows(sql))
        out.insert(row.value(0), row.value(1).toLongLong());
    return out;
}

QHash<QString, QString> Sqlite::texts(const QString& sql) {
    QHash<QString, QString> out;
    for (const QStringList& row : rows(sql))
        out.insert(row.value(0), row.value(1));
    return out;
}

std::vector<double> Sqlite::reals(const QString& sql) {
    std::vector<double> out;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        error_ = QString::fromUtf8(sqlite3_errmsg(db_));
        return out;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW)
        out.push_back(sqlite3_column_double(stmt, 0));
    sqlite3_finalize(stmt);
    return out;
}

} // namespace realdata

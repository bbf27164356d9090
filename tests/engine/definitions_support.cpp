#include "definitions_support.h"

#include "sources/source_set.h"

#include <QFile>

#include <string>

using namespace c360;

namespace deftest {

bool Sources::write(const QString& name, const QByteArray& bytes) const {
    QFile f(dir_.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Days day(const char* iso) {
    Days d = kNullDate;
    if (!parseIsoDate(iso, d))
        qFatal("bad date literal in test: %s", iso);
    return d;
}

BuildOutcome build(const Sources& sources, const char* asOf, BuildOptions options) {
    options.asOf = day(asOf);
    options.threads = 2;
    SourceSet set;
    Message error;
    if (!resolveSourceSet(sources.path().toStdString(), set, error)) {
        BuildOutcome failed;
        failed.status = BuildStatus::Failed;
        failed.error = std::move(error);
        return failed;
    }
    return buildCustomer360(set, options);
}

std::optional<std::size_t> rowOf(const Customer360& table, std::string_view id) {
    for (std::size_t r = 0; r < table.rowCount(); ++r)
        if (table.customerId.at(r) == id)
            return r;
    return std::nullopt;
}

QString cell(const BuildOutcome& outcome, std::string_view id, Column column) {
    const auto row = rowOf(outcome.table, id);
    if (!row)
        return "<no customer " + QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size())) +
               " in the output>";
    std::string s;
    outcome.table.appendCell(s, column, *row);
    return QString::fromStdString(s);
}

QStringList ids(const BuildOutcome& outcome) {
    QStringList out;
    for (std::size_t r = 0; r < outcome.table.rowCount(); ++r)
        out << QString::fromStdString(std::string(outcome.table.customerId.at(r)));
    return out;
}

const TableReport* reportOf(const BuildOutcome& outcome, const char* table) {
    return outcome.report.find(table);
}

std::vector<const Issue*> issuesOf(const TableReport& report, Severity severity) {
    std::vector<const Issue*> out;
    for (const Issue& issue : report.issues)
        if (issue.severity == severity)
            out.push_back(&issue);
    return out;
}

QString describe(const TableReport& report) {
    QString s = QString::fromStdString(report.table) + ": read " +
                QString::number(report.rowsRead) + ", rejected " +
                QString::number(report.rejected) + ", warnings " +
                QString::number(report.warnings) + ", issues:";
    for (const Issue& i : report.issues)
        s += QString("\n  [%1] line %2 column '%3': %4 | raw: %5")
                 .arg(QString::fromStdString(std::string(severityName(i.severity))))
                 .arg(i.line)
                 .arg(QString::fromStdString(i.column),
                      QString::fromStdString(englishText(i.reason)), QString::fromStdString(i.raw));
    for (const Message& n : report.notes)
        s += "\n  note: " + QString::fromStdString(englishText(n));
    return s;
}

QByteArray purchasesOf(const QString& customer, const QStringList& amounts, const QString& date) {
    QByteArray csv = "customer_id,transaction_id,total_amount,purchase_date\n";
    for (qsizetype i = 0; i < amounts.size(); ++i)
        csv += (customer + ",T" + QString::number(i + 1) + "," + amounts[i] + "," + date + "\n")
                   .toUtf8();
    return csv;
}
} // namespace deftest

// Helpers shared by the c360 command-line tests: running the executable, reading what it
// wrote, and a small strict CSV reader for comparing outputs.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <sqlite3.h>

namespace cli_test {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run runCli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(C360_CLI), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// Rows of a one-column query.
inline QStringList queryColumn(const QString& db, const QString& sql) {
    QStringList out;
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(db.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(handle);
        return out;
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            out << (text ? QString::fromUtf8(text) : QStringLiteral("<NULL>"));
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(handle);
    return out;
}

// A CSV file parsed here, independently of the program (quoted fields may hold commas and
// line breaks).
inline QList<QStringList> parseCsv(const QByteArray& bytes) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << field;
            field.clear();
        } else if (c == '\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

// The generated source folder most CLI tests build from: 300 customers, seed 5.
inline void generateDemoSources(const QString& folder) {
    const Run r = runCli({"generate", "--customers", "300", "--seed", "5", "--as-of", "2025-06-30",
                          "-o", folder, "--no-progress"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(folder + "/customer_info.csv"));
}

} // namespace cli_test

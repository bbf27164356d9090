// The same customers exported the ways people's tools export them — Excel in Germany, Excel in
// the US, a TSV with upper-case headers, a UTF-16 file — must give exactly the customer_360
// of the clean files, with no options given.
#include "csv/csv_parser.h"
#include "engine/build.h"
#include "generate/generator.h"
#include "output/csv_output.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;

namespace {

using Table = std::vector<std::vector<QString>>; // header first

Table readClean(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    CsvParser parser(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    CsvRecord record;
    Table table;
    while (parser.next(record)) {
        std::vector<QString> row;
        for (const std::string_view field : record.fields)
            row.push_back(QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size())));
        table.push_back(std::move(row));
    }
    return table;
}

bool writeTable(const QString& path, const Table& table) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::string out;
    for (const auto& row : table) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                out.push_back(',');
            appendCsvField(out, row[i].toStdString());
        }
        out.push_back('\n');
    }
    return f.write(out.data(), static_cast<qint64>(out.size())) == static_cast<qint64>(out.size());
}

struct Dialect {
    QString name;
    char delimiter = ',';
    bool decimalComma = false;
    QString lineEnd = "\n";
    enum class Dates { Iso, DayMonthDots, UsSlashes } dates = Dates::Iso;
    enum class Headers { AsIs, TitleWords, Upper } headers = Headers::AsIs;
    enum class Encoding { Utf8, Utf8Bom, Windows1252, Utf16LE } encoding = Encoding::Utf8;
};

QString header(const QString& h, Dialect::Headers style) {
    if (style == Dialect::Headers::Upper)
        return h.toUpper();
    if (style == Dialect::Headers::AsIs)
        return h;
    QStringList words = h.split('_');
    for (QString& w : words)
        w[0] = w[0].toUpper();
    return words.join(' '); // customer_id -> "Customer Id"
}

QString value(const QString& v, const Dialect& d) {
    static const QRegularExpression decimal(QStringLiteral("^-?\\d+\\.\\d+$"));
    static const QRegularExpression isoDate(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})([ T]\\d{2}:\\d{2}(:\\d{2})?Z?)?$"));
    if (d.decimalComma && decimal.match(v).hasMatch())
        return QString(v).replace('.', ',');
    const auto m = isoDate.match(v);
    if (m.hasMatch() && d.dates != Dialect::Dates::Iso) {
        const QString time =
            m.captured(4).isEmpty() ? QString() : " " + m.captured(4).mid(1).remove('Z');
        if (d.dates == Dialect::Dates::DayMonthDots)
            return m.captured(3) + "." + m.captured(2) + "." + m.captured(1) + time;
        // Excel US: no leading zeros, month first.
        return QString::number(m.captured(2).toInt()) + "/" +
               QString::number(m.captured(3).toInt()) + "/" + m.captured(1) + time;
    }
    return v;
}

QString quoteField(const QString& v, QChar delimiter) {
    if (!v.contains(delimiter) && !v.contains('"') && !v.contains('\n') && !v.contains('\r'))
        return v;
    return "\"" + QString(v).replace("\"", "\"\"") + "\"";
}

bool writeDialect(const QString& path, const Table& table, const Dialect& d) {
    QString text;
    for (std::size_t r = 0; r < table.size(); ++r) {
        QStringList fields;
        for (const QString& v : table[r])
            fields << quoteField(r == 0 ? header(v, d.headers) : value(v, d), QChar(d.delimiter));
        text += fields.join(QChar(d.delimiter)) + d.lineEnd;
    }
    QByteArray bytes;
    switch (d.encoding) {
    case Dialect::Encoding::Utf8:
        bytes = text.toUtf8();
        break;
    case Dialect::Encoding::Utf8Bom:
        bytes = "\xEF\xBB\xBF" + text.toUtf8();
        break;
    case Dialect::Encoding::Windows1252: {
        QStringEncoder encoder("windows-1252");
        bytes = encoder.encode(text);
        if (encoder.hasError())
            return false;
        break;
    }
    case Dialect::Encoding::Utf16LE: {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        bytes = encoder.encode(text);
        break;
    }
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray buildCsv(const QString& folder) {
    SourceSet sources;
    Message error;
    if (!resolveSourceSet(folder.toStdString(), sources, error))
        return QByteArray("resolve failed: ") + englishText(error).c_str();
    BuildOptions options;
    parseIsoDate("2025-06-30", options.asOf);
    const BuildOutcome outcome = buildCustomer360(sources, options);
    if (outcome.status != BuildStatus::Ok)
        return QByteArray("build failed: ") + englishText(outcome.error).c_str();
    const QString out = folder + "/../" + QDir(folder).dirName() + ".csv";
    if (!writeCustomer360Csv(outcome.table, out.toStdString(), error))
        return QByteArray("write failed");
    QFile f(out);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDialects : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString clean_;
    QByteArray expected_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // Generated sources, made representable in Windows-1252 (the generator writes a few
        // letters such as Ł that the code page lacks), then built once as the reference.
        const QString generated = dir_.filePath("generated");
        GenerateOptions g;
        g.customers = 400;
        g.seed = 11;
        parseIsoDate("2025-06-30", g.asOf);
        g.csvFolder = generated.toStdString();
        GenerateStats stats;
        std::string error;
        QVERIFY2(generateSources(g, stats, error), error.c_str());
        clean_ = dir_.filePath("clean");
        QVERIFY(QDir().mkpath(clean_));
        QStringEncoder cp1252("windows-1252");
        for (const QString& file : QDir(generated).entryList({"*.csv"})) {
            Table t = readClean(generated + "/" + file);
            for (auto& row : t)
                for (QString& v : row) {
                    v.replace(QString::fromUtf8("Ł"), "L");
                    (void)cp1252.encode(v);
                    QVERIFY2(!cp1252.hasError(), qPrintable(v));
                }
            QVERIFY(writeTable(clean_ + "/" + file, t));
        }
        expected_ = buildCsv(clean_);
        QVERIFY2(expected_.startsWith("customer_id,"), expected_.left(200).constData());
        QVERIFY(expected_.count('\n') > 300);
    }

    void shouldBuildTheSameTableFromEveryExport_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("Excel Europe: ; decimal comma 31.01.2025 Windows-1252 CRLF Title Case") << 0;
        QTest::newRow("Excel US: 1/31/2025 UTF-8 BOM CRLF") << 1;
        QTest::newRow("TSV with UPPER headers") << 2;
        QTest::newRow("UTF-16 with BOM") << 3;
    }
    void shouldBuildTheSameTableFromEveryExport() {
        QFETCH(int, which);
        Dialect d;
        switch (which) {
        case 0:
            d = {"europe",
                 ';',
                 true,
                 "\r\n",
                 Dialect::Dates::DayMonthDots,
                 Dialect::Headers::TitleWords,
                 Dialect::Encoding::Windows1252};
            break;
        case 1:
            d = {"us",
                 ',',
                 false,
                 "\r\n",
                 Dialect::Dates::UsSlashes,
                 Dialect::Headers::AsIs,
                 Dialect::Encoding::Utf8Bom};
            break;
        case 2:
            d = {"tsv",
                 '\t',
                 false,
                 "\n",
                 Dialect::Dates::Iso,
                 Dialect::Headers::Upper,
                 Dialect::Encoding::Utf8};
            break;
        default:
            d = {"utf16",
                 ',',
                 false,
                 "\r\n",
                 Dialect::Dates::Iso,
                 Dialect::Headers::AsIs,
                 Dialect::Encoding::Utf16LE};
            break;
        }
        const QString folder = dir_.filePath(d.name);
        QVERIFY(QDir().mkpath(folder));
        for (const QString& file : QDir(clean_).entryList({"*.csv"}))
            QVERIFY2(writeDialect(folder + "/" + file, readClean(clean_ + "/" + file), d),
                     qPrintable(file));
        // The export really differs from the clean file: the comparison below cannot pass by
        // reading the same bytes twice.
        QFile written(folder + "/purchase_transactions.csv");
        QVERIFY(written.open(QIODevice::ReadOnly));
        QFile original(clean_ + "/purchase_transactions.csv");
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll() != original.readAll());
        const QByteArray actual = buildCsv(folder);
        if (actual != expected_) {
            const QList<QByteArray> a = actual.split('\n'), e = expected_.split('\n');
            for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
                if (a.value(i) != e.value(i))
                    QFAIL(qPrintable(
                        QString("line %1 differs:\n  expected %2\n  actual   %3")
                            .arg(i + 1)
                            .arg(QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestDialects)
#include "test_dialects.moc"

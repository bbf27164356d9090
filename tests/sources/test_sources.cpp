// Reading source files as people have them: encodings, byte order marks, bytes that are not
// text, and the same table from every encoding giving the same customer_360.
#include "csv/csv_sniffer.h"
#include "engine/build.h"
#include "output/csv_output.h"
#include "sources/csv_row_source.h"
#include "sources/text_encoding.h"
#include "sources_test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

using namespace c360;
using namespace sources_test;

class TestSources : public QObject {
    Q_OBJECT

private slots:
    void shouldDetectTheEncoding_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("text"); // expected UTF-8 text (without a UTF-8 BOM)
        const QByteArray utf8 = kSample.toUtf8();
        QTest::newRow("UTF-8") << utf8 << "UTF-8" << false << kSample;
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + utf8 << "UTF-8" << true << kSample;
        QTest::newRow("ASCII") << QByteArray("customer_id\n1\n") << "UTF-8" << false
                               << "customer_id\n1\n";
        QTest::newRow("Windows-1252") << cp1252(kSample + "4,Euro€,“Quote”\n") << "Windows-1252"
                                      << false << kSample + "4,Euro€,“Quote”\n";
        QTest::newRow("UTF-16LE with BOM")
            << encode(kSample, QStringConverter::Utf16LE, true) << "UTF-16LE" << true << kSample;
        QTest::newRow("UTF-16BE with BOM")
            << encode(kSample, QStringConverter::Utf16BE, true) << "UTF-16BE" << true << kSample;
        QTest::newRow("UTF-16LE without BOM")
            << encode(kSample, QStringConverter::Utf16LE, false) << "UTF-16LE" << false << kSample;
        QTest::newRow("UTF-16BE without BOM")
            << encode(kSample, QStringConverter::Utf16BE, false) << "UTF-16BE" << false << kSample;
        QTest::newRow("UTF-16 beyond the BMP")
            << encode("id,name\n1,Emoji 😀\n", QStringConverter::Utf16LE, true) << "UTF-16LE" << true
            << "id,name\n1,Emoji 😀\n";
    }
    void shouldDetectTheEncoding() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(bool, bom);
        QFETCH(QString, text);
        const DecodedText d = decodeText(view(bytes));
        QCOMPARE(QString::fromStdString(std::string(encodingName(d.encoding))), encoding);
        QCOMPARE(d.hadBom, bom);
        QVERIFY(d.detected);
        QCOMPARE(d.problemCount, 0u);
        QByteArray got(d.text.data(), static_cast<qsizetype>(d.text.size()));
        if (got.startsWith("\xEF\xBB\xBF"))
            got.remove(0, 3); // the CSV parser skips it
        QCOMPARE(QString::fromUtf8(got), text);
        // UTF-8 input is not copied.
        if (encoding == "UTF-8")
            QCOMPARE(static_cast<const void*>(d.text.data()),
                     static_cast<const void*>(bytes.constData()));
    }

    // The UTF-8 scan skips ASCII 32 and 8 bytes at a time: whatever the length and wherever
    // the last multi-byte letter is, it must stop at the last byte (exact-size buffers, so
    // AddressSanitizer sees any read past the end; the fuzzer found one).
    void shouldScanUtf8UpToTheLastByteOnly() {
        for (std::size_t size = 2; size <= 80; ++size) {
            for (std::size_t letterAt = 0; letterAt + 2 <= size; letterAt += 3) {
                std::string text(size, 'a');
                text[letterAt] = '\xC3'; // é
                text[letterAt + 1] = '\xA9';
                const auto exact = std::make_unique<char[]>(size);
                std::memcpy(exact.get(), text.data(), size);
                const DecodedText d = decodeText(std::string_view(exact.get(), size));
                QCOMPARE(d.encoding, TextEncoding::Utf8);
                QCOMPARE(d.problemCount, 0u);
                QCOMPARE(std::string(d.text), text);
            }
        }
    }

    void shouldReportBytesThatAreNotText_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<quint64>>("lines");
        // Mostly UTF-8 with one broken byte: stays UTF-8, the byte is replaced and reported.
        QTest::newRow("one bad byte in UTF-8")
            << QByteArray("id,name\n1,Zoë\n2,Bad\xE9\r\n3,Müller\n") << "UTF-8"
            << QString::fromUtf8("id,name\n1,Zoë\n2,Bad\xEF\xBF\xBD\r\n3,Müller\n")
            << QList<quint64>{3};
        QTest::newRow("line counted across a quoted line break")
            << QByteArray("id,name\n1,\"Zoë\nMüller\"\n2,\xFF\xFE\n3,Ünï\n") << "UTF-8"
            << QString::fromUtf8("id,name\n1,\"Zoë\nMüller\"\n2,\xEF\xBF\xBD\xEF\xBF\xBD\n3,Ünï\n")
            << QList<quint64>{4, 4};
        QTest::newRow("unpaired surrogate in UTF-16")
            << QByteArray("\xFF\xFEi\0d\0\n\0\x00\xD8x\0\n\0", 14) << "UTF-16LE"
            << QString::fromUtf8("id\n\xEF\xBF\xBDx\n") << QList<quint64>{2};
        // Found by fuzzing: CR, then a letter, then LF is two line breaks, not one CRLF.
        QTest::newRow("CR, letter, LF, bad byte")
            << QByteArray("\r\xC3\xA9\n\xFF") << "UTF-8"
            << QString::fromUtf8("\r\xC3\xA9\n\xEF\xBF\xBD") << QList<quint64>{3};
        QTest::newRow("odd trailing byte in UTF-16")
            << QByteArray("\xFF\xFEi\0d\0\n\0z", 9) << "UTF-16LE"
            << QString::fromUtf8("id\n\xEF\xBF\xBD") << QList<quint64>{2};
    }
    void shouldReportBytesThatAreNotText() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(QList<quint64>, lines);
        const DecodedText d = decodeText(view(bytes));
        QCOMPARE(QString::fromStdString(std::string(encodingName(d.encoding))), encoding);
        QCOMPARE(QString::fromUtf8(d.text.data(), static_cast<qsizetype>(d.text.size())), text);
        QCOMPARE(d.problemCount, static_cast<std::uint64_t>(lines.size()));
        QCOMPARE(d.problems.size(), static_cast<std::size_t>(lines.size()));
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(d.problems[static_cast<std::size_t>(i)].line, lines[i]);
    }

    void shouldUseTheChosenEncoding_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        // 0x80 is the euro sign in Windows-1252 and a control character in ISO-8859-1.
        QTest::newRow("windows-1252") << "cp1252" << QByteArray("a\x80") << QString("a€");
        QTest::newRow("latin1") << "ISO-8859-1" << QByteArray("a\x80")
                                << QString("a") + QChar(0x80);
        // Valid UTF-8 read as Latin-1 on purpose: every byte becomes a letter, none is lost.
        QTest::newRow("utf-8 bytes as latin1")
            << "latin1" << QByteArray("\xC3\xA9") << QString::fromUtf8("Ã©");
        QTest::newRow("utf-16le") << "UTF-16LE" << QByteArray("a\0b\0", 4) << QString("ab");
    }
    void shouldUseTheChosenEncoding() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const auto encoding = encodingFromName(name.toStdString());
        QVERIFY(encoding.has_value());
        const DecodedText d = decodeText(view(bytes), encoding);
        QVERIFY(!d.detected);
        QCOMPARE(QString::fromUtf8(d.text.data(), static_cast<qsizetype>(d.text.size())), text);
    }

    void shouldRejectUnknownEncodingNames() {
        QVERIFY(!encodingFromName("ebcdic").has_value());
        QVERIFY(!encodingFromName("").has_value());
        QCOMPARE(encodingFromName("Windows-1252"), std::optional(TextEncoding::Windows1252));
        QCOMPARE(encodingFromName("utf_8"), std::optional(TextEncoding::Utf8));
    }

    void shouldNameFilesThatAreNotCsv_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // empty: may be CSV
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04rest", 8) << "Excel workbook";
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << ".xls";
        QTest::newRow("parquet") << QByteArray("PAR1....") << "Parquet";
        QTest::newRow("sqlite") << QByteArray("SQLite format 3\0", 16) << "SQLite database";
        QTest::newRow("binary") << QByteArray("ab\0\x01\x02zz", 7) << "binary data";
        QTest::newRow("utf-16 is text")
            << encode("id\n1\n", QStringConverter::Utf16LE, false) << "";
        QTest::newRow("csv") << QByteArray("id\n1\n") << "";
    }
    void shouldNameFilesThatAreNotCsv() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString got = QString::fromStdString(englishText(describeNonCsvContent(view(bytes))));
        if (expected.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(expected), qPrintable(got));
    }

    // The real Latin-1 file of the rust-csv suite: one byte, 0xD5 ('Õ'), on line 4.
    void shouldReadARealLatin1File() {
        const QString path = QStringLiteral(C360_SHARED_DATA_DIR "/rust-csv/uspop-latin1.csv");
        if (!QFile::exists(path))
            QSKIP("../shared/data/rust-csv is not here; the project's own tests still ran.");
        const QByteArray bytes = readAll(path);
        const DecodedText d = decodeText(view(bytes));
        QCOMPARE(d.encoding, TextEncoding::Windows1252);
        QCOMPARE(d.problemCount, 0u);
        const QString text =
            QString::fromUtf8(d.text.data(), static_cast<qsizetype>(d.text.size()));
        QCOMPARE(text.split('\n').value(3).left(7), QString::fromUtf8("Õakman,"));
        QCOMPARE(text.size(), bytes.size()); // one character per byte
    }

    // Superstore saved by Excel as Windows-1252: its no-break spaces (0xA0) survive.
    void shouldReadARealWindows1252Export() {
        const QString path =
            QStringLiteral(C360_SHARED_DATA_DIR
                           "/superstore/superstore_Iakbar99_windows-1252_mm-dd-yyyy_2014-2017.csv");
        if (!QFile::exists(path))
            QSKIP("../shared/data/superstore is not here; the project's own tests still ran.");
        const QByteArray bytes = readAll(path);
        const DecodedText d = decodeText(view(bytes));
        QCOMPARE(d.encoding, TextEncoding::Windows1252);
        QCOMPARE(d.problemCount, 0u);
        const QString text =
            QString::fromUtf8(d.text.data(), static_cast<qsizetype>(d.text.size()));
        QVERIFY(text.contains(QString::fromUtf8("Konftel 250 Conference\u00A0phone")));
        QStringDecoder reference("windows-1252");
        QCOMPARE(text, QString(reference.decode(bytes)));
    }

    void shouldSniffTheDialect_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<bool>("header");
        QTest::newRow("comma") << QByteArray("id,name,amount\n1,Ann,12.50\n2,Bo,3.10\n") << ","
                               << "." << true;
        QTest::newRow("excel europe")
            << QByteArray("Kunden-Nr;Name;Betrag\r\n1;Ann;12,50\r\n2;Bo;1.234,10\r\n") << ";"
            << "," << true;
        QTest::newRow("tab") << QByteArray("ID\tNAME\tAMOUNT\n1\tAnn\t12.5\n2\tBo\t3\n") << "\t"
                             << "." << true;
        QTest::newRow("pipe") << QByteArray("id|name\n1|Ann\n2|Bo\n") << "|"
                              << "." << true;
        // Commas inside quoted values must not win over the real separator.
        QTest::newRow("semicolon with quoted commas")
            << QByteArray("id;name;note\n1;\"Smith, Jr.\";\"a, b, c\"\n2;Bo;\"x, y\"\n") << ";"
            << "." << true;
        QTest::newRow("comma file with quoted grouping")
            << QByteArray("id,amount\n1,\"1,234.50\"\n2,\"12.00\"\n") << ","
            << "." << true;
        QTest::newRow("no header") << QByteArray("1,2025-01-31,12.50\n2,2025-02-01,3.10\n") << ","
                                   << "." << false;
        QTest::newRow("one column") << QByteArray("customer_id\n1\n2\n") << ","
                                    << "." << true;
        QTest::newRow("dates with dots are not grouping")
            << QByteArray("id;born;amount\n1;31.01.1990;12,50\n2;01.02.1985;3,10\n") << ";"
            << "," << true;
    }
    void shouldSniffTheDialect() {
        QFETCH(QByteArray, text);
        QFETCH(QString, delimiter);
        QFETCH(QString, decimal);
        QFETCH(bool, header);
        const SniffedDialect d = sniffDialect(view(text));
        QCOMPARE(QString(QChar(d.dialect.delimiter)), delimiter);
        QCOMPARE(QString(QChar(d.decimalPoint)), decimal);
        QCOMPARE(d.headerPresent, header);
        QVERIFY(!d.reasons.empty());
        if (QTest::currentDataTag() == QByteArray("dates with dots are not grouping"))
            QCOMPARE(d.thousandsSeparator, '\0');
    }

    // A file far larger than one sample: the separator is decided from samples spread through
    // it, and a few odd lines at the start do not decide it.
    void shouldSampleThroughTheWholeFile() {
        QByteArray text = "id;name;amount\n";
        for (int i = 0; i < 40000; ++i)
            text += QByteArray::number(i) + ";Name " + QByteArray::number(i) + ";" +
                    QByteArray::number(i % 100) + ",5\n";
        const SniffedDialect d = sniffDialect(view(text));
        QCOMPARE(d.dialect.delimiter, ';');
        QCOMPARE(d.decimalPoint, ',');
        QVERIFY(d.consistency > 0.99);
        QVERIFY(d.sampledRecords > 1000); // more than the first piece alone
    }

    void shouldApplyChoices_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("map") << "map"
                             << "purchase_transactions.transaction_id=Order ID"
                             << "";
        QTest::newRow("map loose names") << "map"
                                         << "Purchase Transactions.Transaction ID=X"
                                         << "";
        QTest::newRow("map unknown table") << "map"
                                           << "orders.id=X"
                                           << "is not one of the tables";
        QTest::newRow("map unknown column") << "map"
                                            << "customer_info.price=X"
                                            << "Its columns are";
        QTest::newRow("map without header") << "map"
                                            << "customer_info.email="
                                            << "names no source";
        QTest::newRow("map malformed") << "map"
                                       << "customer_info=X"
                                       << "TABLE.COLUMN=HEADER";
        QTest::newRow("table") << "table"
                               << "purchase_transactions=sales/*.csv"
                               << "";
        QTest::newRow("table without file") << "table"
                                            << "purchase_transactions="
                                            << "TABLE=FILE";
        QTest::newRow("encoding") << "encoding"
                                  << "customer_info=cp1252"
                                  << "";
        QTest::newRow("encoding unknown") << "encoding"
                                          << "klingon"
                                          << "Unknown encoding";
        QTest::newRow("delimiter word") << "delimiter"
                                        << "semicolon"
                                        << "";
        QTest::newRow("delimiter tab") << "delimiter"
                                       << "website_behavior=tab"
                                       << "";
        QTest::newRow("delimiter quote") << "delimiter"
                                         << "\""
                                         << "Unknown delimiter";
        QTest::newRow("decimal") << "decimal"
                                 << ","
                                 << "";
        QTest::newRow("decimal unknown") << "decimal"
                                         << ";"
                                         << "Unknown decimal mark";
    }
    void shouldApplyChoices() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, error);
        SourceChoices choices;
        Message why;
        const bool ok = applyChoice(key.toStdString(), value.toStdString(), choices, why);
        QCOMPARE(ok, error.isEmpty());
        if (!ok)
            QVERIFY2(QString::fromStdString(englishText(why)).contains(error),
                     englishText(why).c_str());
        if (key == "map" && ok)
            QCOMPARE(choices.at(SourceTable::PurchaseTransactions).columns.size() +
                         choices.at(SourceTable::CustomerInfo).columns.size(),
                     1u);
        if (key == "delimiter" && value == "website_behavior=tab")
            QCOMPARE(choices.at(SourceTable::WebsiteBehavior).read.delimiter, std::optional('\t'));
    }

    void shouldReadAMappingFile() {
        QTemporaryDir dir;
        const QString mapping = dir.filePath("mapping.ini");
        QVERIFY(writeAll(mapping, "# exported from the shop\n"
                                  "encoding = windows-1252\n"
                                  "[purchase_transactions]\n"
                                  "file = orders_2024.csv\n"
                                  "delimiter = ;\n"
                                  "decimal = ,\n"
                                  "transaction_id = \"Order ID\"\n"
                                  "total_amount = Sales\n"));
        SourceChoices choices;
        Message error;
        QVERIFY2(readMappingFile(mapping.toStdString(), choices, error),
                 englishText(error).c_str());
        QCOMPARE(choices.all.encoding, std::optional(TextEncoding::Windows1252));
        const TableChoices& t = choices.at(SourceTable::PurchaseTransactions);
        QCOMPARE(t.files, std::vector<std::string>{"orders_2024.csv"});
        QCOMPARE(t.read.delimiter, std::optional(';'));
        QCOMPARE(t.read.decimalPoint, std::optional(','));
        QCOMPARE(t.columns.at("transaction_id"), std::string("Order ID"));
        QCOMPARE(t.columns.at("total_amount"), std::string("Sales"));

        QVERIFY(writeAll(mapping, "[purchase_transactions]\nprice = Sales\n"));
        SourceChoices bad;
        QVERIFY(!readMappingFile(mapping.toStdString(), bad, error));
        QVERIFY2(QString::fromStdString(englishText(error)).contains("line 2"),
                 englishText(error).c_str());
    }

    // The same customers in five encodings build the same customer_360, byte for byte.
    void shouldBuildTheSameTableFromEveryEncoding_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("note");
        QTest::newRow("UTF-8") << kSample.toUtf8() << "";
        QTest::newRow("UTF-8 BOM")
            << QByteArray("\xEF\xBB\xBF") + kSample.toUtf8() << "byte order mark";
        QTest::newRow("Windows-1252") << cp1252(kSample) << "Windows-1252";
        QTest::newRow("UTF-16LE") << encode(kSample, QStringConverter::Utf16LE, true) << "UTF-16LE";
        QTest::newRow("UTF-16BE no BOM")
            << encode(kSample, QStringConverter::Utf16BE, false) << "UTF-16BE";
    }
    void shouldBuildTheSameTableFromEveryEncoding() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, note);
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath("customer_info.csv"), bytes));
        SourceSet sources;
        Message error;
        QVERIFY2(resolveSourceSet(dir.path().toStdString(), sources, error),
                 englishText(error).c_str());
        BuildOptions options;
        parseIsoDate("2025-06-30", options.asOf);
        const BuildOutcome outcome = buildCustomer360(sources, options);
        QCOMPARE(outcome.status, BuildStatus::Ok);
        QCOMPARE(outcome.table.rowCount(), 3u);
        QCOMPARE(QString::fromStdString(std::string(outcome.table.lastName.at(1))),
                 QString::fromUtf8("Lefèvre, Jr."));
        QCOMPARE(QString::fromStdString(std::string(outcome.table.firstName.at(0))),
                 QString::fromUtf8("Zoë"));
        const TableReport& report = outcome.report.tables[0];
        QCOMPARE(report.warnings, 0u);
        QString notes;
        for (const Message& n : report.notes)
            notes += QString::fromStdString(englishText(n));
        if (note.isEmpty())
            QVERIFY2(notes.isEmpty(), qPrintable(notes));
        else
            QVERIFY2(notes.contains(note), qPrintable(notes));
        const QString out = dir.filePath("out.csv");
        QVERIFY(writeCustomer360Csv(outcome.table, out.toStdString(), error));
        QVERIFY(readAll(out).contains(QString::fromUtf8("1,Zoë,Müller,").toUtf8()));
    }

    // Files that are too large in one place, odd bytes, or not CSV at all: a clear message, no
    // crash, bounded memory.
    void shouldHandleLimitsAndOddFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("builds");
        QTest::addColumn<QString>("expected"); // in the error, or in an issue's reason
        QTest::addColumn<int>("customers");
        const QByteArray bigValue(1200 * 1024, 'x');
        QTest::newRow("value over 1 MB")
            << QByteArray("customer_id,note\n1,a\n2,") + bigValue + "\n3,c\n"
            << true << "more than the 1 MB" << 2;
        QByteArray longLine = "customer_id,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q\n1";
        for (int i = 0; i < 17; ++i)
            longLine += "," + QByteArray(1000 * 1024, 'y');
        QTest::newRow("row over 16 MB") << longLine + "\n2,,,,,,,,,,,,,,,,,\n"
                                        << true << "No customer record is that large" << 1;
        QTest::newRow("unclosed quote runs to the end")
            << QByteArray("customer_id,note\n1,ok\n2,\"never closed\n3,x\n") << true
            << "is never closed" << 1;
        // A NUL at the very start marks a binary file; one deep inside a text file is a
        // warning on its row.
        QTest::newRow("NUL byte at the start")
            << QByteArray("customer_id,note\n1,a\0b\n", 23) << false << "binary data" << 0;
        QByteArray nulLater = "customer_id,note\n";
        for (int i = 1; i <= 1000; ++i)
            nulLater += QByteArray::number(i) + ",text\n";
        nulLater += QByteArray("1001,a\0b\n", 9);
        QTest::newRow("NUL byte inside") << nulLater << true << "NUL byte" << 1001;
        QTest::newRow("header only") << QByteArray("customer_id,first_name\n") << true << "" << 0;
        QTest::newRow("empty file") << QByteArray() << true << "" << 0;
        QTest::newRow("JSON") << QByteArray("[{\"customer_id\": 1}]\n") << false << "JSON file"
                              << 0;
        QTest::newRow("PDF") << QByteArray("%PDF-1.7 ...") << false << "PDF document" << 0;
        QByteArray gz;
        {
            // gzip of "customer_id\n1\n2\n" written by `printf ... | gzip -n`.
            gz = QByteArray::fromHex("1f8b08000000000000034b2e2d2ec9cf4d2d8acf4ce132e432e20200"
                                     "6680ef0e10000000");
        }
        QTest::newRow("gzip") << gz << true << "" << 2;
        QTest::newRow("gzip cut short") << gz.left(gz.size() - 12) << false << "compressed" << 0;
        // `cat a.gz b.gz`: gzip's own tools read both members; so must the build. The second
        // member holds "3\n".
        QTest::newRow("gzip of two members")
            << gz + QByteArray::fromHex("1f8b080000000000000333e60200d19e675502000000") << true
            << "" << 3;
    }
    void shouldHandleLimitsAndOddFiles() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, builds);
        QFETCH(QString, expected);
        QFETCH(int, customers);
        QTemporaryDir dir;
        const bool gz = bytes.startsWith("\x1F\x8B");
        QVERIFY(writeAll(dir.filePath(gz ? "customer_info.csv.gz" : "customer_info.csv"), bytes));
        SourceSet sources;
        Message error;
        QVERIFY2(resolveSourceSet(dir.path().toStdString(), sources, error),
                 englishText(error).c_str());
        BuildOptions options;
        parseIsoDate("2025-06-30", options.asOf);
        options.keepRejectedRows = true;
        const BuildOutcome outcome = buildCustomer360(sources, options);
        QCOMPARE(outcome.status == BuildStatus::Ok, builds);
        if (!builds) {
            QVERIFY2(QString::fromStdString(englishText(outcome.error)).contains(expected),
                     englishText(outcome.error).c_str());
            return;
        }
        QCOMPARE(outcome.table.rowCount(), static_cast<std::size_t>(customers));
        const TableReport& report = outcome.report.tables[0];
        QCOMPARE(report.rowsRead, report.loaded + report.rejected);
        bool found = expected.isEmpty();
        for (const Issue& i : report.issues) {
            found = found || QString::fromStdString(englishText(i.reason)).contains(expected);
            QVERIFY(i.raw.size() <= 210); // cut for the report
        }
        QVERIFY2(found, qPrintable(expected));
        for (const RejectedRow& r : report.rejectedRows)
            for (const std::string& f : r.fields)
                QVERIFY(f.size() <= (1u << 20)); // kept rows are cut short too
    }

    // Headers written without underscores still find their columns: CustomerID, E-Mail,
    // DateOfBirth.
    void shouldMatchHeadersWrittenTogether() {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath("customer_info.csv"),
                         "CustomerID,FirstName,E-Mail,DateOfBirth\n7,Ann,a@x.org,1990-05-01\n"));
        SourceSet sources;
        Message error;
        QVERIFY(resolveSourceSet(dir.path().toStdString(), sources, error));
        BuildOptions options;
        parseIsoDate("2025-06-30", options.asOf);
        const BuildOutcome outcome = buildCustomer360(sources, options);
        QCOMPARE(outcome.status, BuildStatus::Ok);
        QCOMPARE(std::string(outcome.table.customerId.at(0)), std::string("7"));
        QCOMPARE(std::string(outcome.table.firstName.at(0)), std::string("Ann"));
        QCOMPARE(std::string(outcome.table.email.at(0)), std::string("a@x.org"));
        QCOMPARE(outcome.table.age[0], 35);
    }

    // Several files for one table: an exact name beats a loose one, plain .csv beats .csv.gz.
    void shouldPickTheBestMatchingFile_data() {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("plain beats gzip")
            << QStringList{"customer_info.csv", "customer_info.csv.gz"} << "customer_info.csv";
        QTest::newRow("exact gzip beats a loose plain name")
            << QStringList{"Customer Info.csv", "customer_info.csv.gz"} << "customer_info.csv.gz";
        QTest::newRow("exact beats loose")
            << QStringList{"Customer-Info.csv", "customer_info.csv"} << "customer_info.csv";
    }
    void shouldPickTheBestMatchingFile() {
        QFETCH(QStringList, files);
        QFETCH(QString, chosen);
        QTemporaryDir dir;
        for (const QString& f : files)
            QVERIFY(writeAll(dir.filePath(f), "customer_id\n1\n"));
        SourceSet sources;
        Message error;
        QVERIFY2(resolveSourceSet(dir.path().toStdString(), sources, error),
                 englishText(error).c_str());
        QCOMPARE(QFileInfo(QString::fromStdString(sources.at(SourceTable::CustomerInfo).path))
                     .fileName(),
                 chosen);
    }

    // A bad byte in a UTF-8 file becomes a warning on its line in the build report.
    // A file is hashed while it is read, or ahead of reading (the build does that on the core
    // customer_info leaves idle, giving each 4 MB step's pages back as it goes): the hash and
    // the records read afterwards must be the same either way. 10 MB spans several steps.
    void shouldHashTheFileAheadOrWhileReading_data() {
        QTest::addColumn<bool>("ahead");
        QTest::newRow("while reading") << false;
        QTest::newRow("ahead") << true;
    }

    void shouldHashTheFileAheadOrWhileReading() {
        QFETCH(bool, ahead);
        QTemporaryDir dir;
        QByteArray bytes = "customer_id,first_name,last_name\n";
        qint64 written = 0;
        for (; bytes.size() < 10'000'000; ++written)
            bytes += QByteArray::number(written) + ",Name" + QByteArray::number(written % 97) +
                     ",Surname\n";
        const QString path = dir.filePath("customer_info.csv");
        QVERIFY(writeAll(path, bytes));
        Message error;
        auto source = c360::openCsvRowSource({path.toStdString()}, {}, "customer_info", error);
        QVERIFY2(source, englishText(error).c_str());
        if (ahead)
            source->hashAhead();
        c360::CsvRecord record;
        qint64 rows = 0;
        while (source->next(record)) {
            QCOMPARE(record.fields.size(), 3u);
            if (record.fields[0] != std::to_string(rows))
                QFAIL(qPrintable("record " + QString::number(rows) + " reads wrong"));
            ++rows;
        }
        QCOMPARE(rows, written);
        const std::vector<c360::SourceFileInfo> files = source->finishFiles();
        QCOMPARE(files.size(), 1u);
        QCOMPARE(QByteArray::fromStdString(files[0].sha256),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    void shouldWarnAboutBadBytesOnTheirLine() {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath("customer_info.csv"),
                         "customer_id,first_name\n1,Zoë\n2,\"Two\nlines\"\n3,Bad\x81\n4,Müller\n"));
        SourceSet sources;
        Message error;
        QVERIFY(resolveSourceSet(dir.path().toStdString(), sources, error));
        BuildOptions options;
        parseIsoDate("2025-06-30", options.asOf);
        const BuildOutcome outcome = buildCustomer360(sources, options);
        QCOMPARE(outcome.status, BuildStatus::Ok);
        QCOMPARE(outcome.table.rowCount(), 4u); // nothing lost
        const TableReport& report = outcome.report.tables[0];
        QCOMPARE(report.warnings, 1u);
        QCOMPARE(report.issues.size(), 1u);
        QCOMPARE(report.issues[0].line, 5u);
        QVERIFY(englishText(report.issues[0].reason).find("0x81") != std::string::npos);
        QCOMPARE(QString::fromStdString(std::string(outcome.table.firstName.at(2))),
                 QString::fromUtf8("Bad\xEF\xBF\xBD"));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "test_sources.moc"

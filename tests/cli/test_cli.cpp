// The c360 executable as a user meets it: exit codes, help, messages, and what it leaves on disk.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include "cli_test_support.h"

using namespace cli_test;

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString demo_; // a generated source folder shared by the build tests

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        demo_ = dir_.filePath(QStringLiteral("demo"));
        generateDemoSources(demo_);
    }

    void shouldPrintHelp_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << QStringList{"--help"} << "c360 build SOURCE";
        QTest::newRow("help build") << QStringList{"help", "build"} << "--as-of YYYY-MM-DD";
        QTest::newRow("build --help") << QStringList{"build", "--help"} << "--high-spend N";
        QTest::newRow("build -h after args")
            << QStringList{"build", "somewhere", "-h"} << "Exit status";
        QTest::newRow("generate --help") << QStringList{"generate", "--help"} << "--customers N";
        QTest::newRow("export --help") << QStringList{"export", "--help"} << "--segment NAME";
        QTest::newRow("help segments")
            << QStringList{"help", "segments"} << "c360 segments WORKSPACE";
        QTest::newRow("--version") << QStringList{"--version"} << "c360 0.";
    }
    void shouldPrintHelp() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void shouldRejectBadArgumentsWithUsageError_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QStringList{} << "Usage";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
        QTest::newRow("build without source") << QStringList{"build"} << "SOURCE";
        QTest::newRow("build without output") << QStringList{"build", "x"} << "-o OUT.csv";
        QTest::newRow("output kind") << QStringList{"build", "x", "-o", "out.txt"} << ".csv";
        QTest::newRow("two sources")
            << QStringList{"build", "x", "y", "-o", "o.csv"} << "one SOURCE";
        QTest::newRow("bad date") << QStringList{"build", "x",       "-o",
                                                 "o.csv", "--as-of", "2025-13-01"}
                                  << "YYYY-MM-DD";
        QTest::newRow("day-first date")
            << QStringList{"build", "x", "-o", "o.csv", "--as-of", "31.01.2025"} << "YYYY-MM-DD";
        QTest::newRow("missing value")
            << QStringList{"build", "x", "-o", "o.csv", "--as-of"} << "YYYY-MM-DD";
        QTest::newRow("threads zero")
            << QStringList{"build", "x", "-o", "o.csv", "--threads", "0"} << "--threads";
        QTest::newRow("days negative")
            << QStringList{"build", "x", "-o", "o.csv", "--active-days=-1"} << "--active-days";
        QTest::newRow("spend text")
            << QStringList{"build", "x", "-o", "o.csv", "--high-spend", "lots"} << "amount";
        QTest::newRow("thresholds inverted")
            << QStringList{"build",          "x",  "-o", "o.csv", "--high-spend", "100",
                           "--medium-spend", "200"}
            << "must not be below";
        QTest::newRow("days inverted")
            << QStringList{"build", "x", "-o", "o.csv", "--active-days", "100"} << "--at-risk-days";
        QTest::newRow("unknown option")
            << QStringList{"build", "x", "-o", "o.csv", "--fast"} << "unknown option --fast";
        QTest::newRow("generate without count")
            << QStringList{"generate", "-o", "d"} << "--customers";
        QTest::newRow("generate without output")
            << QStringList{"generate", "--customers", "5"} << "-o DIR";
        QTest::newRow("generate zero")
            << QStringList{"generate", "--customers", "0", "-o", "d"} << "from 1";
    }
    void shouldRejectBadArgumentsWithUsageError() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void shouldExplainWhyNoBuildIsPossible_data() {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no customer_info") << "no-customers"
                                          << "customer_info.csv";
        QTest::newRow("missing source") << "missing"
                                        << "does not exist";
        QTest::newRow("customer_info is a folder") << "folder"
                                                   << "folder";
        QTest::newRow("workbook renamed to csv") << "xlsx"
                                                 << "save it as";
        QTest::newRow("required column missing") << "no-id-column"
                                                 << "customer_id";
        QTest::newRow("not a database") << "text-file"
                                        << "neither a folder nor a SQLite";
    }
    void shouldExplainWhyNoBuildIsPossible() {
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        QTemporaryDir work;
        QString source = work.filePath("src");
        QDir().mkpath(source);
        if (setup == "no-customers") {
            writeFile(source + "/purchases.csv", "customer_id,transaction_id,total_amount\n");
        } else if (setup == "missing") {
            source = work.filePath("nowhere");
        } else if (setup == "folder") {
            QDir().mkpath(source + "/customer_info.csv");
        } else if (setup == "xlsx") {
            writeFile(source + "/customer_info.csv", QByteArray("PK\x03\x04", 4) + "rest");
        } else if (setup == "no-id-column") {
            writeFile(source + "/customer_info.csv", "Customer Number,first_name\n1,Ann\n");
        } else if (setup == "text-file") {
            source = work.filePath("notes.txt");
            writeFile(source, "hello\n");
        }
        const QString out = work.filePath("out/customer_360.csv");
        QDir().mkpath(work.filePath("out"));
        writeFile(out, "previous result\n");
        const Run r = runCli({"build", source, "-o", out, "--as-of", "2025-06-30"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        // A failed build leaves the previous output untouched and no temporary files.
        QCOMPARE(readFile(out), QByteArray("previous result\n"));
        QCOMPARE(entries(work.filePath("out")), QStringList{"customer_360.csv"});
    }

    void shouldSuggestTheClosestHeader() {
        QTemporaryDir work;
        writeFile(work.filePath("customer_info.csv"), "Customer-Id,first_name\n1,Ann\n");
        writeFile(work.filePath("purchase_transactions.csv"),
                  "customer_id,transaction,total_amount\n1,T1,5\n");
        const Run r = runCli({"build", work.path(), "-o", work.filePath("o.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("transaction_id"), qPrintable(r.err));
        QVERIFY2(r.err.contains("Did you mean \"transaction\""), qPrintable(r.err));
    }

    void shouldBuildCsvWithSummary() {
        const QString out = dir_.filePath("c.csv");
        const Run r = runCli({"build", demo_, "-o", out, "--as-of", "2025-06-30"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Value segment"), qPrintable(r.out));
        QVERIFY(r.out.contains("Never Purchased"));
        QVERIFY(r.out.contains("Favourite category (customers per category, top 5)"));
        const QList<QByteArray> lines = readFile(out).split('\n');
        QVERIFY(lines.size() > 2);
        QCOMPARE(lines.first(),
                 QByteArray("customer_id,first_name,last_name,email,phone_number,date_of_birth,"
                            "registration_date,age,days_since_registration,total_purchases,"
                            "total_spend,avg_purchase_value,last_purchase_date,"
                            "days_since_last_purchase,favorite_category,favorite_brand,"
                            "total_interactions,avg_satisfaction_score,resolved_interactions,"
                            "campaigns_engaged,positive_responses,total_sessions,"
                            "avg_pages_per_session,avg_time_per_session,customer_value_segment,"
                            "customer_status,issue_resolution_rate,campaign_response_rate,"
                            "website_engagement_rate"));
        QVERIFY(!readFile(out).contains('\r'));
        // The summary's customer count is the number of data rows in the file.
        const QRegularExpression countLine(QStringLiteral("customer_360: ([0-9,]+) customers"));
        const auto match = countLine.match(r.out);
        QVERIFY(match.hasMatch());
        const int customers = match.captured(1).remove(',').toInt();
        QVERIFY(customers > 250);
        // Rows can hold quoted newlines, so count records with the workspace below instead of
        // lines here; the header is checked above.
        QVERIFY(lines.size() - 2 >= customers);
    }

    void shouldWriteWorkspaceWithBuildInfoAndReport() {
        const QString out = dir_.filePath("w.c360");
        const Run r = runCli({"build", demo_, "-o", out, "--as-of", "2025-06-30", "--high-spend",
                              "1200", "--quiet"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(queryColumn(out, "SELECT value FROM build_info WHERE key='as_of'"),
                 QStringList{"2025-06-30"});
        QCOMPARE(queryColumn(out, "SELECT value FROM build_info WHERE key='high_spend_threshold'"),
                 QStringList{"1200"});
        QCOMPARE(queryColumn(out, "SELECT count(*) FROM build_sources"), QStringList{"7"});
        // The recorded SHA-256 is the file's.
        const QByteArray bytes = readFile(demo_ + "/purchase_transactions.csv");
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(queryColumn(out, "SELECT sha256 FROM build_sources WHERE table_name="
                                  "'purchase_transactions'"),
                 QStringList{sha});
        QCOMPARE(queryColumn(out, "SELECT size_bytes FROM build_sources WHERE table_name="
                                  "'purchase_transactions'"),
                 QStringList{QString::number(bytes.size())});
        // customer_360 has the seed's types and every row of the CSV build.
        QCOMPARE(queryColumn(out, "SELECT type FROM pragma_table_info('customer_360') WHERE "
                                  "name IN ('customer_id','total_spend','last_purchase_date')"),
                 (QStringList{"INTEGER", "REAL", "DATE"}));
        const QStringList customers = queryColumn(out, "SELECT count(*) FROM customer_360");
        const QStringList reported =
            queryColumn(out, "SELECT value FROM build_info WHERE key='customers'");
        QCOMPARE(customers, reported);
        QCOMPARE(queryColumn(out, "SELECT count(*) FROM customer_360 WHERE "
                                  "customer_value_segment='High' AND total_spend <= 1200"),
                 QStringList{"0"});
        // The report: seven tables, with issues that name a line and a reason.
        QCOMPARE(queryColumn(out, "SELECT count(*) FROM report_tables"), QStringList{"7"});
        QCOMPARE(
            queryColumn(out, "SELECT count(*) FROM report_issues WHERE line < 1 OR reason = ''"),
            QStringList{"0"});
        QVERIFY(queryColumn(out, "SELECT count(*) FROM report_issues").value(0).toInt() > 0);
        QCOMPARE(entries(dir_.path()).filter(".tmp-"), QStringList{});
    }

    void shouldWriteJsonReport() {
        const QString report = dir_.filePath("report.json");
        const Run r = runCli({"build", demo_, "-o", dir_.filePath("r.csv"), "--as-of", "2025-06-30",
                              "--report", report, "--max-issues", "3"});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(report), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root["as_of"].toString(), QString("2025-06-30"));
        const QJsonArray tables = root["tables"].toArray();
        QCOMPARE(tables.size(), 7);
        quint64 rejected = 0;
        for (const QJsonValue& t : tables) {
            const QJsonObject o = t.toObject();
            // Every row read is accounted for.
            const auto n = [&o](const char* k) { return o[k].toInteger(); };
            QCOMPARE(n("rows_read"), n("loaded") + n("rejected") + n("left_out_by_as_of") +
                                         n("customer_left_out") + n("orphans"));
            QVERIFY(o["issues"].toArray().size() <= 3);
            QVERIFY(n("issues_total") >= o["issues"].toArray().size());
            rejected += static_cast<quint64>(n("rejected"));
            for (const QJsonValue& i : o["issues"].toArray()) {
                const QJsonObject issue = i.toObject();
                QVERIFY(issue["line"].toInteger() >= 1);
                QVERIFY(!issue["reason"].toString().isEmpty());
                QVERIFY(!issue["file"].toString().isEmpty());
            }
        }
        QCOMPARE(static_cast<quint64>(root["rejected_total"].toInteger()), rejected);
        QVERIFY(rejected > 0);
    }

    // The output must not depend on the thread count: a CSV byte for byte; a workspace's
    // customer_360 row for row, with every value and its SQLite type. With several threads,
    // purchases are aggregated in slices of customers (from 4,096 customers) and the
    // workspace's customer_360 is written in slices (one per thread, at least 1,024 rows each)
    // appended in order: 5,000 customers give 1, 2 and 4 slices.
    void shouldGiveTheSameOutputForAnyThreadCount_data() {
        QTest::addColumn<int>("generatedCustomers"); // 0: the bundled demo
        QTest::addColumn<QString>("extension");
        QTest::newRow("demo to CSV") << 0 << "csv";
        QTest::newRow("5,000 customers to a workspace") << 5000 << "c360";
    }

    void shouldGiveTheSameOutputForAnyThreadCount() {
        QFETCH(int, generatedCustomers);
        QFETCH(QString, extension);
        QString sources = demo_;
        if (generatedCustomers > 0) {
            sources = dir_.filePath("threads-src");
            QCOMPARE(
                runCli({"generate", "--customers", QString::number(generatedCustomers), "--seed",
                        "3", "--as-of", "2025-06-30", "-o", sources, "--no-progress"})
                    .exitCode,
                0);
        }
        QByteArray first;
        for (const char* threads : {"1", "2", "8"}) {
            const QString out = dir_.filePath(QString("threads%1.%2").arg(threads, extension));
            const Run r = runCli({"build", sources, "-o", out, "--as-of", "2025-06-30", "--threads",
                                  threads, "--quiet"});
            QCOMPARE(r.exitCode, 0);
            QByteArray content;
            if (extension == "csv") {
                content = readFile(out);
            } else {
                const QStringList columns =
                    queryColumn(out, "SELECT name FROM pragma_table_info('customer_360')");
                QCOMPARE(columns.size(), 29);
                QStringList cells;
                for (const QString& c : columns)
                    cells << QString("typeof(%1) || ':' || quote(%1)").arg(c);
                const QStringList rows = queryColumn(out, "SELECT " + cells.join(" || '|' || ") +
                                                              " FROM customer_360 ORDER BY rowid");
                QVERIFY(rows.size() > 4000);
                content = rows.join('\n').toUtf8();
            }
            QVERIFY(!content.isEmpty());
            if (first.isEmpty())
                first = content;
            else
                QVERIFY2(content == first, threads);
        }
    }

    void shouldGenerateDeterministically() {
        const QString a = dir_.filePath("genA"), b = dir_.filePath("genB"),
                      c = dir_.filePath("genC");
        QCOMPARE(runCli({"generate", "--customers", "200", "--seed", "9", "--as-of", "2025-01-31",
                         "-o", a})
                     .exitCode,
                 0);
        QCOMPARE(runCli({"generate", "--customers", "200", "--seed", "9", "--as-of", "2025-01-31",
                         "-o", b})
                     .exitCode,
                 0);
        QCOMPARE(runCli({"generate", "--customers", "200", "--seed", "10", "--as-of", "2025-01-31",
                         "-o", c})
                     .exitCode,
                 0);
        const QStringList files = entries(a);
        QCOMPARE(files.size(), 7);
        bool anyDifferent = false;
        for (const QString& f : files) {
            QCOMPARE(readFile(a + "/" + f), readFile(b + "/" + f));
            anyDifferent = anyDifferent || readFile(a + "/" + f) != readFile(c + "/" + f);
        }
        QVERIFY2(anyDifferent, "another seed must give other data");
    }

    void shouldInspectWithoutWriting() {
        QTemporaryDir work;
        QVERIFY(QDir().mkpath(work.filePath("src")));
        writeFile(work.filePath("src/customer_info.csv"),
                  "Kunden-Nr;Vorname;Geburtsdatum\r\n1;Zo\xEB;31.01.1990\r\n2;J\xFCrgen;x\r\n");
        writeFile(work.filePath("src/orders.csv"),
                  "Kunden-Nr;Bestellung;Betrag\r\n1;B1;1.234,50\r\n9;B2;5,00\r\n");
        const QStringList mapping = {"--table", "purchase_transactions=orders.csv",
                                     "--map",   "customer_info.customer_id=Kunden-Nr",
                                     "--map",   "customer_info.first_name=Vorname",
                                     "--map",   "customer_info.date_of_birth=Geburtsdatum",
                                     "--map",   "purchase_transactions.customer_id=Kunden-Nr",
                                     "--map",   "purchase_transactions.transaction_id=Bestellung",
                                     "--map",   "purchase_transactions.total_amount=Betrag"};
        const Run r =
            runCli(QStringList{"inspect", work.filePath("src"), "--as-of", "2025-06-30"} + mapping);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Windows-1252, columns separated by semicolons"),
                 qPrintable(r.out));
        QVERIFY(r.out.contains("decimal mark ','"));
        QVERIFY(r.out.contains("transaction_id (required) <- \"Bestellung\" (mapped)"));
        QVERIFY(r.out.contains(QString::fromUtf8("1 | Zoë | 31.01.1990")));
        QVERIFY(r.out.contains("line 3, Geburtsdatum"));
        QVERIFY(r.out.contains("A build would give 2 customers"));
        QCOMPARE(entries(work.filePath("src")), (QStringList{"customer_info.csv", "orders.csv"}));

        // The same mapping builds, with the decimal comma and grouping read as written.
        const QString out = work.filePath("out.csv");
        const Run b = runCli(QStringList{"build", work.filePath("src"), "-o", out, "--as-of",
                                         "2025-06-30", "--quiet"} +
                             mapping);
        QCOMPARE(b.exitCode, 0);
        const QList<QByteArray> lines = readFile(out).split('\n');
        QVERIFY2(lines.value(1).startsWith(
                     QString::fromUtf8("1,Zoë,,,,1990-01-31,,35,,1,1234.5,").toUtf8()),
                 lines.value(1).constData());
    }

    void shouldInspectAsJson() {
        const Run r = runCli({"inspect", demo_, "--json", "--rows", "2", "--as-of", "2025-06-30"});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(root["build_possible"].toBool());
        const QJsonArray tables = root["tables"].toArray();
        QCOMPARE(tables.size(), 7);
        const QJsonObject purchases = tables[1].toObject();
        QCOMPARE(purchases["table"].toString(), QString("purchase_transactions"));
        QCOMPARE(purchases["sample"].toArray().size(), 2);
        QCOMPARE(purchases["files"].toArray()[0].toObject()["delimiter"].toString(), QString(","));
        bool sawAmount = false;
        for (const QJsonValue& c : purchases["columns"].toArray())
            if (c.toObject()["column"].toString() == "total_amount")
                sawAmount = c.toObject()["source_column"].toString() == "total_amount";
        QVERIFY(sawAmount);
        QVERIFY(purchases["rejected"].toInteger() > 0);
    }

    void shouldSayWhenInspectFindsNoBuildPossible() {
        QTemporaryDir work;
        writeFile(work.filePath("customer_info.csv"), "id,name\n1,Ann\n");
        const Run r = runCli({"inspect", work.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("customer_id (required) <- MISSING"), qPrintable(r.out));
        QVERIFY(r.out.contains("A build is not possible yet"));
    }

    void shouldReadSeveralFilesAsOneTable() {
        QTemporaryDir work;
        QVERIFY(QDir().mkpath(work.filePath("sales")));
        writeFile(work.filePath("customer_info.csv"), "customer_id\n1\n2\n");
        writeFile(work.filePath("sales/2025-01.csv"),
                  "customer_id,transaction_id,total_amount\n1,T1,10.10\n");
        writeFile(work.filePath("sales/2025-02.csv"),
                  "customer_id,transaction_id,total_amount\n1,T2,20.20\n2,T3,abc\n");
        const QString report = work.filePath("report.json");
        const Run r = runCli({"build", work.path(), "--table", "purchase_transactions=sales/*.csv",
                              "-o", work.filePath("o.csv"), "--report", report, "--quiet"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readFile(work.filePath("o.csv")).contains("\n1,,,,,,,,,2,30.3,15.15,"));
        const QJsonObject root = QJsonDocument::fromJson(readFile(report)).object();
        const QJsonObject purchases = root["tables"].toArray()[1].toObject();
        const QJsonObject issue = purchases["issues"].toArray()[0].toObject();
        QVERIFY2(issue["file"].toString().endsWith("sales/2025-02.csv"),
                 qPrintable(issue["file"].toString()));
        QCOMPARE(issue["line"].toInt(), 3);
        QCOMPARE(root["sources"].toArray().size(), 3);

        // Files whose columns differ are not silently merged.
        writeFile(work.filePath("sales/2025-03.csv"), "customer,transaction,amount\n1,T4,1\n");
        const Run bad = runCli({"build", work.path(), "--table",
                                "purchase_transactions=sales/*.csv", "-o", work.filePath("p.csv")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("has other columns than"), qPrintable(bad.err));
        QVERIFY(!QFile::exists(work.filePath("p.csv")));
    }

    void shouldWriteRejectedRowsToFixAndAddBack() {
        QTemporaryDir work;
        writeFile(work.filePath("customer_info.csv"), "customer_id,first_name\n1,Ann\n1,Dup\n");
        writeFile(work.filePath("purchase_transactions.csv"),
                  "customer_id,transaction_id,total_amount\n1,T1,5\n1,T2,\"abc\"\n1,T3,7,extra\n");
        const QString rejects = work.filePath("rejects");
        const Run r =
            runCli({"build", work.path(), "-o", work.filePath("o.csv"), "--rejects", rejects});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Rejected rows to fix and add back"));
        const QList<QByteArray> c = readFile(rejects + "/customer_info.rejected.csv").split('\n');
        QCOMPARE(c.value(0), QByteArray("customer_id,first_name,c360_file,c360_line,c360_reason"));
        QVERIFY2(c.value(1).startsWith("1,Dup,") && c.value(1).contains(",3,"), c.value(1));
        const QList<QByteArray> p =
            readFile(rejects + "/purchase_transactions.rejected.csv").split('\n');
        QVERIFY2(p.value(1).startsWith("1,T2,abc,") && p.value(1).contains(",3,"), p.value(1));
        QVERIFY2(p.value(2).startsWith("1,T3,7,extra,") && p.value(2).contains(",4,"), p.value(2));
        QCOMPARE(p.size(), 4); // header, two rows, final newline
        QVERIFY(!QFile::exists(rejects + "/website_behavior.rejected.csv"));
    }

    void shouldStopAtTheFirstBadRowWhenAsked() {
        QTemporaryDir work;
        writeFile(work.filePath("customer_info.csv"), "customer_id\n1\n\"\"\n2\n");
        const QString out = work.filePath("o.csv");
        const Run stop = runCli({"build", work.path(), "-o", out, "--on-error", "stop"});
        QCOMPARE(stop.exitCode, 1);
        QVERIFY2(stop.err.contains("customer_info.csv, line 3"), qPrintable(stop.err));
        QVERIFY(!QFile::exists(out));
        const Run skip = runCli({"build", work.path(), "-o", out, "--on-error", "skip", "--quiet"});
        QCOMPARE(skip.exitCode, 0);
        QVERIFY(QFile::exists(out));
        QCOMPARE(runCli({"build", work.path(), "-o", out, "--on-error", "maybe"}).exitCode, 2);
    }

    void shouldReadSlashDatesInTheChosenOrder_data() {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("expected");
        QTest::newRow("detected: month first") << ""
                                               << "2024-03-04";
        QTest::newRow("dmy") << "dmy"
                             << "2024-04-03";
        QTest::newRow("mdy for one table") << "customer_info=mdy"
                                           << "2024-03-04";
    }
    void shouldReadSlashDatesInTheChosenOrder() {
        QFETCH(QString, order);
        QFETCH(QString, expected);
        QTemporaryDir work;
        writeFile(work.filePath("customer_info.csv"),
                  "customer_id,registration_date\n1,03/04/2024\n");
        QStringList args{"build",   work.path(),  "-o",     work.filePath("o.csv"),
                         "--as-of", "2025-06-30", "--quiet"};
        if (!order.isEmpty())
            args << "--date-order" << order;
        QCOMPARE(runCli(args).exitCode, 0);
        QCOMPARE(readFile(work.filePath("o.csv")).split('\n').value(1).split(',').value(6),
                 expected.toUtf8());
        QCOMPARE(runCli({"build", work.path(), "-o", "o.csv", "--date-order", "ymd"}).exitCode, 2);
    }

    void shouldRejectBadSourceChoices_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("map") << QStringList{"--map", "customer_info.price=x"} << "Its columns are";
        QTest::newRow("table") << QStringList{"--table", "orders=x.csv"} << "not one of the tables";
        QTest::newRow("encoding") << QStringList{"--encoding", "ebcdic"} << "Unknown encoding";
        QTest::newRow("delimiter") << QStringList{"--delimiter", "ab"} << "Unknown delimiter";
        QTest::newRow("mapping file")
            << QStringList{"--mapping", "/nonexistent.ini"} << "Cannot read the mapping file";
    }
    void shouldRejectBadSourceChoices() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = runCli(QStringList{"build", demo_, "-o", "o.csv"} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void shouldBuildFromGeneratedSqliteLikeFromCsv() {
        const QString folder = dir_.filePath("both"), db = dir_.filePath("both.sqlite");
        QCOMPARE(runCli({"generate", "--customers", "250", "--seed", "3", "--as-of", "2025-06-30",
                         "-o", folder, "--sqlite", db})
                     .exitCode,
                 0);
        const QString fromCsv = dir_.filePath("fromCsv.csv"), fromDb = dir_.filePath("fromDb.csv");
        QCOMPARE(
            runCli({"build", folder, "-o", fromCsv, "--as-of", "2025-06-30", "--quiet"}).exitCode,
            0);
        QCOMPARE(runCli({"build", db, "-o", fromDb, "--as-of", "2025-06-30", "--quiet"}).exitCode,
                 0);
        QVERIFY(readFile(fromCsv).size() > 1000);
        QCOMPARE(readFile(fromDb), readFile(fromCsv));
    }
};

int runCliTests(int argc, char** argv) {
    TestCli tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "test_cli.moc"

// The engine's messages as values: every kind has a stable name that reads back, the English
// text of hand-written messages is the sentence the CLI has always printed, messages survive
// JSON, and a workspace keeps the build report's notes and reasons as kinds with arguments —
// while one written before that still shows its stored English text.
#include "engine/build.h"
#include "messages/message.h"
#include "messages/message_json.h"
#include "output/workspace_output.h"
#include "workspace/workspace_reader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace c360;

Q_DECLARE_METATYPE(c360::Message)

namespace {

MessageKind kindAt(std::size_t i) {
    return static_cast<MessageKind>(i);
}

// A message of `kind` with a distinct argument per parameter: "A1", "A2", … for text, digits for
// numbers (never "1", which would pick a singular), a decimal, and a cause of its own.
Message sampleOf(MessageKind kind) {
    Message m(kind);
    const std::string_view parameters = messageParameters(kind);
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        switch (parameters[i]) {
        case 'n':
        case 'p':
            m.args.push_back(std::to_string(20 + i));
            break;
        case 'd':
            m.args.push_back("3.25");
            break;
        case 'c':
            m.cause = std::make_shared<const Message>(textMessage("C1"));
            break;
        default:
            m.args.push_back("A" + std::to_string(i + 1));
        }
    }
    return m;
}

bool writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

bool execSql(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    const bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
                    sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QStringList querySql(const QString& path, const char* sql) {
    QStringList out;
    sqlite3* db = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

std::vector<MessageKind> kindsOf(const std::vector<Message>& messages) {
    std::vector<MessageKind> out;
    for (const Message& m : messages)
        out.push_back(m.kind);
    return out;
}

bool holds(const std::vector<MessageKind>& kinds, MessageKind kind) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

} // namespace

class TestMessages : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    BuildOutcome built_;
    QString workspace_;

private slots:
    // A build with rejected rows, warnings and notes, written as a workspace.
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const QString src = dir_.filePath("src");
        QVERIFY(QDir().mkpath(src));
        QVERIFY(writeText(src + "/customer_info.csv",
                          "customer_id,first_name,last_name,email,phone_number,date_of_birth,"
                          "registration_date\n"
                          "1,Ann,Lee,a@example.com,1,1980-01-01,2020-01-01\n"
                          "1,Dup,Lee,b@example.com,2,1980-01-01,2020-01-01\n"
                          "2,Bo,Ray,c@example.com,3\n"
                          "3,Cy,Fox,d@example.com,4,2030-01-01,2021-01-01\n"));
        QVERIFY(writeText(src + "/purchase_transactions.csv",
                          "customer_id,transaction_id,total_amount,product_id,purchase_date\n"
                          "1,T1,10.00,P1,2025-01-01\n"
                          "9,T2,5.00,P1,2025-01-02\n"
                          "1,T3,abc,P1,2025-01-03\n"));
        SourceSet sources;
        Message error;
        QVERIFY2(resolveSourceSet(src.toStdString(), sources, error), englishText(error).c_str());
        BuildOptions options;
        options.asOf = daysFromCivil(2025, 6, 30);
        built_ = buildCustomer360(sources, options);
        QVERIFY2(built_.status == BuildStatus::Ok, englishText(built_.error).c_str());
        workspace_ = dir_.filePath("report.c360");
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"}, workspace_.toStdString(),
                                error),
                 englishText(error).c_str());
    }

    void shouldGiveEveryKindAUniqueStableName() {
        const QRegularExpression shape(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
        QSet<QString> names;
        QVERIFY(kMessageKindCount > 100);
        for (std::size_t i = 0; i < kMessageKindCount; ++i) {
            const QString name = QString::fromUtf8(messageKindName(kindAt(i)).data(),
                                                   qsizetype(messageKindName(kindAt(i)).size()));
            QVERIFY2(shape.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(!names.contains(name), qPrintable("twice: " + name));
            names.insert(name);
            QCOMPARE(messageKindFromName(name.toStdString()), std::optional(kindAt(i)));
        }
        QCOMPARE(messageKindFromName("no.such_kind"), std::nullopt);
        QCOMPARE(messageKindFromName(""), std::nullopt);
        // Stored in workspaces and JSON reports: these names must never change.
        QCOMPARE(messageKindName(MessageKind::Text), std::string_view("text"));
        QCOMPARE(messageKindName(MessageKind::RaggedRow), std::string_view("record.ragged_row"));
        QCOMPARE(messageKindName(MessageKind::OrphanRows), std::string_view("build.orphan_rows"));
    }

    // Each kind's parameters are well formed and its English text uses every one of them.
    void shouldUseEveryParameterInTheEnglishText() {
        const QRegularExpression placeholder(QStringLiteral("%L?n|%[0-9]"));
        for (std::size_t i = 0; i < kMessageKindCount; ++i) {
            const MessageKind kind = kindAt(i);
            const std::string_view parameters = messageParameters(kind);
            const QByteArray name(messageKindName(kind).data(),
                                  qsizetype(messageKindName(kind).size()));
            for (std::size_t k = 0; k < parameters.size(); ++k) {
                QVERIFY2(std::string_view("tndpc").find(parameters[k]) != std::string_view::npos,
                         name.constData());
                if (parameters[k] == 'c')
                    QVERIFY2(k + 1 == parameters.size(), name.constData());
                if (parameters[k] == 'p')
                    QVERIFY2(k == 0, name.constData());
            }
            QCOMPARE(messageHasPlural(kind), !parameters.empty() && parameters.front() == 'p');
            const Message m = sampleOf(kind);
            const QString text = QString::fromStdString(englishText(m));
            QVERIFY2(!text.isEmpty(), name.constData());
            QVERIFY2(!placeholder.match(text).hasMatch(), qPrintable(name + ": " + text));
            for (const std::string& arg : m.args)
                QVERIFY2(text.contains(QString::fromStdString(arg)),
                         qPrintable(name + " lacks " + QString::fromStdString(arg) + ": " + text));
            if (m.cause)
                QVERIFY2(text.contains("C1"), qPrintable(name + ": " + text));
        }
    }

    void shouldWordMessagesInEnglish_data() {
        QTest::addColumn<Message>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ragged row")
            << Message(MessageKind::RaggedRow, {"7", "5"})
            << "The row has 7 fields but the header has 5. A delimiter inside a value needs "
               "quotes around the value; check this line in the file.";
        QTest::newRow("one orphan")
            << Message(MessageKind::OrphanRows, {"1", "\"1009\""})
            << "1 row refers to customers not in customer_info and was left out (for example "
               "\"1009\").";
        QTest::newRow("several orphans")
            << Message(MessageKind::OrphanRows, {"4", "\"9\", \"10\""})
            << "4 rows refer to customers not in customer_info and were left out (for example "
               "\"9\", \"10\").";
        QTest::newRow("one unknown product")
            << Message(MessageKind::UnknownProducts, {"1"})
            << "1 line names a product_id that is not in product_catalog: it counts towards "
               "purchases and spend, not towards favourites.";
        QTest::newRow("a date after as_of, read another way")
            << Message(MessageKind::BirthDateReadAfterAsOf,
                       {"01/02/2031", "2031-02-01", "2025-06-30"})
            << "\"01/02/2031\" (2031-02-01) is after as_of (2025-06-30): age is left empty. Check "
               "the date.";
        QTest::newRow("a cause in the middle")
            << Message(MessageKind::StoppedAtFirstRejection, {"/data/a.csv", "12"},
                       Message(MessageKind::RaggedRowKept, {"3", "4"}))
            << "Stopped at the first rejected row, as asked: /data/a.csv, line 12: The row has 3 "
               "fields but the header has 4. Correct it and run the build again, or leave out "
               "--on-error stop to skip such rows and have them reported.";
        QTest::newRow("a folder given as a file")
            << Message(MessageKind::CannotReadFile, {"x.csv"}, Message(MessageKind::IsAFolder))
            << "Cannot read x.csv: it is a folder, not a file. Check that the file exists, is not "
               "open exclusively in another program, and that you may read it.";
        QTest::newRow("a chain of hints")
            << Message(MessageKind::MissingColumn,
                       {"f.csv", "customer_info", "customer_id", "\"id\", \"name\""},
                       Message(MessageKind::DidYouMean, {"id", "customer_id"},
                               Message(MessageKind::RenameOrMapColumn,
                                       {"customer_info", "customer_id"})))
            << "f.csv: the table customer_info needs the column customer_id, which the header "
               "does not have. The header has: \"id\", \"name\". Did you mean \"id\" for "
               "customer_id? Rename the column in the file's first line, or say which column it "
               "is with --map customer_info.customer_id=\"Column name\", and run the build again.";
        QTest::newRow("a delimiter named by a cause")
            << Message(MessageKind::DelimiterDetected, {}, Message(MessageKind::DelimiterTabs))
            << "Columns are separated by tabs (detected).";
        QTest::newRow("a value holding a placeholder stays as it is")
            << Message(MessageKind::NotANumber, {"50%2"})
            << "\"50%2\" is not a number. The value was read as empty; correct it in the file if "
               "it matters.";
        QTest::newRow("stored text") << textMessage("Anything, as it was stored: 100%1.")
                                     << "Anything, as it was stored: 100%1.";
    }
    void shouldWordMessagesInEnglish() {
        QFETCH(Message, message);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(englishText(message)), expected);
        QCOMPARE(englishText(std::optional<Message>(message)), englishText(message));
        QCOMPARE(englishText(std::optional<Message>()), std::string());
    }

    void shouldCompareMessagesByValue() {
        const Message a(MessageKind::InFile, {"a.csv"}, Message(MessageKind::EmptyFile));
        const Message b(MessageKind::InFile, {"a.csv"}, Message(MessageKind::EmptyFile));
        QVERIFY(a.cause != b.cause); // two chains …
        QVERIFY(a == b);             // … that say the same
        QVERIFY(
            !(a == Message(MessageKind::InFile, {"a.csv"}, Message(MessageKind::DecimalComma))));
        QVERIFY(!(a == Message(MessageKind::InFile, {"a.csv"})));
        QVERIFY(!(a == Message(MessageKind::InFile, {"b.csv"}, Message(MessageKind::EmptyFile))));
    }

    void shouldReadBackTheJsonItWrites() {
        const Message chain(
            MessageKind::AtFileLine, {"map \"x\"\\y.txt", "3"},
            Message(MessageKind::MappingSettingOutsideSection, {"Zoë\n\t\x01 ✓ 😀"}));
        const std::string json = messageToJson(chain);
        QCOMPARE(messageFromJson(json), std::optional(chain));
        const std::vector<Message> list = {chain, Message(MessageKind::EmptyFile), textMessage("")};
        QCOMPARE(messagesFromJson(messagesToJson(list)), std::optional(list));
        QCOMPARE(messagesFromJson("[]"), std::optional(std::vector<Message>{}));
        // Written by other tools: spaces, escapes, keys this version does not use.
        QCOMPARE(messageFromJson(R"( { "args" : [ "\u00e9\ud83d\ude00" ], "x": [1, {"y": null}],
                                      "kind" : "value.not_a_number" } )"),
                 std::optional(Message(MessageKind::NotANumber, {"é😀"})));
        for (const char* bad : {"", "{}", "[", "{\"kind\":\"from.the_future\",\"args\":[]}",
                                "{\"kind\":\"text\",\"args\":[\"x\"]} trailing",
                                "{\"kind\":\"text\",\"args\":[\"unterminated]}"})
            QVERIFY2(!messageFromJson(bad), bad);
    }

    // The workspace keeps kind and arguments next to the English text, and gives them back.
    void shouldKeepTheReportsMessagesInTheWorkspace() {
        const TableReport* customers = built_.report.find("customer_info");
        const TableReport* purchases = built_.report.find("purchase_transactions");
        QVERIFY(customers && purchases);
        std::vector<MessageKind> reasons;
        for (const TableReport& t : built_.report.tables)
            for (const Issue& i : t.issues)
                reasons.push_back(i.reason.kind);
        for (const MessageKind expected :
             {MessageKind::RaggedRow, MessageKind::DuplicateCustomerId,
              MessageKind::BirthDateAfterAsOf, MessageKind::NotAnAmount})
            QVERIFY2(holds(reasons, expected), messageKindName(expected).data());
        QVERIFY(holds(kindsOf(purchases->notes), MessageKind::OrphanRows));
        QVERIFY(holds(kindsOf(built_.report.find("product_catalog")->notes),
                      MessageKind::NoTableCsvInFolder));

        BuildReport read;
        Message error;
        QVERIFY2(readWorkspaceReport(workspace_.toStdString(), read, error),
                 englishText(error).c_str());
        QCOMPARE(read.asOf, std::string("2025-06-30"));
        QCOMPARE(read.customers, built_.report.customers);
        QCOMPARE(read.tables.size(), built_.report.tables.size());
        for (std::size_t t = 0; t < read.tables.size(); ++t) {
            const TableReport& want = built_.report.tables[t];
            const TableReport& got = read.tables[t];
            QCOMPARE(got.table, want.table);
            QCOMPARE(got.rejected, want.rejected);
            QCOMPARE(got.issuesTotal, want.issuesTotal);
            QVERIFY2(got.notes == want.notes, want.table.c_str());
            QCOMPARE(got.issues.size(), want.issues.size());
            for (std::size_t i = 0; i < got.issues.size(); ++i) {
                QVERIFY2(got.issues[i].reason == want.issues[i].reason,
                         englishText(want.issues[i].reason).c_str());
                QCOMPARE(got.issues[i].line, want.issues[i].line);
                QCOMPARE(got.issues[i].severity, want.issues[i].severity);
                QCOMPARE(got.issues[i].raw, want.issues[i].raw);
            }
        }
        // For sqlite3 users: the English text, and the kind's name to count by.
        const QStringList kinds = querySql(
            workspace_, "SELECT reason_kind FROM report_issues WHERE table_name = 'customer_info' "
                        "ORDER BY rowid");
        QVERIFY2(kinds.contains("record.ragged_row"), qPrintable(kinds.join(' ')));
        const QStringList english = querySql(
            workspace_, "SELECT reason FROM report_issues WHERE reason_kind = 'record.ragged_row'");
        QCOMPARE(english, QStringList{"The row has 5 fields but the header has 7. A delimiter "
                                      "inside a value needs quotes around the value; check this "
                                      "line in the file."});
    }

    // A workspace written before messages were stored holds English text only: it is shown
    // as it was written. So is a stored message of a kind this version does not know.
    void shouldShowTheEnglishTextOfAnOlderWorkspace() {
        const QString old = dir_.filePath("older.c360");
        QVERIFY(QFile::copy(workspace_, old));
        QVERIFY(execSql(old, "ALTER TABLE report_issues DROP COLUMN reason_message; "
                             "ALTER TABLE report_issues DROP COLUMN reason_kind; "
                             "ALTER TABLE report_tables DROP COLUMN note_messages;"));
        BuildReport read;
        Message error;
        QVERIFY2(readWorkspaceReport(old.toStdString(), read, error), englishText(error).c_str());
        QCOMPARE(read.tables.size(), built_.report.tables.size());
        for (std::size_t t = 0; t < read.tables.size(); ++t) {
            const TableReport& want = built_.report.tables[t];
            const TableReport& got = read.tables[t];
            QCOMPARE(got.notes.size(), want.notes.size());
            for (std::size_t n = 0; n < got.notes.size(); ++n)
                QVERIFY(got.notes[n] == textMessage(englishText(want.notes[n])));
            QCOMPARE(got.issues.size(), want.issues.size());
            for (std::size_t i = 0; i < got.issues.size(); ++i)
                QVERIFY(got.issues[i].reason == textMessage(englishText(want.issues[i].reason)));
        }

        const QString newer = dir_.filePath("newer.c360");
        QVERIFY(QFile::copy(workspace_, newer));
        QVERIFY(execSql(newer, "UPDATE report_issues SET reason_message = "
                               "'{\"kind\":\"from.the_future\",\"args\":[\"x\"]}'"));
        QVERIFY(readWorkspaceReport(newer.toStdString(), read, error));
        const Issue& first = read.find("customer_info")->issues.front();
        QCOMPARE(first.reason.kind, MessageKind::Text);
        QCOMPARE(first.reason.args,
                 std::vector<std::string>{
                     englishText(built_.report.find("customer_info")->issues.front().reason)});

        QVERIFY(!readWorkspaceReport(dir_.filePath("src/customer_info.csv").toStdString(), read,
                                     error));
        QVERIFY2(englishText(error).find("is not a workspace") != std::string::npos,
                 englishText(error).c_str());
    }
};

int runMessageTests(int argc, char** argv) {
    TestMessages tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "test_messages.moc"

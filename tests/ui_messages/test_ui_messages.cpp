// The workbench's words for the engine's messages (ui/messages.h) against the core's English
// (englishText): for every kind the two renderers must say the same thing in English, with
// every argument in its place. A kind added to one and not the other fails here. Then what only
// the workbench does: numbers in the user's locale, text shown as it is, the issues CSV as shown.
#include "language.h"
#include "messages.h"
#include "report_issues_model.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;
using c360::ui::messageText;

Q_DECLARE_METATYPE(c360::Message)

namespace {

// A message of `kind` with an argument per parameter: "A1", "A2", … for text; digits for the
// parameters documented as numbers (20 and up, or `count` for the count that picks the plural
// form); a decimal; and a cause of its own.
Message sampleOf(MessageKind kind, int count = 20) {
    Message m(kind);
    const std::string_view parameters = messageParameters(kind);
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        switch (parameters[i]) {
        case 'n':
            m.args.push_back(std::to_string(20 + i));
            break;
        case 'p':
            m.args.push_back(std::to_string(count));
            break;
        case 'd':
            m.args.push_back("3.25");
            break;
        case 'c':
            m.cause =
                std::make_shared<const Message>(Message(MessageKind::RaggedRowKept, {"30", "40"}));
            break;
        default:
            m.args.push_back("A" + std::to_string(i + 1));
        }
    }
    return m;
}

QString nameOf(MessageKind kind) {
    const std::string_view name = messageKindName(kind);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace

class TestUiMessages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // The English plural forms ("1 customer", "2 customers") come from a translation.
        c360::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldSayWhatTheCoreSaysInEnglish_data() {
        QTest::addColumn<Message>("message");
        for (std::size_t i = 0; i < kMessageKindCount; ++i) {
            const auto kind = static_cast<MessageKind>(i);
            QTest::newRow(qPrintable(nameOf(kind))) << sampleOf(kind);
            // The singular needs the English plural forms (c360_en.ts) to match the core's.
            if (messageHasPlural(kind))
                QTest::addRow("%s, one", qPrintable(nameOf(kind))) << sampleOf(kind, 1);
        }
    }
    void shouldSayWhatTheCoreSaysInEnglish() {
        QFETCH(Message, message);
        const int count = messageHasPlural(message.kind) ? std::stoi(message.args.front()) : -1;
        QVERIFY2(!c360::ui::messagePattern(message.kind, count).isEmpty(),
                 "the workbench has no words for this kind (ui/message_patterns_*.cpp)");
        const QString text = messageText(message);
        QCOMPARE(text, QString::fromStdString(englishText(message)));
        QVERIFY2(!QRegularExpression(QStringLiteral("%L?n|%[0-9]")).match(text).hasMatch(),
                 qPrintable(text));
        for (const std::string& arg : message.args)
            QVERIFY2(text.contains(QString::fromStdString(arg)),
                     qPrintable(QString::fromStdString(arg) + " is missing from: " + text));
        if (message.cause)
            QVERIFY2(text.contains("The row has 30 fields but the header has 40."),
                     qPrintable("the cause is missing from: " + text));
    }

    void shouldFormatNumbersInTheUsersLocale() {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString ragged = messageText(Message(MessageKind::RaggedRow, {"12345", "5"}));
        const QString rounded =
            messageText(Message(MessageKind::AmountRounded, {"1234.56789", "1234.5679"}));
        const QString counted = messageText(Message(MessageKind::OrphanRows, {"2500", "\"9\""}));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(ragged.contains("12.345"), qPrintable(ragged));
        // The value as written stays as written; the amount it became is a number.
        QVERIFY2(rounded.contains("\"1234.56789\""), qPrintable(rounded));
        QVERIFY2(rounded.contains("1.234,5679"), qPrintable(rounded));
        QVERIFY2(counted.contains("2.500"), qPrintable(counted));
        QVERIFY2(counted.contains("\"9\""), qPrintable(counted));
    }

    void shouldShowTextAsItIs() {
        // Stored text and the system's own words are never translated or filled in.
        QCOMPARE(messageText(textMessage("100%1 sure, %2")), QStringLiteral("100%1 sure, %2"));
        QCOMPARE(messageText(Message(MessageKind::SystemReason, {"No such file or directory"})),
                 QStringLiteral("No such file or directory"));
        // An argument that holds a placeholder is not filled in again.
        QCOMPARE(messageText(Message(MessageKind::NotANumber, {"%2"})),
                 QStringLiteral("\"%2\" is not a number. The value was read as empty; correct it "
                                "in the file if it matters."));
        QCOMPARE(messageText(std::optional<Message>()), QString());
    }

    void shouldWordEveryLinkOfAChain() {
        const auto chainAt = [](const char* line) {
            return Message(MessageKind::NothingWrittenAfter, {"/tmp/w.c360"},
                           Message(MessageKind::StoppedAtFirstRejection, {"a.csv", line},
                                   Message(MessageKind::CannotReadFile, {"b.csv"},
                                           Message(MessageKind::IsAFolder))));
        };
        QCOMPARE(messageText(chainAt("12")), QString::fromStdString(englishText(chainAt("12"))));
        // Numbers deep in the chain follow the locale too (the CLI writes digits only).
        QVERIFY(messageText(chainAt("1200")).contains("a.csv, line 1,200: Cannot read b.csv"));
    }

    // The CSV "Export issues as CSV…" writes is for the user: the reasons as the dialog shows
    // them, in the user's language.
    void shouldWriteTheIssuesAsShown() {
        QTemporaryDir dir;
        Issue issue;
        issue.severity = Severity::Rejected;
        issue.file = "/data/customer_info.csv";
        issue.line = 7;
        issue.column = "customer_id";
        issue.reason = Message(MessageKind::DuplicateCustomerId, {"17"});
        const QString path = dir.filePath("issues.csv");
        QString error;
        QVERIFY2(c360::ui::writeIssuesCsv({issue}, path, error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(f.readAll());
        QVERIFY2(written.contains(messageText(issue.reason).replace("\"", "\"\"")),
                 qPrintable(written));
        QVERIFY2(written.contains("customer_id \"\"17\"\" appeared on an earlier line"),
                 qPrintable(written));
    }
};

QTEST_MAIN(TestUiMessages)

#include "test_ui_messages.moc"

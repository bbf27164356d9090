// The RFC 4180 record parser: hand-written cases for each rule, a differential fuzz against a
// slow reference parser, and the conformance suites in the shared data folder.
//
// Where the project's policy differs from a suite, the project's answer is written out in a
// named policy table (policies() in conformance_suites.cpp), so a change in behaviour fails here
// and has to be a decision. docs/csv_conformance.md explains each policy.
//
// The reference parser and the record helpers are in csv_test_support.*; the suites' loading,
// the policy table and the csvlint cases in conformance_suites.*, conformance_loaders.cpp and
// csvlint_cases.cpp.
#include "csv/csv_parser.h"

#include "conformance_suites.h"
#include "csv_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

using namespace c360;
using namespace csvtest;
using namespace std::string_view_literals;

class TestCsvParser : public QObject {
    Q_OBJECT

private slots:
    void cleanupTestCase();

    void shouldParseRecords_data();
    void shouldParseRecords();
    void shouldReportBom_data();
    void shouldReportBom();
    void shouldKeepVeryLongFields_data();
    void shouldKeepVeryLongFields();
    void shouldSurviveRandomBytes_data();
    void shouldSurviveRandomBytes();

    void shouldMatchCsvSpectrum_data();
    void shouldMatchCsvSpectrum() { runConformance(); }
    void shouldMatchRustCsvCore_data();
    void shouldMatchRustCsvCore() { runConformance(); }
    void shouldMatchPapaParse_data();
    void shouldMatchPapaParse() { runConformance(); }
    void shouldMatchCpythonCsv_data();
    void shouldMatchCpythonCsv() { runConformance(); }
    void shouldMatchCsvlintFixtures_data();
    void shouldMatchCsvlintFixtures() { runConformance(); }

private:
    void runConformance();
};

// ---------------------------------------------------------------------------------------------
// Unit cases

void TestCsvParser::shouldParseRecords_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Recs>("expected");
    const auto row = [](const char* name, std::string_view input, Recs expected,
                        char delimiter = ',') {
        QTest::newRow(name) << QByteArray(input.data(), static_cast<qsizetype>(input.size()))
                            << delimiter << expected;
    };

    row("empty input", "", {});
    row("one field", "a", {rec({"a"}).at(1)});
    row("quoted fields", "\"a\",\"b c\"\n", {rec({"a", "b c"}).at(1)});
    row("quoted empty field is not blank", "\"\"\n", {rec({""}).at(1)});
    row("doubled quotes", "\"say \"\"hi\"\"\",x\n", {rec({"say \"hi\"", "x"})});
    row("only doubled quotes", "\"\"\"\"\"\"\n", {rec({"\"\""})});
    row("delimiter inside quotes", "\"a,b\",c\n", {rec({"a,b", "c"})});
    row("LF inside quotes", "\"a\nb\",c\nd\n", {rec({"a\nb", "c"}).at(1, 2), rec({"d"}).at(3)});
    row("CRLF inside quotes", "\"a\r\nb\",c\r\nd\r\n",
        {rec({"a\r\nb", "c"}).at(1, 2), rec({"d"}).at(3)});
    row("bare CR inside quotes", "\"a\rb\",c\rd", {rec({"a\rb", "c"}).at(1, 2), rec({"d"}).at(3)});
    row("CRLF line endings", "a,b\r\nc,d\r\n", {rec({"a", "b"}).at(1), rec({"c", "d"}).at(2)});
    row("LF line endings", "a,b\nc,d\n", {rec({"a", "b"}).at(1), rec({"c", "d"}).at(2)});
    row("bare CR line endings", "a,b\rc,d\r", {rec({"a", "b"}).at(1), rec({"c", "d"}).at(2)});
    row("mixed line endings", "a\r\nb\nc\rd",
        {rec({"a"}).at(1), rec({"b"}).at(2), rec({"c"}).at(3), rec({"d"}).at(4)});
    row("LF CR is two line breaks", "a\n\rb",
        {rec({"a"}).at(1), blankLine().at(2), rec({"b"}).at(3)});
    row("BOM skipped", "\xEF\xBB\xBFid,name\n1,x\n",
        {rec({"id", "name"}).at(1), rec({"1", "x"}).at(2)});
    row("BOM before a quoted header", "\xEF\xBB\xBF\"id\"\n", {rec({"id"}).at(1)});
    row("BOM only", "\xEF\xBB\xBF", {});
    row("BOM in the middle is data",
        "a\n\xEF\xBB\xBF"
        "b\n",
        {rec({"a"}), rec({"\xEF\xBB\xBF"
                          "b"})});
    row("last line without newline", "a,b\nc,d", {rec({"a", "b"}).at(1), rec({"c", "d"}).at(2)});
    row("last quoted field without newline", "a,\"b\"", {rec({"a", "b"}).at(1)});
    row("empty fields", ",,\n", {rec({"", "", ""})});
    row("empty quoted fields", "\"\",\"\"\n", {rec({"", ""})});
    row("trailing delimiter", "a,b,\n", {rec({"a", "b", ""})});
    row("trailing delimiter at end of file", "a,b,", {rec({"a", "b", ""})});
    row("trailing delimiter after quoted field at end of file", "\"a\",", {rec({"a", ""})});
    row("single delimiter", ",", {rec({"", ""})});
    row("empty lines are blank records", "a\n\nb\n\n",
        {rec({"a"}).at(1), blankLine().at(2), rec({"b"}).at(3), blankLine().at(4)});
    row("empty CRLF lines", "\r\n\r\na\r\n",
        {blankLine().at(1), blankLine().at(2), rec({"a"}).at(3)});
    row("whitespace line is not blank", " \n", {rec({" "})});
    row("line numbers after multi-line fields",
        "h1,h2\n\"one\ntwo\nthree\",x\nnext,y\n\"a\r\nb\",\"c\rd\"\nlast,z",
        {rec({"h1", "h2"}).at(1), rec({"one\ntwo\nthree", "x"}).at(2, 4), rec({"next", "y"}).at(5),
         rec({"a\r\nb", "c\rd"}).at(6, 8), rec({"last", "z"}).at(9)});
    row("line numbers across doubled quotes and newlines", "\"a\"\"\n\"\"b\"\nc",
        {rec({"a\"\n\"b"}).at(1, 2), rec({"c"}).at(3)});
    row("unterminated quote runs to end of file", "id,name\n1,\"Bob\n2,Ann\n",
        {rec({"id", "name"}).at(1), rec({"1", "Bob\n2,Ann\n"}).unterminated(1).at(2, 3)});
    row("unterminated quote on the first line", "\"abc", {rec({"abc"}).unterminated(0).at(1)});
    row("unterminated quote after a doubled quote", "x\n\"a\"\"b",
        {rec({"x"}).at(1), rec({"a\"b"}).unterminated(0).at(2)});
    row("lone quote at end of file", "a,\"", {rec({"a", ""}).unterminated(1).at(1)});
    row("text after closing quote", "\"abc\"def,x\n", {rec({"abcdef", "x"}).after(0).at(1)});
    row("text after doubled quotes", "\"a\"\"b\"c\n", {rec({"a\"bc"}).after(0)});
    row("space after closing quote", "\"a\" ,b\n", {rec({"a ", "b"}).after(0)});
    row("quote after closing quote text", "\"a\"b\"c\",d\n", {rec({"ab\"c\"", "d"}).after(0)});
    row("quote inside unquoted field is literal", "a\"b,c\"\n", {rec({"a\"b", "c\""})});
    row("space before opening quote makes it literal", " \"a,b\"\n", {rec({" \"a", "b\""})});
    row("two notes in one record", "\"a\"x,\"b\"y\n", {rec({"ax", "by"}).after(0).after(1)});
    row("semicolon delimiter", "a;\"b;c\";d,e\n", {rec({"a", "b;c", "d,e"})}, ';');
    row("tab delimiter", "a\t\"b\tc\"\t\n", {rec({"a", "b\tc", ""})}, '\t');
    row("tab delimiter keeps commas", "1,5\t2\n", {rec({"1,5", "2"})}, '\t');
    row("NUL bytes are data", "a\0b,\"c\0\"\n"sv, {rec({"a\0b"sv, "c\0"sv})});
    row("high bytes are data", "caf\xE9,\xFF\n", {rec({"caf\xE9", "\xFF"})});
}

void TestCsvParser::shouldParseRecords() {
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(Recs, expected);
    const Outcome out =
        parseAll(std::string_view(input.constData(), static_cast<std::size_t>(input.size())),
                 CsvDialect{delimiter, '"'});
    QVERIFY2(out.broken.isEmpty(), qPrintable(out.broken));
    QCOMPARE(show(maskLines(out.records, expected)), show(expected));
}

void TestCsvParser::shouldReportBom_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<qulonglong>("firstRaw"); // where the first record's bytes start
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a\n")
                         << true << 3ULL;
    QTest::newRow("no BOM") << QByteArray("a\n") << false << 0ULL;
    QTest::newRow("half a BOM is data") << QByteArray("\xEF\xBB"
                                                      "a\n")
                                        << false << 0ULL;
    QTest::newRow("UTF-16 BOM is data") << QByteArray("\xFF\xFE"
                                                      "a\n")
                                        << false << 0ULL;
}

void TestCsvParser::shouldReportBom() {
    QFETCH(QByteArray, input);
    QFETCH(bool, bom);
    QFETCH(qulonglong, firstRaw);
    const std::string_view data(input.constData(), static_cast<std::size_t>(input.size()));
    CsvParser parser(data);
    QCOMPARE(parser.hadBom(), bom);
    CsvRecord record;
    QVERIFY(parser.next(record));
    QCOMPARE(static_cast<qulonglong>(record.raw.data() - data.data()), firstRaw);
    QCOMPARE(record.line, 1ULL);
}

void TestCsvParser::shouldKeepVeryLongFields_data() {
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<int>("size");
    QTest::newRow("unquoted 4 MB") << false << (4 << 20);
    QTest::newRow("quoted 4 MB with doubled quotes and newlines") << true << (4 << 20);
}

void TestCsvParser::shouldKeepVeryLongFields() {
    QFETCH(bool, quoted);
    QFETCH(int, size);
    // The value: a repeating pattern; the quoted one holds quotes and line breaks too.
    std::string value;
    value.reserve(static_cast<std::size_t>(size));
    const std::string_view pattern = quoted ? "ab\"c\nd,e\r\n"sv : "abcdefgh;"sv;
    while (value.size() < static_cast<std::size_t>(size))
        value += pattern;
    std::string data = "before,";
    if (quoted) {
        data += '"';
        for (char c : value) {
            if (c == '"')
                data += '"';
            data += c;
        }
        data += '"';
    } else {
        data += value;
    }
    data += ",after\nnext\n";

    const Outcome out = parseAll(data);
    QVERIFY2(out.broken.isEmpty(), qPrintable(out.broken));
    QCOMPARE(out.records.size(), std::size_t{2});
    const Rec& first = out.records[0];
    QCOMPARE(first.fields.size(), std::size_t{3});
    QCOMPARE(first.fields[0], std::string("before"));
    QVERIFY(first.fields[1] == value); // not QCOMPARE: a failure would print 4 MB
    QCOMPARE(first.fields[2], std::string("after"));
    QVERIFY(first.notes.empty());
    const std::uint64_t breaks = quoted ? lineBreaks(value) : 0;
    QCOMPARE(first.endLine, 1 + breaks);
    QCOMPARE(out.records[1].line, 2 + breaks);
}

void TestCsvParser::shouldSurviveRandomBytes_data() {
    QTest::addColumn<QByteArray>("alphabet"); // empty: every byte value
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<uint>("seed");
    // Mostly the bytes that steer the parser, so the odd paths are reached often.
    const QByteArray csvish("\"\",,;\t\r\n\r\nab \xEF\xBB\xBF'");
    QTest::newRow("csv-like bytes, comma") << csvish << ',' << '"' << 1u;
    QTest::newRow("csv-like bytes, semicolon") << csvish << ';' << '"' << 2u;
    QTest::newRow("csv-like bytes, tab, single quote") << csvish << '\t' << '\'' << 3u;
    QTest::newRow("any bytes, comma") << QByteArray() << ',' << '"' << 4u;
    QTest::newRow("any bytes, NUL delimiter") << QByteArray() << '\0' << '"' << 5u;
}

void TestCsvParser::shouldSurviveRandomBytes() {
    QFETCH(QByteArray, alphabet);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(uint, seed);
    // mt19937's sequence is fixed by the standard, so every run sees the same inputs; only
    // raw engine output is used (distributions differ between standard libraries).
    std::mt19937 random(seed);
    const CsvDialect dialect{delimiter, quote};
    for (int i = 0; i < 3000; ++i) {
        const std::size_t length = random() % 160;
        std::string data;
        for (std::size_t j = 0; j < length; ++j) {
            const std::uint32_t r = random();
            data += alphabet.isEmpty() ? static_cast<char>(r & 0xFF)
                                       : alphabet[static_cast<qsizetype>(r % alphabet.size())];
        }
        const Outcome out = parseAll(data, dialect);
        const QString context = QStringLiteral("input %1 (%2): ").arg(i).arg(show(data));
        QVERIFY2(out.broken.isEmpty(), qPrintable(context + out.broken));
        const Recs expected = referenceParse(data, dialect);
        if (out.records != expected)
            QFAIL(qPrintable(
                context +
                QStringLiteral("parser %1\nreference %2").arg(show(out.records), show(expected))));
    }
}

// ---------------------------------------------------------------------------------------------
// Conformance

void TestCsvParser::runConformance() {
    QFETCH(ConfCase, c);
    if (c.missing)
        QSKIP(qPrintable(QStringLiteral("%1/%2 is absent (no ../shared checkout): the %2 "
                                        "conformance suite was not run")
                             .arg(sharedDataDir(), c.suite)));
    QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
    Tally& tally = tallies()[c.suite];
    ++tally.cases;

    // Every case, compared or not, must parse to the end without breaking an invariant.
    const Outcome out = parseAll(
        std::string_view(c.input.constData(), static_cast<std::size_t>(c.input.size())), c.dialect);
    QVERIFY2(out.broken.isEmpty(), qPrintable(out.broken));

    // The slow reference reads every case the same way (compared or not).
    const Recs reference = referenceParse(
        std::string_view(c.input.constData(), static_cast<std::size_t>(c.input.size())), c.dialect);
    QVERIFY2(
        out.records == reference,
        qPrintable(
            QStringLiteral("parser %1\nreference %2").arg(show(out.records), show(reference))));
    if (!c.skip.isEmpty()) {
        ++tally.skipped[c.skip];
        QSKIP(qPrintable(QStringLiteral("needs %1 (parsed to the end without error; not "
                                        "compared)")
                             .arg(c.skip)));
    }

    // csvlint cases are written in the parser's own terms (blank flags included).
    Recs actual = c.verdict.isEmpty() ? applyView(out.records, c.view) : out.records;
    // papaparse "preview" counts data rows: without a header here, after it below.
    if (!c.header && c.limit >= 0 && actual.size() > static_cast<std::size_t>(c.limit))
        actual.resize(static_cast<std::size_t>(c.limit));

    if (!c.verdict.isEmpty()) {
        // csvlint: the project's records are in the case itself.
        if (c.csvlintWidth >= 0) {
            for (const Rec& r : actual)
                QCOMPARE(r.fields.size(), static_cast<std::size_t>(c.csvlintWidth));
        }
        if (c.csvlintTotal == kAnyRecords) {
            // A binary file: the invariants and the reference above are the assertions.
            QVERIFY(!actual.empty());
            ++tally.passed;
            return;
        }
        if (c.csvlintTotal >= 0) {
            QCOMPARE(actual.size(), static_cast<std::size_t>(c.csvlintTotal));
            actual.resize(std::min(actual.size(), c.expected.size()));
        }
        QCOMPARE(show(maskLines(actual, c.expected)), show(c.expected));
        if (c.csvlintRule) {
            ++tally.viaPolicy;
            ++tally.rules[QLatin1String(ruleName(*c.csvlintRule))];
        }
        ++tally.passed;
        return;
    }

    if (c.policy) {
        // The entry must still be a disagreement, or it is noise in the table.
        if (c.header) {
            QVERIFY2(toObjects(c.policy->expected) != c.expectedObjects,
                     "policy entry agrees with the suite: remove it");
        } else {
            QVERIFY2(c.policy->expected != c.expected || c.suiteError,
                     "policy entry agrees with the suite: remove it");
        }
        QCOMPARE(show(maskLines(actual, c.policy->expected)), show(c.policy->expected));
        ++tally.viaPolicy;
        ++tally.rules[QLatin1String(ruleName(c.policy->rule))];
        ++tally.passed;
        return;
    }

    QVERIFY2(!c.suiteError, "the suite expects an error here: the project's answer belongs in "
                            "the policy table");
    if (c.header) {
        for (const Rec& r : actual)
            QVERIFY2(r.notes.empty(), qPrintable(QStringLiteral("unexpected note: ") + show(r)));
        QJsonArray objects = toObjects(applyView(out.records, c.view));
        while (c.limit >= 0 && objects.size() > c.limit)
            objects.removeLast();
        QCOMPARE(
            QString::fromUtf8(QJsonDocument(objects).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(c.expectedObjects).toJson(QJsonDocument::Compact)));
    } else {
        // The suite's records carry no notes, so this also asserts that none was raised.
        QCOMPARE(show(maskLines(actual, c.expected)), show(c.expected));
    }
    ++tally.passed;
}

void TestCsvParser::cleanupTestCase() {
    for (const auto& [suite, t] : tallies()) {
        int skipped = 0;
        QString reasons;
        for (const auto& [reason, n] : t.skipped) {
            skipped += n;
            reasons += QStringLiteral("\n      skipped %1 x %2").arg(n).arg(reason);
        }
        for (const auto& [rule, n] : t.rules)
            reasons += QStringLiteral("\n      policy %1 x %2").arg(n).arg(rule);
        qInfo().noquote() << QStringLiteral("%1: %2 cases, %3 compared, %4 passed (%5 by policy), "
                                            "%6 skipped%7")
                                 .arg(suite)
                                 .arg(t.cases)
                                 .arg(t.cases - skipped)
                                 .arg(t.passed)
                                 .arg(t.viaPolicy)
                                 .arg(skipped)
                                 .arg(reasons);
    }
}

// ---------------------------------------------------------------------------------------------
// The suites' rows (conformance_loaders.cpp, csvlint_cases.cpp)

void TestCsvParser::shouldMatchCsvSpectrum_data() {
    addCsvSpectrumRows();
}

void TestCsvParser::shouldMatchRustCsvCore_data() {
    addRustCsvRows();
}

void TestCsvParser::shouldMatchPapaParse_data() {
    addPapaParseRows();
}

void TestCsvParser::shouldMatchCpythonCsv_data() {
    addCpythonRows();
}

void TestCsvParser::shouldMatchCsvlintFixtures_data() {
    addCsvlintRows();
}

QTEST_GUILESS_MAIN(TestCsvParser)
#include "test_csv_parser.moc"

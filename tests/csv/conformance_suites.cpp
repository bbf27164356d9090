// The machinery shared by the conformance suites (rows, views, reading the suites' files) and
// the policy table.
#include "conformance_suites.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTest>

#include <utility>

using namespace c360;

namespace csvtest {

QString sharedDataDir() {
    return QStringLiteral(C360_SHARED_DATA_DIR);
}

const char* ruleName(Rule r) {
    switch (r) {
    case Rule::TextAfterClosingQuoteKept:
        return "TextAfterClosingQuoteKept";
    case Rule::QuoteInUnquotedFieldLiteral:
        return "QuoteInUnquotedFieldLiteral";
    case Rule::BareCrEndsRecord:
        return "BareCrEndsRecord";
    case Rule::FinalLineBreakEndsRecord:
        return "FinalLineBreakEndsRecord";
    case Rule::UnterminatedQuoteFlagged:
        return "UnterminatedQuoteFlagged";
    case Rule::BlankLineSkipped:
        return "BlankLineSkipped";
    case Rule::EmptyValuesAreARecord:
        return "EmptyValuesAreARecord";
    case Rule::MixedLineEndingsAccepted:
        return "MixedLineEndingsAccepted";
    case Rule::NoFieldSizeLimit:
        return "NoFieldSizeLimit";
    case Rule::DialectChosenUpstream:
        return "DialectChosenUpstream";
    case Rule::TitleRowNotDetected:
        return "TitleRowNotDetected";
    case Rule::UpstreamExpectationWrong:
        return "UpstreamExpectationWrong";
    }
    return "?";
}

const std::string kBig(50000, 'X');

const std::vector<Policy>& policies() {
    using enum Rule;
    static const std::vector<Policy> table = {
        // csv-spectrum: its JSON gives phone 1234567890 and a single object; the CSV says
        // 2095257564. The project reads what the file says.
        {"csv-spectrum",
         "location_coordinates",
         UpstreamExpectationWrong,
         {rec({"Contact Phone Number", "Location Coordinates", "Cities", "Counties"}),
          rec({"2095257564",
               "37\xEF\xBF\xBD"
               "36'37.8\"N 121\xEF\xBF\xBD"
               "2'17.9\"W",
               "Modesto", "Stanislaus"})}},

        // rust-csv (csv-core is lenient and reports nothing; the project keeps the same
        // values but says what was odd).
        {"rust-csv", "quote_no_escapes", TextAfterClosingQuoteKept, {rec({"a\\b\""}).after(0)}},
        {"rust-csv", "quote_delimiter", UnterminatedQuoteFlagged, {rec({"a,b"}).unterminated(0)}},

        // papaparse
        {"papaparse",
         "core: Quoted field has no closing quote",
         UnterminatedQuoteFlagged,
         {rec({"a", "b,c\nd,e,f"}).unterminated(1)}},
        {"papaparse",
         "core: Quoted field has invalid trailing quote after delimiter with a valid closer",
         TextAfterClosingQuoteKept,
         {rec({"a,b", "c\""}).after(0), rec({"d", "e", "f"})}},
        {"papaparse",
         "core: Quoted field has invalid trailing quote after delimiter",
         TextAfterClosingQuoteKept,
         {rec({"a", "b,c"}).after(1), rec({"d", "e", "f"})}},
        {"papaparse",
         "core: Quoted field has invalid trailing quote before delimiter",
         TextAfterClosingQuoteKept,
         {rec({"a", "bc", "d"}).after(1), rec({"e", "f", "g"})}},
        {"papaparse",
         "core: Quoted field has invalid trailing quote after new line",
         TextAfterClosingQuoteKept,
         {rec({"a", "b,c\nde", "f", "g"}).after(1)}},
        {"papaparse",
         "core: One column input with empty fields",
         FinalLineBreakEndsRecord,
         {rec({"a"}), rec({"b"}), rec({""}), rec({""}), rec({"c"}), rec({"d"}), rec({"e"})}},
        {"papaparse",
         "core: Fast mode with blank line at end",
         FinalLineBreakEndsRecord,
         {rec({"a", "b", "c"})}},
        {"papaparse",
         "parse: Quoted fields with spaces between closing quote and next delimiter",
         TextAfterClosingQuoteKept,
         {rec({"A", "B ", "C", "D"}).after(1), rec({"E", "F", "G  ", "H"}).after(2)}},
        {"papaparse",
         "parse: Quoted fields with spaces between closing quote and next new line",
         TextAfterClosingQuoteKept,
         {rec({"A", "B", "C", "D "}).after(3), rec({"E", "F", "G", "H  "}).after(3),
          rec({"Q", "W", "E", "R"})}},
        {"papaparse",
         "parse: Quoted fields with spaces after closing quote",
         TextAfterClosingQuoteKept,
         {rec({"A", "B ", "C", "D "}).after(1).after(3),
          rec({"E", "F", "G  ", "H  "}).after(2).after(3), rec({"Q", "W", "E ", "R"}).after(2)}},
        {"papaparse",
         "parse: Mixed slash n and slash r should choose first as precident",
         BareCrEndsRecord,
         {rec({"a", "b", "c"}), rec({"d", "e", "f"}), rec({"g", "h", "i"})}},
        {"papaparse",
         "parse: Blank lines at end",
         FinalLineBreakEndsRecord,
         {rec({"a", "b", "c"}), rec({"d", "e", "f"}), rec({""})}},
        {"papaparse",
         "parse: Empty lines",
         FinalLineBreakEndsRecord,
         {rec({""}), rec({"a", "b", "c"}), rec({""}), rec({"d", "e", "f"}), rec({""})}},
        {"papaparse",
         "parse: Quoted fields with spaces between closing quote and next delimiter and "
         "contains delimiter",
         TextAfterClosingQuoteKept,
         {rec({"A", ",B ", "C", "D"}).after(1), rec({"E", "F", "G", "H"})}},
        {"papaparse",
         "parse: Quoted fields with spaces between closing quote and newline and contains "
         "newline",
         TextAfterClosingQuoteKept,
         {rec({"a", "b", "c\n "}).after(2), rec({"d", "e", "f"})}},

        // CPython (non-strict reads keep the same values silently; strict ones raise)
        {"cpython-test-csv", "test_read_bigfield#3", NoFieldSizeLimit, {rec({kBig, kBig})}},
        {"cpython-test-csv",
         "test_read_eof#1",
         UnterminatedQuoteFlagged,
         {rec({"a", ""}).unterminated(1)}},
        {"cpython-test-csv",
         "test_read_eof#2",
         UnterminatedQuoteFlagged,
         {rec({"a"}).unterminated(0)}},
        {"cpython-test-csv",
         "test_read_eof#4",
         UnterminatedQuoteFlagged,
         {rec({"a", ""}).unterminated(1)}},
        {"cpython-test-csv",
         "test_read_eof#5",
         UnterminatedQuoteFlagged,
         {rec({"a"}).unterminated(0)}},
        {"cpython-test-csv",
         "test_read_oddinputs#3",
         TextAfterClosingQuoteKept,
         {rec({"abc"}).after(0)}},
        {"cpython-test-csv",
         "TestDialectExcel.test_quote_and_quote",
         TextAfterClosingQuoteKept,
         {rec({"a \"b\""}).after(0)}},
        {"cpython-test-csv",
         "TestDialectExcel.test_quotes_and_more",
         TextAfterClosingQuoteKept,
         {rec({"ab"}).after(0)}},
    };
    return table;
}

const Policy* findPolicy(const QString& suite, const QString& id) {
    for (const Policy& p : policies()) {
        if (suite == QLatin1String(p.suite) && id == QString::fromUtf8(p.id))
            return &p;
    }
    return nullptr;
}

std::map<QString, Tally>& tallies() {
    static std::map<QString, Tally> t;
    return t;
}

Recs applyView(Recs recs, View view) {
    Recs out;
    for (Rec& r : recs) {
        if (r.blank && view == View::DropBlank)
            continue;
        if (r.blank && view == View::BlankAsNoFields)
            r.fields.clear();
        // Suites do not know the blank flag; their expectations are plain field lists.
        r.blank = false;
        out.push_back(std::move(r));
    }
    return out;
}

QJsonArray toObjects(const Recs& recs) {
    QJsonArray out;
    if (recs.empty())
        return out;
    const std::vector<std::string>& header = recs.front().fields;
    for (std::size_t i = 1; i < recs.size(); ++i) {
        QJsonObject obj;
        QJsonArray extra;
        const std::vector<std::string>& f = recs[i].fields;
        for (std::size_t j = 0; j < f.size(); ++j) {
            const QString value = QString::fromStdString(f[j]);
            if (j < header.size())
                obj.insert(QString::fromStdString(header[j]), value);
            else
                extra.append(value);
        }
        if (!extra.isEmpty())
            obj.insert(QStringLiteral("__parsed_extra"), extra);
        out.append(obj);
    }
    return out;
}

bool jsonToRecs(const QJsonValue& v, Recs& out, QString& problem) {
    if (!v.isArray()) {
        problem = QStringLiteral("expected records are not an array");
        return false;
    }
    for (const QJsonValue& row : v.toArray()) {
        if (!row.isArray()) {
            problem = QStringLiteral("a record is not an array");
            return false;
        }
        Rec r;
        for (const QJsonValue& field : row.toArray()) {
            if (!field.isString()) {
                problem = QStringLiteral("a field is not a string");
                return false;
            }
            r.fields.push_back(field.toString().toStdString());
        }
        out.push_back(std::move(r));
    }
    return true;
}

std::optional<QJsonDocument> readJson(const QString& path, QString& problem) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    QByteArray bytes = f.readAll();
    // Qt's JSON reader drops a raw U+FEFF at the start of a string ("\xEF\xBB\xBFa" reads as
    // "a"), which would empty the BOM cases; the escaped form survives. Not at offset 0, where
    // it would be the file's own BOM.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    bytes.replace("\xEF\xBB\xBF", "\\ufeff");
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        problem = QStringLiteral("%1: %2").arg(path, error.errorString());
        return std::nullopt;
    }
    return doc;
}

QByteArray readBytes(const QString& path, QString& problem) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    return f.readAll();
}

void addRows(const QString& suite, std::vector<ConfCase> cases) {
    QTest::addColumn<ConfCase>("c");
    const QString folder = sharedDataDir() + QLatin1Char('/') + suite;
    if (!QFileInfo::exists(folder)) {
        ConfCase c;
        c.suite = suite;
        c.missing = true;
        QTest::addRow("%s", "suite folder absent") << c;
        return;
    }
    std::map<QString, int> seen;
    for (ConfCase& c : cases) {
        c.suite = suite;
        if (++seen[c.id] > 1 && c.problem.isEmpty())
            c.problem = QStringLiteral("duplicate case id %1").arg(c.id);
        c.policy = findPolicy(suite, c.id);
        QTest::addRow("%s", qPrintable(c.id)) << c;
    }
    for (const Policy& p : policies()) {
        if (suite != QLatin1String(p.suite) || seen.count(QString::fromUtf8(p.id)))
            continue;
        ConfCase c;
        c.suite = suite;
        c.id = QStringLiteral("stale policy: ") + QString::fromUtf8(p.id);
        c.problem = QStringLiteral("the policy table names case \"%1\", which the suite does "
                                   "not have")
                        .arg(QString::fromUtf8(p.id));
        QTest::addRow("%s", qPrintable(c.id)) << c;
    }
}

} // namespace csvtest

// The csvlint suite: its fixture files and .feature scenarios with the project's records and
// csvlint's verdict for each, loaded as test rows.
#include "conformance_suites.h"

#include <QFileInfo>
#include <QList>

#include <map>
#include <utility>

using namespace c360;

namespace csvtest {

namespace {

// The docstring under a scenario of a Gherkin .feature file, unindented as Gherkin does: by
// the column of the opening """, or fully when a line is indented less than that.
QByteArray featureDocString(const QByteArray& feature, const QString& scenario, QString& problem) {
    const QList<QByteArray> lines = feature.split('\n');
    const QByteArray title = "Scenario: " + scenario.toUtf8();
    qsizetype i = 0;
    while (i < lines.size() && lines[i].trimmed() != title)
        ++i;
    while (i < lines.size() && lines[i].trimmed() != "\"\"\"")
        ++i;
    if (i >= lines.size()) {
        problem = QStringLiteral("no scenario \"%1\" with content").arg(scenario);
        return {};
    }
    const qsizetype indent = lines[i].indexOf('"');
    QByteArrayList content;
    for (++i; i < lines.size() && lines[i].trimmed() != "\"\"\""; ++i) {
        const QByteArray& line = lines[i];
        qsizetype lead = 0;
        while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t'))
            ++lead;
        content << line.mid(lead < indent ? lead : indent);
    }
    return content.join('\n');
}

struct CsvlintCase {
    const char* id;
    const char* fixture;  // a file in fixtures/, or nullptr
    const char* feature;  // a .feature file in features/ (with `scenario`), or nullptr
    const char* scenario; //
    CsvDialect dialect;
    const char* verdict;      // what csvlint says
    std::optional<Rule> rule; // set where the project's answer differs
    Recs expected;
    int total = -1; // set: `expected` is only the first records; the file has `total`
    int width = -1; // set: every record has this many fields
};

const std::vector<CsvlintCase>& csvlintCases() {
    using enum Rule;
    const Recs fooBarBaz = {rec({"Foo", "Bar", "Baz"}).at(1), rec({"1", "2", "3"}).at(2),
                            rec({"3", "2", "1"}).at(3)};
    const Recs bsr = {rec({"Foo", "Bsr", "Baz"}).at(1), rec({"Biff", "Baff", "Boff"}).at(2),
                      rec({"Qux", "Teaspoon", "Doge"}).at(3)};
    Recs many = {rec({"Foo", "Bar", "Baz"})};
    for (int i = 0; i < 3; ++i) {
        many.push_back(rec({"1", "2", "3"}));
        many.push_back(rec({"3", "2", "1"}));
    }
    const Recs bank = {rec({"Data", "Dependencia Origem", "Hist\xF3rico", "Data do Balancete",
                            "N\xFAmero do documento", "Valor", ""})
                           .at(1),
                       rec({"10/31/2012", "", "Saldo Anterior", "", "0", "100.00", ""}).at(2)};
    static const std::vector<CsvlintCase> table = {
        {"fixture valid.csv", "valid.csv", nullptr, nullptr, {}, "valid", {}, fooBarBaz},
        {"fixture valid_many_rows.csv",
         "valid_many_rows.csv",
         nullptr,
         nullptr,
         {},
         "valid",
         {},
         many},
        {"fixture white space in filename.csv",
         "white space in filename.csv",
         nullptr,
         nullptr,
         {},
         "valid",
         {},
         fooBarBaz},
        {"fixture crlf-line-endings.csv",
         "crlf-line-endings.csv",
         nullptr,
         nullptr,
         {},
         "valid, no info messages",
         {},
         bsr},
        {"fixture lf-line-endings.csv",
         "lf-line-endings.csv",
         nullptr,
         nullptr,
         {},
         "valid; info nonrfc_line_breaks",
         MixedLineEndingsAccepted,
         bsr},
        {"fixture cr-line-endings.csv",
         "cr-line-endings.csv",
         nullptr,
         nullptr,
         {},
         "valid by default; error line_breaks only when told to expect LF",
         {},
         {rec({"Foo", "Bar", "Baz"}).at(1), rec({"Biff", "Baff", "Boff"}).at(2),
          rec({"Qux", "Teaspoon", "Doge"}).at(3)}},
        {"fixture windows-line-endings.csv",
         "windows-line-endings.csv",
         nullptr,
         nullptr,
         {},
         "valid",
         {},
         {rec({"a", "b", "c"}).at(1), rec({"d", "e", "f"}).at(2)}},
        {"fixture inconsistent-line-endings.csv",
         "inconsistent-line-endings.csv",
         nullptr,
         nullptr,
         {},
         "error line_breaks",
         MixedLineEndingsAccepted,
         bsr},
        {"fixture inconsistent-line-endings-unquoted.csv",
         "inconsistent-line-endings-unquoted.csv",
         nullptr,
         nullptr,
         {},
         "error line_breaks",
         MixedLineEndingsAccepted,
         bsr},
        // Row 4 ends '"3" "' (noted, as csvlint's quoting error); line 8
        // is empty (csvlint: blank_rows error; here a blank record the loader skips).
        {"fixture invalid_many_rows.csv",
         "invalid_many_rows.csv",
         nullptr,
         nullptr,
         {},
         "invalid: quoting error on row 4, blank row 8",
         BlankLineSkipped,
         {rec({"Foo", "Bar", "Baz"}).at(1), rec({"1", "2", "3"}).at(2), rec({"3", "2", "1"}).at(3),
          rec({"1", "2", "3 \""}).after(2).at(4), rec({"3", "two", "1"}).at(5),
          rec({"1", "2", "3"}).at(6), rec({"3", "2", "1"}).at(7), blankLine().at(8),
          rec({"3", "2", "1"}).at(9), rec({"3", "2", "1"}).at(10), rec({"", "", ""}).at(11),
          rec({"3", "2", "1"}).at(12)}},
        {"fixture title-row.csv",
         "title-row.csv",
         nullptr,
         nullptr,
         {},
         "warning title_row",
         TitleRowNotDetected,
         {rec({"This is a title row", "", ""}).at(1), rec({"Foo", "Bsr", "Baz"}).at(2),
          rec({"Biff", "Baff", "Boff"}).at(3), rec({"Qux", "Teaspoon", "Doge"}).at(4)}},
        // Latin-1 bytes pass through untouched; choosing the encoding happens before parsing.
        {"fixture invalid-byte-sequence.csv",
         "invalid-byte-sequence.csv",
         nullptr,
         nullptr,
         {},
         "error invalid_encoding when read as UTF-8; clean as ISO-8859-1",
         {},
         bank,
         24,
         7},
        // Binary workbooks: only "parses to the end with every invariant"; refusing them with
        // a message is the source layer's job (describeNonCsvContent).
        {"fixture spreadsheet.xls",
         "spreadsheet.xls",
         nullptr,
         nullptr,
         {},
         "error invalid_encoding; warning excel",
         {},
         {},
         kAnyRecords},
        {"fixture spreadsheet.xlsx",
         "spreadsheet.xlsx",
         nullptr,
         nullptr,
         {},
         "warning excel",
         {},
         {},
         kAnyRecords},

        {"parse: valid CSV",
         nullptr,
         "parse_csv.feature",
         "Successfully parse a valid CSV",
         {},
         "valid",
         {},
         fooBarBaz},
        {"parse: newlines in quoted fields",
         nullptr,
         "parse_csv.feature",
         "Successfully parse a CSV with newlines in quoted fields",
         {},
         "valid",
         {},
         {rec({"a", "b", "c"}).at(1), rec({"d", "e", "this is\nvalid"}).at(2, 3),
          rec({"a", "b", "c"}).at(4)}},
        {"parse: multiple newlines in quoted fields",
         nullptr,
         "parse_csv.feature",
         "Successfully parse a CSV with multiple newlines in quoted fields",
         {},
         "valid",
         {},
         {rec({"a", "b", "c"}).at(1), rec({"d", "this is\nvalid", "as is this\ntoo"}).at(2, 4)}},
        {"parse: invalid CSV",
         nullptr,
         "parse_csv.feature",
         "Successfully report an invalid CSV",
         {},
         "invalid",
         QuoteInUnquotedFieldLiteral,
         {rec({"Foo", "\t\"Bar\"\t", "\t\"Baz"}).at(1)}},
        {"parse: incorrect quoting",
         nullptr,
         "parse_csv.feature",
         "Successfully report a CSV with incorrect quoting",
         {},
         "invalid",
         {},
         {rec({"Foo", "Bar", "Baz"}).unterminated(2).at(1)}},
        {"parse: incorrect whitespace",
         nullptr,
         "parse_csv.feature",
         "Successfully report a CSV with incorrect whitespace",
         {},
         "invalid",
         QuoteInUnquotedFieldLiteral,
         {rec({"Foo", "Bar", "   \"Baz\""}).at(1)}},
        // Ragged rows: the parser reports fields; the loader rejects rows of the wrong width.
        {"parse: ragged rows",
         nullptr,
         "parse_csv.feature",
         "Successfully report a CSV with ragged rows",
         {},
         "invalid (ragged_rows)",
         {},
         {rec({"col1", "col2", "col2"}).at(1), rec({"1", "2", "3"}).at(2), rec({"4", "5"}).at(3)}},
        {"parse: blank values",
         nullptr,
         "parse_csv.feature",
         "Don't class blank values as inconsistencies",
         {},
         "0 warnings",
         {},
         {rec({"col1", "col2", "col3"}), rec({"1", "2", "3"}), rec({"4", "5", "6"}),
          rec({"", "7", "8"}), rec({"9", "10", "11"}), rec({"", "12", "13"}), rec({"", "14", "15"}),
          rec({"16", "17", "18"})}},
        {"errors: ragged rows",
         nullptr,
         "validation_errors.feature",
         "CSV with ragged rows",
         {},
         "error ragged_rows on row 3",
         {},
         {rec({"col1", "col2", "col3"}).at(1), rec({"1", "2", "3"}).at(2), rec({"4", "5"}).at(3)}},
        {"errors: incorrect quoting",
         nullptr,
         "validation_errors.feature",
         "CSV with incorrect quoting",
         {},
         "error unclosed_quote on row 2",
         {},
         {rec({"col1", "col2", "col3"}).at(1), rec({"Foo", "Bar", "Baz"}).unterminated(2).at(2)}},
        {"errors: incorrect whitespace",
         nullptr,
         "validation_errors.feature",
         "Successfully report a CSV with incorrect whitespace",
         {},
         "error whitespace on row 2",
         QuoteInUnquotedFieldLiteral,
         {rec({"col1", "col2", "col3"}).at(1), rec({"Foo", "Bar", "   \"Baz\""}).at(2)}},
        {"errors: blank rows",
         nullptr,
         "validation_errors.feature",
         "Successfully report a CSV with blank rows",
         {},
         "error blank_rows on row 3",
         EmptyValuesAreARecord,
         {rec({"col1", "col2", "col3"}).at(1), rec({"Foo", "Bar", "Baz"}).at(2),
          rec({"", "", ""}).at(3), rec({"Baz", "Bar", "Foo"}).at(4)}},
        {"errors: trailing empty rows",
         nullptr,
         "validation_errors.feature",
         "Successfully report a CSV with multiple trailing empty rows",
         {},
         "error blank_rows on row 4",
         BlankLineSkipped,
         {rec({"col1", "col2", "col3"}).at(1), rec({"Foo", "Bar", "Baz"}).at(2),
          rec({"Foo", "Bar", "Baz"}).at(3), blankLine().at(4)}},
        {"errors: empty row",
         nullptr,
         "validation_errors.feature",
         "Successfully report a CSV with an empty row",
         {},
         "error blank_rows on row 3",
         BlankLineSkipped,
         {rec({"col1", "col2", "col3"}).at(1), rec({"Foo", "Bar", "Baz"}).at(2), blankLine().at(3),
          rec({"Foo", "Bar", "Baz"}).at(4)}},
        {"options: semicolon and single quote",
         nullptr,
         "csv_options.feature",
         "Sucessfully parse a valid CSV",
         {';', '\''},
         "valid",
         {},
         fooBarBaz},
        {"options: wrong dialect",
         nullptr,
         "csv_options.feature",
         "Warn if options seem to return invalid data",
         {',', '"'},
         "warning check_options",
         DialectChosenUpstream,
         {rec({"'Foo';'Bar';'Baz'"}).at(1), rec({"'1';'2';'3'"}).at(2),
          rec({"'3';'2';'1'"}).at(3)}},
    };
    return table;
}

} // namespace

// csvlint: fixture files and the .feature scenarios that parse inline content. csvlint gives
// verdicts, so the project's records are written out here with the verdict beside them.
void addCsvlintRows() {
    const QString dir = sharedDataDir() + QStringLiteral("/csvlint-fixtures");
    std::vector<ConfCase> cases;
    std::map<QString, QByteArray> features;
    for (const CsvlintCase& k : csvlintCases()) {
        ConfCase c;
        c.id = QString::fromUtf8(k.id);
        c.dialect = k.dialect;
        c.verdict = QString::fromUtf8(k.verdict);
        c.csvlintRule = k.rule;
        c.expected = k.expected;
        c.csvlintTotal = k.total;
        c.csvlintWidth = k.width;
        c.view = View::Records;
        if (!QFileInfo::exists(dir)) {
            cases.push_back(c);
            continue;
        }
        if (k.fixture) {
            c.input = readBytes(dir + QStringLiteral("/fixtures/") + QString::fromUtf8(k.fixture),
                                c.problem);
        } else {
            const QString name = QString::fromUtf8(k.feature);
            if (!features.count(name))
                features[name] = readBytes(dir + QStringLiteral("/features/") + name, c.problem);
            c.input = featureDocString(features[name], QString::fromUtf8(k.scenario), c.problem);
        }
        cases.push_back(c);
    }
    addRows(QStringLiteral("csvlint-fixtures"), std::move(cases));
}

} // namespace csvtest

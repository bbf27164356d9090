// The shared conformance suites (csv-spectrum, rust-csv, papaparse, CPython's test_csv and
// csvlint): how their cases are loaded as test rows, and the project's policy table for the
// cases where its answer differs from a suite's.
//
// Where the project's policy differs from a suite, the project's answer is written out in a
// named policy table (policies()), so a change in behaviour fails here and has to be a decision.
// docs/csv_conformance.md explains each policy.
#pragma once

#include "csv_test_support.h"

#include "csv/csv_parser.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace csvtest {

// ---------------------------------------------------------------------------------------------
// Conformance suites: cases, views and the policy table.

QString sharedDataDir();

// How a suite writes what a parser returns, mapped onto the parser's records.
enum class View : std::uint8_t {
    Records,         // every record; an empty line is one empty field (papaparse)
    DropBlank,       // empty lines dropped, as the loader does (rust-csv, skipEmptyLines)
    BlankAsNoFields, // an empty line is a record with no fields (CPython's [])
};

// The project's policies where suites disagree; named in the table and in the document.
enum class Rule : std::uint8_t {
    TextAfterClosingQuoteKept,   // "a"b -> ab, with a TextAfterClosingQuote note
    QuoteInUnquotedFieldLiteral, // a"b and  "a" (space first) are literal text
    BareCrEndsRecord,            // a lone CR is a line break, like LF and CRLF
    FinalLineBreakEndsRecord,    // "a\n" is one record; the break does not start another
    UnterminatedQuoteFlagged,    // runs to the end of the file and is flagged, never dropped
    BlankLineSkipped,            // an empty line is a blank record: counted, then skipped
    EmptyValuesAreARecord,       // "","", is a record of empty values, not a blank line
    MixedLineEndingsAccepted,    // CRLF, LF and CR may be mixed in one file
    NoFieldSizeLimit,            // a field may be as long as the file
    DialectChosenUpstream,       // delimiter/quote are decided before the parser runs
    TitleRowNotDetected,         // a title line above the header is an ordinary record
    UpstreamExpectationWrong,    // the suite's own expected output contradicts its input
};

const char* ruleName(Rule r);

// One case where the project answers differently from a suite: the project's records, in the
// view the suite uses (for header suites: every record, header included).
struct Policy {
    const char* suite;
    const char* id;
    Rule rule;
    Recs expected;
};

// CPython's test_read_bigfield value: 50,000 X.
extern const std::string kBig;

const std::vector<Policy>& policies();

const Policy* findPolicy(const QString& suite, const QString& id);

struct ConfCase {
    QString suite;
    QString id;
    QString problem; // the suite's data could not be read: fails the row
    bool missing = false;
    QByteArray input;
    c360::CsvDialect dialect{};
    View view = View::Records;
    bool header = false;        // the suite keys rows by the first record (objects)
    qsizetype limit = -1;       // papaparse "preview": the first N rows only
    QString skip;               // why the case is not compared; empty = compared
    bool suiteError = false;    // the suite expects an error (papaparse Quotes, CPython raises)
    Recs expected;              // the suite's records (header == false)
    QJsonArray expectedObjects; // the suite's objects (header == true)
    const Policy* policy = nullptr;
    // csvlint gives verdicts, not records: the project's records and the verdict mapping.
    QString verdict;
    std::optional<Rule> csvlintRule;
    int csvlintTotal = -1; // set: only the first expected records are compared, and the count
    int csvlintWidth = -1; // set: every record has this many fields
};

// csvlint cases that only have to parse to the end with every invariant (binary files).
constexpr int kAnyRecords = -2;

struct Tally {
    int cases = 0;
    int passed = 0;
    int viaPolicy = 0;
    std::map<QString, int> skipped;
    std::map<QString, int> rules;
};

std::map<QString, Tally>& tallies();

Recs applyView(Recs recs, View view);

// Header row -> objects, as csv-spectrum and papaparse (header: true) write them. Fields past
// the header go to "__parsed_extra", papaparse's name for them.
QJsonArray toObjects(const Recs& recs);

// Reading a suite's files.
bool jsonToRecs(const QJsonValue& v, Recs& out, QString& problem);
std::optional<QJsonDocument> readJson(const QString& path, QString& problem);
QByteArray readBytes(const QString& path, QString& problem);

// Adds the cases as rows; policies of the suite that no case used become failing rows, so the
// table cannot go stale.
void addRows(const QString& suite, std::vector<ConfCase> cases);

// ---------------------------------------------------------------------------------------------
// The suites, each added as the rows of a data function (one column, "c", of ConfCase).

void addCsvSpectrumRows(); // conformance_loaders.cpp
void addRustCsvRows();     // conformance_loaders.cpp
void addPapaParseRows();   // conformance_loaders.cpp
void addCpythonRows();     // conformance_loaders.cpp
void addCsvlintRows();     // csvlint_cases.cpp

} // namespace csvtest

Q_DECLARE_METATYPE(csvtest::ConfCase)

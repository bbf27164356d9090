// Loading four of the shared conformance suites as test rows: csv-spectrum, rust-csv (csv-core),
// papaparse and CPython's test_csv. csvlint is in csvlint_cases.cpp.
#include "conformance_suites.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <map>
#include <utility>

using namespace c360;

namespace csvtest {

// csv-spectrum: csvs/NAME.csv with json/NAME.json, objects keyed by the header row.
void addCsvSpectrumRows() {
    const QString dir = sharedDataDir() + QStringLiteral("/csv-spectrum");
    std::vector<ConfCase> cases;
    const QStringList files = QDir(dir + QStringLiteral("/csvs"))
                                  .entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    if (QFileInfo::exists(dir) && files.isEmpty()) {
        ConfCase c;
        c.id = QStringLiteral("csvs");
        c.problem = QStringLiteral("no csvs/*.csv in %1").arg(dir);
        cases.push_back(c);
    }
    for (const QString& file : files) {
        ConfCase c;
        c.id = QFileInfo(file).completeBaseName();
        c.header = true;
        c.input = readBytes(dir + QStringLiteral("/csvs/") + file, c.problem);
        // Upstream's .gitattributes turns *_crlf.csv into CRLF on checkout; a copy that still
        // has LF is converted here so the case tests what it was written to test.
        if (c.id.endsWith(QStringLiteral("_crlf")) && !c.input.contains('\r'))
            c.input.replace("\n", "\r\n");
        if (auto doc = readJson(dir + QStringLiteral("/json/") + c.id + QStringLiteral(".json"),
                                c.problem)) {
            // location_coordinates.json is a bare object (and wrong: see the policy table).
            c.expectedObjects = doc->isArray() ? doc->array() : QJsonArray{doc->object()};
        }
        cases.push_back(c);
    }
    addRows(QStringLiteral("csv-spectrum"), std::move(cases));
}

// rust-csv: csv-core's parses_to! table. That reader skips empty lines, as the loader does.
void addRustCsvRows() {
    const QString dir = sharedDataDir() + QStringLiteral("/rust-csv");
    std::vector<ConfCase> cases;
    QString problem;
    std::optional<QJsonDocument> doc;
    if (QFileInfo::exists(dir))
        doc = readJson(dir + QStringLiteral("/csv-core-parse-cases.json"), problem);
    if (!problem.isEmpty()) {
        ConfCase c;
        c.id = QStringLiteral("csv-core-parse-cases.json");
        c.problem = problem;
        cases.push_back(c);
    }
    static const QRegularExpression delimiterRe(QStringLiteral(R"(^b\.delimiter\(b'(\\t|.)'\)$)"));
    static const QRegularExpression quoteRe(QStringLiteral(R"(^b\.quote\(b'(.)'\)$)"));
    const QJsonArray list =
        doc ? doc->object().value(QStringLiteral("cases")).toArray() : QJsonArray{};
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        ConfCase c;
        c.id = o.value(QStringLiteral("name")).toString();
        c.input = o.value(QStringLiteral("input")).toString().toUtf8();
        c.view = View::DropBlank;
        const QString config = o.value(QStringLiteral("reader_config_rust")).toString();
        if (!config.isEmpty()) {
            if (const auto m = delimiterRe.match(config); m.hasMatch())
                c.dialect.delimiter =
                    m.captured(1) == QStringLiteral("\\t") ? '\t' : m.captured(1).at(0).toLatin1();
            else if (const auto q = quoteRe.match(config); q.hasMatch())
                c.dialect.quote = q.captured(1).at(0).toLatin1();
            else if (config.contains(QStringLiteral("terminator")))
                c.skip = QStringLiteral("a custom record terminator");
            else if (config.contains(QStringLiteral("ascii()")))
                c.skip = QStringLiteral("ASCII unit/record separators as delimiter and terminator");
            else if (config.contains(QStringLiteral("escape")))
                c.skip = QStringLiteral("an escape character");
            else if (config.contains(QStringLiteral("double_quote(false)")))
                c.skip = QStringLiteral("doubled quotes switched off");
            else if (config.contains(QStringLiteral("quoting(false)")))
                c.skip = QStringLiteral("quoting switched off");
            else if (config.contains(QStringLiteral("comment")))
                c.skip = QStringLiteral("comment lines");
            else
                c.skip = QStringLiteral("reader option ") + config;
        }
        jsonToRecs(o.value(QStringLiteral("expected_records")), c.expected, c.problem);
        cases.push_back(c);
    }
    addRows(QStringLiteral("rust-csv"), std::move(cases));
}

// papaparse: CORE_PARSER_TESTS and PARSE_TESTS from test-cases.js.
void addPapaParseRows() {
    const QString dir = sharedDataDir() + QStringLiteral("/papaparse");
    std::vector<ConfCase> cases;
    QString problem;
    std::optional<QJsonDocument> doc;
    if (QFileInfo::exists(dir))
        doc = readJson(dir + QStringLiteral("/papaparse-parse-cases.json"), problem);
    if (!problem.isEmpty()) {
        ConfCase c;
        c.id = QStringLiteral("papaparse-parse-cases.json");
        c.problem = problem;
        cases.push_back(c);
    }
    // papaparse guesses the delimiter when none is given. Guessing sits in front of the
    // parser, so these cases get the delimiter papaparse settled on (from its expected data).
    static const std::map<QString, char> guessed = {
        {QStringLiteral("parse: Pipe delimiter is guessed correctly when mixed with comas"), '|'},
        {QStringLiteral("parse: Pipe delimiter is guessed correctly when first field are enclosed "
                        "in quotes and contain delimiter characters"),
         ';'},
        {QStringLiteral("parse: Pipe delimiter is guessed correctly when some fields are enclosed "
                        "in quotes and contain delimiter characters and escaoped quotes"),
         ';'},
    };
    const std::pair<const char*, const char*> groups[] = {{"CORE_PARSER_TESTS", "core"},
                                                          {"PARSE_TESTS", "parse"}};
    for (const auto& [group, prefix] : groups) {
        std::map<QString, int> names;
        const QJsonArray list =
            doc ? doc->object().value(QLatin1String(group)).toArray() : QJsonArray{};
        for (const QJsonValue& v : list) {
            const QJsonObject o = v.toObject();
            ConfCase c;
            const QString description = o.value(QStringLiteral("description")).toString();
            c.id = QStringLiteral("%1: %2").arg(QLatin1String(prefix), description);
            if (const int n = ++names[description]; n > 1)
                c.id += QStringLiteral(" #%1").arg(n); // upstream repeats one description
            c.input = o.value(QStringLiteral("input")).toString().toUtf8();
            const QJsonObject config = o.value(QStringLiteral("config")).toObject();
            const QJsonObject expected = o.value(QStringLiteral("expected")).toObject();
            QStringList skips;
            for (auto it = config.begin(); it != config.end(); ++it) {
                const QString key = it.key();
                const QJsonValue value = it.value();
                const QString text = value.toString();
                if (key == QStringLiteral("delimiter")) {
                    if (text.startsWith(QStringLiteral("<function")))
                        skips << QStringLiteral("a delimiter callback");
                    else if (text.size() != 1)
                        skips << QStringLiteral("a multi-character delimiter");
                    else if (text == QStringLiteral("\n"))
                        skips << QStringLiteral("a line break as delimiter (papaparse ignores it)");
                    else
                        c.dialect.delimiter = text.at(0).toLatin1();
                } else if (key == QStringLiteral("quoteChar") && text.size() == 1) {
                    c.dialect.quote = text.at(0).toLatin1();
                } else if (key == QStringLiteral("header")) {
                    c.header = value.toBool();
                } else if (key == QStringLiteral("skipEmptyLines")) {
                    if (value.isString())
                        skips << QStringLiteral("greedy empty-line skipping");
                    else if (value.toBool())
                        c.view = View::DropBlank;
                } else if (key == QStringLiteral("preview")) {
                    if (value.toInt() > 0)
                        c.limit = value.toInt();
                } else if (key == QStringLiteral("newline")) {
                    // The parser takes CRLF, LF and CR everywhere; these inputs use only the
                    // one named, so naming it changes nothing.
                } else if (key == QStringLiteral("fastMode")) {
                    // A speed switch with the same results for these inputs.
                } else if (key == QStringLiteral("comments")) {
                    // papaparse ignores values that are neither true nor a string.
                    if (value.isString() || value == QJsonValue(true))
                        skips << QStringLiteral("comment lines");
                } else if (key == QStringLiteral("dynamicTyping")) {
                    skips << QStringLiteral("type conversion (dynamicTyping)");
                } else if (key == QStringLiteral("transform")) {
                    skips << QStringLiteral("a value transform function");
                } else if (key == QStringLiteral("transformHeader")) {
                    skips << QStringLiteral("a header transform function");
                } else if (key == QStringLiteral("escapeChar")) {
                    skips << QStringLiteral("an escape character");
                } else if (key == QStringLiteral("skipFirstNLines")) {
                    skips << QStringLiteral("skipping the first N lines");
                } else {
                    skips << QStringLiteral("option ") + key;
                }
            }
            if (const auto g = guessed.find(c.id); g != guessed.end())
                c.dialect.delimiter = g->second;
            const QJsonArray data = expected.value(QStringLiteral("data")).toArray();
            if (c.header && !data.isEmpty() && data.first().isArray())
                skips << QStringLiteral("duplicate header renaming");
            skips.removeDuplicates();
            std::sort(skips.begin(), skips.end());
            c.skip = skips.join(QStringLiteral(" and "));
            for (const QJsonValue& e : expected.value(QStringLiteral("errors")).toArray()) {
                // Delimiter errors belong to guessing and FieldMismatch to the loader's
                // ragged-row check; only quote errors are the parser's.
                if (e.toObject().value(QStringLiteral("type")).toString() ==
                    QStringLiteral("Quotes"))
                    c.suiteError = true;
            }
            if (c.skip.isEmpty()) {
                if (c.header)
                    c.expectedObjects = data;
                else
                    jsonToRecs(data, c.expected, c.problem);
            }
            cases.push_back(c);
        }
    }
    addRows(QStringLiteral("papaparse"), std::move(cases));
}

// CPython's test_csv: _read_test(lines, expected, **kwargs) and the dialect reader cases.
void addCpythonRows() {
    const QString dir = sharedDataDir() + QStringLiteral("/cpython-test-csv");
    std::vector<ConfCase> cases;
    QString problem;
    std::optional<QJsonDocument> doc;
    if (QFileInfo::exists(dir))
        doc = readJson(dir + QStringLiteral("/cpython-read-cases.json"), problem);
    if (!problem.isEmpty()) {
        ConfCase c;
        c.id = QStringLiteral("cpython-read-cases.json");
        c.problem = problem;
        cases.push_back(c);
    }
    // Cases whose recorded input is not what Python parsed.
    static const std::map<QString, QString> notCsv = {
        {QStringLiteral("test_read_oddinputs#5"),
         QStringLiteral("a bytes object given to a text reader (a Python type error)")},
    };
    const QJsonObject root = doc ? doc->object() : QJsonObject{};
    std::map<QString, int> seen;
    for (const QJsonValue& v : root.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject o = v.toObject();
        ConfCase c;
        const QString test = o.value(QStringLiteral("test")).toString();
        c.id = QStringLiteral("%1#%2").arg(test).arg(++seen[test]);
        c.view = View::BlankAsNoFields;
        // Python reads an iterable of lines; a line without a terminator ends where the next
        // begins. As bytes: a LF after each such line, and an empty last line kept as one.
        const QJsonArray lines = o.value(QStringLiteral("input_lines")).toArray();
        QByteArray input;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines.at(i).toString().toUtf8();
            // test_read_bigfield's input is recorded as a placeholder; test_csv.py lines 489-497
            // build it as 50,000 X, a comma, 50,000 X.
            if (test == QStringLiteral("test_read_bigfield"))
                line = QByteArray::fromStdString(kBig + "," + kBig);
            input += line;
            const bool last = i + 1 == lines.size();
            if (!line.endsWith('\n') && !line.endsWith('\r') && (!last || line.isEmpty()))
                input += '\n';
        }
        c.input = input;
        const QJsonObject kwargs = o.value(QStringLiteral("kwargs")).toObject();
        QStringList skips;
        for (auto it = kwargs.begin(); it != kwargs.end(); ++it) {
            const QString key = it.key();
            const QJsonValue value = it.value();
            if (key == QStringLiteral("delimiter") && value.toString().size() == 1) {
                c.dialect.delimiter = value.toString().at(0).toLatin1();
            } else if (key == QStringLiteral("quotechar")) {
                if (value.isNull())
                    skips << QStringLiteral("quoting switched off");
                else
                    c.dialect.quote = value.toString().at(0).toLatin1();
            } else if (key == QStringLiteral("escapechar")) {
                if (!value.isNull())
                    skips << QStringLiteral("an escape character");
            } else if (key == QStringLiteral("strict")) {
                // The parser is never strict; it notes what strict mode would raise for.
            } else if (key == QStringLiteral("doublequote")) {
                if ((value.isBool() && !value.toBool()) ||
                    (value.isDouble() && value.toDouble() == 0))
                    skips << QStringLiteral("doubled quotes switched off");
            } else if (key == QStringLiteral("quoting")) {
                if (value.toString() != QStringLiteral("QUOTE_MINIMAL"))
                    skips << QStringLiteral("quoting mode ") + value.toString();
            } else if (key == QStringLiteral("skipinitialspace")) {
                if (value.toBool())
                    skips << QStringLiteral("skipinitialspace (trimming)");
            } else {
                skips << QStringLiteral("option ") + key;
            }
        }
        if (const auto n = notCsv.find(c.id); n != notCsv.end())
            skips << n->second;
        skips.removeDuplicates();
        std::sort(skips.begin(), skips.end());
        c.skip = skips.join(QStringLiteral(" and "));
        const QString outcome = o.value(QStringLiteral("outcome")).toString();
        c.suiteError = outcome != QStringLiteral("ok");
        if (c.skip.isEmpty() && !c.suiteError) {
            if (test == QStringLiteral("test_read_bigfield"))
                c.expected = {rec({kBig, kBig})};
            else
                jsonToRecs(o.value(QStringLiteral("expected_records")), c.expected, c.problem);
        }
        cases.push_back(c);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("dialect_reader_cases")).toArray()) {
        const QJsonObject o = v.toObject();
        ConfCase c;
        c.id = o.value(QStringLiteral("test")).toString();
        c.view = View::BlankAsNoFields;
        c.input = o.value(QStringLiteral("input")).toString().toUtf8();
        const QString dialect = o.value(QStringLiteral("dialect")).toString();
        // excel and unix read alike; the escaped dialects need an escape character.
        if (dialect != QStringLiteral("excel") && dialect != QStringLiteral("unix"))
            c.skip = QStringLiteral("an escape character");
        c.suiteError = o.value(QStringLiteral("outcome")).toString() != QStringLiteral("ok");
        if (c.skip.isEmpty())
            jsonToRecs(o.value(QStringLiteral("expected_records")), c.expected, c.problem);
        cases.push_back(c);
    }
    addRows(QStringLiteral("cpython-test-csv"), std::move(cases));
}

} // namespace csvtest

#include "csv_test_support.h"

#include <cstddef>
#include <utility>

using namespace c360;
using namespace std::string_view_literals;

namespace csvtest {

namespace {

bool isBreak(char c) {
    return c == '\n' || c == '\r';
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Records

Rec rec(std::initializer_list<std::string_view> fields) {
    Rec r;
    for (std::string_view f : fields)
        r.fields.emplace_back(f);
    return r;
}

Rec blankLine() {
    Rec r = rec({""});
    r.blank = true;
    return r;
}

QString show(std::string_view s) {
    QString out = QStringLiteral("\"");
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"')
            out += QStringLiteral("\\\"");
        else if (c == '\\')
            out += QStringLiteral("\\\\");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (c < 0x20 || c >= 0x7f)
            out += QString::asprintf("\\x%02X", c);
        else
            out += QChar(c);
    }
    return out + QLatin1Char('"');
}

QString show(const Rec& r) {
    QString out;
    if (r.line)
        out += QStringLiteral("L%1-%2 ").arg(r.line).arg(r.endLine);
    out += QLatin1Char('[');
    for (std::size_t i = 0; i < r.fields.size(); ++i)
        out += (i ? QStringLiteral(", ") : QString()) + show(r.fields[i]);
    out += QLatin1Char(']');
    if (r.blank)
        out += QStringLiteral(" blank");
    for (const NoteAt& n : r.notes)
        out += n.kind == CsvNote::TextAfterClosingQuote
                   ? QStringLiteral(" {text-after-quote@%1}").arg(n.field)
                   : QStringLiteral(" {unterminated@%1}").arg(n.field);
    return out;
}

QString show(const Recs& recs) {
    QString out;
    for (const Rec& r : recs)
        out += QStringLiteral("\n    ") + show(r);
    return recs.empty() ? QStringLiteral("(no records)") : out;
}

Recs maskLines(Recs actual, const Recs& expected) {
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (i >= expected.size() || expected[i].line == 0) {
            actual[i].line = 0;
            actual[i].endLine = 0;
        }
    }
    return actual;
}

// ---------------------------------------------------------------------------------------------
// Running the parser

std::uint64_t lineBreaks(std::string_view s) {
    std::uint64_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')))
            ++n;
    }
    return n;
}

Outcome parseAll(std::string_view data, CsvDialect dialect) {
    Outcome out;
    CsvParser parser(data, dialect);
    const bool bom = data.substr(0, 3) == "\xEF\xBB\xBF"sv;
    if (parser.hadBom() != bom)
        out.broken = QStringLiteral("hadBom() is %1").arg(parser.hadBom());
    std::size_t expectStart = bom ? 3 : 0;
    std::uint64_t expectLine = 1;
    CsvRecord record;
    // Every record consumes at least one byte, so more calls than bytes means a hang.
    const std::size_t maxCalls = data.size() + 1;
    std::size_t calls = 0;
    auto fail = [&out](const QString& why) {
        if (out.broken.isEmpty())
            out.broken = why;
    };
    while (parser.next(record)) {
        if (++calls > maxCalls) {
            fail(QStringLiteral("more records than bytes: the parser does not advance"));
            return out;
        }
        Rec r;
        r.fields.assign(record.fields.begin(), record.fields.end());
        for (const CsvRecordNote& n : record.notes)
            r.notes.push_back({n.kind, n.field});
        r.blank = record.blank;
        r.line = record.line;
        r.endLine = record.endLine;
        const std::size_t index = out.records.size();
        out.records.push_back(std::move(r));

        // The raw view is inside the input, starts where the previous record's terminator
        // ended, and is followed by exactly one terminator or the end of the input.
        const char* begin = data.data();
        if (record.raw.data() < begin ||
            record.raw.data() + record.raw.size() > begin + data.size()) {
            fail(QStringLiteral("record %1: raw view outside the input").arg(index));
            continue;
        }
        const auto start = static_cast<std::size_t>(record.raw.data() - begin);
        const std::size_t end = start + record.raw.size();
        if (start != expectStart)
            fail(QStringLiteral("record %1 starts at byte %2, expected %3")
                     .arg(index)
                     .arg(start)
                     .arg(expectStart));
        std::size_t next = end;
        if (next < data.size()) {
            if (data[next] == '\r' && next + 1 < data.size() && data[next + 1] == '\n')
                next += 2;
            else if (isBreak(data[next]))
                next += 1;
            else
                fail(QStringLiteral("record %1 is not followed by a line break").arg(index));
        }
        expectStart = next;
        if (record.line != expectLine)
            fail(QStringLiteral("record %1 starts on line %2, expected %3")
                     .arg(index)
                     .arg(record.line)
                     .arg(expectLine));
        // An unclosed quote that swallowed the file's final line break ends on the line that
        // break closes, not on a line after the file.
        const bool swallowedFinalBreak =
            record.unterminated() && !record.raw.empty() && isBreak(record.raw.back());
        if (record.endLine != record.line + lineBreaks(record.raw) - (swallowedFinalBreak ? 1 : 0))
            fail(QStringLiteral("record %1 ends on line %2 but spans %3 line breaks from %4")
                     .arg(index)
                     .arg(record.endLine)
                     .arg(lineBreaks(record.raw))
                     .arg(record.line));
        expectLine = record.endLine + 1;
        if (record.blank != record.raw.empty())
            fail(QStringLiteral("record %1: blank is %2 for raw %3")
                     .arg(index)
                     .arg(record.blank)
                     .arg(show(record.raw)));
        if (record.fields.empty())
            fail(QStringLiteral("record %1 has no fields").arg(index));
        if (parser.bytesConsumed() != next)
            fail(QStringLiteral("record %1: bytesConsumed() %2, expected %3")
                     .arg(index)
                     .arg(parser.bytesConsumed())
                     .arg(next));
    }
    if (expectStart != data.size())
        fail(QStringLiteral("records end at byte %1 of %2").arg(expectStart).arg(data.size()));
    if (parser.bytesConsumed() != data.size() || parser.totalBytes() != data.size())
        fail(QStringLiteral("bytesConsumed() %1 of %2 at the end")
                 .arg(parser.bytesConsumed())
                 .arg(data.size()));
    if (parser.next(record))
        fail(QStringLiteral("next() returned a record after the end"));
    return out;
}

Recs referenceParse(std::string_view d, CsvDialect dialect) {
    Recs recs;
    std::size_t pos = d.substr(0, 3) == "\xEF\xBB\xBF"sv ? 3 : 0;
    std::uint64_t line = 1;
    const char delim = dialect.delimiter;
    const char quote = dialect.quote;
    const auto stop = [&](char c) { return c == delim || c == '\n' || c == '\r'; };
    while (pos < d.size()) {
        Rec r;
        r.line = line;
        const std::size_t recordStart = pos;
        bool done = false;
        std::size_t rawEnd = d.size();
        while (!done) {
            std::string field;
            const auto index = static_cast<std::uint32_t>(r.fields.size());
            if (pos < d.size() && d[pos] == quote) {
                ++pos;
                bool closed = false;
                while (pos < d.size()) {
                    const char c = d[pos];
                    if (c == quote) {
                        if (pos + 1 < d.size() && d[pos + 1] == quote) {
                            field += quote;
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && !(pos + 1 < d.size() && d[pos + 1] == '\n')))
                        ++line;
                    field += c;
                    ++pos;
                }
                if (!closed) {
                    r.notes.push_back({CsvNote::UnterminatedQuote, index});
                } else if (pos < d.size() && !stop(d[pos])) {
                    r.notes.push_back({CsvNote::TextAfterClosingQuote, index});
                    while (pos < d.size() && !stop(d[pos]))
                        field += d[pos++];
                }
            } else {
                while (pos < d.size() && !stop(d[pos]))
                    field += d[pos++];
            }
            r.fields.push_back(field);
            if (pos >= d.size()) {
                done = true;
            } else if (d[pos] == delim) {
                ++pos;
                if (pos >= d.size()) {
                    r.fields.emplace_back();
                    done = true;
                }
            } else {
                rawEnd = pos;
                pos += (d[pos] == '\r' && pos + 1 < d.size() && d[pos + 1] == '\n') ? 2 : 1;
                ++line;
                done = true;
            }
        }
        r.endLine = rawEnd < d.size() ? line - 1 : line;
        const bool unterminated =
            !r.notes.empty() && r.notes.back().kind == CsvNote::UnterminatedQuote;
        if (unterminated && rawEnd == d.size() && rawEnd > recordStart &&
            (d.back() == '\n' || d.back() == '\r'))
            --r.endLine;
        r.blank = r.fields.size() == 1 && rawEnd == recordStart;
        recs.push_back(std::move(r));
    }
    return recs;
}

} // namespace csvtest

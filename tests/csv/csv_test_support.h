// Support for the CSV parser tests: records as the tests see them, a parser run that checks the
// invariants every input must keep, and a slow reference parser to compare against.
#pragma once

#include "csv/csv_parser.h"

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace csvtest {

// ---------------------------------------------------------------------------------------------
// Records as the tests see them: owned copies (the parser's views die at the next call).

struct NoteAt {
    c360::CsvNote kind;
    std::uint32_t field;
    bool operator==(const NoteAt&) const = default;
};

struct Rec {
    std::vector<std::string> fields;
    std::vector<NoteAt> notes;
    bool blank = false;
    std::uint64_t line = 0;    // 0: not checked
    std::uint64_t endLine = 0; // 0: not checked

    Rec note(c360::CsvNote kind, std::uint32_t field) const {
        Rec r = *this;
        r.notes.push_back({kind, field});
        return r;
    }
    Rec after(std::uint32_t field) const {
        return note(c360::CsvNote::TextAfterClosingQuote, field);
    }
    Rec unterminated(std::uint32_t field) const {
        return note(c360::CsvNote::UnterminatedQuote, field);
    }
    Rec at(std::uint64_t first, std::uint64_t last = 0) const {
        Rec r = *this;
        r.line = first;
        r.endLine = last ? last : first;
        return r;
    }
    bool operator==(const Rec&) const = default;
};
using Recs = std::vector<Rec>;

Rec rec(std::initializer_list<std::string_view> fields);

// An empty line as the parser reports it: one empty field, flagged blank.
Rec blankLine();

QString show(std::string_view s);
QString show(const Rec& r);
QString show(const Recs& recs);

// Line numbers are compared only where the expectation gives them.
Recs maskLines(Recs actual, const Recs& expected);

// ---------------------------------------------------------------------------------------------
// Running the parser, with the invariants every input must keep.

struct Outcome {
    Recs records;
    QString broken; // the first invariant that did not hold, or empty
};

// Line breaks inside `s`: CRLF counts once, a bare CR or LF once each.
std::uint64_t lineBreaks(std::string_view s);

Outcome parseAll(std::string_view data, c360::CsvDialect dialect = {});

// A deliberately simple byte-at-a-time rendition of the same rules, for the fuzz loop to
// compare against: the real parser's memchr chunks and scratch offsets are where slips hide.
Recs referenceParse(std::string_view d, c360::CsvDialect dialect);

} // namespace csvtest

Q_DECLARE_METATYPE(csvtest::Recs)

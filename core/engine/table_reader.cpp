#include "engine/table_reader.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace c360 {

std::string_view trimSpaces(std::string_view s) noexcept {
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

std::string quotedForMessage(std::string_view s) {
    return "\"" + cutForMessage(s) + "\"";
}

bool equalsWordIgnoringCase(std::string_view text, std::string_view lowerWord) noexcept {
    text = trimSpaces(text);
    if (text.size() != lowerWord.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lowerWord[i])
            return false;
    }
    return true;
}

namespace {

// Levenshtein distance, for "did you mean" in missing-column errors.
std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t subst = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string withoutUnderscores(std::string_view s) {
    std::string out;
    for (const char c : s)
        if (c != '_')
            out.push_back(c);
    return out;
}

std::string cutRaw(std::string_view raw) {
    constexpr std::size_t kMax = 200;
    if (raw.size() <= kMax)
        return std::string(raw);
    std::size_t cut = kMax;
    // Do not split a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(raw.substr(0, cut)) + "...";
}

// "\"a\", \"b\"": a header for a message.
std::string quotedList(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i ? ", " : "") + ("\"" + names[i] + "\"");
    return out;
}

} // namespace

TableReader::TableReader(SourceTable table, RowSource& source, TableReport& report,
                         const BuildOptions& options, BuildObserver* observer,
                         std::uint64_t allTablesBytes,
                         const std::map<std::string, std::string>* columnMap)
    : table_(table), source_(source), report_(report), options_(options), observer_(observer),
      allTablesBytes_(allTablesBytes), columnMap_(columnMap) {}

bool TableReader::mapColumns(const std::vector<ColumnSpec>& columns, Message& error) {
    const std::vector<std::string>& header = source_.header();
    std::vector<std::string> normalized;
    normalized.reserve(header.size());
    for (const std::string& h : header)
        normalized.push_back(normalizeName(h));
    slotToField_.assign(columns.size(), -1);
    slotHeader_.assign(columns.size(), std::string());
    std::vector<std::string> missing;
    for (std::size_t slot = 0; slot < columns.size(); ++slot) {
        const std::string name(columns[slot].name);
        if (columnMap_ != nullptr) {
            if (const auto mapped = columnMap_->find(name); mapped != columnMap_->end()) {
                // Chosen by the user: the header as written, else as normalised.
                std::size_t index = header.size();
                for (std::size_t i = 0; i < header.size() && index == header.size(); ++i)
                    if (header[i] == mapped->second)
                        index = i;
                const std::string wanted = normalizeName(mapped->second);
                for (std::size_t i = 0; i < header.size() && index == header.size(); ++i)
                    if (normalized[i] == wanted)
                        index = i;
                if (index == header.size()) {
                    error = Message(MessageKind::MappedHeaderMissing,
                                    {report_.file, std::string(sourceTableName(table_)), name,
                                     mapped->second, quotedList(header)});
                    return false;
                }
                slotToField_[slot] = static_cast<int>(index);
                slotHeader_[slot] = header[index];
                continue;
            }
        }
        auto it = std::find(normalized.begin(), normalized.end(), columns[slot].name);
        if (it == normalized.end()) {
            // "CustomerID", "E-Mail", "PurchaseDate": the same name without its underscores.
            const std::string bare = withoutUnderscores(columns[slot].name);
            it = std::find_if(normalized.begin(), normalized.end(), [&bare](const std::string& n) {
                return withoutUnderscores(n) == bare;
            });
        }
        if (it != normalized.end()) {
            const auto index = static_cast<std::size_t>(it - normalized.begin());
            slotToField_[slot] = static_cast<int>(index);
            slotHeader_[slot] = header[index];
            const auto again = std::find(it + 1, normalized.end(), columns[slot].name);
            if (again != normalized.end())
                report_.notes.push_back(Message(
                    MessageKind::TwoColumnsReadAsOne,
                    {header[index], header[static_cast<std::size_t>(again - normalized.begin())],
                     std::string(columns[slot].name)}));
        } else {
            slotHeader_[slot] = std::string(columns[slot].name);
            if (columns[slot].required)
                missing.emplace_back(columns[slot].name);
        }
    }
    if (missing.empty() || header.empty())
        return true; // an empty file is an empty table, noted by the source
    error = missingColumnsError(missing, normalized);
    return false;
}

Message TableReader::missingColumnsError(const std::vector<std::string>& missing,
                                         const std::vector<std::string>& normalized) const {
    const std::vector<std::string>& header = source_.header();
    const std::string table(sourceTableName(table_));
    // The hints follow the error in this order: "Did you mean" per missing column, "looks like
    // data", then the separator or the rename hint. Each holds the rest as its cause, so the
    // chain is made from its end.
    Message hint(MessageKind::RenameOrMapColumn, {table, missing.front()});
    if (header.size() == 1) {
        // One column whose name holds another separator: the file is not comma-separated.
        for (const char sep : {';', '\t', '|'}) {
            if (header[0].find(sep) != std::string::npos) {
                const char* option = sep == '\t' ? "tab" : sep == ';' ? "semicolon" : "pipe";
                hint = Message(MessageKind::HeaderSeemsOtherDelimiter, {option},
                               delimiterMessage(sep));
                break;
            }
        }
    }
    if (!source_.headerLooksLikeNames())
        hint = Message(MessageKind::FirstLineLooksLikeData, {}, std::move(hint));
    for (auto m = missing.rbegin(); m != missing.rend(); ++m) {
        std::size_t best = SIZE_MAX;
        std::string bestName;
        for (std::size_t i = 0; i < header.size(); ++i) {
            const std::size_t d = editDistance(normalized[i], *m);
            if (d < best) {
                best = d;
                bestName = header[i];
            }
        }
        if (best <= std::max<std::size_t>(2, m->size() / 3))
            hint = Message(MessageKind::DidYouMean, {bestName, *m}, std::move(hint));
    }
    std::string names;
    for (std::size_t i = 0; i < missing.size(); ++i)
        names += (i ? ", " : "") + missing[i];
    return Message(missing.size() > 1 ? MessageKind::MissingColumns : MessageKind::MissingColumn,
                   {report_.file, table, names, quotedList(header)}, std::move(hint));
}

const std::string& TableReader::columnHeader(std::size_t slot) const {
    return slotHeader_[slot];
}

void TableReader::reportProgress() {
    if (!observer_)
        return;
    BuildProgress p;
    p.table = std::string(sourceTableName(table_));
    p.bytesDone = source_.bytesDone();
    p.bytesTotal = source_.bytesTotal();
    p.rowsDone = report_.rowsRead;
    p.allTablesBytes = allTablesBytes_;
    observer_->progress(p);
    if (observer_->cancelled())
        cancelled_ = true;
}

bool TableReader::next() {
    const std::size_t width = source_.header().size();
    while (true) {
        if (++sinceProgress_ >= 65536) {
            sinceProgress_ = 0;
            reportProgress();
            if (cancelled_)
                return false;
        }
        if (stopped_ || !source_.next(record_))
            return false;
        if (record_.blank) {
            ++report_.blankLines;
            continue;
        }
        ++report_.rowsRead;
        if (record_.unterminated()) {
            const Message why(MessageKind::UnclosedQuote,
                              {std::to_string(record_.line), std::to_string(record_.endLine)});
            addIssue(Severity::Rejected, record_.line, SIZE_MAX, why, record_.raw);
            ++report_.rejected;
            keepRejected(why);
            if (stopped_)
                return false;
            continue;
        }
        if (const std::optional<Message> why = oversized()) {
            addIssue(Severity::Rejected, record_.line, SIZE_MAX, *why, record_.raw);
            ++report_.rejected;
            keepRejected(*why);
            if (stopped_)
                return false;
            continue;
        }
        if (record_.fields.size() != width) {
            std::vector<std::string> counts = {std::to_string(record_.fields.size()),
                                               std::to_string(width)};
            addIssue(Severity::Rejected, record_.line, SIZE_MAX,
                     Message(MessageKind::RaggedRow, counts), record_.raw);
            ++report_.rejected;
            keepRejected(Message(MessageKind::RaggedRowKept, std::move(counts)));
            if (stopped_)
                return false;
            continue;
        }
        if (std::memchr(record_.raw.data(), '\0', record_.raw.size()) != nullptr)
            warn(SIZE_MAX, Message(MessageKind::NulByteInRow));
        for (const CsvRecordNote& note : record_.notes) {
            if (note.kind == CsvNote::TextAfterClosingQuote) {
                const std::string& name = note.field < source_.header().size()
                                              ? source_.header()[note.field]
                                              : std::string();
                ++report_.warnings;
                Issue issue;
                issue.severity = Severity::Warning;
                issue.table = std::string(sourceTableName(table_));
                issue.file = source_.currentFile();
                issue.line = record_.line;
                issue.column = name;
                issue.reason = Message(MessageKind::TextAfterClosingQuote);
                issue.raw = cutRaw(record_.raw);
                ++report_.issuesTotal;
                if (report_.issues.size() < options_.maxIssuesPerTable)
                    report_.issues.push_back(std::move(issue));
            }
        }
        return true;
    }
}

void TableReader::addIssue(Severity severity, std::uint64_t line, std::size_t slot, Message reason,
                           std::string_view raw, std::string_view file) {
    ++report_.issuesTotal;
    if (report_.issues.size() >= options_.maxIssuesPerTable)
        return;
    Issue issue;
    issue.severity = severity;
    issue.table = std::string(sourceTableName(table_));
    issue.file = file.empty() ? source_.currentFile() : std::string(file);
    issue.line = line;
    if (slot != SIZE_MAX && slot < slotHeader_.size())
        issue.column = slotHeader_[slot];
    issue.reason = std::move(reason);
    issue.raw = cutRaw(raw);
    report_.issues.push_back(std::move(issue));
}

void TableReader::reject(std::size_t slot, Message reason) {
    ++report_.rejected;
    keepRejected(reason);
    addIssue(Severity::Rejected, record_.line, slot, std::move(reason), record_.raw);
}

std::optional<Message> TableReader::oversized() const {
    constexpr std::size_t kMaxRecord = 16u << 20; // 16 MiB
    constexpr std::size_t kMaxField = 1u << 20;   // 1 MiB
    auto mib = [](std::size_t bytes) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(bytes) / (1u << 20));
        return std::string(buf);
    };
    // A value is never longer than its record: most records need no further look.
    if (record_.raw.size() <= kMaxField)
        return std::nullopt;
    if (record_.raw.size() > kMaxRecord)
        return Message(MessageKind::RowTooLong,
                       {mib(record_.raw.size()), std::to_string(record_.line),
                        std::to_string(record_.endLine)});
    for (std::size_t i = 0; i < record_.fields.size(); ++i) {
        if (record_.fields[i].size() <= kMaxField)
            continue;
        const std::string size = mib(record_.fields[i].size());
        if (i < source_.header().size())
            return Message(MessageKind::ValueTooLong, {source_.header()[i], size});
        return Message(MessageKind::ValueTooLongInColumnNumber, {std::to_string(i + 1), size});
    }
    return std::nullopt;
}

void TableReader::keepRejected(const Message& reason) {
    if (options_.stopAtFirstRejection && !stopped_) {
        stopped_ = true;
        stopError_ = Message(MessageKind::StoppedAtFirstRejection,
                             {source_.currentFile(), std::to_string(record_.line)}, reason);
    }
    if (!options_.keepRejectedRows)
        return;
    if (report_.rejectedHeader.empty())
        report_.rejectedHeader = source_.header();
    RejectedRow row;
    row.file = source_.currentFile();
    row.line = record_.line;
    row.reason = reason;
    // An oversized row is kept cut short: the report must not hold a gigabyte.
    for (const std::string_view f : record_.fields)
        row.fields.emplace_back(f.substr(0, 1u << 20));
    report_.rejectedRows.push_back(std::move(row));
}

void TableReader::warn(std::size_t slot, Message reason) {
    ++report_.warnings;
    addIssue(Severity::Warning, record_.line, slot, std::move(reason), record_.raw);
}

void TableReader::warnAt(std::uint64_t line, std::size_t slot, Message reason, std::string raw,
                         std::string_view file) {
    ++report_.warnings;
    addIssue(Severity::Warning, line, slot, std::move(reason), raw, file);
}

void TableReader::finish() {
    if (!finished_) {
        finished_ = true;
        reportProgress();
        for (Message& note : source_.notes())
            report_.notes.push_back(std::move(note));
        // Bytes the decoder could not read: warnings on their lines, all counted.
        const std::uint64_t unlisted =
            source_.decodeProblemCount() - source_.decodeProblems().size();
        for (const DecodeProblem& p : source_.decodeProblems())
            warnAt(p.line, SIZE_MAX, p.warning, std::string(), p.file);
        report_.warnings += unlisted;
        report_.issuesTotal += unlisted;
    }
    std::stable_sort(report_.issues.begin(), report_.issues.end(),
                     [](const Issue& a, const Issue& b) {
                         return a.file != b.file ? a.file < b.file : a.line < b.line;
                     });
}

} // namespace c360

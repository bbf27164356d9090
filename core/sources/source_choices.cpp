// What a user chose about their sources: command-line values and mapping files.
#include "sources/source_set.h"
#include "sources/table_schema.h"

#include <fstream>

namespace c360 {

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::string tableList() {
    std::string out;
    for (std::size_t i = 0; i < kSourceTableCount; ++i)
        out += (i ? ", " : "") + std::string(sourceTableName(sourceTableAt(i)));
    return out;
}

bool tableNamed(std::string_view name, SourceTable& table, Message& error) {
    if (sourceTableFromName(normalizeName(name), table))
        return true;
    error = Message(MessageKind::NotATable, {std::string(name), tableList()});
    return false;
}

bool delimiterFrom(std::string_view v, char& out) {
    const std::string n = normalizeName(v);
    if (v == "\\t" || n == "tab" || n == "tabs" || v == "\t")
        out = '\t';
    else if (n == "comma" || v == ",")
        out = ',';
    else if (n == "semicolon" || v == ";")
        out = ';';
    else if (n == "pipe" || n == "bar" || v == "|")
        out = '|';
    else if (v.size() == 1 && v[0] != '"' && v[0] != '\n' && v[0] != '\r')
        out = v[0];
    else
        return false;
    return true;
}

bool decimalFrom(std::string_view v, char& out) {
    const std::string n = normalizeName(v);
    if (v == "." || n == "point" || n == "dot" || n == "period")
        out = '.';
    else if (v == "," || n == "comma")
        out = ',';
    else
        return false;
    return true;
}

// "[TABLE=]VALUE": the read options of that table, or of every file.
CsvReadOptions* readOptionsFor(std::string_view& value, SourceChoices& choices, Message& error) {
    const auto eq = value.find('=');
    if (eq == std::string_view::npos)
        return &choices.all;
    SourceTable table{};
    if (!tableNamed(value.substr(0, eq), table, error))
        return nullptr;
    value = value.substr(eq + 1);
    return &choices.at(table).read;
}

} // namespace

bool applyChoice(std::string_view key, std::string_view value, SourceChoices& choices,
                 Message& error) {
    if (key == "map") {
        // TABLE.COLUMN=HEADER
        const auto dot = value.find('.');
        const auto eq = value.find('=');
        if (dot == std::string_view::npos || eq == std::string_view::npos || eq < dot) {
            error = Message(MessageKind::MapNeedsTableColumnHeader);
            return false;
        }
        SourceTable table{};
        if (!tableNamed(value.substr(0, dot), table, error))
            return false;
        const std::string column = normalizeName(value.substr(dot + 1, eq - dot - 1));
        const std::string_view header = trimmed(value.substr(eq + 1));
        if (!isTableColumn(table, column)) {
            std::string names;
            for (std::size_t k = 0; k < tableColumns(table).size(); ++k)
                names += (k ? ", " : "") + std::string(tableColumns(table)[k].name);
            error = Message(MessageKind::MapUnknownColumn,
                            {std::string(sourceTableName(table)), column, names});
            return false;
        }
        if (header.empty()) {
            error = Message(MessageKind::MapWithoutHeader, {std::string(value)});
            return false;
        }
        choices.at(table).columns[column] = std::string(header);
        return true;
    }
    if (key == "table") {
        const auto eq = value.find('=');
        SourceTable table{};
        if (eq == std::string_view::npos || trimmed(value.substr(eq + 1)).empty()) {
            error = Message(MessageKind::TableNeedsTableFile);
            return false;
        }
        if (!tableNamed(value.substr(0, eq), table, error))
            return false;
        choices.at(table).files.emplace_back(trimmed(value.substr(eq + 1)));
        return true;
    }
    if (key == "date-order" || key == "date_order") {
        CsvReadOptions* read = readOptionsFor(value, choices, error);
        if (!read)
            return false;
        const std::string n = normalizeName(trimmed(value));
        if (n == "dmy" || n == "dd/mm/yyyy" || n == "day_first")
            read->slashOrder = SlashOrder::DayFirst;
        else if (n == "mdy" || n == "mm/dd/yyyy" || n == "month_first")
            read->slashOrder = SlashOrder::MonthFirst;
        else {
            error = Message(MessageKind::UnknownDateOrder, {std::string(value)});
            return false;
        }
        return true;
    }
    if (key == "encoding" || key == "delimiter" || key == "decimal") {
        CsvReadOptions* read = readOptionsFor(value, choices, error);
        if (!read)
            return false;
        value = trimmed(value);
        if (key == "encoding") {
            read->encoding = encodingFromName(value);
            if (!read->encoding) {
                error = Message(MessageKind::UnknownEncoding, {std::string(value)});
                return false;
            }
        } else if (key == "delimiter") {
            char c = 0;
            if (!delimiterFrom(value, c)) {
                error = Message(MessageKind::UnknownDelimiter, {std::string(value)});
                return false;
            }
            read->delimiter = c;
        } else {
            char c = 0;
            if (!decimalFrom(value, c)) {
                error = Message(MessageKind::UnknownDecimalMark, {std::string(value)});
                return false;
            }
            read->decimalPoint = c;
        }
        return true;
    }
    error = Message(MessageKind::UnknownSetting, {std::string(key)});
    return false;
}

bool readMappingFile(const std::string& path, SourceChoices& choices, Message& error) {
    std::ifstream in(path);
    if (!in) {
        error = Message(MessageKind::CannotReadMappingFile, {path});
        return false;
    }
    std::string line;
    std::size_t number = 0;
    std::string section; // empty: settings for every file
    while (std::getline(in, line)) {
        ++number;
        std::string_view l = trimmed(line);
        if (number == 1 && l.substr(0, 3) == "\xEF\xBB\xBF")
            l.remove_prefix(3);
        if (l.empty() || l.front() == '#')
            continue;
        auto fail = [&](Message why) {
            error =
                Message(MessageKind::AtFileLine, {path, std::to_string(number)}, std::move(why));
            return false;
        };
        if (l.front() == '[') {
            if (l.back() != ']')
                return fail(Message(MessageKind::MappingSectionSyntax));
            SourceTable table{};
            Message why;
            if (!tableNamed(trimmed(l.substr(1, l.size() - 2)), table, why))
                return fail(why);
            section = std::string(sourceTableName(table));
            continue;
        }
        const auto eq = l.find('=');
        if (eq == std::string_view::npos)
            return fail(Message(MessageKind::MappingExpectsNameValue));
        const std::string key = normalizeName(l.substr(0, eq));
        std::string_view value = trimmed(l.substr(eq + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        Message why;
        const std::string prefix = section.empty() ? std::string() : section + "=";
        bool ok = false;
        if (key == "file" || key == "table") {
            if (section.empty())
                return fail(Message(MessageKind::MappingSettingOutsideSection, {key}));
            ok = applyChoice("table", prefix + std::string(value), choices, why);
        } else if (key == "encoding" || key == "delimiter" || key == "decimal" ||
                   key == "date_order") {
            ok = applyChoice(key, prefix + std::string(value), choices, why);
        } else {
            if (section.empty())
                return fail(Message(MessageKind::MappingColumnsOutsideSection));
            ok = applyChoice("map", section + "." + key + "=" + std::string(value), choices, why);
        }
        if (!ok)
            return fail(why);
    }
    return true;
}

} // namespace c360

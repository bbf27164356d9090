#include "sources/source_set.h"

#include "sources/csv_row_source.h"
#include "sources/sqlite_row_source.h"
#include "sources/table_schema.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <glob.h>

namespace c360 {

namespace fs = std::filesystem;

std::string_view sourceTableName(SourceTable t) noexcept {
    static constexpr std::string_view kNames[kSourceTableCount] = {
        "customer_info",      "purchase_transactions", "product_catalog", "customer_service",
        "campaign_responses", "marketing_campaigns",   "website_behavior"};
    return kNames[static_cast<std::size_t>(t)];
}

std::string normalizeName(std::string_view name) {
    std::size_t b = 0, e = name.size();
    while (b < e && std::isspace(static_cast<unsigned char>(name[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(name[e - 1])))
        --e;
    std::string out;
    out.reserve(e - b);
    for (std::size_t i = b; i < e; ++i) {
        const char c = name[i];
        if (c == ' ' || c == '-' || c == '\t')
            out.push_back('_');
        else
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

namespace {

bool isSqliteFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[16] = {};
    in.read(magic, 16);
    return in.gcount() == 16 && std::memcmp(magic, "SQLite format 3", 16) == 0;
}

int tableIndexForName(std::string_view normalized) {
    for (std::size_t i = 0; i < kSourceTableCount; ++i)
        if (sourceTableName(sourceTableAt(i)) == normalized)
            return static_cast<int>(i);
    return -1;
}

bool resolveFolder(const std::string& path, SourceSet& out, Message& error) {
    out.kind = SourceSet::Kind::CsvFolder;
    std::vector<std::string> csvNames;
    std::error_code ec;
    fs::directory_iterator it(path, ec);
    if (ec) {
        error = Message(MessageKind::CannotReadFolder, {path, ec.message()});
        return false;
    }
    std::vector<fs::path> entries;
    for (const auto& entry : it)
        entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end()); // stable choice when two files match one table
    std::array<int, kSourceTableCount> ranks{};
    for (const fs::path& p : entries) {
        std::string name = p.filename().string();
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        std::size_t stemLength = 0;
        if (lower.size() > 4 && lower.ends_with(".csv"))
            stemLength = name.size() - 4;
        else if (lower.size() > 7 && lower.ends_with(".csv.gz"))
            stemLength = name.size() - 7;
        else
            continue;
        csvNames.push_back(name);
        const std::string stem = name.substr(0, stemLength);
        const int index = tableIndexForName(normalizeName(stem));
        if (index < 0)
            continue;
        TableLocation& loc = out.tables[static_cast<std::size_t>(index)];
        // Which file a table reads when several match: an exact name beats one that only
        // matches after normalising ("Customer Info.csv"), and plain .csv beats .csv.gz.
        const bool exactName =
            stem == sourceTableName(sourceTableAt(static_cast<std::size_t>(index)));
        const int rank = (exactName ? 2 : 0) + (lower.ends_with(".csv") ? 1 : 0);
        const std::size_t i = static_cast<std::size_t>(index);
        if (!loc.present || rank > ranks[i]) {
            loc.present = true;
            loc.path = p.string();
            ranks[i] = rank;
        }
    }
    out.folderCsvNames = csvNames;
    return true;
}

} // namespace

bool resolveSourceSet(const std::string& path, SourceSet& out, Message& error) {
    return resolveSourceSet(path, SourceChoices{}, out, error);
}

namespace {

// Files for a table chosen by name or pattern: relative names are looked up in the source
// folder first, then from the current folder. Several patterns append, in order; the
// files of one pattern are sorted by name (sales/2024-01.csv, sales/2024-02.csv, ...).
bool expandFiles(const std::string& folder, const std::vector<std::string>& patterns,
                 std::vector<std::string>& files, Message& error) {
    for (const std::string& pattern : patterns) {
        std::vector<std::string> matches;
        for (const std::string& base : {folder, std::string()}) {
            const std::string full =
                base.empty() || fs::path(pattern).is_absolute() ? pattern : base + "/" + pattern;
            glob_t g{};
            if (::glob(full.c_str(), 0, nullptr, &g) == 0) {
                for (std::size_t k = 0; k < g.gl_pathc; ++k)
                    if (!fs::is_directory(g.gl_pathv[k]))
                        matches.emplace_back(g.gl_pathv[k]);
            }
            ::globfree(&g);
            if (!matches.empty() || fs::path(pattern).is_absolute())
                break;
        }
        if (matches.empty()) {
            error = Message(MessageKind::NoFileMatches, {pattern, folder});
            return false;
        }
        std::sort(matches.begin(), matches.end());
        files.insert(files.end(), matches.begin(), matches.end());
    }
    return true;
}

void mergeRead(CsvReadOptions& into, const CsvReadOptions& from) {
    if (from.encoding)
        into.encoding = from.encoding;
    if (from.delimiter)
        into.delimiter = from.delimiter;
    if (from.decimalPoint)
        into.decimalPoint = from.decimalPoint;
    if (from.slashOrder)
        into.slashOrder = from.slashOrder;
}

} // namespace

bool resolveSourceSet(const std::string& path, const SourceChoices& choices, SourceSet& out,
                      Message& error) {
    out = SourceSet{};
    out.root = path;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
        error = Message(MessageKind::SourceDoesNotExist, {path});
        return false;
    }
    if (fs::is_directory(st)) {
        if (!resolveFolder(path, out, error))
            return false;
    } else if (!isSqliteFile(path)) {
        error = Message(MessageKind::SourceIsNeitherFolderNorDatabase, {path});
        return false;
    } else {
        out.kind = SourceSet::Kind::Sqlite;
        if (!resolveSqliteTables(path, out, error))
            return false;
    }
    for (std::size_t i = 0; i < kSourceTableCount; ++i) {
        const SourceTable table = sourceTableAt(i);
        const TableChoices& chosen = choices.tables[i];
        TableLocation& loc = out.tables[i];
        loc.read = choices.all;
        mergeRead(loc.read, chosen.read);
        for (const auto& [column, header] : chosen.columns) {
            if (!isTableColumn(table, column)) {
                std::string names;
                for (std::size_t k = 0; k < tableColumns(table).size(); ++k)
                    names += (k ? ", " : "") + std::string(tableColumns(table)[k].name);
                error = Message(MessageKind::MappedColumnNotInTable,
                                {std::string(sourceTableName(table)), column, names});
                return false;
            }
            loc.columns[column] = header;
        }
        if (chosen.files.empty())
            continue;
        if (out.kind == SourceSet::Kind::CsvFolder) {
            std::vector<std::string> files;
            if (!expandFiles(path, chosen.files, files, error))
                return false;
            loc.files = files;
            loc.path = files.front();
            loc.present = true;
        } else if (!chooseSqliteTable(out, chosen.files.front(), loc, error)) {
            return false;
        }
    }
    for (TableLocation& loc : out.tables)
        if (loc.present && loc.files.empty() && out.kind == SourceSet::Kind::CsvFolder)
            loc.files.push_back(loc.path);
    if (out.kind == SourceSet::Kind::CsvFolder && !out.at(SourceTable::CustomerInfo).present) {
        const std::vector<std::string>& csvNames = out.folderCsvNames;
        if (csvNames.empty()) {
            error = Message(MessageKind::FolderWithoutCsvFiles, {path});
            return false;
        }
        std::string names;
        for (std::size_t i = 0; i < csvNames.size() && i < 12; ++i)
            names += (i ? ", " : "") + csvNames[i];
        if (csvNames.size() > 12)
            names += ", ...";
        error = Message(MessageKind::FolderWithoutCustomerInfo, {path, names});
        return false;
    }
    if (out.kind == SourceSet::Kind::Sqlite && !checkSqliteCustomers(out, error))
        return false;
    return true;
}

std::unique_ptr<RowSource> openRowSource(const SourceSet& sources, SourceTable table,
                                         SourceFileInfo& info, Message& error) {
    const TableLocation& loc = sources.at(table);
    info.table = std::string(sourceTableName(table));
    info.path = loc.path;
    if (sources.kind == SourceSet::Kind::CsvFolder)
        return openCsvRowSource(loc.files.empty() ? std::vector<std::string>{loc.path} : loc.files,
                                loc.read, info.table, error);
    return openSqliteRowSource(loc.path, loc.sqliteTable,
                               loc.read.slashOrder.value_or(SlashOrder::Unknown), info, error);
}

} // namespace c360

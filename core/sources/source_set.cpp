#include "sources/source_set.h"

#include "sources/csv_row_source.h"
#include "sources/sqlite_row_source.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>

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

bool resolveFolder(const std::string& path, SourceSet& out, std::string& error) {
    out.kind = SourceSet::Kind::CsvFolder;
    std::vector<std::string> csvNames;
    std::error_code ec;
    fs::directory_iterator it(path, ec);
    if (ec) {
        error = "Cannot read the folder " + path + ": " + ec.message() +
                ". Check that it exists and that you may open it.";
        return false;
    }
    std::vector<fs::path> entries;
    for (const auto& entry : it)
        entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end()); // stable choice when two files match one table
    for (const fs::path& p : entries) {
        std::string ext = p.extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (ext != ".csv")
            continue;
        csvNames.push_back(p.filename().string());
        const int index = tableIndexForName(normalizeName(p.stem().string()));
        if (index < 0)
            continue;
        TableLocation& loc = out.tables[static_cast<std::size_t>(index)];
        // An exact file name wins over one that only matches after normalising.
        const bool exact =
            p.stem().string() == sourceTableName(sourceTableAt(static_cast<std::size_t>(index)));
        if (!loc.present || exact) {
            loc.present = true;
            loc.path = p.string();
        }
    }
    if (!out.at(SourceTable::CustomerInfo).present) {
        error = "No customer_info.csv in " + path + ". ";
        if (csvNames.empty()) {
            error += "The folder holds no .csv files at all.";
        } else {
            error += "The folder holds: ";
            for (std::size_t i = 0; i < csvNames.size() && i < 12; ++i)
                error += (i ? ", " : "") + csvNames[i];
            if (csvNames.size() > 12)
                error += ", ...";
            error += ".";
        }
        error += " Put the customer list in a file named customer_info.csv (one row per "
                 "customer, with a customer_id column) and run the build again.";
        return false;
    }
    return true;
}

} // namespace

bool resolveSourceSet(const std::string& path, SourceSet& out, std::string& error) {
    out = SourceSet{};
    out.root = path;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
        error = "The source " + path +
                " does not exist. Give a folder of CSV files or a "
                "SQLite database file.";
        return false;
    }
    if (fs::is_directory(st))
        return resolveFolder(path, out, error);
    if (!isSqliteFile(path)) {
        error = "The source " + path +
                " is neither a folder nor a SQLite database. Give the "
                "folder that holds customer_info.csv and the other tables, or a .sqlite/.db file.";
        return false;
    }
    out.kind = SourceSet::Kind::Sqlite;
    return resolveSqliteTables(path, out, error);
}

std::unique_ptr<RowSource> openRowSource(const SourceSet& sources, SourceTable table,
                                         SourceFileInfo& info, std::string& error) {
    const TableLocation& loc = sources.at(table);
    info.table = std::string(sourceTableName(table));
    info.path = loc.path;
    if (sources.kind == SourceSet::Kind::CsvFolder)
        return openCsvRowSource(loc.path, loc.read, info, error);
    return openSqliteRowSource(loc.path, loc.sqliteTable, info, error);
}

} // namespace c360

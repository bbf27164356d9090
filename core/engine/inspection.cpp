#include "engine/inspection.h"

#include "engine/table_reader.h"
#include "sources/csv_row_source.h"
#include "sources/file_info.h"

namespace c360 {

namespace {

TableInspection inspectTable(const SourceSet& sources, SourceTable table,
                             const BuildOptions& options, std::size_t sampleRows) {
    TableInspection t;
    t.table = std::string(sourceTableName(table));
    const TableLocation& loc = sources.at(table);
    t.present = loc.present;
    if (!loc.present)
        return t;
    SourceFileInfo info;
    Message error;
    std::unique_ptr<RowSource> source = openRowSource(sources, table, info, error);
    if (!source) {
        t.error = error;
        return t;
    }
    t.headers = source->header();
    TableReport scratch;
    scratch.file = loc.path;
    TableReader reader(table, *source, scratch, options, nullptr, 0, &loc.columns);
    const std::vector<ColumnSpec>& specs = tableColumns(table);
    if (!reader.mapColumns(specs, error))
        t.error = error;
    for (std::size_t slot = 0; slot < specs.size(); ++slot) {
        ColumnMatch m;
        m.column = std::string(specs[slot].name);
        m.required = specs[slot].required;
        m.chosen = loc.columns.count(m.column) > 0;
        const int field = reader.fieldOf(slot);
        if (field >= 0)
            m.header = t.headers[static_cast<std::size_t>(field)];
        t.columns.push_back(std::move(m));
    }
    while (t.sample.size() < sampleRows && reader.next()) {
        const CsvRecord& r = reader.record();
        t.sample.emplace_back(r.fields.begin(), r.fields.end());
    }
    t.notes = source->notes();
    source.reset();
    if (sources.kind == SourceSet::Kind::CsvFolder) {
        // Every file of the table, each with how it is read (they may differ).
        for (const std::string& file : loc.files) {
            Message why;
            auto one = openCsvRowSource({file}, loc.read, t.table, why);
            if (!one) {
                t.error = why;
                continue;
            }
            for (SourceFileInfo& f : one->finishFiles())
                t.files.push_back(std::move(f));
        }
    } else {
        info.table = t.table;
        fillFileStat(loc.path, info);
        t.files.push_back(info);
    }
    return t;
}

} // namespace

SourceInspection inspectSources(const SourceSet& sources, const BuildOptions& options,
                                std::size_t sampleRows) {
    SourceInspection out;
    out.source = sources.root;
    out.kind = sources.kind == SourceSet::Kind::CsvFolder ? "csv folder" : "sqlite";
    bool usable = true;
    for (std::size_t i = 0; i < kSourceTableCount; ++i) {
        out.tables.push_back(inspectTable(sources, sourceTableAt(i), options, sampleRows));
        usable = usable && !out.tables.back().error;
    }
    if (usable) {
        out.build = buildCustomer360(sources, options);
    } else {
        out.build.status = BuildStatus::Failed;
        out.build.error = Message(MessageKind::TableCannotBeUsed);
    }
    return out;
}

} // namespace c360

#include "inspection_models.h"
#include "language.h"
#include "messages.h"

#include <QFileInfo>
#include <QLocale>
#include <QStringList>

namespace c360::ui {

QString delimiterDisplayName(const std::string& delimiter) {
    if (delimiter == ",")
        return SourceTablesModel::tr("Comma (,)");
    if (delimiter == ";")
        return SourceTablesModel::tr("Semicolon (;)");
    if (delimiter == "\t")
        return SourceTablesModel::tr("Tab");
    if (delimiter == "|")
        return SourceTablesModel::tr("Pipe (|)");
    return QString::fromStdString(delimiter);
}

QString decimalMarkDisplayName(const std::string& mark) {
    if (mark == ".")
        return SourceTablesModel::tr("Point (.)");
    if (mark == ",")
        return SourceTablesModel::tr("Comma (,)");
    return QString::fromStdString(mark);
}

namespace {

// The distinct values of one reading setting over a table's files, in file order.
template <typename Get> QString distinct(const std::vector<SourceFileInfo>& files, Get get) {
    QStringList values;
    for (const SourceFileInfo& f : files) {
        const QString v = get(f);
        if (!v.isEmpty() && !values.contains(v))
            values << v;
    }
    return values.join(QStringLiteral(", "));
}

} // namespace

// ---- SourceTablesModel ----

SourceTablesModel::SourceTablesModel(QObject* parent) : QAbstractTableModel(parent) {}

void SourceTablesModel::setInspection(const SourceInspection& inspection) {
    beginResetModel();
    inspection_ = inspection;
    inspection_.build.table = Customer360{}; // only the report is shown; free the table
    endResetModel();
}

void SourceTablesModel::clear() {
    beginResetModel();
    inspection_ = SourceInspection{};
    endResetModel();
}

int SourceTablesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(inspection_.tables.size());
}

int SourceTablesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceTablesModel::problems(const TableInspection& table, const TableReport* report) const {
    if (table.error)
        return messageText(*table.error);
    if (!table.present)
        return tr("Not found: read as an empty table.");
    if (!report)
        return {};
    QStringList parts;
    // Plural forms per number, so each language words them its own way.
    if (report->rejected)
        parts << tr("%Ln row(s) rejected", nullptr, pluralCount(report->rejected));
    if (report->warnings)
        parts << tr("%Ln warning(s)", nullptr, pluralCount(report->warnings));
    if (report->orphans)
        parts << tr("%Ln row(s) of unknown customers", nullptr, pluralCount(report->orphans));
    return parts.isEmpty() ? tr("None") : parts.join(QStringLiteral("; "));
}

QVariant SourceTablesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableInspection& table = inspection_.tables[static_cast<std::size_t>(index.row())];
    const TableReport* report = inspection_.build.report.find(table.table);
    const QLocale locale;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == RowsColumn || index.column() == RejectedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == FilesColumn) {
        QStringList paths;
        for (const SourceFileInfo& f : table.files)
            paths << QString::fromStdString(f.path);
        return paths.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TableColumn:
        return QString::fromStdString(table.table);
    case FilesColumn: {
        QStringList names;
        for (const SourceFileInfo& f : table.files)
            names << QFileInfo(QString::fromStdString(f.path)).fileName();
        return names.join(QStringLiteral(", "));
    }
    case EncodingColumn:
        return distinct(table.files,
                        [](const SourceFileInfo& f) { return QString::fromStdString(f.encoding); });
    case DelimiterColumn:
        return distinct(table.files,
                        [](const SourceFileInfo& f) { return delimiterDisplayName(f.delimiter); });
    case DecimalMarkColumn:
        return distinct(table.files, [](const SourceFileInfo& f) {
            return decimalMarkDisplayName(f.decimalMark);
        });
    case RowsColumn:
        return report && table.present ? locale.toString(static_cast<qulonglong>(report->rowsRead))
                                       : QString();
    case RejectedColumn:
        return report && table.present ? locale.toString(static_cast<qulonglong>(report->rejected))
                                       : QString();
    case ProblemsColumn:
        return problems(table, report);
    default:
        return {};
    }
}

QVariant SourceTablesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TableColumn:
        return tr("Table");
    case FilesColumn:
        return tr("Files");
    case EncodingColumn:
        return tr("Encoding");
    case DelimiterColumn:
        return tr("Delimiter");
    case DecimalMarkColumn:
        return tr("Decimal mark");
    case RowsColumn:
        return tr("Rows");
    case RejectedColumn:
        return tr("Rejected rows");
    case ProblemsColumn:
        return tr("Problems");
    default:
        return {};
    }
}

// ---- ColumnMappingModel ----

ColumnMappingModel::ColumnMappingModel(QObject* parent) : QAbstractTableModel(parent) {}

void ColumnMappingModel::setColumns(std::vector<ColumnMatch> columns) {
    beginResetModel();
    columns_ = std::move(columns);
    endResetModel();
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole)
        return {};
    const ColumnMatch& m = columns_[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case ContractColumn:
        return QString::fromStdString(m.column);
    case RequiredColumn:
        //: Whether the build needs this column: a cell of the column "Required".
        return m.required ? tr("Required", "cell") : tr("Optional", "cell");
    case HeaderColumn:
        if (m.header.empty())
            return m.required ? tr("Not found: the build needs it") : tr("Not found");
        return m.chosen ? tr("%1 (chosen)").arg(QString::fromStdString(m.header))
                        : QString::fromStdString(m.header);
    default:
        return {};
    }
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ContractColumn:
        return tr("Contract column");
    case RequiredColumn:
        //: The title of a column whose cells say "Required" or "Optional".
        return tr("Required", "column title");
    case HeaderColumn:
        return tr("Source header");
    default:
        return {};
    }
}

// ---- SampleRowsModel ----

SampleRowsModel::SampleRowsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SampleRowsModel::setSample(std::vector<std::string> headers,
                                std::vector<std::vector<std::string>> rows) {
    beginResetModel();
    headers_ = std::move(headers);
    rows_ = std::move(rows);
    endResetModel();
}

int SampleRowsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int SampleRowsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(headers_.size());
}

QVariant SampleRowsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::vector<std::string>& row = rows_[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<std::size_t>(index.column());
    if (role == Qt::DisplayRole)
        return column < row.size() ? QString::fromStdString(row[column]) : QString();
    if (role == Qt::AccessibleTextRole && (column >= row.size() || row[column].empty()))
        return tr("empty");
    return {};
}

QVariant SampleRowsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || static_cast<std::size_t>(section) >= headers_.size())
        return {};
    return QString::fromStdString(headers_[static_cast<std::size_t>(section)]);
}

} // namespace c360::ui

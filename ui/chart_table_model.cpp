#include "chart_table_model.h"

namespace c360::ui {

ChartTableModel::ChartTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChartTableModel::setChartData(const ChartData& data, const QLocale& locale) {
    // The number of columns can change with the chart, so this is a reset, not dataChanged.
    beginResetModel();
    data_ = data;
    locale_ = locale;
    endResetModel();
}

int ChartTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(data_.rows.size());
}

int ChartTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : shareColumn() + 1;
}

QVariant ChartTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ChartRow& row = data_.rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == 0)
            return row.category;
        if (column == countColumn())
            return locale_.toString(static_cast<qulonglong>(row.count));
        if (column == shareColumn())
            return shareText(row.count, data_.customers, locale_, true);
        return row.series;
    case CountRole:
        if (column == countColumn())
            return QVariant::fromValue<qulonglong>(row.count);
        if (column == shareColumn())
            return data_.customers == 0
                       ? 0.0
                       : static_cast<double>(row.count) / static_cast<double>(data_.customers);
        return {};
    case Qt::TextAlignmentRole:
        if (column >= countColumn())
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? QVariant(section + 1) : QVariant();
    if (section == 0)
        return data_.categoryHeader;
    if (section == countColumn())
        return tr("Customers");
    if (section == shareColumn())
        return tr("Share of customers");
    if (section == 1 && hasSeries())
        return data_.seriesHeader;
    return {};
}

} // namespace c360::ui

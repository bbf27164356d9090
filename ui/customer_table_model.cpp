#include "customer_table_model.h"

#include "values/date.h"

#include <QDate>

namespace c360::ui {

CustomerTableModel::CustomerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CustomerTableModel::setTable(std::shared_ptr<const Customer360> table) {
    beginResetModel();
    table_ = std::move(table);
    rows_.clear();
    if (table_)
        for (std::size_t i = 0; i < table_->rowCount(); ++i)
            rows_.push_back(static_cast<std::uint32_t>(i));
    endResetModel();
}

void CustomerTableModel::setRows(std::vector<std::uint32_t> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

void CustomerTableModel::setLocale(const QLocale& locale) {
    locale_ = locale;
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CustomerTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= static_cast<int>(kColumnCount))
        return;
    emit sortRequested(static_cast<Column>(column), order == Qt::DescendingOrder);
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !table_ ? 0 : static_cast<int>(rows_.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(kColumnCount);
}

QString CustomerTableModel::columnTitle(Column column) {
    QString name = QString::fromLatin1(columnInfo(column).name.data(),
                                       static_cast<qsizetype>(columnInfo(column).name.size()));
    name.replace('_', ' ');
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString CustomerTableModel::displayText(Column column, std::uint32_t row) const {
    const Customer360& t = *table_;
    if (t.isNull(column, row))
        return {};
    switch (columnInfo(column).kind) {
    case ColumnKind::Integer:
        return locale_.toString(t.integerValue(column, row));
    case ColumnKind::Decimal:
        return locale_.toString(t.realValue(column, row), 'f', 2);
    case ColumnKind::Real:
        return locale_.toString(t.realValue(column, row), 'g', 4);
    case ColumnKind::Date: {
        std::string iso;
        t.appendCell(iso, column, row);
        const QDate date = QDate::fromString(QString::fromLatin1(iso.c_str()), Qt::ISODate);
        return locale_.toString(date, QLocale::ShortFormat);
    }
    default: {
        std::string text;
        t.appendCell(text, column, row);
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
    }
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const {
    if (!table_ || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto column = static_cast<Column>(index.column());
    const std::uint32_t row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, row);
    case Qt::AccessibleTextRole: {
        // A screen reader says "no value" rather than nothing for an empty cell.
        const QString text = displayText(column, row);
        return text.isEmpty() ? tr("no value") : text;
    }
    case Qt::TextAlignmentRole: {
        const ColumnKind kind = columnInfo(column).kind;
        const bool number =
            kind == ColumnKind::Integer || kind == ColumnKind::Decimal || kind == ColumnKind::Real;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= static_cast<int>(kColumnCount))
        return {};
    const auto column = static_cast<Column>(section);
    if (role == Qt::ToolTipRole)
        return QString::fromLatin1(columnInfo(column).name.data(),
                                   static_cast<qsizetype>(columnInfo(column).name.size()));
    return columnTitle(column);
}

} // namespace c360::ui

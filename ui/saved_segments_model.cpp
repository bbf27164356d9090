#include "saved_segments_model.h"
#include "language.h"

#include "customer_table_model.h"
#include "filter_parts.h"

#include <QDate>

namespace c360::ui {

SavedSegmentsModel::SavedSegmentsModel(QObject* parent) : QAbstractListModel(parent) {}

void SavedSegmentsModel::setSegments(std::vector<SavedSegment> segments) {
    beginResetModel();
    segments_ = std::move(segments);
    sizes_.assign(segments_.size(), std::nullopt);
    endResetModel();
}

void SavedSegmentsModel::setSizes(const std::vector<std::uint64_t>& sizes) {
    if (sizes.size() != segments_.size() || segments_.empty())
        return;
    sizes_.assign(sizes.begin(), sizes.end());
    emit dataChanged(index(0), index(rowCount() - 1),
                     {Qt::DisplayRole, Qt::AccessibleTextRole, SizeRole});
}

void SavedSegmentsModel::setLocale(const QLocale& locale) {
    locale_ = locale;
    if (!segments_.empty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole,
                          Qt::AccessibleDescriptionRole});
}

QString SavedSegmentsModel::describe(const CustomerFilter& filter) const {
    QStringList parts;
    const auto text = [](std::string_view s) {
        return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    };
    const auto names = [&](const std::set<std::string>& values) {
        QStringList out;
        for (const std::string& v : values)
            out << (v.empty() ? tr("none") : text(v));
        return out.join(QStringLiteral(", "));
    };
    if (!filter.segments.empty()) {
        QStringList out;
        for (const ValueSegment v : filter.segments)
            out << segmentLabel(v);
        parts << tr("%1: %2").arg(CustomerTableModel::columnTitle(Column::CustomerValueSegment),
                                  out.join(QStringLiteral(", ")));
    }
    if (!filter.statuses.empty()) {
        QStringList out;
        for (const CustomerStatus v : filter.statuses)
            out << statusLabel(v);
        parts << tr("%1: %2").arg(CustomerTableModel::columnTitle(Column::CustomerStatusColumn),
                                  out.join(QStringLiteral(", ")));
    }
    if (!filter.categories.empty())
        parts << tr("%1: %2").arg(CustomerTableModel::columnTitle(Column::FavoriteCategory),
                                  names(filter.categories));
    if (!filter.brands.empty())
        parts << tr("%1: %2").arg(CustomerTableModel::columnTitle(Column::FavoriteBrand),
                                  names(filter.brands));
    for (const RangeFilter& r : filter.ranges) {
        const bool date = columnInfo(r.column).kind == ColumnKind::Date;
        const auto end = [&](double v) {
            return date ? locale_.toString(QDate(1970, 1, 1).addDays(static_cast<qint64>(v)),
                                           fourDigitYearDateFormat(locale_))
                        : locale_.toString(v, 'g', 15);
        };
        QString bounds = r.min && r.max ? tr("%1 to %2").arg(end(*r.min), end(*r.max))
                         : r.min        ? tr("at least %1").arg(end(*r.min))
                         : r.max        ? tr("at most %1").arg(end(*r.max))
                                        : tr("any");
        if (r.includeMissing)
            bounds = tr("%1, or missing").arg(bounds);
        parts << tr("%1: %2").arg(CustomerTableModel::columnTitle(r.column), bounds);
    }
    if (!filter.search.empty())
        parts << tr("Search: “%1”").arg(QString::fromStdString(filter.search));
    return parts.isEmpty() ? tr("All customers (no filters).")
                           : parts.join(QStringLiteral(". ")) + QStringLiteral(".");
}

int SavedSegmentsModel::rowOfName(const QString& name) const {
    const std::string wanted = name.toStdString();
    for (std::size_t i = 0; i < segments_.size(); ++i)
        if (sameSegmentName(segments_[i].name, wanted))
            return static_cast<int>(i);
    return -1;
}

int SavedSegmentsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(segments_.size());
}

QString SavedSegmentsModel::label(int row) const {
    const QString name = QString::fromStdString(segments_[static_cast<std::size_t>(row)].name);
    const std::optional<std::uint64_t> size = sizes_[static_cast<std::size_t>(row)];
    if (!size)
        return tr("%1 — counting customers…").arg(name);
    //: %1 is the segment's name, %2 its number of customers.
    return tr("%1 — %2 customer(s)", nullptr, pluralCount(*size))
        .arg(name, locale_.toString(static_cast<qulonglong>(*size)));
}

QVariant SavedSegmentsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return label(index.row());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return describe(segments_[row].filter);
    case NameRole:
        return QString::fromStdString(segments_[row].name);
    case SizeRole:
        return sizes_[row] ? QVariant(static_cast<qulonglong>(*sizes_[row])) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedSegmentsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names[NameRole] = "name";
    names[SizeRole] = "size";
    return names;
}

} // namespace c360::ui

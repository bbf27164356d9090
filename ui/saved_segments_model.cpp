#include "saved_segments_model.h"

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
                     {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, SizeRole});
}

void SavedSegmentsModel::setLocale(const QLocale& locale) {
    locale_ = locale;
    if (!segments_.empty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
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
    if (*size == 1)
        return tr("%1 — 1 customer").arg(name);
    return tr("%1 — %2 customers").arg(name, locale_.toString(static_cast<qulonglong>(*size)));
}

QVariant SavedSegmentsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return label(index.row());
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

#include "facet_list_model.h"
#include "language.h"

#include <QHash>

namespace c360::ui {

FacetListModel::FacetListModel(const QLocale& locale, QObject* parent)
    : QAbstractListModel(parent), locale_(locale) {}

void FacetListModel::setItems(std::vector<FacetItem> items) {
    bool sameKeys = items.size() == items_.size();
    for (std::size_t i = 0; sameKeys && i < items.size(); ++i)
        sameKeys = items[i].key == items_[i].key;
    if (sameKeys) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            FacetItem& current = items_[i];
            if (current.label == items[i].label && current.count == items[i].count)
                continue;
            current.label = items[i].label;
            current.count = items[i].count;
            const QModelIndex changed = index(static_cast<int>(i));
            emit dataChanged(changed, changed);
        }
        return;
    }
    QHash<QString, bool> checks;
    for (const FacetItem& item : items_)
        checks.insert(item.key, item.checked);
    beginResetModel();
    items_ = std::move(items);
    for (FacetItem& item : items_)
        item.checked = item.checked || checks.value(item.key, false);
    endResetModel();
}

void FacetListModel::setCounts(const std::vector<std::uint64_t>& counts) {
    const std::size_t n = std::min(counts.size(), items_.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (items_[i].count == counts[i])
            continue;
        items_[i].count = counts[i];
        const QModelIndex changed = index(static_cast<int>(i));
        emit dataChanged(
            changed, changed,
            {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole, CountRole});
    }
}

void FacetListModel::setLocale(const QLocale& locale) {
    locale_ = locale;
    if (!items_.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

QSet<QString> FacetListModel::checkedKeys() const {
    QSet<QString> keys;
    for (const FacetItem& item : items_)
        if (item.checked)
            keys.insert(item.key);
    return keys;
}

void FacetListModel::setCheckedKeys(const QSet<QString>& keys) {
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const bool checked = keys.contains(items_[i].key);
        if (items_[i].checked == checked)
            continue;
        items_[i].checked = checked;
        const QModelIndex changed = index(static_cast<int>(i));
        emit dataChanged(changed, changed, {Qt::CheckStateRole, Qt::AccessibleDescriptionRole});
    }
}

int FacetListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(items_.size());
}

QString FacetListModel::countText(std::uint64_t count) const {
    return locale_.toString(static_cast<qulonglong>(count));
}

QVariant FacetListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FacetItem& item = items_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(item.label, countText(item.count));
    case Qt::CheckStateRole:
        return item.checked ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
        // Read as a sentence, not as "High open paren 1,234".
        //: %1 is a value such as "High", %2 its number of customers.
        return tr("%1, %2 customer(s)", nullptr, pluralCount(item.count))
            .arg(item.label, countText(item.count));
    case Qt::AccessibleDescriptionRole:
        return item.checked ? tr("Filter on; %1 customer(s) with the other filters", nullptr,
                                 pluralCount(item.count))
                                  .arg(countText(item.count))
                            : tr("Filter off; %1 customer(s) with the other filters", nullptr,
                                 pluralCount(item.count))
                                  .arg(countText(item.count));
    case Qt::ToolTipRole:
        //: %1 is a number of customers, %2 a value such as "High".
        return tr("%1 customer(s) match %2 under the other filters", nullptr,
                  pluralCount(item.count))
            .arg(countText(item.count), item.label);
    case KeyRole:
        return item.key;
    case CountRole:
        return static_cast<qulonglong>(item.count);
    default:
        return {};
    }
}

bool FacetListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    FacetItem& item = items_[static_cast<std::size_t>(index.row())];
    const bool checked = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    if (item.checked != checked) {
        item.checked = checked;
        emit dataChanged(index, index, {Qt::CheckStateRole, Qt::AccessibleDescriptionRole});
        emit checksEdited();
    }
    return true;
}

Qt::ItemFlags FacetListModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

} // namespace c360::ui

// One facet of the filter panel (value segment, status, favourite category or brand) as a
// checkable list: each item has a key (what the filter stores), a label, a count and a check.
// Counts change on every query; when the items stay the same the model only reports
// dataChanged, so a view keeps its current item, scroll position and the user's checks.
#pragma once

#include <QAbstractListModel>
#include <QLocale>
#include <QSet>
#include <QString>

#include <cstdint>
#include <vector>

namespace c360::ui {

struct FacetItem {
    QString key;   // the value the filter stores ("" stands for "no favourite")
    QString label; // what people read: "High", "(none)"
    std::uint64_t count = 0;
    bool checked = false;
};

class FacetListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { KeyRole = Qt::UserRole + 1, CountRole };

    explicit FacetListModel(const QLocale& locale, QObject* parent = nullptr);

    // Replaces the items. Checks carry over by key; when the keys are the same, in the same
    // order, only labels and counts change (dataChanged, no reset).
    void setItems(std::vector<FacetItem> items);
    // New counts, one per item in order (shorter input leaves the rest unchanged).
    void setCounts(const std::vector<std::uint64_t>& counts);
    void setLocale(const QLocale& locale);

    const std::vector<FacetItem>& items() const noexcept { return items_; }
    QSet<QString> checkedKeys() const;
    // Checks exactly these keys (others unchecked) without emitting checksEdited: for
    // following a filter set elsewhere.
    void setCheckedKeys(const QSet<QString>& keys);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // The user ticked or cleared an item (through setData), not setCheckedKeys.
    void checksEdited();

private:
    QString countText(std::uint64_t count) const;

    std::vector<FacetItem> items_;
    QLocale locale_;
};

} // namespace c360::ui

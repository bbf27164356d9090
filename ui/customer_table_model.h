// customer_360 as a Qt table: rows are a selection (filtered and sorted in the core), cells are
// formatted on demand, so a million customers cost only what is on screen.
#pragma once

#include "engine/customer360.h"
#include "filter_parts.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <cstdint>
#include <memory>
#include <vector>

namespace c360::ui {

class CustomerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit CustomerTableModel(QObject* parent = nullptr);

    // The table is shared with whoever computes selections on it; `rows` index into it.
    void setTable(std::shared_ptr<const Customer360> table);
    void setRows(std::vector<std::uint32_t> rows);
    const std::vector<std::uint32_t>& rows() const noexcept { return rows_; }
    const Customer360* table() const noexcept { return table_.get(); }
    void setLocale(const QLocale& locale);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Header clicks and the keyboard's sort actions ask here; the sorting itself happens in
    // the core (QueryController), never by moving a million rows through this model.
    void sort(int column, Qt::SortOrder order) override;

    // The column's name as people read it, in their language: "Total spend" for total_spend.
    static QString columnTitle(Column column);

signals:
    void sortRequested(c360::Column column, bool descending);

private:
    QString displayText(Column column, std::uint32_t row) const;

    std::shared_ptr<const Customer360> table_;
    std::vector<std::uint32_t> rows_;
    QLocale locale_;
    QString dateFormat_ = fourDigitYearDateFormat(QLocale()); // short, four-digit year
};

} // namespace c360::ui

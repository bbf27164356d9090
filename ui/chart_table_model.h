// "View as table" for one segment chart: exactly the chart's numbers as an accessible table,
// one row per bar or slice, with a count and a share column and announced headers.
#pragma once

#include "chart_data.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace c360::ui {

class ChartTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Raw numbers for sorting and tests, beside the formatted text of Qt::DisplayRole.
    static constexpr int CountRole = Qt::UserRole + 1;

    explicit ChartTableModel(QObject* parent = nullptr);

    void setChartData(const ChartData& data, const QLocale& locale);
    const ChartData& chartData() const noexcept { return data_; }

    // Which column shows what: the bar's label, the stacked part (stacked bars only), the
    // number of customers and their share of every customer in the filter.
    int countColumn() const noexcept { return hasSeries() ? 2 : 1; }
    int shareColumn() const noexcept { return countColumn() + 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool hasSeries() const noexcept { return !data_.seriesHeader.isEmpty(); }

    ChartData data_;
    QLocale locale_;
};

} // namespace c360::ui

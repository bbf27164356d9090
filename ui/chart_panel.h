// One segment chart: a visible title and summary sentence, the chart (focusable; Left/Right
// move an outlined, labelled highlight between bars or slices and Enter or Space adds that
// element as a filter), and a "View as table" toggle that swaps the picture for an accessible
// table of the same numbers (Enter on a row adds its filter). A QChartView exposes no bars or
// values to a screen reader, hence the description, the caption and the table.
#pragma once

#include "chart_data.h"
#include "chart_table_model.h"

#include <QLocale>
#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QGraphicsRectItem;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QValueAxis;

namespace c360::ui {

class ChartPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChartPanel(ChartKind kind, QWidget* parent = nullptr);
    ~ChartPanel() override;

    ChartKind kind() const noexcept { return kind_; }
    // Redraws the chart and the table; the highlight stays on the same row when it still exists.
    void setChartData(const ChartData& data, const QLocale& locale);
    const ChartData& shownData() const noexcept { return model_->chartData(); }

    // The row of shownData() the keyboard highlight is on; -1 for none.
    int highlightedRow() const noexcept { return highlighted_; }
    void setHighlightedRow(int row);

    QChartView* chartView() const noexcept { return view_; }
    QTableView* tableView() const noexcept { return table_; }
    QPushButton* tableToggle() const noexcept { return toggle_; }
    QLabel* summaryLabel() const noexcept { return summary_; }
    QLabel* highlightLabel() const noexcept { return highlightText_; }
    bool isShowingTable() const;

signals:
    // A bar, slice or table row was chosen (mouse, Enter or Space) and stands for this filter.
    void choiceMade(const c360::ui::ChartChoice& choice);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildSeries();
    void buildStackedBars();
    void buildHorizontalBars();
    void buildPie();
    void showTable(bool table);
    void choose(int row);
    void updateHighlight();
    void updateFocusFrame(bool focused);
    bool isHorizontal() const;
    // Bars of horizontal charts are drawn bottom-up, rows run top-down.
    int barOfRow(int row) const;
    int rowOfBar(int bar) const;

    ChartKind kind_;
    QLocale locale_;
    ChartTableModel* model_;
    QLabel* title_;
    QLabel* summary_;
    QStackedWidget* stack_;
    QBarCategoryAxis* reusedCategoryAxis(Qt::Alignment alignment);
    QValueAxis* reusedCountAxis(Qt::Alignment alignment, std::uint64_t largest);

    QChart* chart_;
    QBarCategoryAxis* categoryAxis_ = nullptr;
    QValueAxis* countAxis_ = nullptr;
    QChartView* view_;
    QTableView* table_;
    QLabel* highlightText_;
    QPushButton* toggle_;
    QGraphicsRectItem* outline_ = nullptr; // the bar highlight, drawn over the plot
    int highlighted_ = -1;
};

} // namespace c360::ui

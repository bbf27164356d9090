// The "Segment charts" dock: six charts of the customers in the current filter, following the
// QueryController's results. Choosing a bar, slice or table row narrows the controller's filter.
// Charts are redrawn only while the dock is visible; a hidden dock catches up when shown.
#pragma once

#include "chart_data.h"

#include <QDockWidget>
#include <QLocale>

#include <array>

class QGridLayout;
class QScrollArea;

namespace c360::ui {

class ChartPanel;
class QueryController;

class ChartsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ChartsDock(QueryController* controller, QWidget* parent = nullptr);

    ChartPanel* panel(ChartKind kind) const;
    // Numbers in the charts, tables and sentences use this locale (default: QLocale()).
    void setChartLocale(const QLocale& locale);
    // True when a result arrived while the dock was hidden and the charts are behind.
    bool isStale() const noexcept { return stale_; }

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onResult();
    void refresh();
    void applyChoice(const ChartChoice& choice);
    void arrangePanels(int columns);

    QueryController* controller_;
    QLocale locale_;
    QScrollArea* scroll_;
    QGridLayout* grid_;
    std::array<ChartPanel*, kChartKinds.size()> panels_{};
    int columns_ = 0;
    bool stale_ = true;
};

} // namespace c360::ui

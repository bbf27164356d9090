#include "charts_dock.h"

#include "chart_panel.h"
#include "query_controller.h"

#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>

#include <algorithm>

namespace c360::ui {

namespace {
constexpr int kPanelMinimumWidth = 380;
}

ChartsDock::ChartsDock(QueryController* controller, QWidget* parent)
    : QDockWidget(tr("Segment charts"), parent), controller_(controller), scroll_(new QScrollArea),
      grid_(nullptr) {
    setObjectName(QStringLiteral("chartsDock"));
    setAccessibleName(tr("Segment charts"));

    auto* content = new QWidget;
    grid_ = new QGridLayout(content);
    for (std::size_t i = 0; i < kChartKinds.size(); ++i) {
        panels_[i] = new ChartPanel(kChartKinds[i], content);
        panels_[i]->setMinimumWidth(kPanelMinimumWidth);
        connect(panels_[i], &ChartPanel::choiceMade, this, &ChartsDock::applyChoice);
    }
    // Tab walks the panels in reading order: each chart (or its table), then its toggle.
    for (std::size_t i = 0; i + 1 < panels_.size(); ++i)
        setTabOrder(panels_[i]->tableToggle(), panels_[i + 1]->chartView());
    scroll_->setWidget(content);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    // The scroll area itself takes no focus; focusing a chart scrolls it into view.
    scroll_->setFocusPolicy(Qt::NoFocus);
    scroll_->setAccessibleName(tr("Segment charts"));
    scroll_->viewport()->installEventFilter(this);
    setWidget(scroll_);
    arrangePanels(1);

    connect(controller_, &QueryController::resultReady, this, &ChartsDock::onResult);
    connect(controller_, &QueryController::tableChanged, this, &ChartsDock::onResult);
    // A dock tabbed behind another is hidden without a showEvent of its own on some paths.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && stale_)
            refresh();
    });
}

ChartPanel* ChartsDock::panel(ChartKind kind) const {
    for (ChartPanel* p : panels_)
        if (p->kind() == kind)
            return p;
    return nullptr;
}

void ChartsDock::setChartLocale(const QLocale& locale) {
    locale_ = locale;
    onResult();
}

void ChartsDock::onResult() {
    // Drawing six charts is cheap but not free: skip it while nobody can see them.
    stale_ = true;
    if (isVisible())
        refresh();
}

void ChartsDock::refresh() {
    const auto result = controller_->result();
    const SegmentSummary summary = result ? result->summary : SegmentSummary{};
    for (ChartPanel* p : panels_)
        p->setChartData(chartData(p->kind(), summary, locale_), locale_);
    stale_ = false;
}

void ChartsDock::applyChoice(const ChartChoice& choice) {
    controller_->setFilter(withChoice(controller_->filter(), choice));
}

void ChartsDock::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    if (stale_)
        refresh();
}

bool ChartsDock::eventFilter(QObject* watched, QEvent* event) {
    if (watched == scroll_->viewport() && event->type() == QEvent::Resize) {
        // As many columns as fit side by side: one in a narrow dock, a grid in a wide one.
        const int columns = std::clamp(scroll_->viewport()->width() / kPanelMinimumWidth, 1, 3);
        if (columns != columns_)
            arrangePanels(columns);
    }
    return QDockWidget::eventFilter(watched, event);
}

void ChartsDock::arrangePanels(int columns) {
    columns_ = columns;
    for (ChartPanel* p : panels_)
        grid_->removeWidget(p);
    for (int i = 0; i < static_cast<int>(panels_.size()); ++i)
        grid_->addWidget(panels_[static_cast<std::size_t>(i)], i / columns, i % columns);
}

} // namespace c360::ui

#include "chart_panel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace c360::ui {

namespace {

// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. They only
// support the labels, legend and table, which carry the meaning on their own.
const QColor kStatusColours[4] = {
    QColor(0x00, 0x9E, 0x73), // Active: bluish green
    QColor(0xE6, 0x9F, 0x00), // At Risk: orange
    QColor(0xCC, 0x79, 0xA7), // Churned: reddish purple
    QColor(0x56, 0xB4, 0xE9), // Never Purchased: sky blue
};
const QColor kBarColour(0x00, 0x72, 0xB2); // blue
constexpr int kStatusCount = 4;

void showValueLabels(QAbstractBarSeries* series, QAbstractBarSeries::LabelsPosition position) {
    series->setLabelsVisible(true);
    series->setLabelsPosition(position);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(15); // whole counts, never 1.2e+06
}

} // namespace

namespace {

// A QChartView is announced as a plain graphics view ("filler" on Linux); screen readers should
// hear "chart". Its name and description (title and summary sentence) come from the widget.
QAccessibleInterface* chartViewAccessible(const QString& className, QObject* object) {
    if (className == QLatin1String("QtCharts::QChartView") ||
        className == QLatin1String("QChartView"))
        if (auto* view = qobject_cast<QWidget*>(object))
            return new QAccessibleWidget(view, QAccessible::Chart);
    return nullptr;
}

} // namespace

ChartPanel::ChartPanel(ChartKind kind, QWidget* parent)
    : QWidget(parent), kind_(kind), model_(new ChartTableModel(this)), title_(new QLabel),
      summary_(new QLabel), stack_(new QStackedWidget), chart_(new QChart), view_(new QChartView),
      table_(new QTableView), highlightText_(new QLabel), toggle_(new QPushButton) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(chartViewAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    const QString title = chartTitle(kind);
    setObjectName(QStringLiteral("chartPanel%1").arg(static_cast<int>(kind)));
    title_->setText(title);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title_->setFont(titleFont);
    summary_->setWordWrap(true);
    summary_->setAccessibleName(tr("Summary of %1").arg(title));
    highlightText_->setWordWrap(true);
    highlightText_->setAccessibleName(tr("Highlighted element of %1").arg(title));

    chart_->setAnimationOptions(QChart::NoAnimation);
    chart_->setBackgroundRoundness(0);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    chart_->legend()->setAlignment(Qt::AlignBottom);
    view_->setChart(chart_);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setFocusPolicy(Qt::StrongFocus);
    view_->setMinimumHeight(260);
    view_->setAccessibleName(title);
    view_->installEventFilter(this);
    view_->viewport()->installEventFilter(this);
    outline_ = new QGraphicsRectItem(chart_);
    outline_->setPen(QPen(Qt::black, 3, Qt::DashLine));
    outline_->setBrush(Qt::NoBrush);
    outline_->setZValue(100);
    outline_->setVisible(false);
    connect(chart_, &QChart::plotAreaChanged, this, [this] { updateHighlight(); });

    table_->setModel(model_);
    table_->setAccessibleName(tr("%1 as table").arg(title));
    table_->setTabKeyNavigation(false); // Tab leaves the table: no keyboard trap
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setMinimumHeight(260);
    connect(table_, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { choose(index.row()); });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && isShowingTable())
                    setHighlightedRow(current.row());
            });

    stack_->addWidget(view_);
    stack_->addWidget(table_);

    toggle_->setText(tr("View as table"));
    toggle_->setCheckable(true);
    toggle_->setAccessibleName(tr("View %1 as table").arg(title));
    toggle_->setAccessibleDescription(
        tr("Shows the numbers of the chart as a table instead of the picture"));
    connect(toggle_, &QPushButton::toggled, this, &ChartPanel::showTable);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(summary_);
    layout->addWidget(stack_, 1);
    layout->addWidget(highlightText_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(toggle_);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(view_, table_);
    setTabOrder(table_, toggle_);
    setChartData(chartData(kind, SegmentSummary{}, locale_), locale_);
}

bool ChartPanel::isShowingTable() const {
    return stack_->currentWidget() == table_;
}

void ChartPanel::setChartData(const ChartData& next, const QLocale& locale) {
    locale_ = locale;
    model_->setChartData(next, locale);
    summary_->setText(next.summary);
    view_->setAccessibleDescription(next.summary);
    QAccessibleEvent changed(view_, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    rebuildSeries();
    const int rows = static_cast<int>(next.rows.size());
    setHighlightedRow(highlighted_ < rows ? highlighted_ : rows - 1);
}

ChartPanel::~ChartPanel() {
    // Qt Charts 6.4 leaves a chart whose series were replaced alive in a cycle of graphics
    // items when the view goes (LeakSanitizer finds it): take it out of the scene and delete it
    // here, while everything it points at still exists.
    if (QGraphicsScene* scene = view_->scene())
        scene->removeItem(chart_);
    delete chart_;
}

void ChartPanel::rebuildSeries() {
    // The axes stay: each panel draws one kind of chart, and Qt 6.4 leaves the labels of a
    // removed axis on screen when the chart had not been shown yet, so they are reused.
    chart_->removeAllSeries();
    switch (kind_) {
    case ChartKind::SegmentByStatus:
        buildStackedBars();
        break;
    case ChartKind::StatusShare:
        buildPie();
        break;
    // Band labels with grouped thousands ("2,500–4,999") and names do not fit side by side in a
    // narrow panel (Qt elides them, even rotated), so these charts are drawn across.
    case ChartKind::SpendBands:
    case ChartKind::AgeBands:
    case ChartKind::TopCategories:
    case ChartKind::TopBrands:
        buildHorizontalBars();
        break;
    }
}

QBarCategoryAxis* ChartPanel::reusedCategoryAxis(Qt::Alignment alignment) {
    if (!categoryAxis_) {
        categoryAxis_ = new QBarCategoryAxis;
        chart_->addAxis(categoryAxis_, alignment);
    }
    categoryAxis_->clear();
    return categoryAxis_;
}

QValueAxis* ChartPanel::reusedCountAxis(Qt::Alignment alignment, std::uint64_t largest) {
    if (!countAxis_) {
        countAxis_ = new QValueAxis;
        countAxis_->setLabelFormat(QStringLiteral("%.0f"));
        countAxis_->setTitleText(tr("Customers"));
        chart_->addAxis(countAxis_, alignment);
    }
    // Headroom for the labels drawn beside the bars.
    countAxis_->setRange(0, std::max(1.0, static_cast<double>(largest) * 1.15));
    countAxis_->applyNiceNumbers();
    return countAxis_;
}

void ChartPanel::buildStackedBars() {
    const ChartData& shown = shownData();
    // Rows run by segment, then status: row = segment * 4 + status.
    auto* series = new QStackedBarSeries;
    QStringList segments;
    std::uint64_t largest = 0;
    for (int status = 0; status < kStatusCount; ++status) {
        auto* set = new QBarSet(statusLabel(static_cast<CustomerStatus>(status)));
        set->setColor(kStatusColours[status]);
        set->setBorderColor(Qt::black);
        set->setLabelColor(Qt::black);
        series->append(set);
    }
    for (std::size_t row = 0; row < shown.rows.size(); ++row) {
        const int status = static_cast<int>(row % kStatusCount);
        series->barSets()[status]->append(static_cast<double>(shown.rows[row].count));
        if (status == 0)
            segments << shown.rows[row].category;
    }
    for (int bar = 0; bar < segments.size(); ++bar) {
        std::uint64_t total = 0;
        for (int status = 0; status < kStatusCount; ++status)
            total += shown.rows[static_cast<std::size_t>(bar * kStatusCount + status)].count;
        largest = std::max(largest, total);
    }
    showValueLabels(series, QAbstractBarSeries::LabelsCenter);
    chart_->addSeries(series);
    QBarCategoryAxis* categoryAxis = reusedCategoryAxis(Qt::AlignBottom);
    categoryAxis->append(segments);
    categoryAxis->setTitleText(shown.categoryHeader);
    series->attachAxis(categoryAxis);
    QValueAxis* valueAxis = reusedCountAxis(Qt::AlignLeft, largest);
    series->attachAxis(valueAxis);
    chart_->legend()->setVisible(true); // names the statuses the colours stand for
    connect(series, &QAbstractBarSeries::clicked, this, [this, series](int bar, QBarSet* set) {
        choose(bar * kStatusCount + static_cast<int>(series->barSets().indexOf(set)));
    });
}

void ChartPanel::buildHorizontalBars() {
    const ChartData& shown = shownData();
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(kBarColour);
    set->setBorderColor(Qt::black);
    set->setLabelColor(Qt::black);
    QStringList categories;
    std::uint64_t largest = 0;
    // Drawn bottom-up: the last row first, so the first row (the most frequent favourite, the
    // lowest band) is at the top.
    for (int bar = 0; bar < static_cast<int>(shown.rows.size()); ++bar) {
        const ChartRow& row = shown.rows[static_cast<std::size_t>(rowOfBar(bar))];
        set->append(static_cast<double>(row.count));
        categories << row.category;
        largest = std::max(largest, row.count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    showValueLabels(series, QAbstractBarSeries::LabelsOutsideEnd);
    chart_->addSeries(series);
    QBarCategoryAxis* categoryAxis = reusedCategoryAxis(Qt::AlignLeft);
    categoryAxis->append(categories);
    if (kind_ == ChartKind::SpendBands || kind_ == ChartKind::AgeBands)
        categoryAxis->setTitleText(shown.categoryHeader); // the chart's title names the others
    series->attachAxis(categoryAxis);
    QValueAxis* valueAxis = reusedCountAxis(Qt::AlignBottom, largest);
    series->attachAxis(valueAxis);
    chart_->legend()->setVisible(false);
    connect(series, &QAbstractBarSeries::clicked, this,
            [this](int bar, QBarSet*) { choose(rowOfBar(bar)); });
}

void ChartPanel::buildPie() {
    const ChartData& shown = shownData();
    auto* series = new QPieSeries;
    series->setPieSize(0.5); // room for the labels beside it
    for (std::size_t row = 0; row < shown.rows.size(); ++row) {
        const ChartRow& r = shown.rows[row];
        QPieSlice* slice = series->append(
            tr("%1: %2").arg(r.category, shareText(r.count, shown.customers, locale_)),
            static_cast<double>(r.count));
        slice->setColor(kStatusColours[row % kStatusCount]);
        slice->setLabelColor(Qt::black);
        slice->setLabelPosition(QPieSlice::LabelOutside);
    }
    chart_->addSeries(series);
    // Every slice with customers is labelled with its name and share; zero slices are in the
    // table and the summary.
    chart_->legend()->setVisible(false);
    connect(series, &QPieSeries::clicked, this, [this, series](QPieSlice* slice) {
        choose(static_cast<int>(series->slices().indexOf(slice)));
    });
}

bool ChartPanel::isHorizontal() const {
    return kind_ != ChartKind::SegmentByStatus && kind_ != ChartKind::StatusShare;
}

int ChartPanel::barOfRow(int row) const {
    return isHorizontal() ? static_cast<int>(shownData().rows.size()) - 1 - row : row;
}

int ChartPanel::rowOfBar(int bar) const {
    return barOfRow(bar); // the mapping is its own inverse
}

void ChartPanel::setHighlightedRow(int row) {
    const int rows = static_cast<int>(shownData().rows.size());
    highlighted_ = row >= 0 && row < rows ? row : -1;
    updateHighlight();
}

void ChartPanel::choose(int row) {
    const auto& rows = shownData().rows;
    if (row < 0 || row >= static_cast<int>(rows.size()))
        return;
    setHighlightedRow(row);
    if (const auto& choice = rows[static_cast<std::size_t>(row)].choice)
        emit choiceMade(*choice);
}

void ChartPanel::updateHighlight() {
    const ChartData& shown = shownData();
    const int row = highlighted_;
    QString text;
    if (row >= 0) {
        const ChartRow& r = shown.rows[static_cast<std::size_t>(row)];
        const QString what = tr("Highlighted: %1, %2 (%3).")
                                 .arg(rowLabel(r), customerCountText(r.count, locale_),
                                      shareText(r.count, shown.customers, locale_, true));
        text = r.choice ? tr("%1 Enter adds it to the filter.").arg(what)
                        : tr("%1 It cannot be used as a filter.").arg(what);
    } else if (view_->hasFocus() && !shown.rows.empty()) {
        text = tr("Left and Right arrows highlight a bar or slice; Enter adds it to the filter.");
    }
    if (text != highlightText_->text()) {
        highlightText_->setText(text);
        QAccessibleEvent changed(highlightText_, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&changed);
    }

    if (kind_ == ChartKind::StatusShare) {
        // The highlighted slice is pulled out, outlined and always labelled.
        const auto seriesList = chart_->series();
        auto* pie = seriesList.isEmpty() ? nullptr : qobject_cast<QPieSeries*>(seriesList.front());
        if (!pie)
            return;
        const auto slices = pie->slices();
        for (int i = 0; i < slices.size(); ++i) {
            const bool on = i == row;
            QPieSlice* slice = slices[i];
            slice->setExploded(on);
            slice->setPen(on ? QPen(Qt::black, 3, Qt::DashLine) : QPen(Qt::white, 1));
            slice->setLabelVisible(on || slice->value() > 0);
        }
        return;
    }

    const auto seriesList = chart_->series();
    auto* bars =
        seriesList.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries*>(seriesList.front());
    if (row < 0 || !bars) {
        outline_->setVisible(false);
        return;
    }
    // The element's rectangle in value coordinates: category index across, count along.
    double bar = barOfRow(row);
    double low = 0;
    if (kind_ == ChartKind::SegmentByStatus) {
        bar = row / kStatusCount;
        for (int status = 0; status < row % kStatusCount; ++status)
            low += static_cast<double>(
                shown.rows[static_cast<std::size_t>(row - row % kStatusCount + status)].count);
    }
    const double high = low + static_cast<double>(shown.rows[static_cast<std::size_t>(row)].count);
    const double half = bars->barWidth() / 2;
    const bool horizontal = isHorizontal();
    const QPointF a = horizontal ? QPointF(low, bar - half) : QPointF(bar - half, low);
    const QPointF b = horizontal ? QPointF(high, bar + half) : QPointF(bar + half, high);
    const QRectF rect = QRectF(chart_->mapToPosition(a, bars), chart_->mapToPosition(b, bars))
                            .normalized()
                            .adjusted(-3, -3, 3, 3);
    outline_->setRect(rect);
    outline_->setVisible(true);
}

void ChartPanel::updateFocusFrame(bool focused) {
    // Focus is visible on the chart itself: a frame in the highlight colour.
    chart_->setBackgroundPen(focused ? QPen(palette().color(QPalette::Highlight), 4)
                                     : QPen(Qt::NoPen));
    updateHighlight();
}

void ChartPanel::showTable(bool table) {
    const bool hadFocus = stack_->currentWidget()->hasFocus();
    stack_->setCurrentWidget(table ? static_cast<QWidget*>(table_) : view_);
    // The button says what it will do next; pressed-looking alone would carry the state.
    toggle_->setText(table ? tr("View as chart") : tr("View as table"));
    toggle_->setAccessibleName(
        (table ? tr("View %1 as chart") : tr("View %1 as table")).arg(chartTitle(kind_)));
    if (table && highlighted_ >= 0)
        table_->setCurrentIndex(model_->index(highlighted_, 0));
    if (hadFocus)
        stack_->currentWidget()->setFocus(Qt::OtherFocusReason);
}

bool ChartPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->viewport() && event->type() == QEvent::Wheel) {
        // The chart does not scroll: let the wheel scroll the dock around it.
        event->ignore();
        return true;
    }
    if (watched != view_)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        updateFocusFrame(event->type() == QEvent::FocusIn);
        return false;
    case QEvent::KeyPress: {
        const int rows = static_cast<int>(shownData().rows.size());
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return false;
        switch (key->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            if (rows > 0)
                setHighlightedRow(highlighted_ < 0 ? 0 : std::min(highlighted_ + 1, rows - 1));
            return true;
        case Qt::Key_Left:
        case Qt::Key_Up:
            if (rows > 0)
                setHighlightedRow(highlighted_ < 0 ? rows - 1 : std::max(highlighted_ - 1, 0));
            return true;
        case Qt::Key_Home:
            setHighlightedRow(0);
            return true;
        case Qt::Key_End:
            setHighlightedRow(rows - 1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            choose(highlighted_);
            return true;
        default:
            return false;
        }
    }
    default:
        return false;
    }
}

} // namespace c360::ui

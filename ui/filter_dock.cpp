#include "filter_dock.h"

#include "customer_table_model.h"
#include "facet_list_model.h"
#include "filter_parts.h"
#include "query_controller.h"
#include "range_filter_editor.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace c360::ui {

namespace {

constexpr std::array<ValueSegment, 3> kSegmentOrder{ValueSegment::High, ValueSegment::Medium,
                                                    ValueSegment::Low};
constexpr std::array<CustomerStatus, 4> kStatusOrder{CustomerStatus::Active, CustomerStatus::AtRisk,
                                                     CustomerStatus::Churned,
                                                     CustomerStatus::NeverPurchased};

QString enumKey(auto value) {
    return QString::number(static_cast<int>(value));
}

// Category or brand items: names in the user's collation, "(none)" last.
std::vector<FacetItem> favouriteItems(const std::vector<std::string>& names,
                                      std::vector<std::int32_t>& ids) {
    ids.clear();
    for (std::size_t i = 0; i < names.size(); ++i)
        ids.push_back(static_cast<std::int32_t>(i));
    std::sort(ids.begin(), ids.end(), [&names](std::int32_t a, std::int32_t b) {
        return QString::localeAwareCompare(QString::fromStdString(names[std::size_t(a)]),
                                           QString::fromStdString(names[std::size_t(b)])) < 0;
    });
    ids.push_back(kNoDictEntry);
    std::vector<FacetItem> items;
    for (const std::int32_t id : ids) {
        const std::string name = id == kNoDictEntry ? std::string() : names[std::size_t(id)];
        items.push_back({QString::fromStdString(name), favouriteLabel(name), 0, false});
    }
    return items;
}

std::vector<std::uint64_t> favouriteCounts(const std::vector<std::int32_t>& ids,
                                           const std::vector<std::uint64_t>& byId,
                                           std::uint64_t none) {
    std::vector<std::uint64_t> counts;
    for (const std::int32_t id : ids)
        counts.push_back(id == kNoDictEntry              ? none
                         : std::size_t(id) < byId.size() ? byId[std::size_t(id)]
                                                         : 0);
    return counts;
}

std::set<std::string> textKeys(const QSet<QString>& keys) {
    std::set<std::string> out;
    for (const QString& key : keys)
        out.insert(key.toStdString());
    return out;
}

template <typename Enum> std::set<Enum> enumKeys(const QSet<QString>& keys) {
    std::set<Enum> out;
    for (const QString& key : keys)
        out.insert(static_cast<Enum>(key.toInt()));
    return out;
}

template <typename Container> QSet<QString> keysOf(const Container& values) {
    QSet<QString> keys;
    for (const auto& value : values) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string>)
            keys.insert(QString::fromStdString(value));
        else
            keys.insert(enumKey(value));
    }
    return keys;
}

} // namespace

const std::vector<Column>& FilterDock::rangeColumns() {
    static const std::vector<Column> columns{
        Column::Age,
        Column::TotalSpend,
        Column::TotalPurchases,
        Column::DaysSinceLastPurchase,
        Column::AvgSatisfactionScore,
        Column::IssueResolutionRate,
        Column::CampaignResponseRate,
        Column::WebsiteEngagementRate,
        Column::LastPurchaseDate,
        Column::RegistrationDate,
    };
    return columns;
}

FilterDock::FilterDock(QueryController* controller, const QLocale& locale, QWidget* parent)
    : QDockWidget(tr("Filters"), parent), controller_(controller), locale_(locale),
      search_(new QLineEdit), searchDelay_(new QTimer(this)),
      reset_(new QPushButton(tr("&Reset all filters"))) {
    setObjectName(QStringLiteral("filtersDock"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    QList<QWidget*> tabOrder;

    auto* searchLabel = new QLabel(tr("Se&arch:"));
    searchLabel->setBuddy(search_);
    search_->setPlaceholderText(tr("id, name, email or phone"));
    search_->setAccessibleName(tr("Search customers"));
    search_->setAccessibleDescription(
        tr("Shows the customers whose id, name, email or phone contains the text"));
    search_->setClearButtonEnabled(true);
    layout->addWidget(searchLabel);
    layout->addWidget(search_);
    tabOrder.append(search_);

    const std::array<QString, 4> facetTitles{tr("Value segme&nt"), tr("S&tatus"),
                                             tr("Favourite &category"), tr("Favourite &brand")};
    for (std::size_t i = 0; i < facetTitles.size(); ++i) {
        auto* label = new QLabel(facetTitles[i]);
        auto* view = new QListView;
        auto* model = new FacetListModel(locale_, this);
        view->setModel(model);
        label->setBuddy(view);
        view->setAccessibleName(QString(facetTitles[i]).remove(QLatin1Char('&')));
        view->setAccessibleDescription(
            tr("Tick values to show only those customers; Space ticks the current one. Counts "
               "are customers matching the other filters."));
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setUniformItemSizes(true);
        view->setTabKeyNavigation(false);
        layout->addWidget(label);
        layout->addWidget(view);
        views_[i] = view;
        models_[i] = model;
        tabOrder.append(view);
        connect(model, &FacetListModel::checksEdited, this, &FilterDock::applyWidgets);
    }

    for (const Column column : rangeColumns()) {
        auto* editor = new RangeFilterEditor(column, locale_);
        layout->addWidget(editor);
        ranges_.push_back(editor);
        tabOrder << editor->minimumEdit() << editor->maximumEdit() << editor->includeMissingBox();
        connect(editor, &RangeFilterEditor::rangeEdited, this, &FilterDock::applyWidgets);
    }

    reset_->setAccessibleName(tr("Reset all filters"));
    reset_->setAutoDefault(true); // Enter activates it, like Space
    layout->addWidget(reset_);
    layout->addStretch(1);
    tabOrder.append(reset_);
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    setWidget(scroll);

    // Typing is debounced: the search runs when the user pauses, not on every key.
    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(200);
    connect(search_, &QLineEdit::textEdited, searchDelay_, qOverload<>(&QTimer::start));
    connect(searchDelay_, &QTimer::timeout, this, &FilterDock::applyWidgets);
    connect(reset_, &QPushButton::clicked, this, [this] {
        searchDelay_->stop();
        controller_->resetFilter(); // followed back into the widgets like any outside change
    });
    connect(controller_, &QueryController::tableChanged, this, &FilterDock::rebuildFacetItems);
    connect(controller_, &QueryController::filterChanged, this, &FilterDock::followController);
    connect(controller_, &QueryController::resultReady, this, &FilterDock::updateCounts);

    models_[0]->setItems([] {
        std::vector<FacetItem> items;
        for (const ValueSegment s : kSegmentOrder)
            items.push_back({enumKey(s), segmentLabel(s), 0, false});
        return items;
    }());
    models_[1]->setItems([] {
        std::vector<FacetItem> items;
        for (const CustomerStatus s : kStatusOrder)
            items.push_back({enumKey(s), statusLabel(s), 0, false});
        return items;
    }());
    rebuildFacetItems();
    followController();
    updateCounts();
}

RangeFilterEditor* FilterDock::rangeEditor(Column column) const {
    for (RangeFilterEditor* editor : ranges_)
        if (editor->column() == column)
            return editor;
    return nullptr;
}

void FilterDock::focusSearch() {
    show();
    raise();
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
}

CustomerFilter FilterDock::filterFromWidgets() const {
    CustomerFilter filter = controller_->filter();
    filter.search = search_->text().toStdString();
    filter.segments = enumKeys<ValueSegment>(models_[0]->checkedKeys());
    filter.statuses = enumKeys<CustomerStatus>(models_[1]->checkedKeys());
    filter.categories = textKeys(models_[2]->checkedKeys());
    filter.brands = textKeys(models_[3]->checkedKeys());
    // A range the user changed comes from its editor; every other range stays as the
    // controller has it (a column the panel does not show, a range with no bounds, a field
    // that does not read yet).
    std::vector<RangeFilter> ranges;
    for (const RangeFilter& r : filter.ranges) {
        const RangeFilterEditor* editor = rangeEditor(r.column);
        if (!editor || !editor->isEditedSinceShown())
            ranges.push_back(r);
    }
    for (const RangeFilterEditor* editor : ranges_)
        if (editor->isEditedSinceShown())
            if (const std::optional<RangeFilter> range = editor->range())
                ranges.push_back(*range);
    filter.ranges = std::move(ranges);
    return filter;
}

void FilterDock::applyWidgets() {
    if (following_ || applying_)
        return;
    searchDelay_->stop();
    applying_ = true;
    controller_->setFilter(filterFromWidgets());
    applying_ = false;
}

void FilterDock::followController() {
    // Also for the dock's own change: nothing is rewritten then (each widget is only touched
    // when it says something else), but the editors learn what the controller now holds.
    following_ = true;
    const CustomerFilter& filter = controller_->filter();
    // Text the user is still typing wins over the change; it is applied when they pause.
    if (!searchDelay_->isActive()) {
        const QString search = QString::fromStdString(filter.search);
        if (search_->text() != search)
            search_->setText(search);
    }
    models_[0]->setCheckedKeys(keysOf(filter.segments));
    models_[1]->setCheckedKeys(keysOf(filter.statuses));
    models_[2]->setCheckedKeys(keysOf(filter.categories));
    models_[3]->setCheckedKeys(keysOf(filter.brands));
    for (RangeFilterEditor* editor : ranges_) {
        std::optional<RangeFilter> shown;
        for (const RangeFilter& r : filter.ranges)
            if (r.column == editor->column())
                shown = r;
        // Typing not applied yet (unless this change already carries it), or (for the dock's
        // own change) text that does not read, stays as the user left it.
        if ((editor->hasPendingEdit() && !editor->reads(shown)) ||
            (applying_ && editor->hasError()))
            continue;
        editor->setRange(shown);
    }
    following_ = false;
}

void FilterDock::rebuildFacetItems() {
    const auto& table = controller_->table();
    static const std::vector<std::string> noNames;
    models_[2]->setItems(favouriteItems(table ? table->categoryNames : noNames, categoryIds_));
    models_[3]->setItems(favouriteItems(table ? table->brandNames : noNames, brandIds_));
    for (QListView* view : views_)
        fitListHeight(view);
}

void FilterDock::updateCounts() {
    const auto result = controller_->result();
    if (!result)
        return;
    const FacetCounts& facets = result->facets;
    std::vector<std::uint64_t> counts;
    for (const ValueSegment s : kSegmentOrder)
        counts.push_back(facets.segments[static_cast<std::size_t>(s)]);
    models_[0]->setCounts(counts);
    counts.clear();
    for (const CustomerStatus s : kStatusOrder)
        counts.push_back(facets.statuses[static_cast<std::size_t>(s)]);
    models_[1]->setCounts(counts);
    models_[2]->setCounts(favouriteCounts(categoryIds_, facets.categories, facets.noCategory));
    models_[3]->setCounts(favouriteCounts(brandIds_, facets.brands, facets.noBrand));
}

void FilterDock::fitListHeight(QListView* view) {
    // Short lists show every item; long ones show seven and a half, so the cut-off row says
    // "this list scrolls" instead of looking like clipped text.
    const int count = std::max(view->model()->rowCount(), 1);
    const int hinted = view->sizeHintForRow(0);
    const int rowHeight = hinted > 0 ? hinted : view->fontMetrics().height() + 4;
    const int shown = count <= 8 ? count * rowHeight : 15 * rowHeight / 2;
    view->setFixedHeight(shown + 2 * view->frameWidth());
}

} // namespace c360::ui

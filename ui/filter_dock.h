// The filter panel: a dock with a search box, four checkable facet lists with live counts,
// min/max ranges for the numeric and date columns, and Reset. Editing any of them builds a
// CustomerFilter and hands it to the QueryController; a filter set elsewhere (a saved segment,
// a chart bar, a removed chip) is shown in the widgets without being sent back.
#pragma once

#include "query/customer_query.h"

#include <QDockWidget>
#include <QLocale>

#include <array>
#include <vector>

class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace c360::ui {

class FacetListModel;
class QueryController;
class RangeFilterEditor;

class FilterDock : public QDockWidget {
    Q_OBJECT

public:
    enum class Facet { Segment, Status, Category, Brand };

    FilterDock(QueryController* controller, const QLocale& locale, QWidget* parent = nullptr);

    // The columns with a range editor, in panel order.
    static const std::vector<Column>& rangeColumns();

    // What the widgets say, on top of the controller's filter: parts the panel cannot show
    // (a range on another column) are kept.
    CustomerFilter filterFromWidgets() const;

    QLineEdit* searchBox() const noexcept { return search_; }
    QListView* facetView(Facet facet) const { return views_[static_cast<std::size_t>(facet)]; }
    FacetListModel* facetModel(Facet facet) const {
        return models_[static_cast<std::size_t>(facet)];
    }
    RangeFilterEditor* rangeEditor(Column column) const;
    QPushButton* resetButton() const noexcept { return reset_; }

public slots:
    // Shows the dock and puts the cursor in the search box, its text selected (Ctrl+F).
    void focusSearch();

private:
    void applyWidgets();
    void followController();
    void rebuildFacetItems();
    void updateCounts();
    void fitListHeight(QListView* view);

    QueryController* controller_;
    QLocale locale_;
    QLineEdit* search_;
    QTimer* searchDelay_;
    std::array<QListView*, 4> views_{};
    std::array<FacetListModel*, 4> models_{};
    std::vector<RangeFilterEditor*> ranges_;
    QPushButton* reset_;
    // Dictionary index behind each category / brand item (kNoDictEntry for "(none)").
    std::vector<std::int32_t> categoryIds_, brandIds_;
    // Set while the dock itself changes the filter or follows one: no second setFilter.
    bool applying_ = false;
    bool following_ = false;
};

} // namespace c360::ui

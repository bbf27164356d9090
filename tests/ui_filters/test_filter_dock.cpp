// The filter panel against the core: widgets → CustomerFilter → rows, checked against a plain
// loop over a generated table written here, independently of core/query.
#include "engine/build.h"
#include "facet_list_model.h"
#include "filter_chips_bar.h"
#include "filter_dock.h"
#include "generate/generator.h"
#include "generated_customers.h"
#include "plain_filter.h"
#include "query_controller.h"
#include "range_filter_editor.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace c360;
using ui::FilterDock;
using namespace c360::test;

namespace {

const double kNone = std::nan("");

std::optional<double> opt(double v) {
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

QModelIndex findLabel(const ui::FacetListModel* model, const QString& label) {
    for (std::size_t i = 0; i < model->items().size(); ++i)
        if (model->items()[i].label == label)
            return model->index(static_cast<int>(i));
    return {};
}

void typeAndEnter(QLineEdit* edit, const QString& text) {
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

const QLocale kUs(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);

QLocale localeNamed(const QString& name) {
    return name == QLatin1String("de") ? kGerman : kUs;
}

// A controller on the test table with the dock (and chips) attached.
struct Panel {
    ui::QueryController controller;
    QMainWindow window;
    FilterDock* dock;
    ui::FilterChipsBar* chips;
    Panel(std::shared_ptr<const Customer360> table, const QLocale& locale)
        : dock(new FilterDock(&controller, locale, &window)),
          chips(new ui::FilterChipsBar(&controller, locale)) {
        window.addDockWidget(Qt::LeftDockWidgetArea, dock);
        window.setCentralWidget(chips);
        controller.setTable(std::move(table));
        controller.waitForResult();
    }
};

} // namespace

class TestFilterDock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::shared_ptr<Customer360> table_;

private slots:
    void initTestCase() {
        std::string error;
        BuildOutcome outcome;
        QVERIFY2(test::buildGeneratedCustomers(dir_.filePath("src").toStdString(), 1500, 44,
                                               outcome, error),
                 error.c_str());
        table_ = std::make_shared<Customer360>(std::move(outcome.table));
        QVERIFY(table_->categoryNames.size() > 1);
    }

    void shouldFilterLikeAPlainLoop_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<bool>("firstCategory");
        QTest::addColumn<bool>("noBrand");
        QTest::addColumn<int>("column"); // -1: no range
        QTest::addColumn<QString>("minText");
        QTest::addColumn<QString>("maxText");
        QTest::addColumn<bool>("includeMissing");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<QString>("search");
        const QStringList none;
        QTest::newRow("segment") << "en" << QStringList{"High"} << none << false << false << -1
                                 << ""
                                 << "" << false << kNone << kNone << "";
        QTest::newRow("two statuses")
            << "en" << none << QStringList{"At Risk", "Churned"} << false << false << -1 << ""
            << "" << false << kNone << kNone << "";
        QTest::newRow("first category") << "en" << none << none << true << false << -1 << ""
                                        << "" << false << kNone << kNone << "";
        QTest::newRow("no brand") << "en" << none << none << false << true << -1 << ""
                                  << "" << false << kNone << kNone << "";
        QTest::newRow("spend at least, US")
            << "en" << none << none << false << false << int(Column::TotalSpend) << "1,000"
            << "" << false << 1000.0 << kNone << "";
        QTest::newRow("spend between, German")
            << "de" << none << none << false << false << int(Column::TotalSpend) << "1.234,5"
            << "5.000" << false << 1234.5 << 5000.0 << "";
        QTest::newRow("age with missing")
            << "en" << none << none << false << false << int(Column::Age) << "30"
            << "50" << true << 30.0 << 50.0 << "";
        QTest::newRow("satisfaction at most")
            << "en" << none << none << false << false << int(Column::AvgSatisfactionScore) << ""
            << "3.5" << false << kNone << 3.5 << "";
        QTest::newRow("response rate with missing")
            << "de" << none << none << false << false << int(Column::CampaignResponseRate) << "0,2"
            << "" << true << 0.2 << kNone << "";
        QTest::newRow("last purchase ISO")
            << "en" << none << none << false << false << int(Column::LastPurchaseDate)
            << "2025-01-01"
            << "2025-06-30" << false << double(daysFromCivil(2025, 1, 1))
            << double(daysFromCivil(2025, 6, 30)) << "";
        QTest::newRow("registration German")
            << "de" << none << none << false << false << int(Column::RegistrationDate)
            << "01.01.2023"
            << "31.12.2024" << false << double(daysFromCivil(2023, 1, 1))
            << double(daysFromCivil(2024, 12, 31)) << "";
        QTest::newRow("registration US short")
            << "en" << none << none << false << false << int(Column::RegistrationDate) << "6/1/2024"
            << "" << true << double(daysFromCivil(2024, 6, 1)) << kNone << "";
        QTest::newRow("search") << "en" << none << none << false << false << -1 << ""
                                << "" << false << kNone << kNone << "an";
        QTest::newRow("combined") << "en" << QStringList{"High", "Medium"} << QStringList{"Active"}
                                  << false << false << int(Column::TotalPurchases) << "3"
                                  << "" << false << 3.0 << kNone << "e";
    }
    void shouldFilterLikeAPlainLoop() {
        QFETCH(QString, locale);
        QFETCH(QStringList, segments);
        QFETCH(QStringList, statuses);
        QFETCH(bool, firstCategory);
        QFETCH(bool, noBrand);
        QFETCH(int, column);
        QFETCH(QString, minText);
        QFETCH(QString, maxText);
        QFETCH(bool, includeMissing);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(QString, search);
        Panel panel(table_, localeNamed(locale));
        FilterDock& dock = *panel.dock;
        CustomerFilter expected;

        auto* segmentModel = dock.facetModel(FilterDock::Facet::Segment);
        for (const QString& label : segments) {
            QVERIFY(segmentModel->setData(findLabel(segmentModel, label), Qt::Checked,
                                          Qt::CheckStateRole));
            for (const ValueSegment s :
                 {ValueSegment::Low, ValueSegment::Medium, ValueSegment::High})
                if (QString::fromLatin1(valueSegmentName(s).data()) == label)
                    expected.segments.insert(s);
        }
        auto* statusModel = dock.facetModel(FilterDock::Facet::Status);
        for (const QString& label : statuses) {
            QVERIFY(statusModel->setData(findLabel(statusModel, label), Qt::Checked,
                                         Qt::CheckStateRole));
            for (int s = 0; s < 4; ++s)
                if (customerStatusName(CustomerStatus(s)) == label.toStdString())
                    expected.statuses.insert(CustomerStatus(s));
        }
        if (firstCategory) {
            auto* model = dock.facetModel(FilterDock::Facet::Category);
            QVERIFY(model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole));
            expected.categories.insert(model->items()[0].label.toStdString());
        }
        if (noBrand) {
            auto* model = dock.facetModel(FilterDock::Facet::Brand);
            QVERIFY(model->setData(findLabel(model, "(none)"), Qt::Checked, Qt::CheckStateRole));
            expected.brands.insert(std::string());
        }
        if (column >= 0) {
            auto* editor = dock.rangeEditor(Column(column));
            QVERIFY(editor);
            if (includeMissing)
                editor->includeMissingBox()->setChecked(true);
            typeAndEnter(editor->minimumEdit(), minText);
            typeAndEnter(editor->maximumEdit(), maxText);
            QVERIFY(!editor->hasError());
            expected.ranges.push_back({Column(column), opt(min), opt(max), includeMissing});
        }
        if (!search.isEmpty()) {
            QTest::keyClicks(dock.searchBox(), search);
            expected.search = search.toStdString();
            // Debounced: applied after the pause, not per key.
            QCOMPARE(panel.controller.filter().search, std::string());
            QTRY_COMPARE(panel.controller.filter().search, expected.search);
        }
        QVERIFY(panel.controller.waitForResult());
        QVERIFY(sameFilter(panel.controller.filter(), expected));
        const std::vector<std::uint32_t> rows = plainRows(*table_, expected);
        QVERIFY(!rows.empty() && rows.size() < table_->rowCount());
        QCOMPARE(panel.controller.result()->rows, rows);
    }

    void shouldCountFacetsUnderTheOtherFilters_data() {
        QTest::addColumn<int>("filterCase");
        QTest::newRow("no filter") << 0;
        QTest::newRow("status") << 1;
        QTest::newRow("segment and spend") << 2;
        QTest::newRow("category, brand and search") << 3;
    }
    void shouldCountFacetsUnderTheOtherFilters() {
        QFETCH(int, filterCase);
        CustomerFilter filter;
        if (filterCase == 1)
            filter.statuses = {CustomerStatus::AtRisk};
        if (filterCase == 2) {
            filter.segments = {ValueSegment::High};
            filter.ranges.push_back({Column::TotalSpend, 500.0, std::nullopt, false});
        }
        if (filterCase == 3) {
            filter.categories = {table_->categoryNames[0], ""};
            filter.brands = {table_->brandNames[0]};
            filter.search = "e";
        }
        Panel panel(table_, kUs);
        panel.controller.setFilter(filter);
        QVERIFY(panel.controller.waitForResult());
        using Facet = FilterDock::Facet;
        for (const Facet facet : {Facet::Segment, Facet::Status, Facet::Category, Facet::Brand}) {
            CustomerFilter others = filter;
            if (facet == Facet::Segment)
                others.segments.clear();
            if (facet == Facet::Status)
                others.statuses.clear();
            if (facet == Facet::Category)
                others.categories.clear();
            if (facet == Facet::Brand)
                others.brands.clear();
            const auto* model = panel.dock->facetModel(facet);
            std::uint64_t shownTotal = 0;
            for (int i = 0; i < model->rowCount(); ++i) {
                const QString key = model->items()[std::size_t(i)].key;
                std::uint64_t expected = 0;
                for (std::size_t r = 0; r < table_->rowCount(); ++r) {
                    if (!plainMatch(*table_, others, r))
                        continue;
                    QString value;
                    if (facet == Facet::Segment)
                        value = QString::number(int(table_->valueSegment[r]));
                    else if (facet == Facet::Status)
                        value = QString::number(int(table_->customerStatus[r]));
                    else if (facet == Facet::Category)
                        value = QString::fromStdString(
                            nameOf(table_->categoryNames, table_->favoriteCategory[r]));
                    else
                        value = QString::fromStdString(
                            nameOf(table_->brandNames, table_->favoriteBrand[r]));
                    expected += value == key ? 1 : 0;
                }
                const QModelIndex index = model->index(i);
                QCOMPARE(index.data(ui::FacetListModel::CountRole).toULongLong(), expected);
                QCOMPARE(index.data().toString(),
                         QString("%1 (%2)").arg(model->items()[std::size_t(i)].label,
                                                kUs.toString(qulonglong(expected))));
                shownTotal += expected;
            }
            QCOMPARE(shownTotal, std::uint64_t(plainRows(*table_, others).size()));
        }
        // Every category and brand of the table is listed, plus "(none)".
        QCOMPARE(std::size_t(panel.dock->facetModel(Facet::Category)->rowCount()),
                 table_->categoryNames.size() + 1);
        QCOMPARE(std::size_t(panel.dock->facetModel(Facet::Brand)->rowCount()),
                 table_->brandNames.size() + 1);
    }

    void shouldFollowAFilterSetElsewhere_data() {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
    }
    void shouldFollowAFilterSetElsewhere() {
        QFETCH(QString, locale);
        Panel panel(table_, localeNamed(locale));
        CustomerFilter filter;
        filter.segments = {ValueSegment::Medium};
        filter.statuses = {CustomerStatus::Churned, CustomerStatus::Active};
        filter.categories = {table_->categoryNames[1], ""};
        filter.brands = {table_->brandNames[0]};
        filter.ranges.push_back({Column::TotalSpend, 250.5, 2000.0, false});
        filter.ranges.push_back({Column::Age, std::nullopt, 40.0, true});
        filter.ranges.push_back(
            {Column::LastPurchaseDate, double(daysFromCivil(2024, 3, 5)), std::nullopt, false});
        filter.ranges.push_back({Column::DateOfBirth, 0.0, std::nullopt, false}); // not shown
        // No bounds: "has a value", which the fields cannot show but must not lose.
        filter.ranges.push_back({Column::TotalPurchases, std::nullopt, std::nullopt, false});
        filter.search = "jo";
        QSignalSpy changes(&panel.controller, &ui::QueryController::filterChanged);
        panel.controller.setFilter(filter);
        QVERIFY(panel.controller.waitForResult());
        QCoreApplication::processEvents();
        QCOMPARE(changes.count(), 1); // the dock did not send it back
        FilterDock& dock = *panel.dock;
        QCOMPARE(dock.searchBox()->text(), QString("jo"));
        QCOMPARE(dock.facetModel(FilterDock::Facet::Segment)->checkedKeys(),
                 QSet<QString>{QString::number(int(ValueSegment::Medium))});
        QCOMPARE(dock.facetModel(FilterDock::Facet::Category)->checkedKeys(),
                 (QSet<QString>{QString::fromStdString(table_->categoryNames[1]), QString()}));
        const auto spend = dock.rangeEditor(Column::TotalSpend)->range();
        QVERIFY(spend && spend->min == 250.5 && spend->max == 2000.0 && !spend->includeMissing);
        QVERIFY(dock.rangeEditor(Column::Age)->includeMissingBox()->isChecked());
        QVERIFY(dock.rangeEditor(Column::TotalSpend)
                    ->minimumEdit()
                    ->accessibleDescription()
                    .contains(localeNamed(locale).toString(250.5)));
        QVERIFY(!dock.rangeEditor(Column::TotalPurchases)->range());
        QVERIFY(sameFilter(dock.filterFromWidgets(), filter));
        // A widget edit now keeps the part the panel cannot show.
        auto* model = dock.facetModel(FilterDock::Facet::Segment);
        model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(panel.controller.filter().ranges.size(), filter.ranges.size());
    }

    void shouldRemoveAChipsPart_data() {
        QTest::addColumn<int>("chip");
        QTest::addColumn<QString>("how");
        QTest::newRow("search by click") << 0 << "click";
        QTest::newRow("segment by Space") << 1 << "space";
        QTest::newRow("status by Enter") << 2 << "enter";
        QTest::newRow("range by click") << 3 << "click";
    }
    void shouldRemoveAChipsPart() {
        QFETCH(int, chip);
        QFETCH(QString, how);
        Panel panel(table_, kUs);
        CustomerFilter filter;
        filter.search = "anna";
        filter.segments = {ValueSegment::High};
        filter.statuses = {CustomerStatus::AtRisk};
        filter.ranges.push_back({Column::TotalSpend, 1000.0, std::nullopt, false});
        panel.controller.setFilter(filter);
        panel.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel.window));
        QList<QPushButton*> chips = panel.chips->chips();
        QStringList names;
        for (QPushButton* c : chips)
            names << c->accessibleName();
        QCOMPARE(names, (QStringList{"Remove filter Search: anna", "Remove filter Segment: High",
                                     "Remove filter Status: At Risk",
                                     QString::fromUtf8("Remove filter Total spend ≥ 1,000")}));
        QVERIFY(!panel.chips->emptyLabel()->isVisible());
        QPushButton* target = chips[chip];
        if (how == "click") {
            QTest::mouseClick(target, Qt::LeftButton);
        } else {
            target->setFocus();
            QTest::keyClick(target, how == "space" ? Qt::Key_Space : Qt::Key_Return);
        }
        CustomerFilter expected = filter;
        if (chip == 0)
            expected.search.clear();
        if (chip == 1)
            expected.segments.clear();
        if (chip == 2)
            expected.statuses.clear();
        if (chip == 3)
            expected.ranges.clear();
        QVERIFY(sameFilter(panel.controller.filter(), expected));
        QCOMPARE(panel.chips->chips().size(), 3);
        if (how != "click") // focus stays in the row, on the chip that took its place
            QTRY_COMPARE(QApplication::focusWidget(),
                         static_cast<QWidget*>(panel.chips->chips()[std::min(chip, 2)]));
        QVERIFY(!panel.chips->chips().contains(target));
        QVERIFY(sameFilter(panel.dock->filterFromWidgets(), expected)); // the dock followed
        panel.controller.setFilter({});
        QVERIFY(panel.chips->chips().isEmpty());
        QVERIFY(panel.chips->emptyLabel()->isVisible());
        QCOMPARE(panel.chips->emptyLabel()->text(), QString("No filters"));
    }

    void shouldResetEveryWidget() {
        Panel panel(table_, kUs);
        FilterDock& dock = *panel.dock;
        auto* model = dock.facetModel(FilterDock::Facet::Brand);
        model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole);
        typeAndEnter(dock.rangeEditor(Column::Age)->minimumEdit(), "20");
        dock.rangeEditor(Column::Age)->includeMissingBox()->setChecked(true);
        QTest::keyClicks(dock.searchBox(), "a");
        QTRY_COMPARE(panel.controller.filter().search, std::string("a"));
        QCOMPARE(panel.controller.filter().ranges.size(), std::size_t(1));
        QTest::mouseClick(dock.resetButton(), Qt::LeftButton);
        QVERIFY(sameFilter(panel.controller.filter(), CustomerFilter{}));
        QVERIFY(dock.searchBox()->text().isEmpty());
        QVERIFY(model->checkedKeys().isEmpty());
        QVERIFY(dock.rangeEditor(Column::Age)->minimumEdit()->text().isEmpty());
        QVERIFY(!dock.rangeEditor(Column::Age)->includeMissingBox()->isChecked());
        QVERIFY(panel.controller.waitForResult());
        QCOMPARE(panel.controller.result()->rows.size(), table_->rowCount());
    }

    void shouldShowWhyATypedBoundIsNotUsed_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("number") << int(Column::TotalSpend) << "12a"
                                << "Not a number";
        QTest::newRow("date") << int(Column::RegistrationDate) << "2025-02-30"
                              << "Not a date";
    }
    void shouldShowWhyATypedBoundIsNotUsed() {
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QString, error);
        Panel panel(table_, kUs);
        panel.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel.window));
        auto* editor = panel.dock->rangeEditor(Column(column));
        QSignalSpy changes(&panel.controller, &ui::QueryController::filterChanged);
        typeAndEnter(editor->minimumEdit(), text);
        QVERIFY(editor->hasError());
        QCOMPARE(changes.count(), 0);
        const QList<QLabel*> labels = editor->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [&](QLabel* l) { return l->isVisible() && l->text() == error; }));
        QVERIFY(editor->minimumEdit()->accessibleDescription().startsWith(error));
        // Another edit in the panel leaves the text to be fixed where it is.
        auto* statuses = panel.dock->facetModel(FilterDock::Facet::Status);
        QVERIFY(statuses->setData(statuses->index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(editor->minimumEdit()->text(), text);
        QVERIFY(editor->hasError());
        // Fixing the text applies it.
        typeAndEnter(editor->minimumEdit(),
                     column == int(Column::TotalSpend) ? "12" : "2025-02-28");
        QVERIFY(!editor->hasError());
        QCOMPARE(changes.count(), 2);
        QCOMPARE(panel.controller.filter().ranges.size(), std::size_t(1));
        QCOMPARE(panel.controller.filter().statuses.size(), std::size_t(1));
        QVERIFY(std::none_of(labels.begin(), labels.end(),
                             [&](QLabel* l) { return l->isVisible() && l->text() == error; }));
    }

    void shouldToggleAFacetItemWithSpace() {
        Panel panel(table_, kUs);
        panel.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel.window));
        FilterDock& dock = *panel.dock;
        // Tab order starts at the search box and goes on to the first facet list.
        QTest::keyClicks(dock.searchBox(), "xy");
        dock.focusSearch();
        QTRY_VERIFY(dock.searchBox()->hasFocus());
        QCOMPARE(dock.searchBox()->selectedText(), QString("xy")); // typing replaces it
        dock.searchBox()->clear();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QListView* view = dock.facetView(FilterDock::Facet::Segment);
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Down); // an item becomes current
        const QModelIndex current = view->currentIndex();
        QVERIFY(current.isValid());
        const QString key = current.data(ui::FacetListModel::KeyRole).toString();
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(current.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(panel.controller.filter().segments,
                 std::set<ValueSegment>{ValueSegment(key.toInt())});
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(panel.controller.filter().segments.empty());
        QTest::keyClick(view, Qt::Key_Tab);
        QTRY_VERIFY(dock.facetView(FilterDock::Facet::Status)->hasFocus());
    }

    void shouldNameEveryFocusableWidget() {
        Panel panel(table_, kUs);
        CustomerFilter filter;
        filter.segments = {ValueSegment::Low};
        panel.controller.setFilter(filter);
        QVERIFY(panel.controller.waitForResult());
        panel.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel.window));
        QCOMPARE(panel.dock->objectName(), QString("filtersDock"));
        QCOMPARE(panel.dock->windowTitle(), QString("Filters"));
        int focusable = 0;
        for (QWidget* w : panel.window.findChildren<QWidget*>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible())
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            QVERIFY2(
                !iface->text(QAccessible::Name).trimmed().isEmpty(),
                qPrintable(QString("%1 has no accessible name").arg(w->metaObject()->className())));
            ++focusable;
        }
        // search, 4 lists, 10 × (min, max, missing), reset, one chip
        QCOMPARE(focusable, 1 + 4 + 30 + 1 + 1);
        // Tab walks the dock top to bottom: search, facets, each range's min, max and
        // "missing", Reset (the order F6 and Tab both rely on).
        QList<QWidget*> expectedOrder{panel.dock->searchBox()};
        using Facet = FilterDock::Facet;
        for (const Facet facet : {Facet::Segment, Facet::Status, Facet::Category, Facet::Brand})
            expectedOrder << panel.dock->facetView(facet);
        for (const Column column : FilterDock::rangeColumns()) {
            auto* range = panel.dock->rangeEditor(column);
            expectedOrder << range->minimumEdit() << range->maximumEdit()
                          << range->includeMissingBox();
        }
        expectedOrder << panel.dock->resetButton();
        QList<QWidget*> tabOrder;
        for (QWidget* w = panel.dock->nextInFocusChain(); w && w != panel.dock;
             w = w->nextInFocusChain())
            if (panel.dock->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) &&
                !tabOrder.contains(w))
                tabOrder << w;
        QCOMPARE(tabOrder, expectedOrder);
        auto* editor = panel.dock->rangeEditor(Column::TotalSpend);
        QCOMPARE(editor->minimumEdit()->accessibleName(), QString("Total spend, minimum"));
        QCOMPARE(editor->maximumEdit()->accessibleName(), QString("Total spend, maximum"));
        // A facet item is announced with its count.
        QListView* segments = panel.dock->facetView(FilterDock::Facet::Segment);
        QAccessibleInterface* list = QAccessible::queryAccessibleInterface(segments);
        QVERIFY(list && list->childCount() > 0);
        QStringList spoken;
        for (int i = 0; i < list->childCount(); ++i)
            spoken << list->child(i)->text(QAccessible::Name);
        const QModelIndex first = segments->model()->index(0, 0);
        QVERIFY2(spoken.contains(first.data(Qt::AccessibleTextRole).toString()),
                 qPrintable(spoken.join(" | ")));
        QVERIFY(first.data(Qt::AccessibleTextRole).toString().endsWith(" customers"));
    }
};

int runFilterDockTests(int argc, char** argv) {
    TestFilterDock tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "test_filter_dock.moc"

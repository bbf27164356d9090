// The segment charts: their numbers against a plain loop over generated customers, the summary
// sentences for hand-computed counts, the "View as table" model, choosing bars, slices and rows
// by keyboard, and what a screen reader is told.
#include "chart_data.h"
#include "chart_panel.h"
#include "chart_table_model.h"
#include "chart_test_support.h"
#include "charts_dock.h"
#include "engine/build.h"
#include "generate/generator.h"
#include "generated_customers.h"
#include "language.h"
#include "query/customer_query.h"
#include "query_controller.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace c360;
using ui::ChartKind;

Q_DECLARE_METATYPE(c360::ui::ChartKind)
Q_DECLARE_METATYPE(c360::SegmentSummary)
Q_DECLARE_METATYPE(c360::CustomerFilter)

using namespace chart_test;

class TestCharts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::shared_ptr<Customer360> table_;

    // A filter that keeps every customer but holds a condition of each kind a chart can set,
    // so a choice must replace its own kind and keep the rest.
    CustomerFilter everythingFilter() const {
        CustomerFilter f;
        f.segments = {ValueSegment::Low, ValueSegment::Medium, ValueSegment::High};
        f.statuses = {CustomerStatus::Active, CustomerStatus::AtRisk, CustomerStatus::Churned,
                      CustomerStatus::NeverPurchased};
        f.categories = {table_->categoryNames.begin(), table_->categoryNames.end()};
        f.categories.insert("");
        f.brands = {table_->brandNames.begin(), table_->brandNames.end()};
        f.brands.insert("");
        f.ranges.push_back({Column::TotalSpend, -1e12, std::nullopt, true});
        f.ranges.push_back({Column::Age, -1000, std::nullopt, true});
        f.ranges.push_back({Column::TotalPurchases, std::nullopt, 1e12, true});
        return f;
    }

    // What choosing row `row` of chart `kind` must turn `before` into, worked out from the
    // chart's definition (not from the row's stored choice).
    CustomerFilter expectedAfterChoice(ChartKind kind, const SegmentSummary& summary, int row,
                                       CustomerFilter before) const {
        const auto index = static_cast<std::size_t>(row);
        const auto replaceRange = [&](Column column, const std::vector<double>& lower,
                                      double unit) {
            RangeFilter r{column, std::nullopt, std::nullopt, false};
            if (index > 0)
                r.min = lower[index];
            if (index + 1 < lower.size())
                r.max = lower[index + 1] - unit;
            std::erase_if(before.ranges, [&](const RangeFilter& x) { return x.column == column; });
            before.ranges.push_back(r);
        };
        switch (kind) {
        case ChartKind::SegmentByStatus:
            before.segments = {static_cast<ValueSegment>(row / 4)};
            before.statuses = {static_cast<CustomerStatus>(row % 4)};
            break;
        case ChartKind::StatusShare:
            before.statuses = {static_cast<CustomerStatus>(row)};
            break;
        case ChartKind::SpendBands:
            replaceRange(Column::TotalSpend, spendBandLowerBounds(), 0.0001);
            break;
        case ChartKind::AgeBands:
            if (index < ageBandLowerBounds().size())
                replaceRange(Column::Age, ageBandLowerBounds(), 1);
            break; // "No age" is not a filter: nothing changes
        case ChartKind::TopCategories:
            before.categories = {index < summary.topCategories.size()
                                     ? summary.topCategories[index].label
                                     : std::string()};
            break;
        case ChartKind::TopBrands:
            before.brands = {index < summary.topBrands.size() ? summary.topBrands[index].label
                                                              : std::string()};
            break;
        }
        return before;
    }

private slots:
    // Qt Charts deletes the items of a replaced series with deleteLater; a test function has
    // no event loop to run them, so run them here or LeakSanitizer reports them.
    void cleanup() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }
    void initTestCase() {
        // The English plural forms ("1 customer", "2 customers") come from a translation.
        c360::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        std::string error;
        BuildOutcome outcome;
        QVERIFY2(test::buildGeneratedCustomers(dir_.filePath("src").toStdString(), 1500, 11,
                                               outcome, error),
                 error.c_str());
        table_ = std::make_shared<Customer360>(std::move(outcome.table));
        QVERIFY(table_->rowCount() > 1000);
    }

    // --- Chart rows against a direct computation ------------------------------------------

    void shouldCountEveryChartRowAsAPlainLoopDoes_data() {
        QTest::addColumn<ChartKind>("kind");
        QTest::addColumn<CustomerFilter>("filter");
        // The most common category of the whole table, so the narrow filter is not empty.
        const auto all = favouriteCounts(*table_, {}, false);
        std::string common;
        std::uint64_t best = 0;
        for (const auto& [name, n] : all)
            if (!name.empty() && n > best)
                std::tie(common, best) = std::tie(name, n);
        CustomerFilter atRisk;
        atRisk.statuses = {CustomerStatus::AtRisk};
        CustomerFilter narrow;
        narrow.segments = {ValueSegment::High};
        narrow.categories = {common};
        const std::pair<const char*, CustomerFilter> filters[] = {
            {"everyone", {}}, {"at risk", atRisk}, {"high value, common category", narrow}};
        for (const ChartKind kind : ui::kChartKinds)
            for (const auto& [name, filter] : filters)
                QTest::addRow("%s, %s", qPrintable(ui::chartTitle(kind)), name) << kind << filter;
    }
    void shouldCountEveryChartRowAsAPlainLoopDoes() {
        QFETCH(ChartKind, kind);
        QFETCH(CustomerFilter, filter);
        const ui::QueryResult result = ui::runQuery(*table_, filter, {});
        const ui::ChartData data = ui::chartData(kind, result.summary, QLocale::c());
        const std::vector<std::uint32_t> current = selectRows(*table_, filter);
        std::uint64_t customers = 0;
        for (std::size_t row = 0; row < table_->rowCount(); ++row)
            customers += matchesBase(*table_, row, filter);
        QCOMPARE(data.customers, customers);
        QVERIFY(customers > 0);

        const bool favourites = kind == ChartKind::TopCategories || kind == ChartKind::TopBrands;
        // The favourites in the order the chart lists them, as spelled in the data ("" none).
        std::vector<std::string> labels;
        for (const ui::ChartRow& row : data.rows)
            labels.push_back(favourites ? row.choice->name : std::string());
        std::uint64_t sum = 0;
        for (std::size_t i = 0; i < data.rows.size(); ++i) {
            const ui::ChartRow& row = data.rows[i];
            QCOMPARE(row.count, countDirectly(*table_, filter, kind, i, labels));
            sum += row.count;
            // Among the filter's customers, the filter a row stands for selects exactly the
            // ones it counts (it replaces a condition of its own kind, so it may select others
            // outside the current filter).
            if (row.choice) {
                const auto chosen = selectRows(*table_, ui::withChoice(filter, *row.choice));
                std::vector<std::uint32_t> both;
                std::set_intersection(chosen.begin(), chosen.end(), current.begin(), current.end(),
                                      std::back_inserter(both));
                QCOMPARE(static_cast<std::uint64_t>(both.size()), row.count);
            }
        }
        if (favourites) {
            // The listed favourites are the most frequent ones, most first, ties by name.
            auto counts = favouriteCounts(*table_, filter, kind == ChartKind::TopBrands);
            const std::uint64_t none = counts[""];
            counts.erase("");
            std::vector<std::pair<std::string, std::uint64_t>> ranked(counts.begin(), counts.end());
            std::stable_sort(ranked.begin(), ranked.end(),
                             [](const auto& a, const auto& b) { return a.second > b.second; });
            const std::size_t listed = std::min<std::size_t>(ranked.size(), 10);
            for (std::size_t i = 0; i < listed; ++i) {
                QCOMPARE(labels[i], ranked[i].first);
                QCOMPARE(data.rows[i].count, ranked[i].second);
            }
            QCOMPARE(data.rows.size(), listed + (none > 0 ? 1 : 0));
        } else {
            // Every customer is in exactly one bar or slice (missing ages in "No age").
            QCOMPARE(sum, customers);
        }
    }

    // --- Summary sentences for hand-computed counts ----------------------------------------

    void shouldSummariseInOneSentence_data() {
        QTest::addColumn<ChartKind>("kind");
        QTest::addColumn<SegmentSummary>("summary");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const auto statuses = [](std::array<std::uint64_t, 4> counts) {
            SegmentSummary s;
            s.statuses = counts;
            for (const auto n : counts)
                s.customers += n;
            return s;
        };
        QTest::newRow("one largest status")
            << ChartKind::StatusShare << statuses({1, 2, 7, 0}) << english
            << "Churned is the largest status: 70% of 10 customers";
        QTest::newRow("grouped thousands")
            << ChartKind::StatusShare << statuses({5000, 5061, 2000, 284}) << english
            << "At Risk is the largest status: 41% of 12,345 customers";
        QTest::newRow("German numbers")
            << ChartKind::StatusShare << statuses({5000, 5061, 2000, 284})
            << QLocale(QLocale::German, QLocale::Germany)
            << "At Risk is the largest status: 41% of 12.345 customers";
        QTest::newRow("tie") << ChartKind::StatusShare << statuses({4, 4, 2, 0}) << english
                             << "Active and At Risk are tied as the largest status: 40% each of "
                                "10 customers";
        QTest::newRow("one customer")
            << ChartKind::StatusShare << statuses({0, 0, 0, 1}) << english
            << "Never Purchased is the largest status: 100% of 1 customer";
        QTest::newRow("no customers")
            << ChartKind::StatusShare << statuses({0, 0, 0, 0}) << english
            << "No customers match the current filter, so there is nothing to chart";

        SegmentSummary groups;
        groups.segmentByStatus[2][1] = 3; // High, At Risk
        groups.segmentByStatus[0][0] = 1; // Low, Active
        groups.customers = 4;
        QTest::newRow("largest group") << ChartKind::SegmentByStatus << groups << english
                                       << "At Risk in High value is the largest group: 75% of 4 "
                                          "customers";

        SegmentSummary spend;
        spend.customers = 3;
        spend.spend.lower = spendBandLowerBounds();
        spend.spend.counts.assign(spend.spend.lower.size(), 0);
        spend.spend.counts[1] = 2;
        spend.spend.counts.back() = 1;
        QTest::newRow("spend band") << ChartKind::SpendBands << spend << english
                                    << "100–249 is the most common spend band: 67% of 3 customers";

        SegmentSummary age;
        age.customers = 10;
        age.age.lower = ageBandLowerBounds();
        age.age.counts.assign(age.age.lower.size(), 0);
        age.age.counts[2] = 3; // 25–34
        age.age.counts[3] = 3; // 35–44
        age.age.missing = 4;   // more than either band, but "No age" is not an age band
        QTest::newRow("age tie beside missing")
            << ChartKind::AgeBands << age << english
            << "25–34 and 35–44 are tied as the most common age band: 30% each of 10 customers";

        SegmentSummary categories;
        categories.customers = 10;
        categories.topCategories = {{"Books", 3}, {"Toys", 1}};
        categories.noCategory = 6;
        QTest::newRow("category") << ChartKind::TopCategories << categories << english
                                  << "Books is the most common favourite category: 30% of 10 "
                                     "customers";
        SegmentSummary noBrand;
        noBrand.customers = 5;
        noBrand.noBrand = 5;
        QTest::newRow("no brand at all")
            << ChartKind::TopBrands << noBrand << english
            << "5 customers in the filter, none with a favourite brand";
    }
    void shouldSummariseInOneSentence() {
        QFETCH(ChartKind, kind);
        QFETCH(SegmentSummary, summary);
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(ui::chartData(kind, summary, locale).summary, expected);
    }

    void shouldLabelBandsFromTheirBounds() {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const auto& spend = spendBandLowerBounds();
        QCOMPARE(ui::bandLabel(spend, 0, english), QString("0–99"));
        QCOMPARE(ui::bandLabel(spend, spend.size() - 1, english), QString("10,000+"));
        const auto& age = ageBandLowerBounds();
        QCOMPARE(ui::bandLabel(age, 1, english), QString("%1–%2").arg(age[1]).arg(age[2] - 1));
    }

    // --- The "View as table" model ----------------------------------------------------------

    void shouldBeAWellBehavedTableModel() {
        ui::ChartTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const SegmentSummary summary = ui::runQuery(*table_, {}, {}).summary;
        for (const ChartKind kind : ui::kChartKinds) {
            const ui::ChartData data = ui::chartData(kind, summary, english);
            model.setChartData(data, english);
            QCOMPARE(model.rowCount(), static_cast<int>(data.rows.size()));
            const bool stacked = kind == ChartKind::SegmentByStatus;
            QCOMPARE(model.columnCount(), stacked ? 4 : 3);
            QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), data.categoryHeader);
            QCOMPARE(model.headerData(model.countColumn(), Qt::Horizontal).toString(),
                     QString("Customers"));
            QCOMPARE(model.headerData(model.shareColumn(), Qt::Horizontal).toString(),
                     QString("Share of customers"));
            for (int r = 0; r < model.rowCount(); ++r) {
                const ui::ChartRow& row = data.rows[static_cast<std::size_t>(r)];
                QCOMPARE(model.data(model.index(r, 0)).toString(), row.category);
                if (stacked)
                    QCOMPARE(model.data(model.index(r, 1)).toString(), row.series);
                QCOMPARE(
                    model.data(model.index(r, model.countColumn()), ui::ChartTableModel::CountRole)
                        .toULongLong(),
                    row.count);
                QCOMPARE(model.data(model.index(r, model.countColumn())).toString(),
                         english.toString(static_cast<qulonglong>(row.count)));
                const double share =
                    100.0 * static_cast<double>(row.count) / static_cast<double>(summary.customers);
                QCOMPARE(model.data(model.index(r, model.shareColumn())).toString(),
                         english.toString(share, 'f', 1) + "%");
            }
        }
        model.setChartData(ui::chartData(ChartKind::TopBrands, SegmentSummary{}, english), english);
        QCOMPARE(model.rowCount(), 0);
    }

    // --- Choosing by keyboard ---------------------------------------------------------------

    void shouldAddTheChosenFilterByKeyboard_data() {
        QTest::addColumn<ChartKind>("kind");
        QTest::addColumn<bool>("viaTable");
        QTest::addColumn<int>("steps"); // > 0: Right (or Down) that often; -1: Left once (last)
        for (const ChartKind kind : ui::kChartKinds)
            for (const bool viaTable : {false, true})
                for (const int steps : {1, 2, -1})
                    QTest::addRow("%s, %s, %d", qPrintable(ui::chartTitle(kind)),
                                  viaTable ? "table" : "chart", steps)
                        << kind << viaTable << steps;
    }
    void shouldAddTheChosenFilterByKeyboard() {
        QFETCH(ChartKind, kind);
        QFETCH(bool, viaTable);
        QFETCH(int, steps);
        ui::QueryController controller;
        controller.setTable(table_);
        const CustomerFilter before = everythingFilter();
        controller.setFilter(before);
        QVERIFY(controller.waitForResult());
        ui::ChartsDock dock(&controller);
        dock.resize(900, 800);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        ui::ChartPanel* panel = dock.panel(kind);
        QVERIFY(panel);
        const SegmentSummary summary = controller.result()->summary;
        const int rows = static_cast<int>(panel->shownData().rows.size());
        QCOMPARE(panel->shownData().customers, static_cast<std::uint64_t>(table_->rowCount()));
        QVERIFY(rows >= 3);
        const int expectedRow = steps > 0 ? steps - 1 : rows - 1;

        if (viaTable) {
            panel->tableToggle()->setFocus();
            QTest::keyClick(panel->tableToggle(), Qt::Key_Space);
            QVERIFY(panel->isShowingTable());
            QTableView* table = panel->tableView();
            QVERIFY(table->isVisible());
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
            if (steps > 0)
                for (int i = 1; i < steps; ++i)
                    QTest::keyClick(table, Qt::Key_Down);
            else
                QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
            QCOMPARE(table->currentIndex().row(), expectedRow);
            QTest::keyClick(table, Qt::Key_Return);
        } else {
            QChartView* view = panel->chartView();
            view->setFocus();
            QVERIFY(view->hasFocus());
            QCOMPARE(panel->highlightedRow(), -1);
            if (steps > 0)
                for (int i = 0; i < steps; ++i)
                    QTest::keyClick(view, Qt::Key_Right);
            else
                QTest::keyClick(view, Qt::Key_Left);
            QCOMPARE(panel->highlightedRow(), expectedRow);
            // The highlight is spelled out, not only drawn.
            QVERIFY(panel->highlightLabel()->text().contains(
                ui::rowLabel(panel->shownData().rows[static_cast<std::size_t>(expectedRow)])));
            QTest::keyClick(view, steps == 2 ? Qt::Key_Space : Qt::Key_Enter);
        }
        const CustomerFilter expected = expectedAfterChoice(kind, summary, expectedRow, before);
        QVERIFY2(sameFilter(controller.filter(), expected),
                 qPrintable(describe(controller.filter()) + " | expected " + describe(expected)));
    }

    // A mouse click on a bar adds its filter too.
    void shouldAddTheClickedBarsFilter() {
        ui::QueryController controller;
        controller.setTable(table_);
        QVERIFY(controller.waitForResult());
        ui::ChartsDock dock(&controller);
        dock.resize(900, 800);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        ui::ChartPanel* panel = dock.panel(ChartKind::SegmentByStatus);
        QChartView* view = panel->chartView();
        auto* series = qobject_cast<QStackedBarSeries*>(view->chart()->series().front());
        QVERIFY(series);
        // The middle of the High bar's "Active" part (row 8): segment 2, first status.
        const double active = series->barSets()[0]->at(2);
        QVERIFY(active > 0);
        const QPointF inChart = view->chart()->mapToPosition(QPointF(2, active / 2), series);
        const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
        QCOMPARE(controller.filter().segments, std::set<ValueSegment>{ValueSegment::High});
        QCOMPARE(controller.filter().statuses, std::set<CustomerStatus>{CustomerStatus::Active});
        QCOMPARE(panel->highlightedRow(), 8);
    }

    // --- Following the filter, and what a screen reader hears -------------------------------

    void shouldFollowTheFilterAndCatchUpWhenShown() {
        ui::QueryController controller;
        controller.setTable(table_);
        QVERIFY(controller.waitForResult());
        ui::ChartsDock dock(&controller);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        CustomerFilter churned;
        churned.statuses = {CustomerStatus::Churned};
        controller.setFilter(churned);
        QVERIFY(controller.waitForResult());
        const auto expectedFor = [&](ChartKind kind) {
            return ui::chartData(kind, controller.result()->summary, QLocale()).summary;
        };
        for (const ChartKind kind : ui::kChartKinds)
            QCOMPARE(dock.panel(kind)->summaryLabel()->text(), expectedFor(kind));

        // Hidden: results wait; shown again: the charts catch up.
        dock.hide();
        CustomerFilter active;
        active.statuses = {CustomerStatus::Active};
        controller.setFilter(active);
        QVERIFY(controller.waitForResult());
        QVERIFY(dock.isStale());
        QVERIFY(dock.panel(ChartKind::StatusShare)->summaryLabel()->text() !=
                expectedFor(ChartKind::StatusShare));
        dock.show();
        QVERIFY(!dock.isStale());
        for (const ChartKind kind : ui::kChartKinds)
            QCOMPARE(dock.panel(kind)->summaryLabel()->text(), expectedFor(kind));
    }

    void shouldNameEveryFocusableWidgetAndDescribeEachChart() {
        ui::QueryController controller;
        controller.setTable(table_);
        QVERIFY(controller.waitForResult());
        ui::ChartsDock dock(&controller);
        QCOMPARE(dock.objectName(), QString("chartsDock"));
        QCOMPARE(dock.windowTitle(), QString("Segment charts"));
        dock.resize(900, 800);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        // Half the panels show their table, so both kinds of view are on screen.
        for (const ChartKind kind :
             {ChartKind::StatusShare, ChartKind::AgeBands, ChartKind::TopBrands})
            dock.panel(kind)->tableToggle()->click();
        int focusable = 0;
        for (QWidget* w : dock.findChildren<QWidget*>()) {
            // A widget with a focus proxy (a chart view's viewport) hands focus to the proxy,
            // which is checked itself.
            if (w->focusPolicy() == Qt::NoFocus || !w->isEnabled() || w->focusProxy())
                continue;
            ++focusable;
            QVERIFY2(!accessibleText(w, QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(QString("%1 (%2) has no accessible name")
                                    .arg(w->metaObject()->className(), w->objectName())));
        }
        QCOMPARE(focusable, 6 * 3); // per panel: chart, table, toggle
        for (const ChartKind kind : ui::kChartKinds) {
            ui::ChartPanel* panel = dock.panel(kind);
            const QString summary =
                ui::chartData(kind, controller.result()->summary, QLocale()).summary;
            QCOMPARE(accessibleText(panel->chartView(), QAccessible::Name), ui::chartTitle(kind));
            QCOMPARE(accessibleText(panel->chartView(), QAccessible::Description), summary);
            QCOMPARE(panel->summaryLabel()->text(), summary);
            QVERIFY(!panel->tableView()->tabKeyNavigation());
            QVERIFY(panel->tableToggle()->isCheckable());
        }
    }

    // Tab walks each panel's chart (or table) and toggle in turn, and leaves a table at once.
    void shouldTabThroughThePanelsInOrder() {
        ui::QueryController controller;
        controller.setTable(table_);
        QVERIFY(controller.waitForResult());
        ui::ChartsDock dock(&controller);
        dock.resize(900, 800);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.panel(ChartKind::StatusShare)->tableToggle()->click();
        std::vector<QWidget*> order;
        for (const ChartKind kind : ui::kChartKinds) {
            ui::ChartPanel* panel = dock.panel(kind);
            order.push_back(panel->isShowingTable() ? static_cast<QWidget*>(panel->tableView())
                                                    : panel->chartView());
            order.push_back(panel->tableToggle());
        }
        order.front()->setFocus();
        QVERIFY(order.front()->hasFocus());
        for (std::size_t i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(
                order[i]->hasFocus(),
                qPrintable(QString("step %1: focus on %2")
                               .arg(i)
                               .arg(QApplication::focusWidget()
                                        ? QApplication::focusWidget()->metaObject()->className()
                                        : "nothing")));
        }
    }
};

QTEST_MAIN(TestCharts)
#include "test_charts.moc"

// What a user waits for in the workbench, at the size of the workspace given in
// C360_BENCH_WORKSPACE (tools/bench passes a 1M-customer one): opening it, a filter change with
// its facet counts and chart summary, sorting, a screenful of cells, exporting every row.
// Run: C360_BENCH_WORKSPACE=big.c360 bench_workbench [-iterations N]
#include "customer_table_model.h"
#include "output/export_output.h"
#include "query_controller.h"
#include "workspace/workspace_reader.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace c360;

class BenchWorkbench : public QObject {
    Q_OBJECT

    std::string path_;
    std::shared_ptr<WorkspaceContents> contents_;
    QTemporaryDir dir_;

    const Customer360& table() const { return contents_->table; }

    CustomerFilter typicalFilter() const {
        // "High value, At Risk, bought Electronics" plus a spend range: every kind of pass.
        CustomerFilter f;
        f.segments = {ValueSegment::High};
        f.statuses = {CustomerStatus::AtRisk, CustomerStatus::Active};
        if (!table().categoryNames.empty())
            f.categories = {table().categoryNames.front()};
        RangeFilter spend;
        spend.column = Column::TotalSpend;
        spend.min = 100;
        f.ranges.push_back(spend);
        return f;
    }

private slots:
    void initTestCase() {
        const QByteArray env = qgetenv("C360_BENCH_WORKSPACE");
        if (env.isEmpty())
            QSKIP("Set C360_BENCH_WORKSPACE to a workspace (tools/bench does).");
        path_ = env.toStdString();
        contents_ = std::make_shared<WorkspaceContents>();
        Message error;
        QVERIFY2(readWorkspace(path_, *contents_, error), englishText(error).c_str());
        std::printf(
            "workspace: %zu customers, %.1f bytes per customer in memory\n", table().rowCount(),
            static_cast<double>(table().memoryBytes()) / static_cast<double>(table().rowCount()));
    }

    void openWorkspace() {
        QBENCHMARK {
            WorkspaceContents contents;
            Message error;
            QVERIFY(readWorkspace(path_, contents, error));
        }
    }

    void filterWithFacetsAndCharts() {
        const CustomerFilter filter = typicalFilter();
        ui::QueryResult result;
        QBENCHMARK {
            result = ui::runQuery(table(), filter, {});
        }
        QVERIFY(result.rows.size() <= table().rowCount());
    }

    void filterEverything() {
        // No filter: the facet counts and the chart summary see every customer.
        ui::QueryResult result;
        QBENCHMARK {
            result = ui::runQuery(table(), {}, {});
        }
        QCOMPARE(result.rows.size(), table().rowCount());
    }

    void sortNumeric() {
        const std::vector<std::uint32_t> all = selectRows(table(), {});
        QBENCHMARK {
            std::vector<std::uint32_t> rows = all;
            sortRows(table(), rows, Column::TotalSpend, true);
        }
    }

    void sortText() {
        const std::vector<std::uint32_t> all = selectRows(table(), {});
        QBENCHMARK {
            std::vector<std::uint32_t> rows = all;
            sortRows(table(), rows, Column::LastName, false);
        }
    }

    void screenfulOfCells() {
        ui::CustomerTableModel model;
        auto shared = std::shared_ptr<const Customer360>(contents_, &contents_->table);
        model.setTable(shared);
        const int top = model.rowCount() / 2;
        int chars = 0;
        QBENCHMARK {
            // 40 rows of 29 columns: a full 1600x1000 window.
            for (int r = top; r < top + 40; ++r)
                for (int c = 0; c < model.columnCount(); ++c)
                    chars += static_cast<int>(model.data(model.index(r, c)).toString().size());
        }
        QVERIFY(chars > 0);
    }

    void exportAllRows() {
        const std::vector<std::uint32_t> all = selectRows(table(), {});
        const std::string out = dir_.filePath("all.csv").toStdString();
        QBENCHMARK {
            Message error;
            QVERIFY(writeExport(table(), all, ExportOptions{}, out, error));
        }
    }
};

QTEST_MAIN(BenchWorkbench)
#include "bench_workbench.moc"

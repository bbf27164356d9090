// The workbench's one source of truth for "which customers, in what order": it holds the open
// table, the current filter and sort, and computes the matching rows, the facet counts and the
// chart summary on a worker thread. Each request carries a generation number; a result that
// arrives after a newer request was made is dropped, so a slow answer never overwrites a newer
// one and the UI thread never waits for a query.
#pragma once

#include "query/customer_query.h"
#include "query/segment_summary.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

namespace c360::ui {

struct QueryResult {
    std::uint64_t generation = 0;
    std::vector<std::uint32_t> rows; // matching rows, sorted
    FacetCounts facets;
    SegmentSummary summary;
};

struct SortOrder {
    std::optional<Column> column; // none: table order
    bool descending = false;
    bool operator==(const SortOrder&) const = default;
};

class QueryController : public QObject {
    Q_OBJECT

public:
    explicit QueryController(QObject* parent = nullptr);
    ~QueryController() override;

    // A new table clears the filter and the sort and starts a query.
    void setTable(std::shared_ptr<const Customer360> table);
    const std::shared_ptr<const Customer360>& table() const noexcept { return table_; }

    const CustomerFilter& filter() const noexcept { return filter_; }
    void setFilter(const CustomerFilter& filter);
    void resetFilter() { setFilter(CustomerFilter{}); }

    const SortOrder& sortOrder() const noexcept { return sort_; }
    void setSortOrder(const SortOrder& order);

    // The newest result delivered so far (null before the first one). It may be older than the
    // current filter while a query runs: see isBusy().
    std::shared_ptr<const QueryResult> result() const noexcept { return result_; }
    bool isBusy() const noexcept { return delivered_ != requested_; }
    std::uint64_t generation() const noexcept { return requested_; }

    // Tests and benchmarks: runs queued work until the newest request has been delivered.
    // Returns false if that took longer than timeoutMs.
    bool waitForResult(int timeoutMs = 30000);

signals:
    void tableChanged();
    // Emitted at once when the filter or the sort changes, before the new rows are known.
    void filterChanged();
    void sortOrderChanged();
    // The result of the newest request is in result().
    void resultReady();

private:
    void startQuery();
    void deliver(std::shared_ptr<const QueryResult> result);

    std::shared_ptr<const Customer360> table_;
    CustomerFilter filter_;
    SortOrder sort_;
    std::shared_ptr<const QueryResult> result_;
    std::uint64_t requested_ = 0;
    std::uint64_t delivered_ = 0;
    // Read by the worker to skip requests that were overtaken before they started.
    std::shared_ptr<std::atomic<std::uint64_t>> newest_;
    QThreadPool pool_;
};

// Runs one query synchronously: what the worker does, exposed for tests and benchmarks.
QueryResult runQuery(const Customer360& table, const CustomerFilter& filter, const SortOrder& sort);

} // namespace c360::ui

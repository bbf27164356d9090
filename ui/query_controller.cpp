#include "query_controller.h"
#include "wait_for.h"

#include <QCoreApplication>

namespace c360::ui {

QueryResult runQuery(const Customer360& table, const CustomerFilter& filter,
                     const SortOrder& sort) {
    QueryResult result;
    FilteredRows filtered = selectRowsWithFacets(table, filter);
    result.rows = std::move(filtered.rows);
    result.facets = std::move(filtered.facets);
    result.summary = summariseSegment(table, result.rows);
    if (sort.column)
        sortRows(table, result.rows, *sort.column, sort.descending);
    return result;
}

QueryController::QueryController(QObject* parent)
    : QObject(parent), newest_(std::make_shared<std::atomic<std::uint64_t>>(0)) {
    // One worker: requests run in order and an overtaken one is skipped before it starts.
    pool_.setMaxThreadCount(1);
}

QueryController::~QueryController() {
    newest_->store(UINT64_MAX); // queued requests skip themselves
    pool_.waitForDone();
}

void QueryController::setTable(std::shared_ptr<const Customer360> table) {
    table_ = std::move(table);
    filter_ = CustomerFilter{};
    sort_ = SortOrder{};
    result_.reset();
    emit tableChanged();
    emit filterChanged();
    emit sortOrderChanged();
    startQuery();
}

void QueryController::setFilter(const CustomerFilter& filter) {
    filter_ = filter;
    emit filterChanged();
    startQuery();
}

void QueryController::setSortOrder(const SortOrder& order) {
    if (order == sort_)
        return;
    sort_ = order;
    emit sortOrderChanged();
    startQuery();
}

void QueryController::startQuery() {
    const std::uint64_t generation = ++requested_;
    newest_->store(generation);
    if (!table_) {
        delivered_ = generation;
        return;
    }
    pool_.start(
        [this, generation, table = table_, filter = filter_, sort = sort_, newest = newest_] {
            if (newest->load() != generation)
                return; // a newer request is queued behind this one
            auto result = std::make_shared<QueryResult>(runQuery(*table, filter, sort));
            result->generation = generation;
            // Queued to the controller's thread; dropped by Qt if the controller is gone.
            QMetaObject::invokeMethod(
                this, [this, result = std::move(result)]() mutable { deliver(std::move(result)); },
                Qt::QueuedConnection);
        });
}

void QueryController::deliver(std::shared_ptr<const QueryResult> result) {
    if (result->generation != requested_)
        return; // stale: a newer request is on its way
    delivered_ = result->generation;
    result_ = std::move(result);
    emit resultReady();
}

bool QueryController::waitForResult(int timeoutMs) {
    return processEventsUntil([this] { return !isBusy(); }, timeoutMs);
}

} // namespace c360::ui

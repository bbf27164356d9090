// The customer table as the user meets it: a QTableView over CustomerTableModel that keeps
// Tab out of its cells (no keyboard trap), uses uniform row heights so a million rows scroll
// by arithmetic, copies the selection as TSV, keeps the current customer when the rows are
// re-filtered or re-sorted, and lets columns be shown, hidden and reordered.
#pragma once

#include "customer_table_model.h"

#include <QTableView>

#include <vector>

namespace c360::ui {

class CustomerTableView : public QTableView {
    Q_OBJECT

public:
    explicit CustomerTableView(CustomerTableModel* model, QWidget* parent = nullptr);

    CustomerTableModel* customerModel() const noexcept { return model_; }

    // Visible columns in the order the user sees them: what Export writes.
    std::vector<Column> visibleColumnsInViewOrder() const;
    // Shows exactly `columns`, in that order, the rest hidden.
    void setVisibleColumns(const std::vector<Column>& columns);

    // Replaces the rows, keeping the current customer (if still present) current and visible.
    void setRowsKeepingCurrent(std::vector<std::uint32_t> rows);

    // The selected rows (at most maxRows) as tab-separated text with a header line, visible
    // columns in view order. `truncated` tells whether rows were left out.
    QString selectionAsTsv(std::size_t maxRows, bool* truncated = nullptr) const;

    // The table row of the current index's customer, or -1.
    std::int64_t currentCustomerRow() const;

public slots:
    void copySelection();
    // Sorts by the current column (keyboard twin of a header click).
    void sortCurrentColumn(bool descending);

signals:
    // A sentence for the status bar, e.g. after a copy.
    void message(const QString& text);
    void sortCleared();
    // Columns were shown, hidden or moved: the layout is worth saving.
    void columnLayoutChanged();

private:
    CustomerTableModel* model_;
};

} // namespace c360::ui

// What both export test classes share: a generated table salted with formula-like text, a
// selection and a column order of their own, a reader that compares a written file with the
// table rendered directly, and small helpers for finding controls and waiting for a job.
#pragma once

#include "customer_table_model.h"
#include "export_dialog.h"
#include "output/export_output.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

namespace c360::test {

// Text salted into first_name and phone_number of the first rows, each with the cell a
// protected export must write: what a spreadsheet could run gets a leading ', while phone
// numbers and plain numbers come out exactly as the table holds them.
struct FormulaCase {
    std::string text;
    std::string protectedCell;
};
extern const std::vector<FormulaCase> kFormulaCases;
inline constexpr std::int32_t kNegativeDays = -5; // a number that starts with '-' stays a number

// Compares a written file with the table rendered directly; an empty string when they agree.
QString compareFile(const QString& path, const Customer360& t,
                    const std::vector<std::uint32_t>& rows, const std::vector<Column>& columns,
                    char delimiter, bool excel, bool protect, std::uint32_t renamedCategoryRow);

template <class Widget> Widget* control(QWidget& dialog, const QString& accessibleName) {
    for (Widget* w : dialog.findChildren<Widget*>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

QStringList filesIn(const QString& folder);
// "1 customer", "2,000 customers": what the dialog says, in English.
QString customersText(std::size_t n);

// Collects progress calls and cancels at the `cancelAt`-th one (1-based; 0: never).
class RecordingObserver final : public ExportObserver {
public:
    explicit RecordingObserver(int cancelAt) : cancelAt_(cancelAt) {}
    void progress(std::uint64_t done, std::uint64_t total) override {
        calls.emplace_back(done, total);
    }
    bool cancelled() const override {
        return cancelAt_ > 0 && static_cast<int>(calls.size()) >= cancelAt_;
    }
    std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;

private:
    int cancelAt_;
};

// The table and the rows and columns the tests export; prepare() builds them once per class.
class ExportFixture {
protected:
    QTemporaryDir sources_;
    std::shared_ptr<const Customer360> table_;
    std::vector<std::uint32_t> rows_; // a selection in an order of its own
    std::vector<Column> columns_;     // a view order of its own
    std::uint32_t renamedCategoryRow_ = 0;

    // English words and US formats, then the salted table; fails the running test on error.
    void prepare();
    std::vector<std::uint32_t> repeatedRows(std::size_t count) const;
    // Starts the dialog's export and waits for it; the finished signal's arguments.
    static QList<QVariant> exportAndWait(ui::ExportDialog& dialog);
};

} // namespace c360::test

// Minimum and maximum for one numeric or date column of the filter panel, plus "Include
// missing values". Text is read in the user's locale (a German user types 1.234,5); dates also
// as ISO 2025-01-31 and 31.01.2025. A field that does not read shows its error in words next
// to it, and the range is not applied until it is fixed.
#pragma once

#include "query/customer_query.h"

#include <QLocale>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace c360::ui {

class RangeFilterEditor : public QWidget {
    Q_OBJECT

public:
    // `column` must be a range column (isRangeColumn); a date column gets the date reading.
    RangeFilterEditor(Column column, const QLocale& locale, QWidget* parent = nullptr);

    Column column() const noexcept { return column_; }
    bool isDate() const noexcept;

    // The range the fields describe: nullopt when neither end is set (no filter), also when a
    // field does not read (see hasError).
    std::optional<RangeFilter> range() const;
    bool hasError() const;
    // The fields, read, differ from the range last given to setRange: the user changed it.
    // False while a field does not read.
    bool isEditedSinceShown() const;
    // The fields read as exactly this range (nullopt: no bounds).
    bool reads(const std::optional<RangeFilter>& range) const;
    // Typing not yet applied (the short pause after a key has not passed).
    bool hasPendingEdit() const;
    // Shows a range set elsewhere (nullopt: empty fields) without emitting rangeEdited.
    void setRange(const std::optional<RangeFilter>& range);

    QLineEdit* minimumEdit() const noexcept { return minimum_; }
    QLineEdit* maximumEdit() const noexcept { return maximum_; }
    QCheckBox* includeMissingBox() const noexcept { return includeMissing_; }

    // Reading a bound as people type it; nullopt when it does not read. Dates become day
    // numbers (values/date.h).
    static std::optional<double> parseNumber(const QString& text, const QLocale& locale);
    static std::optional<Days> parseDate(const QString& text, const QLocale& locale);

signals:
    // The user changed the range and every field reads: range() is the new value.
    void rangeEdited();

private:
    std::optional<double> parseBound(const QString& text) const;
    void fieldEdited();
    void applyNow();
    void updateErrorsAndDescriptions();

    Column column_;
    QLocale locale_;
    QLineEdit* minimum_;
    QLineEdit* maximum_;
    QLabel* minimumError_;
    QLabel* maximumError_;
    QCheckBox* includeMissing_;
    QTimer* typingDelay_;
    std::optional<RangeFilter> applied_; // the last range reported or shown
    // The last range given to setRange, as it was (it may have no bounds: "has a value").
    std::optional<RangeFilter> shown_;
};

} // namespace c360::ui

// A CustomerFilter read as separate parts people can name and remove: one per chosen facet
// value, one per range, one for the search. Shared by the chips bar and anything else that
// has to say in words what is filtered.
#pragma once

#include "query/customer_query.h"

#include <QLocale>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace c360::ui {

// Names shown for the core's values, through tr().
QString segmentLabel(ValueSegment segment);
QString statusLabel(CustomerStatus status);
// A favourite category or brand; "" (no favourite) reads "(none)".
QString favouriteLabel(const std::string& name);

// The locale's short date format with a four-digit year: "dd.MM.yyyy" in German, where Qt's
// own short format would show 19.06.63 for 1963.
QString fourDigitYearDateFormat(const QLocale& locale);

// How a bound of a range column is written for people: dates in the locale's short format
// with a four-digit year, numbers in the locale with as many decimals as they need.
QString formatBound(Column column, double value, const QLocale& locale);

// "Total spend ≥ 1,000", "Age 20–30", "Last purchase date ≤ 31/01/2025, or missing".
QString describeRange(const RangeFilter& range, const QLocale& locale);

struct FilterPart {
    QString label; // "Segment: High"
    // Takes this part out of a filter (the filter it was described from, or an equal one).
    std::function<void(CustomerFilter&)> remove;
};

// The parts in a stable order: search, segments, statuses, categories, brands, ranges.
std::vector<FilterPart> filterParts(const CustomerFilter& filter, const QLocale& locale);

} // namespace c360::ui

// The test's own reading of customer_360, one customer at a time, to check the charts against
// (never through summariseSegment), and helpers to compare filters.
#pragma once

#include "chart_data.h"
#include "engine/customer360.h"
#include "query/customer_query.h"
#include "query/segment_summary.h"

#include <QAccessible>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace chart_test {

using namespace c360;
using ui::ChartKind;

inline std::string categoryOf(const Customer360& t, std::size_t row) {
    const std::int32_t i = t.favoriteCategory[row];
    return i < 0 ? std::string() : t.categoryNames[static_cast<std::size_t>(i)];
}

inline std::string brandOf(const Customer360& t, std::size_t row) {
    const std::int32_t i = t.favoriteBrand[row];
    return i < 0 ? std::string() : t.brandNames[static_cast<std::size_t>(i)];
}

// The parts of a filter the data-driven cases use: segments, statuses and categories.
inline bool matchesBase(const Customer360& t, std::size_t row, const CustomerFilter& f) {
    if (!f.segments.empty() && !f.segments.count(t.valueSegment[row]))
        return false;
    if (!f.statuses.empty() && !f.statuses.count(t.customerStatus[row]))
        return false;
    if (!f.categories.empty() && !f.categories.count(categoryOf(t, row)))
        return false;
    return true;
}

// Band by a linear scan over the bounds: the last bound not above v; under the first, band 0.
inline std::size_t bandByScan(const std::vector<double>& lower, double v) {
    std::size_t band = 0;
    for (std::size_t i = 0; i < lower.size(); ++i)
        if (v >= lower[i])
            band = i;
    return band;
}

// How many customers of the filter the chart's row `index` stands for, counted directly.
inline std::uint64_t countDirectly(const Customer360& t, const CustomerFilter& base, ChartKind kind,
                                   std::size_t index, const std::vector<std::string>& labels) {
    std::uint64_t n = 0;
    for (std::size_t row = 0; row < t.rowCount(); ++row) {
        if (!matchesBase(t, row, base))
            continue;
        switch (kind) {
        case ChartKind::SegmentByStatus:
            n += static_cast<std::size_t>(t.valueSegment[row]) == index / 4 &&
                 static_cast<std::size_t>(t.customerStatus[row]) == index % 4;
            break;
        case ChartKind::StatusShare:
            n += static_cast<std::size_t>(t.customerStatus[row]) == index;
            break;
        case ChartKind::SpendBands:
            n += bandByScan(spendBandLowerBounds(), moneyToDouble(t.totalSpend[row])) == index;
            break;
        case ChartKind::AgeBands:
            if (index == ageBandLowerBounds().size())
                n += t.age[row] == kNullInt; // "No age"
            else
                n +=
                    t.age[row] != kNullInt && bandByScan(ageBandLowerBounds(), t.age[row]) == index;
            break;
        case ChartKind::TopCategories:
            n += categoryOf(t, row) == labels[index];
            break;
        case ChartKind::TopBrands:
            n += brandOf(t, row) == labels[index];
            break;
        }
    }
    return n;
}

// Every favourite's count among the filter's customers, "" for none.
inline std::map<std::string, std::uint64_t>
favouriteCounts(const Customer360& t, const CustomerFilter& base, bool brands) {
    std::map<std::string, std::uint64_t> counts;
    for (std::size_t row = 0; row < t.rowCount(); ++row)
        if (matchesBase(t, row, base))
            ++counts[brands ? brandOf(t, row) : categoryOf(t, row)];
    return counts;
}

inline bool sameRange(const RangeFilter& a, const RangeFilter& b) {
    const auto same = [](std::optional<double> x, std::optional<double> y) {
        return x.has_value() == y.has_value() && (!x || std::abs(*x - *y) < 1e-9);
    };
    return a.column == b.column && same(a.min, b.min) && same(a.max, b.max) &&
           a.includeMissing == b.includeMissing;
}

inline QString describe(const CustomerFilter& f) {
    QStringList parts;
    parts << QString("segments %1").arg(f.segments.size())
          << QString("statuses %1").arg(f.statuses.size())
          << QString("categories %1").arg(f.categories.size())
          << QString("brands %1").arg(f.brands.size());
    for (const RangeFilter& r : f.ranges)
        parts << QString("range %1 [%2, %3]%4")
                     .arg(int(r.column))
                     .arg(r.min ? QString::number(*r.min, 'f', 4) : "-")
                     .arg(r.max ? QString::number(*r.max, 'f', 4) : "-")
                     .arg(r.includeMissing ? " +missing" : "");
    return parts.join("; ");
}

inline bool sameFilter(const CustomerFilter& a, const CustomerFilter& b) {
    if (a.segments != b.segments || a.statuses != b.statuses || a.categories != b.categories ||
        a.brands != b.brands || a.search != b.search || a.ranges.size() != b.ranges.size())
        return false;
    for (const RangeFilter& r : a.ranges)
        if (std::none_of(b.ranges.begin(), b.ranges.end(),
                         [&](const RangeFilter& s) { return sameRange(r, s); }))
            return false;
    return true;
}

inline QString accessibleText(QObject* object, QAccessible::Text which) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(which) : QString();
}

} // namespace chart_test

// The filter's meaning written out as a plain loop over the table's vectors, independently of
// core/query: what the panel's results are checked against.
#pragma once

#include "query/customer_query.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace c360::test {

// The cell of a panel column as a number, read straight from the table's vectors.
inline std::optional<double> plainValue(const Customer360& t, Column c, std::size_t r) {
    auto integer = [](std::int32_t v) {
        return v == kNullInt ? std::nullopt : std::optional<double>(v);
    };
    auto real = [](double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); };
    auto date = [](Days d) { return d == kNullDate ? std::nullopt : std::optional<double>(d); };
    switch (c) {
    case Column::Age:
        return integer(t.age[r]);
    case Column::TotalSpend:
        return static_cast<double>(t.totalSpend[r]) / 10000.0;
    case Column::TotalPurchases:
        return integer(t.totalPurchases[r]);
    case Column::DaysSinceLastPurchase:
        return integer(t.daysSinceLastPurchase[r]);
    case Column::AvgSatisfactionScore:
        return real(t.avgSatisfactionScore[r]);
    case Column::IssueResolutionRate:
        return real(t.issueResolutionRate[r]);
    case Column::CampaignResponseRate:
        return real(t.campaignResponseRate[r]);
    case Column::WebsiteEngagementRate:
        return real(t.websiteEngagementRate[r]);
    case Column::LastPurchaseDate:
        return date(t.lastPurchaseDate[r]);
    case Column::RegistrationDate:
        return date(t.registrationDate[r]);
    default:
        return std::nullopt;
    }
}

inline std::string nameOf(const std::vector<std::string>& names, std::int32_t id) {
    return id < 0 ? std::string() : names[static_cast<std::size_t>(id)];
}

inline bool plainMatch(const Customer360& t, const CustomerFilter& f, std::size_t r) {
    if (!f.segments.empty() && !f.segments.count(t.valueSegment[r]))
        return false;
    if (!f.statuses.empty() && !f.statuses.count(t.customerStatus[r]))
        return false;
    if (!f.categories.empty() &&
        !f.categories.count(nameOf(t.categoryNames, t.favoriteCategory[r])))
        return false;
    if (!f.brands.empty() && !f.brands.count(nameOf(t.brandNames, t.favoriteBrand[r])))
        return false;
    for (const RangeFilter& range : f.ranges) {
        const std::optional<double> v = plainValue(t, range.column, r);
        if (!v) {
            if (!range.includeMissing)
                return false;
        } else if ((range.min && *v < *range.min) || (range.max && *v > *range.max)) {
            return false;
        }
    }
    if (!f.search.empty()) {
        const QString needle = QString::fromStdString(f.search);
        bool found = false;
        for (const TextColumn* text :
             {&t.customerId, &t.firstName, &t.lastName, &t.email, &t.phoneNumber}) {
            const std::string_view cell = text->at(r);
            found = found || QString::fromUtf8(cell.data(), qsizetype(cell.size()))
                                 .contains(needle, Qt::CaseInsensitive);
        }
        if (!found)
            return false;
    }
    return true;
}

inline std::vector<std::uint32_t> plainRows(const Customer360& t, const CustomerFilter& f) {
    std::vector<std::uint32_t> rows;
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        if (plainMatch(t, f, r))
            rows.push_back(static_cast<std::uint32_t>(r));
    return rows;
}

inline bool sameFilter(const CustomerFilter& a, const CustomerFilter& b) {
    if (a.segments != b.segments || a.statuses != b.statuses || a.categories != b.categories ||
        a.brands != b.brands || a.search != b.search || a.ranges.size() != b.ranges.size())
        return false;
    for (const RangeFilter& x : a.ranges) {
        const bool found = std::any_of(b.ranges.begin(), b.ranges.end(), [&](const RangeFilter& y) {
            return x.column == y.column && x.min == y.min && x.max == y.max &&
                   x.includeMissing == y.includeMissing;
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace c360::test

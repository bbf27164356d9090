#include "engine/customer360.h"

#include <charconv>

namespace c360 {

std::string_view valueSegmentName(ValueSegment s) noexcept {
    switch (s) {
    case ValueSegment::High:
        return "High";
    case ValueSegment::Medium:
        return "Medium";
    case ValueSegment::Low:
        break;
    }
    return "Low";
}

std::string_view customerStatusName(CustomerStatus s) noexcept {
    switch (s) {
    case CustomerStatus::Active:
        return "Active";
    case CustomerStatus::AtRisk:
        return "At Risk";
    case CustomerStatus::Churned:
        return "Churned";
    case CustomerStatus::NeverPurchased:
        break;
    }
    return "Never Purchased";
}

const std::array<ColumnInfo, kColumnCount>& columnCatalogue() noexcept {
    using K = ColumnKind;
    using C = Column;
    static const std::array<ColumnInfo, kColumnCount> kColumns = {{
        {C::CustomerId, "customer_id", "INTEGER", K::Text},
        {C::FirstName, "first_name", "TEXT", K::Text},
        {C::LastName, "last_name", "TEXT", K::Text},
        {C::Email, "email", "TEXT", K::Text},
        {C::PhoneNumber, "phone_number", "TEXT", K::Text},
        {C::DateOfBirth, "date_of_birth", "DATE", K::Date},
        {C::RegistrationDate, "registration_date", "DATE", K::Date},
        {C::Age, "age", "INTEGER", K::Integer},
        {C::DaysSinceRegistration, "days_since_registration", "INTEGER", K::Integer},
        {C::TotalPurchases, "total_purchases", "INTEGER", K::Integer},
        {C::TotalSpend, "total_spend", "REAL", K::Decimal},
        {C::AvgPurchaseValue, "avg_purchase_value", "REAL", K::Real},
        {C::LastPurchaseDate, "last_purchase_date", "DATE", K::Date},
        {C::DaysSinceLastPurchase, "days_since_last_purchase", "INTEGER", K::Integer},
        {C::FavoriteCategory, "favorite_category", "TEXT", K::Dictionary},
        {C::FavoriteBrand, "favorite_brand", "TEXT", K::Dictionary},
        {C::TotalInteractions, "total_interactions", "INTEGER", K::Integer},
        {C::AvgSatisfactionScore, "avg_satisfaction_score", "REAL", K::Real},
        {C::ResolvedInteractions, "resolved_interactions", "INTEGER", K::Integer},
        {C::CampaignsEngaged, "campaigns_engaged", "INTEGER", K::Integer},
        {C::PositiveResponses, "positive_responses", "INTEGER", K::Integer},
        {C::TotalSessions, "total_sessions", "INTEGER", K::Integer},
        {C::AvgPagesPerSession, "avg_pages_per_session", "REAL", K::Real},
        {C::AvgTimePerSession, "avg_time_per_session", "REAL", K::Real},
        {C::CustomerValueSegment, "customer_value_segment", "TEXT", K::Segment},
        {C::CustomerStatusColumn, "customer_status", "TEXT", K::Status},
        {C::IssueResolutionRate, "issue_resolution_rate", "REAL", K::Real},
        {C::CampaignResponseRate, "campaign_response_rate", "REAL", K::Real},
        {C::WebsiteEngagementRate, "website_engagement_rate", "REAL", K::Real},
    }};
    return kColumns;
}

const ColumnInfo& columnInfo(Column c) noexcept {
    return columnCatalogue()[static_cast<std::size_t>(c)];
}

namespace {

void appendInt(std::string& out, std::int64_t v) {
    char buf[24];
    const auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, p);
}

const TextColumn* textColumn(const Customer360& t, Column c) noexcept {
    switch (c) {
    case Column::CustomerId:
        return &t.customerId;
    case Column::FirstName:
        return &t.firstName;
    case Column::LastName:
        return &t.lastName;
    case Column::Email:
        return &t.email;
    case Column::PhoneNumber:
        return &t.phoneNumber;
    default:
        return nullptr;
    }
}

const std::vector<Days>* dateColumn(const Customer360& t, Column c) noexcept {
    switch (c) {
    case Column::DateOfBirth:
        return &t.dateOfBirth;
    case Column::RegistrationDate:
        return &t.registrationDate;
    case Column::LastPurchaseDate:
        return &t.lastPurchaseDate;
    default:
        return nullptr;
    }
}

const std::vector<std::int32_t>* intColumn(const Customer360& t, Column c) noexcept {
    switch (c) {
    case Column::Age:
        return &t.age;
    case Column::DaysSinceRegistration:
        return &t.daysSinceRegistration;
    case Column::TotalPurchases:
        return &t.totalPurchases;
    case Column::DaysSinceLastPurchase:
        return &t.daysSinceLastPurchase;
    case Column::TotalInteractions:
        return &t.totalInteractions;
    case Column::ResolvedInteractions:
        return &t.resolvedInteractions;
    case Column::CampaignsEngaged:
        return &t.campaignsEngaged;
    case Column::PositiveResponses:
        return &t.positiveResponses;
    case Column::TotalSessions:
        return &t.totalSessions;
    default:
        return nullptr;
    }
}

const std::vector<double>* realColumn(const Customer360& t, Column c) noexcept {
    switch (c) {
    case Column::AvgPurchaseValue:
        return &t.avgPurchaseValue;
    case Column::AvgSatisfactionScore:
        return &t.avgSatisfactionScore;
    case Column::AvgPagesPerSession:
        return &t.avgPagesPerSession;
    case Column::AvgTimePerSession:
        return &t.avgTimePerSession;
    case Column::IssueResolutionRate:
        return &t.issueResolutionRate;
    case Column::CampaignResponseRate:
        return &t.campaignResponseRate;
    case Column::WebsiteEngagementRate:
        return &t.websiteEngagementRate;
    default:
        return nullptr;
    }
}

} // namespace

const TextColumn* textColumnOf(const Customer360& t, Column c) noexcept {
    return columnInfo(c).kind == ColumnKind::Text ? textColumn(t, c) : nullptr;
}
const std::vector<Days>* dateColumnOf(const Customer360& t, Column c) noexcept {
    return dateColumn(t, c);
}
const std::vector<std::int32_t>* integerColumnOf(const Customer360& t, Column c) noexcept {
    return intColumn(t, c);
}
const std::vector<double>* realColumnOf(const Customer360& t, Column c) noexcept {
    return realColumn(t, c);
}

std::int32_t Customer360::integerValue(Column column, std::size_t row) const noexcept {
    const std::vector<std::int32_t>* v = intColumn(*this, column);
    return v ? (*v)[row] : kNullInt;
}

double Customer360::realValue(Column column, std::size_t row) const noexcept {
    if (column == Column::TotalSpend)
        return moneyToDouble(totalSpend[row]);
    const std::vector<double>* v = realColumn(*this, column);
    return v ? (*v)[row] : kNullReal;
}

bool Customer360::isNull(Column column, std::size_t row) const noexcept {
    switch (columnInfo(column).kind) {
    case ColumnKind::Text:
        return textColumn(*this, column)->at(row).empty();
    case ColumnKind::Date:
        return (*dateColumn(*this, column))[row] == kNullDate;
    case ColumnKind::Integer:
        return (*intColumn(*this, column))[row] == kNullInt;
    case ColumnKind::Decimal:
        return false;
    case ColumnKind::Real:
        return isNullReal((*realColumn(*this, column))[row]);
    case ColumnKind::Dictionary:
        return (column == Column::FavoriteCategory ? favoriteCategory : favoriteBrand)[row] ==
               kNoDictEntry;
    case ColumnKind::Segment:
    case ColumnKind::Status:
        return false;
    }
    return true;
}

void Customer360::appendCell(std::string& out, Column column, std::size_t row) const {
    switch (columnInfo(column).kind) {
    case ColumnKind::Text:
        out.append(textColumn(*this, column)->at(row));
        return;
    case ColumnKind::Date:
        appendDate(out, (*dateColumn(*this, column))[row]);
        return;
    case ColumnKind::Integer: {
        const std::int32_t v = (*intColumn(*this, column))[row];
        if (v != kNullInt)
            appendInt(out, v);
        return;
    }
    case ColumnKind::Decimal:
        appendMoney(out, totalSpend[row]);
        return;
    case ColumnKind::Real: {
        const double v = (*realColumn(*this, column))[row];
        if (!isNullReal(v))
            appendReal(out, v);
        return;
    }
    case ColumnKind::Dictionary: {
        const bool category = column == Column::FavoriteCategory;
        const std::int32_t id = (category ? favoriteCategory : favoriteBrand)[row];
        if (id != kNoDictEntry)
            out.append((category ? categoryNames : brandNames)[static_cast<std::size_t>(id)]);
        return;
    }
    case ColumnKind::Segment:
        out.append(valueSegmentName(valueSegment[row]));
        return;
    case ColumnKind::Status:
        out.append(customerStatusName(customerStatus[row]));
        return;
    }
}

std::size_t Customer360::memoryBytes() const noexcept {
    std::size_t total = customerId.memoryBytes() + firstName.memoryBytes() +
                        lastName.memoryBytes() + email.memoryBytes() + phoneNumber.memoryBytes();
    auto add = [&total](const auto& v) { total += v.capacity() * sizeof(v[0]); };
    add(dateOfBirth);
    add(registrationDate);
    add(age);
    add(daysSinceRegistration);
    add(totalPurchases);
    add(totalSpend);
    add(avgPurchaseValue);
    add(lastPurchaseDate);
    add(daysSinceLastPurchase);
    add(favoriteCategory);
    add(favoriteBrand);
    add(totalInteractions);
    add(avgSatisfactionScore);
    add(resolvedInteractions);
    add(campaignsEngaged);
    add(positiveResponses);
    add(totalSessions);
    add(avgPagesPerSession);
    add(avgTimePerSession);
    add(valueSegment);
    add(customerStatus);
    add(issueResolutionRate);
    add(campaignResponseRate);
    add(websiteEngagementRate);
    return total;
}

} // namespace c360

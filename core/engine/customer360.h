// The customer_360 table, held by column: what the engine produces, the writers serialise and
// the workbench filters and sorts.
#pragma once

#include "values/date.h"
#include "values/number.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

inline constexpr std::int32_t kNullInt = std::numeric_limits<std::int32_t>::min();
inline constexpr std::int32_t kNoDictEntry = -1;
inline const double kNullReal = std::numeric_limits<double>::quiet_NaN();
inline bool isNullReal(double v) noexcept {
    return std::isnan(v);
}

// Text values of one column packed into one buffer. Empty text is NULL (the contract reads an
// empty field as NULL), so no separate validity mask is needed.
class TextColumn {
public:
    void push(std::string_view s) {
        bytes_.append(s);
        ends_.push_back(bytes_.size());
    }
    std::string_view at(std::size_t row) const noexcept {
        const std::uint64_t b = row == 0 ? 0 : ends_[row - 1];
        return std::string_view(bytes_).substr(b, ends_[row] - b);
    }
    std::size_t size() const noexcept { return ends_.size(); }
    void reserve(std::size_t rows, std::size_t bytes) {
        ends_.reserve(rows);
        bytes_.reserve(bytes);
    }
    std::size_t memoryBytes() const noexcept {
        return bytes_.capacity() + ends_.capacity() * sizeof(std::uint64_t);
    }
    // The packed storage, for the workspace's column image (workspace/column_image.h).
    const std::string& packedBytes() const noexcept { return bytes_; }
    const std::vector<std::uint64_t>& packedEnds() const noexcept { return ends_; }
    // False (and nothing changed) when `ends` does not describe `bytes`.
    bool assignPacked(std::string bytes, std::vector<std::uint64_t> ends) {
        std::uint64_t previous = 0;
        for (const std::uint64_t end : ends) {
            if (end < previous || end > bytes.size())
                return false;
            previous = end;
        }
        if (!ends.empty() && ends.back() != bytes.size())
            return false;
        bytes_ = std::move(bytes);
        ends_ = std::move(ends);
        return true;
    }

private:
    std::string bytes_;
    std::vector<std::uint64_t> ends_;
};

enum class ValueSegment : std::uint8_t { Low, Medium, High };
enum class CustomerStatus : std::uint8_t { Active, AtRisk, Churned, NeverPurchased };

std::string_view valueSegmentName(ValueSegment s) noexcept;
std::string_view customerStatusName(CustomerStatus s) noexcept;

// The 29 output columns, in contract order.
enum class Column : std::uint8_t {
    CustomerId,
    FirstName,
    LastName,
    Email,
    PhoneNumber,
    DateOfBirth,
    RegistrationDate,
    Age,
    DaysSinceRegistration,
    TotalPurchases,
    TotalSpend,
    AvgPurchaseValue,
    LastPurchaseDate,
    DaysSinceLastPurchase,
    FavoriteCategory,
    FavoriteBrand,
    TotalInteractions,
    AvgSatisfactionScore,
    ResolvedInteractions,
    CampaignsEngaged,
    PositiveResponses,
    TotalSessions,
    AvgPagesPerSession,
    AvgTimePerSession,
    CustomerValueSegment,
    CustomerStatusColumn,
    IssueResolutionRate,
    CampaignResponseRate,
    WebsiteEngagementRate,
};
inline constexpr std::size_t kColumnCount = 29;

// How a column is stored and written.
enum class ColumnKind : std::uint8_t {
    Text,
    Date,
    Integer,
    Decimal,
    Real,
    Dictionary,
    Segment,
    Status
};

struct ColumnInfo {
    Column column;
    std::string_view name;
    std::string_view sqlType; // the seed's type
    ColumnKind kind;
};

const std::array<ColumnInfo, kColumnCount>& columnCatalogue() noexcept;
const ColumnInfo& columnInfo(Column c) noexcept;

struct Customer360 {
    std::size_t rowCount() const noexcept { return customerId.size(); }

    TextColumn customerId, firstName, lastName, email, phoneNumber;
    std::vector<Days> dateOfBirth, registrationDate;
    std::vector<std::int32_t> age, daysSinceRegistration;
    std::vector<std::int32_t> totalPurchases;
    std::vector<Money> totalSpend;
    std::vector<double> avgPurchaseValue;
    std::vector<Days> lastPurchaseDate;
    std::vector<std::int32_t> daysSinceLastPurchase;
    std::vector<std::int32_t> favoriteCategory, favoriteBrand; // index into the names below
    std::vector<std::string> categoryNames, brandNames;
    std::vector<std::int32_t> totalInteractions;
    std::vector<double> avgSatisfactionScore;
    std::vector<std::int32_t> resolvedInteractions;
    std::vector<std::int32_t> campaignsEngaged, positiveResponses, totalSessions;
    std::vector<double> avgPagesPerSession, avgTimePerSession;
    std::vector<ValueSegment> valueSegment;
    std::vector<CustomerStatus> customerStatus;
    std::vector<double> issueResolutionRate, campaignResponseRate, websiteEngagementRate;

    // True when every customer_id is a plain integer: the workspace then types the column
    // INTEGER as the seed does, else TEXT.
    bool customerIdsAreIntegers = true;

    // Writes one cell as text (NULL as nothing): dates YYYY-MM-DD, integers plain, money as
    // exact decimal, reals in shortest round-trip form.
    void appendCell(std::string& out, Column column, std::size_t row) const;
    bool isNull(Column column, std::size_t row) const noexcept;
    // Typed access for writers that keep types (the workspace): integer columns (kNullInt for
    // NULL) and real columns (NaN for NULL); total_spend is a real here.
    std::int32_t integerValue(Column column, std::size_t row) const noexcept;
    double realValue(Column column, std::size_t row) const noexcept;
    std::size_t memoryBytes() const noexcept;
};

// Typed access to one column's storage, null when the column is of another kind: for passes
// that loop over a column without a switch per cell (filters, sorts).
const TextColumn* textColumnOf(const Customer360& t, Column c) noexcept;
const std::vector<Days>* dateColumnOf(const Customer360& t, Column c) noexcept;
const std::vector<std::int32_t>* integerColumnOf(const Customer360& t, Column c) noexcept;
const std::vector<double>* realColumnOf(const Customer360& t, Column c) noexcept;

} // namespace c360

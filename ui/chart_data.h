// What each segment chart shows, as plain rows of label and count, plus the one sentence a
// screen reader hears instead of the picture. Pure functions of a SegmentSummary, so the charts,
// their "View as table" models and the tests all read the same numbers.
#pragma once

#include "filter_parts.h" // segmentLabel, statusLabel
#include "query/customer_query.h"
#include "query/segment_summary.h"

#include <QLocale>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace c360::ui {

enum class ChartKind : std::uint8_t {
    SegmentByStatus, // stacked bars: value segment, split by status
    StatusShare,     // pie
    SpendBands,
    AgeBands,
    TopCategories,
    TopBrands,
};
inline constexpr std::array<ChartKind, 6> kChartKinds{
    ChartKind::SegmentByStatus, ChartKind::StatusShare,   ChartKind::SpendBands,
    ChartKind::AgeBands,        ChartKind::TopCategories, ChartKind::TopBrands};

// The filter condition a chosen bar or slice stands for.
struct ChartChoice {
    enum class Kind : std::uint8_t { SegmentAndStatus, Status, Range, Category, Brand };
    Kind kind = Kind::Status;
    ValueSegment segment = ValueSegment::Low;
    CustomerStatus status = CustomerStatus::Active;
    RangeFilter range;
    std::string name; // category or brand as in the data; "" stands for none
};

// `filter` with the choice's condition, replacing any condition of the same kind (for ranges:
// on the same column); every other condition is kept.
CustomerFilter withChoice(CustomerFilter filter, const ChartChoice& choice);

struct ChartRow {
    QString category;                  // the bar or slice: "High", "At Risk", "100–249"
    QString series;                    // the part of a stacked bar ("At Risk"); empty otherwise
    std::uint64_t count = 0;           // customers
    std::optional<ChartChoice> choice; // none when the element cannot become a filter
};

struct ChartData {
    ChartKind kind = ChartKind::StatusShare;
    QString title;
    QString categoryHeader;      // the table's first column: "Value segment", "Spend band", ...
    QString seriesHeader;        // the table's second column for stacked bars; empty otherwise
    std::uint64_t customers = 0; // what shares are shares of: every customer in the filter
    std::vector<ChartRow> rows;  // in drawing order (for stacked bars: by category, then series)
    QString summary;             // one sentence for screen readers and the visible caption
};

// The rows and summary of one chart for the customers a summary describes; numbers in `locale`.
ChartData chartData(ChartKind kind, const SegmentSummary& summary, const QLocale& locale);

QString chartTitle(ChartKind kind);
// "0–99", "100–249", ..., "10,000+" for lower bounds {0, 100, 250, ..., 10000}.
QString bandLabel(const std::vector<double>& lower, std::size_t band, const QLocale& locale);
// How a row is named in a sentence: "At Risk", or "At Risk in High value" for a stacked part.
QString rowLabel(const ChartRow& row);
// "1 customer", "12,345 customers".
QString customerCountText(std::uint64_t customers, const QLocale& locale);
// "41%": a share rounded to whole percent (one decimal when `precise`).
QString shareText(std::uint64_t count, std::uint64_t total, const QLocale& locale,
                  bool precise = false);

} // namespace c360::ui

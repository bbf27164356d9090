#include "chart_data.h"
#include "language.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace c360::ui {

namespace {

// The translation context for every string of the charts' data.
class ChartText {
    Q_DECLARE_TR_FUNCTIONS(c360::ui::ChartText)
};

// The two sentences a chart's summary can take: one element is the largest, or several tie.
struct SummaryWording {
    QString single;  // %1 label, %2 share, %3 "12,345 customers"
    QString tied;    // %1 list of labels, %2 share of each, %3 "12,345 customers"
    QString nothing; // %1 "12,345 customers": customers exist but none has a value to chart
};

SummaryWording wording(ChartKind kind) {
    switch (kind) {
    case ChartKind::SegmentByStatus:
        return {ChartText::tr("%1 is the largest group: %2 of %3"),
                ChartText::tr("%1 are tied as the largest group: %2 each of %3"),
                {}};
    case ChartKind::StatusShare:
        return {ChartText::tr("%1 is the largest status: %2 of %3"),
                ChartText::tr("%1 are tied as the largest status: %2 each of %3"),
                {}};
    case ChartKind::SpendBands:
        return {ChartText::tr("%1 is the most common spend band: %2 of %3"),
                ChartText::tr("%1 are tied as the most common spend band: %2 each of %3"),
                {}};
    case ChartKind::AgeBands:
        return {ChartText::tr("%1 is the most common age band: %2 of %3"),
                ChartText::tr("%1 are tied as the most common age band: %2 each of %3"),
                ChartText::tr("%1 in the filter, none with a known age")};
    case ChartKind::TopCategories:
        return {ChartText::tr("%1 is the most common favourite category: %2 of %3"),
                ChartText::tr("%1 are tied as the most common favourite category: %2 each of %3"),
                ChartText::tr("%1 in the filter, none with a favourite category")};
    case ChartKind::TopBrands:
        return {ChartText::tr("%1 is the most common favourite brand: %2 of %3"),
                ChartText::tr("%1 are tied as the most common favourite brand: %2 each of %3"),
                ChartText::tr("%1 in the filter, none with a favourite brand")};
    }
    return {};
}

// The summary sentence over the rows that stand for a value (rows for "no value" are shown but
// are never "the largest"; they have `countsAsValue` false).
QString summarise(const ChartData& data, const std::vector<bool>& countsAsValue,
                  const QLocale& locale) {
    if (data.customers == 0)
        return ChartText::tr("No customers match the current filter, so there is nothing to chart");
    const SummaryWording words = wording(data.kind);
    std::uint64_t largest = 0;
    for (std::size_t i = 0; i < data.rows.size(); ++i)
        if (countsAsValue[i])
            largest = std::max(largest, data.rows[i].count);
    const QString customers = customerCountText(data.customers, locale);
    if (largest == 0)
        return words.nothing.arg(customers);
    QStringList leaders;
    for (std::size_t i = 0; i < data.rows.size(); ++i)
        if (countsAsValue[i] && data.rows[i].count == largest)
            leaders << rowLabel(data.rows[i]);
    const QString share = shareText(largest, data.customers, locale);
    if (leaders.size() == 1)
        return words.single.arg(leaders.front(), share, customers);
    return words.tied.arg(locale.createSeparatedList(leaders), share, customers);
}

ChartChoice bandChoice(Column column, const std::vector<double>& lower, std::size_t band) {
    ChartChoice choice;
    choice.kind = ChartChoice::Kind::Range;
    choice.range.column = column;
    // Values under the first bound are counted in the first band, so its range is open below:
    // the filter then selects exactly the customers the bar counts.
    if (band > 0)
        choice.range.min = lower[band];
    if (band + 1 < lower.size()) {
        const double next = lower[band + 1];
        if (column == Column::TotalSpend)
            // One money unit (a ten-thousandth) under the next bound, computed as the workspace
            // computes a spend value so the comparison is exact.
            choice.range.max =
                moneyToDouble(static_cast<Money>(std::llround(next * kMoneyScale)) - 1);
        else
            choice.range.max = next - 1; // ages are whole years
    }
    return choice;
}

void addBands(ChartData& data, Column column, const BandCounts& bands, const QLocale& locale,
              std::vector<bool>& countsAsValue) {
    for (std::size_t i = 0; i < bands.lower.size() && i < bands.counts.size(); ++i) {
        data.rows.push_back({bandLabel(bands.lower, i, locale),
                             {},
                             bands.counts[i],
                             bandChoice(column, bands.lower, i)});
        countsAsValue.push_back(true);
    }
}

void addLabels(ChartData& data, ChartChoice::Kind kind, const std::vector<LabelCount>& labels,
               std::uint64_t none, const QString& noneLabel, std::vector<bool>& countsAsValue) {
    for (const LabelCount& label : labels) {
        ChartChoice choice;
        choice.kind = kind;
        choice.name = label.label;
        data.rows.push_back({QString::fromStdString(label.label), {}, label.count, choice});
        countsAsValue.push_back(true);
    }
    if (none > 0) {
        ChartChoice choice;
        choice.kind = kind;
        choice.name = {}; // the filter's spelling of "none"
        data.rows.push_back({noneLabel, {}, none, choice});
        countsAsValue.push_back(false);
    }
}

} // namespace

QString customerCountText(std::uint64_t customers, const QLocale& locale) {
    // The plural form follows the count; the number itself is written in the chart's locale,
    // which tests choose, so it is %1 rather than %Ln (the default locale's).
    //: A number of customers, as in "41% of 12,345 customers". %1 is the number.
    return ChartText::tr("%1 customer(s)", nullptr, pluralCount(customers))
        .arg(locale.toString(static_cast<qulonglong>(customers)));
}

// A stacked bar's part names its status and segment.
QString rowLabel(const ChartRow& row) {
    return row.series.isEmpty() ? row.category
                                : ChartText::tr("%1 in %2 value").arg(row.series, row.category);
}

QString chartTitle(ChartKind kind) {
    switch (kind) {
    case ChartKind::SegmentByStatus:
        return ChartText::tr("Value segment by status");
    case ChartKind::StatusShare:
        return ChartText::tr("Status share");
    case ChartKind::SpendBands:
        return ChartText::tr("Total spend distribution");
    case ChartKind::AgeBands:
        return ChartText::tr("Age distribution");
    case ChartKind::TopCategories:
        return ChartText::tr("Top favourite categories");
    case ChartKind::TopBrands:
        return ChartText::tr("Top favourite brands");
    }
    return {};
}

QString bandLabel(const std::vector<double>& lower, std::size_t band, const QLocale& locale) {
    const auto bound = [&](double v) {
        return locale.toString(static_cast<qlonglong>(std::llround(v)));
    };
    if (band + 1 >= lower.size())
        return ChartText::tr("%1+").arg(bound(lower[band]));
    // Bands hold whole units up to one under the next bound ("0–99" holds 0 to 99.9999).
    return ChartText::tr("%1–%2").arg(bound(lower[band]), bound(lower[band + 1] - 1));
}

QString shareText(std::uint64_t count, std::uint64_t total, const QLocale& locale, bool precise) {
    const double percent =
        total == 0 ? 0.0 : 100.0 * static_cast<double>(count) / static_cast<double>(total);
    const QString number = precise ? locale.toString(percent, 'f', 1)
                                   : locale.toString(static_cast<qlonglong>(std::llround(percent)));
    return ChartText::tr("%1%").arg(number);
}

CustomerFilter withChoice(CustomerFilter filter, const ChartChoice& choice) {
    switch (choice.kind) {
    case ChartChoice::Kind::SegmentAndStatus:
        filter.segments = {choice.segment};
        filter.statuses = {choice.status};
        break;
    case ChartChoice::Kind::Status:
        filter.statuses = {choice.status};
        break;
    case ChartChoice::Kind::Range:
        std::erase_if(filter.ranges,
                      [&](const RangeFilter& r) { return r.column == choice.range.column; });
        filter.ranges.push_back(choice.range);
        break;
    case ChartChoice::Kind::Category:
        filter.categories = {choice.name};
        break;
    case ChartChoice::Kind::Brand:
        filter.brands = {choice.name};
        break;
    }
    return filter;
}

ChartData chartData(ChartKind kind, const SegmentSummary& summary, const QLocale& locale) {
    ChartData data;
    data.kind = kind;
    data.title = chartTitle(kind);
    data.customers = summary.customers;
    std::vector<bool> countsAsValue;
    switch (kind) {
    case ChartKind::SegmentByStatus:
        data.categoryHeader = ChartText::tr("Value segment");
        data.seriesHeader = ChartText::tr("Status");
        for (std::size_t segment = 0; segment < summary.segmentByStatus.size(); ++segment)
            for (std::size_t status = 0; status < summary.segmentByStatus[segment].size();
                 ++status) {
                ChartChoice choice;
                choice.kind = ChartChoice::Kind::SegmentAndStatus;
                choice.segment = static_cast<ValueSegment>(segment);
                choice.status = static_cast<CustomerStatus>(status);
                data.rows.push_back({segmentLabel(choice.segment), statusLabel(choice.status),
                                     summary.segmentByStatus[segment][status], choice});
                countsAsValue.push_back(true);
            }
        break;
    case ChartKind::StatusShare:
        data.categoryHeader = ChartText::tr("Status");
        for (std::size_t status = 0; status < summary.statuses.size(); ++status) {
            ChartChoice choice;
            choice.kind = ChartChoice::Kind::Status;
            choice.status = static_cast<CustomerStatus>(status);
            data.rows.push_back({statusLabel(choice.status), {}, summary.statuses[status], choice});
            countsAsValue.push_back(true);
        }
        break;
    case ChartKind::SpendBands:
        data.categoryHeader = ChartText::tr("Total spend");
        addBands(data, Column::TotalSpend, summary.spend, locale, countsAsValue);
        break;
    case ChartKind::AgeBands:
        data.categoryHeader = ChartText::tr("Age");
        addBands(data, Column::Age, summary.age, locale, countsAsValue);
        if (summary.age.missing > 0) {
            // A range filter cannot select only the missing ages, so this bar is not a choice.
            data.rows.push_back({ChartText::tr("No age"), {}, summary.age.missing, std::nullopt});
            countsAsValue.push_back(false);
        }
        break;
    case ChartKind::TopCategories:
        data.categoryHeader = ChartText::tr("Favourite category");
        addLabels(data, ChartChoice::Kind::Category, summary.topCategories, summary.noCategory,
                  ChartText::tr("No favourite category"), countsAsValue);
        break;
    case ChartKind::TopBrands:
        data.categoryHeader = ChartText::tr("Favourite brand");
        addLabels(data, ChartChoice::Kind::Brand, summary.topBrands, summary.noBrand,
                  ChartText::tr("No favourite brand"), countsAsValue);
        break;
    }
    data.summary = summarise(data, countsAsValue, locale);
    return data;
}

} // namespace c360::ui

#include "query/segment_summary.h"

#include "util/parallel.h"

#include <algorithm>
#include <functional>

namespace c360 {

const std::vector<double>& spendBandLowerBounds() {
    static const std::vector<double> bounds{0, 100, 250, 500, 1000, 2500, 5000, 10000};
    return bounds;
}

const std::vector<double>& ageBandLowerBounds() {
    static const std::vector<double> bounds{0, 18, 25, 35, 45, 55, 65};
    return bounds;
}

namespace {

// Counting the bounds at or below v, without branches: the charts' few bands make this
// cheaper than a binary search per row. Values under the first bound land in band 0.
std::size_t bandOf(const std::vector<double>& lower, double v) {
    std::size_t band = 0;
    for (std::size_t i = 1; i < lower.size(); ++i)
        band += v >= lower[i] ? 1 : 0;
    return band;
}

std::vector<LabelCount> topLabels(const std::vector<std::uint64_t>& counts,
                                  const std::vector<std::string>& names, std::size_t topCount) {
    std::vector<LabelCount> all;
    for (std::size_t i = 0; i < counts.size(); ++i)
        if (counts[i] > 0)
            all.push_back({names[i], counts[i]});
    std::sort(all.begin(), all.end(), [](const LabelCount& a, const LabelCount& b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    if (all.size() > topCount)
        all.resize(topCount);
    return all;
}

} // namespace

namespace {

// Counts over one slice of the rows, with every category and brand (the top list is chosen
// after the slices are added up).
struct SliceCounts {
    SegmentSummary summary;
    std::vector<std::uint64_t> categories, brands;
};

void countSlice(const Customer360& table, const std::uint32_t* begin, const std::uint32_t* end,
                SliceCounts& out) {
    SegmentSummary& s = out.summary;
    s.spend.lower = spendBandLowerBounds();
    s.spend.counts.assign(s.spend.lower.size(), 0);
    s.age.lower = ageBandLowerBounds();
    s.age.counts.assign(s.age.lower.size(), 0);
    out.categories.assign(table.categoryNames.size(), 0);
    out.brands.assign(table.brandNames.size(), 0);
    // Ages are small integers: their band is a table lookup.
    std::array<std::uint8_t, 256> ageBand{};
    for (std::size_t a = 0; a < ageBand.size(); ++a)
        ageBand[a] = static_cast<std::uint8_t>(bandOf(s.age.lower, static_cast<double>(a)));

    for (const std::uint32_t* it = begin; it != end; ++it) {
        const std::uint32_t row = *it;
        const auto segment = static_cast<std::size_t>(table.valueSegment[row]);
        const auto status = static_cast<std::size_t>(table.customerStatus[row]);
        ++s.segmentByStatus[segment][status];
        // total_spend is never missing (the contract makes it 0 without purchases).
        ++s.spend.counts[bandOf(s.spend.lower, moneyToDouble(table.totalSpend[row]))];
        const std::int32_t age = table.age[row];
        if (age == kNullInt)
            ++s.age.missing;
        else if (age >= 0 && age < static_cast<std::int32_t>(ageBand.size()))
            ++s.age.counts[ageBand[static_cast<std::size_t>(age)]];
        else
            ++s.age.counts[bandOf(s.age.lower, age)];
        const std::int32_t category = table.favoriteCategory[row];
        if (category == kNoDictEntry)
            ++s.noCategory;
        else
            ++out.categories[static_cast<std::size_t>(category)];
        const std::int32_t brand = table.favoriteBrand[row];
        if (brand == kNoDictEntry)
            ++s.noBrand;
        else
            ++out.brands[static_cast<std::size_t>(brand)];
    }
}

void addSlice(SliceCounts& into, const SliceCounts& part) {
    SegmentSummary& s = into.summary;
    const SegmentSummary& p = part.summary;
    for (std::size_t g = 0; g < 3; ++g)
        for (std::size_t st = 0; st < 4; ++st)
            s.segmentByStatus[g][st] += p.segmentByStatus[g][st];
    for (std::size_t i = 0; i < s.spend.counts.size(); ++i)
        s.spend.counts[i] += p.spend.counts[i];
    for (std::size_t i = 0; i < s.age.counts.size(); ++i)
        s.age.counts[i] += p.age.counts[i];
    s.spend.missing += p.spend.missing;
    s.age.missing += p.age.missing;
    s.noCategory += p.noCategory;
    s.noBrand += p.noBrand;
    for (std::size_t i = 0; i < into.categories.size(); ++i)
        into.categories[i] += part.categories[i];
    for (std::size_t i = 0; i < into.brands.size(); ++i)
        into.brands[i] += part.brands[i];
}

} // namespace

SegmentSummary summariseSegment(const Customer360& table, const std::vector<std::uint32_t>& rows,
                                std::size_t topCount, unsigned threads) {
    const std::size_t n = rows.size();
    const std::size_t slices =
        std::max<std::size_t>(1, std::min<std::size_t>(resolveThreadCount(threads), n / 65536));
    std::vector<SliceCounts> parts(slices);
    std::vector<std::function<void()>> tasks;
    for (std::size_t i = 0; i < slices; ++i)
        tasks.emplace_back([&, i] {
            countSlice(table, rows.data() + n * i / slices, rows.data() + n * (i + 1) / slices,
                       parts[i]);
        });
    runTasks(tasks, static_cast<unsigned>(slices));
    SliceCounts total = std::move(parts[0]);
    for (std::size_t i = 1; i < slices; ++i)
        addSlice(total, parts[i]);

    SegmentSummary s = std::move(total.summary);
    s.customers = n;
    for (std::size_t g = 0; g < 3; ++g)
        for (std::size_t st = 0; st < 4; ++st) {
            s.segments[g] += s.segmentByStatus[g][st];
            s.statuses[st] += s.segmentByStatus[g][st];
        }
    s.topCategories = topLabels(total.categories, table.categoryNames, topCount);
    s.topBrands = topLabels(total.brands, table.brandNames, topCount);
    return s;
}

} // namespace c360

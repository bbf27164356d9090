#include "query/customer_query.h"

#include "util/parallel.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <limits>

namespace c360 {

bool isRangeColumn(Column column) noexcept {
    switch (columnInfo(column).kind) {
    case ColumnKind::Integer:
    case ColumnKind::Decimal:
    case ColumnKind::Real:
    case ColumnKind::Date:
        return true;
    default:
        return false;
    }
}

std::optional<double> numericValue(const Customer360& t, Column column, std::size_t row) {
    if (t.isNull(column, row))
        return std::nullopt;
    switch (columnInfo(column).kind) {
    case ColumnKind::Integer:
        return static_cast<double>(t.integerValue(column, row));
    case ColumnKind::Decimal:
    case ColumnKind::Real:
        return t.realValue(column, row);
    case ColumnKind::Date: {
        switch (column) {
        case Column::DateOfBirth:
            return static_cast<double>(t.dateOfBirth[row]);
        case Column::RegistrationDate:
            return static_cast<double>(t.registrationDate[row]);
        default:
            return static_cast<double>(t.lastPurchaseDate[row]);
        }
    }
    default:
        return std::nullopt;
    }
}

namespace {

// Lower case for the scripts customer names are written in here: ASCII, Latin-1, Latin
// Extended-A, Greek and Cyrillic capitals. Enough for "MÜLLER" to find "Müller" without a
// Unicode library in the core.
char32_t foldCase(char32_t c) {
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c >= 0x100 && c <= 0x17F) {
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return (c % 2 == 1) ? c + 1 : c;
        if (c == 0x178)
            return 0xFF;
        if (c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c % 2 == 0)
            return c + 1;
        return c;
    }
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
        return c + 32;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    return c;
}

// Code points of UTF-8 text, folded; bytes that are not UTF-8 pass as themselves.
std::u32string folded(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        char32_t c = b;
        std::size_t len = 1;
        if (b >= 0xC0 && b < 0xE0 && i + 1 < s.size()) {
            c = ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
            len = 2;
        } else if (b >= 0xE0 && b < 0xF0 && i + 2 < s.size()) {
            c = ((b & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            len = 3;
        } else if (b >= 0xF0 && i + 3 < s.size()) {
            c = ((b & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
                ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) |
                (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
            len = 4;
        }
        out.push_back(foldCase(c));
        i += len;
    }
    return out;
}

bool containsIgnoringCase(std::string_view haystack, const std::u32string& foldedNeedle) {
    if (foldedNeedle.empty())
        return true;
    return folded(haystack).find(foldedNeedle) != std::u32string::npos;
}

// The dictionary ids a set of names allows; -1 (kNoDictEntry) for "".
std::vector<char> allowedIds(const std::vector<std::string>& names,
                             const std::set<std::string>& chosen, bool& allowNone) {
    std::vector<char> allowed(names.size(), 0);
    for (std::size_t i = 0; i < names.size(); ++i)
        allowed[i] = chosen.count(names[i]) ? 1 : 0;
    allowNone = chosen.count(std::string()) > 0;
    return allowed;
}

} // namespace

namespace {

// Which parts of a filter a row fails, one bit per facet plus one for everything else; a row
// matches when its mask is 0, and it counts for a facet's list when it fails nothing but that
// facet. Each condition is one tight pass over one column.
enum : std::uint8_t {
    kFailsSegment = 1,
    kFailsStatus = 2,
    kFailsCategory = 4,
    kFailsBrand = 8,
    kFailsOther = 16,
};

bool asciiOnly(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// With an ASCII needle, bytes of multi-byte UTF-8 characters can never match, and ASCII folds
// to ASCII: a byte-wise search with ASCII lower-casing gives the same answer as the folded
// search without decoding anything.
bool containsAsciiIgnoringCase(std::string_view haystack, std::string_view lowerNeedle) {
    if (lowerNeedle.size() > haystack.size())
        return false;
    const auto lower = [](char c) {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    };
    for (std::size_t i = 0; i + lowerNeedle.size() <= haystack.size(); ++i) {
        std::size_t k = 0;
        while (k < lowerNeedle.size() && lower(haystack[i + k]) == lowerNeedle[k])
            ++k;
        if (k == lowerNeedle.size())
            return true;
    }
    return false;
}

// The failure masks of the table rows first .. first + bits.size(): a slice, so that slices
// can be evaluated on several threads.
struct RowMasks {
    std::size_t first = 0;
    std::vector<std::uint8_t> bits;
    std::uint8_t at(std::size_t row) const noexcept { return bits[row - first]; }
};

template <typename Fails> void markFailures(RowMasks& masks, std::uint8_t bit, Fails fails) {
    const std::size_t n = masks.bits.size();
    std::uint8_t* bits = masks.bits.data();
    // Branch-free: filters often split rows unpredictably.
    for (std::size_t i = 0; i < n; ++i)
        bits[i] |= static_cast<std::uint8_t>(fails(masks.first + i) ? bit : 0);
}

void markRange(const Customer360& t, const RangeFilter& range, RowMasks& masks) {
    const double lo = range.min.value_or(-std::numeric_limits<double>::infinity());
    const double hi = range.max.value_or(std::numeric_limits<double>::infinity());
    const bool keepMissing = range.includeMissing;
    auto outside = [lo, hi](double v) { return v < lo || v > hi; };
    if (const auto* ints = integerColumnOf(t, range.column)) {
        markFailures(masks, kFailsOther, [&](std::size_t r) {
            const std::int32_t v = (*ints)[r];
            return v == kNullInt ? !keepMissing : outside(static_cast<double>(v));
        });
    } else if (const auto* days = dateColumnOf(t, range.column)) {
        markFailures(masks, kFailsOther, [&](std::size_t r) {
            const Days v = (*days)[r];
            return v == kNullDate ? !keepMissing : outside(static_cast<double>(v));
        });
    } else if (const auto* reals = realColumnOf(t, range.column)) {
        markFailures(masks, kFailsOther, [&](std::size_t r) {
            const double v = (*reals)[r];
            return isNullReal(v) ? !keepMissing : outside(v);
        });
    } else if (range.column == Column::TotalSpend) {
        markFailures(masks, kFailsOther,
                     [&](std::size_t r) { return outside(moneyToDouble(t.totalSpend[r])); });
    }
}

RowMasks failureMasks(const Customer360& t, const CustomerFilter& f, std::size_t first,
                      std::size_t end) {
    RowMasks masks{first, std::vector<std::uint8_t>(end - first, 0)};
    if (!f.segments.empty()) {
        std::array<bool, 3> ok{};
        for (const ValueSegment s : f.segments)
            ok[static_cast<std::size_t>(s)] = true;
        markFailures(masks, kFailsSegment, [&](std::size_t r) {
            return !ok[static_cast<std::size_t>(t.valueSegment[r])];
        });
    }
    if (!f.statuses.empty()) {
        std::array<bool, 4> ok{};
        for (const CustomerStatus s : f.statuses)
            ok[static_cast<std::size_t>(s)] = true;
        markFailures(masks, kFailsStatus, [&](std::size_t r) {
            return !ok[static_cast<std::size_t>(t.customerStatus[r])];
        });
    }
    if (!f.categories.empty()) {
        bool none = false;
        const std::vector<char> ok = allowedIds(t.categoryNames, f.categories, none);
        markFailures(masks, kFailsCategory, [&](std::size_t r) {
            const std::int32_t c = t.favoriteCategory[r];
            return c == kNoDictEntry ? !none : ok[static_cast<std::size_t>(c)] == 0;
        });
    }
    if (!f.brands.empty()) {
        bool none = false;
        const std::vector<char> ok = allowedIds(t.brandNames, f.brands, none);
        markFailures(masks, kFailsBrand, [&](std::size_t r) {
            const std::int32_t b = t.favoriteBrand[r];
            return b == kNoDictEntry ? !none : ok[static_cast<std::size_t>(b)] == 0;
        });
    }
    for (const RangeFilter& range : f.ranges)
        if (isRangeColumn(range.column))
            markRange(t, range, masks);
    if (!f.search.empty()) {
        const TextColumn* fields[] = {&t.customerId, &t.firstName, &t.lastName, &t.email,
                                      &t.phoneNumber};
        if (asciiOnly(f.search)) {
            std::string needle = f.search;
            for (char& c : needle)
                if (c >= 'A' && c <= 'Z')
                    c = static_cast<char>(c + 32);
            markFailures(masks, kFailsOther, [&](std::size_t r) {
                // Skip the costly part when the answer cannot matter: the row is already out
                // of the result and of every facet count (it fails "other" or two facets).
                const std::uint8_t m = masks.at(r);
                if ((m & kFailsOther) || (m & (m - 1)))
                    return false;
                for (const TextColumn* field : fields)
                    if (containsAsciiIgnoringCase(field->at(r), needle))
                        return false;
                return true;
            });
        } else {
            const std::u32string needle = folded(f.search);
            markFailures(masks, kFailsOther, [&](std::size_t r) {
                const std::uint8_t m = masks.at(r);
                if ((m & kFailsOther) || (m & (m - 1)))
                    return false;
                for (const TextColumn* field : fields)
                    if (containsIgnoringCase(field->at(r), needle))
                        return false;
                return true;
            });
        }
    }
    return masks;
}

} // namespace

std::vector<std::uint32_t> selectRows(const Customer360& t, const CustomerFilter& f) {
    return selectRowsWithFacets(t, f, 1).rows;
}

namespace {

void addFacets(FacetCounts& into, const FacetCounts& part) {
    for (std::size_t i = 0; i < into.segments.size(); ++i)
        into.segments[i] += part.segments[i];
    for (std::size_t i = 0; i < into.statuses.size(); ++i)
        into.statuses[i] += part.statuses[i];
    for (std::size_t i = 0; i < into.categories.size(); ++i)
        into.categories[i] += part.categories[i];
    for (std::size_t i = 0; i < into.brands.size(); ++i)
        into.brands[i] += part.brands[i];
    into.noCategory += part.noCategory;
    into.noBrand += part.noBrand;
}

FilteredRows filterSlice(const Customer360& t, const CustomerFilter& filter, std::size_t first,
                         std::size_t end) {
    FilteredRows out;
    FacetCounts& c = out.facets;
    c.categories.assign(t.categoryNames.size(), 0);
    c.brands.assign(t.brandNames.size(), 0);
    const RowMasks masks = failureMasks(t, filter, first, end);
    out.rows.reserve(end - first);
    for (std::size_t r = first; r < end; ++r) {
        const std::uint8_t m = masks.at(r);
        if (m == 0)
            out.rows.push_back(static_cast<std::uint32_t>(r));
        if ((m & ~kFailsSegment) == 0)
            ++c.segments[static_cast<std::size_t>(t.valueSegment[r])];
        if ((m & ~kFailsStatus) == 0)
            ++c.statuses[static_cast<std::size_t>(t.customerStatus[r])];
        if ((m & ~kFailsCategory) == 0) {
            const std::int32_t id = t.favoriteCategory[r];
            if (id == kNoDictEntry)
                ++c.noCategory;
            else
                ++c.categories[static_cast<std::size_t>(id)];
        }
        if ((m & ~kFailsBrand) == 0) {
            const std::int32_t id = t.favoriteBrand[r];
            if (id == kNoDictEntry)
                ++c.noBrand;
            else
                ++c.brands[static_cast<std::size_t>(id)];
        }
    }
    return out;
}

} // namespace

FilteredRows selectRowsWithFacets(const Customer360& t, const CustomerFilter& filter,
                                  unsigned threads) {
    const std::size_t n = t.rowCount();
    // Slices of at least 64k rows: below that a thread costs more than it saves.
    const std::size_t slices =
        std::max<std::size_t>(1, std::min<std::size_t>(resolveThreadCount(threads), n / 65536));
    std::vector<FilteredRows> parts(slices);
    std::vector<std::function<void()>> tasks;
    for (std::size_t i = 0; i < slices; ++i)
        tasks.emplace_back(
            [&, i] { parts[i] = filterSlice(t, filter, n * i / slices, n * (i + 1) / slices); });
    runTasks(tasks, static_cast<unsigned>(slices));
    FilteredRows out = std::move(parts[0]);
    for (std::size_t i = 1; i < slices; ++i) {
        out.rows.insert(out.rows.end(), parts[i].rows.begin(), parts[i].rows.end());
        addFacets(out.facets, parts[i].facets);
    }
    return out;
}

FacetCounts countFacets(const Customer360& t, const CustomerFilter& filter) {
    return selectRowsWithFacets(t, filter, 1).facets;
}

std::u32string foldedForComparison(std::string_view text) {
    return folded(text);
}

} // namespace c360

#include "query/customer_query.h"

#include <algorithm>
#include <cctype>

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

std::vector<std::uint32_t> selectRows(const Customer360& t, const CustomerFilter& f) {
    const std::size_t n = t.rowCount();
    // One pass per condition over a shrinking list keeps each pass a tight loop over one column.
    std::vector<std::uint32_t> rows(n);
    for (std::size_t i = 0; i < n; ++i)
        rows[i] = static_cast<std::uint32_t>(i);
    auto keep = [&rows](auto&& predicate) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](std::uint32_t r) { return !predicate(r); }),
                   rows.end());
    };
    if (!f.segments.empty())
        keep([&](std::uint32_t r) { return f.segments.count(t.valueSegment[r]) > 0; });
    if (!f.statuses.empty())
        keep([&](std::uint32_t r) { return f.statuses.count(t.customerStatus[r]) > 0; });
    if (!f.categories.empty()) {
        bool none = false;
        const std::vector<char> ok = allowedIds(t.categoryNames, f.categories, none);
        keep([&](std::uint32_t r) {
            const std::int32_t c = t.favoriteCategory[r];
            return c == kNoDictEntry ? none : ok[static_cast<std::size_t>(c)] != 0;
        });
    }
    if (!f.brands.empty()) {
        bool none = false;
        const std::vector<char> ok = allowedIds(t.brandNames, f.brands, none);
        keep([&](std::uint32_t r) {
            const std::int32_t b = t.favoriteBrand[r];
            return b == kNoDictEntry ? none : ok[static_cast<std::size_t>(b)] != 0;
        });
    }
    for (const RangeFilter& range : f.ranges) {
        if (!isRangeColumn(range.column))
            continue;
        keep([&](std::uint32_t r) {
            const std::optional<double> v = numericValue(t, range.column, r);
            if (!v)
                return range.includeMissing;
            return (!range.min || *v >= *range.min) && (!range.max || *v <= *range.max);
        });
    }
    if (!f.search.empty()) {
        const std::u32string needle = folded(f.search);
        keep([&](std::uint32_t r) {
            return containsIgnoringCase(t.customerId.at(r), needle) ||
                   containsIgnoringCase(t.firstName.at(r), needle) ||
                   containsIgnoringCase(t.lastName.at(r), needle) ||
                   containsIgnoringCase(t.email.at(r), needle) ||
                   containsIgnoringCase(t.phoneNumber.at(r), needle);
        });
    }
    return rows;
}

FacetCounts countFacets(const Customer360& t, const CustomerFilter& filter) {
    FacetCounts c;
    c.categories.assign(t.categoryNames.size(), 0);
    c.brands.assign(t.brandNames.size(), 0);
    CustomerFilter without = filter;
    without.segments.clear();
    for (const std::uint32_t r : selectRows(t, without))
        ++c.segments[static_cast<std::size_t>(t.valueSegment[r])];
    without = filter;
    without.statuses.clear();
    for (const std::uint32_t r : selectRows(t, without))
        ++c.statuses[static_cast<std::size_t>(t.customerStatus[r])];
    without = filter;
    without.categories.clear();
    for (const std::uint32_t r : selectRows(t, without)) {
        const std::int32_t id = t.favoriteCategory[r];
        if (id == kNoDictEntry)
            ++c.noCategory;
        else
            ++c.categories[static_cast<std::size_t>(id)];
    }
    without = filter;
    without.brands.clear();
    for (const std::uint32_t r : selectRows(t, without)) {
        const std::int32_t id = t.favoriteBrand[r];
        if (id == kNoDictEntry)
            ++c.noBrand;
        else
            ++c.brands[static_cast<std::size_t>(id)];
    }
    return c;
}

void sortRows(const Customer360& t, std::vector<std::uint32_t>& rows, Column column,
              bool descending) {
    const ColumnKind kind = columnInfo(column).kind;
    // Missing values go last whatever the direction: partition first, sort the rest.
    const auto firstMissing = std::stable_partition(
        rows.begin(), rows.end(), [&](std::uint32_t r) { return !t.isNull(column, r); });
    auto sortBy = [&](auto key) {
        std::stable_sort(rows.begin(), firstMissing, [&](std::uint32_t a, std::uint32_t b) {
            return descending ? key(b) < key(a) : key(a) < key(b);
        });
    };
    switch (kind) {
    case ColumnKind::Text: {
        const TextColumn* text = nullptr;
        switch (column) {
        case Column::FirstName:
            text = &t.firstName;
            break;
        case Column::LastName:
            text = &t.lastName;
            break;
        case Column::Email:
            text = &t.email;
            break;
        case Column::PhoneNumber:
            text = &t.phoneNumber;
            break;
        default:
            text = &t.customerId;
            break;
        }
        sortBy([text](std::uint32_t r) { return text->at(r); });
        break;
    }
    case ColumnKind::Dictionary: {
        const bool category = column == Column::FavoriteCategory;
        const auto& ids = category ? t.favoriteCategory : t.favoriteBrand;
        const auto& names = category ? t.categoryNames : t.brandNames;
        sortBy([&](std::uint32_t r) {
            return std::string_view(names[static_cast<std::size_t>(ids[r])]);
        });
        break;
    }
    case ColumnKind::Segment:
        sortBy([&](std::uint32_t r) { return static_cast<int>(t.valueSegment[r]); });
        break;
    case ColumnKind::Status:
        sortBy([&](std::uint32_t r) { return static_cast<int>(t.customerStatus[r]); });
        break;
    default:
        sortBy([&](std::uint32_t r) { return numericValue(t, column, r).value_or(0.0); });
        break;
    }
}

std::u32string foldedForComparison(std::string_view text) {
    return folded(text);
}

} // namespace c360

#include "filter_parts.h"

#include "customer_table_model.h"

#include <QCoreApplication>
#include <QDate>

namespace c360::ui {

namespace {

// lupdate finds the strings through Text::tr in the "FilterParts" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FilterParts)
};

QDate toQDate(Days days) {
    const CivilDate civil = civilFromDays(days);
    return QDate(civil.year, civil.month, civil.day);
}

} // namespace

QString segmentLabel(ValueSegment segment) {
    switch (segment) {
    case ValueSegment::High:
        return Text::tr("High");
    case ValueSegment::Medium:
        return Text::tr("Medium");
    case ValueSegment::Low:
        break;
    }
    return Text::tr("Low");
}

QString statusLabel(CustomerStatus status) {
    switch (status) {
    case CustomerStatus::Active:
        return Text::tr("Active");
    case CustomerStatus::AtRisk:
        return Text::tr("At Risk");
    case CustomerStatus::Churned:
        return Text::tr("Churned");
    case CustomerStatus::NeverPurchased:
        break;
    }
    return Text::tr("Never Purchased");
}

QString favouriteLabel(const std::string& name) {
    return name.empty() ? Text::tr("(none)") : QString::fromStdString(name);
}

QString fourDigitYearDateFormat(const QLocale& locale) {
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString formatBound(Column column, double value, const QLocale& locale) {
    if (columnInfo(column).kind == ColumnKind::Date) // a two-digit year would not read back
        return locale.toString(toQDate(static_cast<Days>(value)), fourDigitYearDateFormat(locale));
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString describeRange(const RangeFilter& range, const QLocale& locale) {
    const QString title = CustomerTableModel::columnTitle(range.column);
    QString text;
    if (range.min && range.max)
        text = Text::tr("%1 %2–%3")
                   .arg(title, formatBound(range.column, *range.min, locale),
                        formatBound(range.column, *range.max, locale));
    else if (range.min)
        text = Text::tr("%1 ≥ %2").arg(title, formatBound(range.column, *range.min, locale));
    else if (range.max)
        text = Text::tr("%1 ≤ %2").arg(title, formatBound(range.column, *range.max, locale));
    else
        text = Text::tr("%1 has a value").arg(title);
    if (range.includeMissing)
        text = Text::tr("%1, or missing").arg(text);
    return text;
}

std::vector<FilterPart> filterParts(const CustomerFilter& filter, const QLocale& locale) {
    std::vector<FilterPart> parts;
    if (!filter.search.empty())
        parts.push_back({Text::tr("Search: %1").arg(QString::fromStdString(filter.search)),
                         [](CustomerFilter& f) { f.search.clear(); }});
    for (const ValueSegment segment : filter.segments)
        parts.push_back({Text::tr("Segment: %1").arg(segmentLabel(segment)),
                         [segment](CustomerFilter& f) { f.segments.erase(segment); }});
    for (const CustomerStatus status : filter.statuses)
        parts.push_back({Text::tr("Status: %1").arg(statusLabel(status)),
                         [status](CustomerFilter& f) { f.statuses.erase(status); }});
    for (const std::string& category : filter.categories)
        parts.push_back({Text::tr("Category: %1").arg(favouriteLabel(category)),
                         [category](CustomerFilter& f) { f.categories.erase(category); }});
    for (const std::string& brand : filter.brands)
        parts.push_back({Text::tr("Brand: %1").arg(favouriteLabel(brand)),
                         [brand](CustomerFilter& f) { f.brands.erase(brand); }});
    for (const RangeFilter& range : filter.ranges) {
        const Column column = range.column;
        parts.push_back({describeRange(range, locale), [column](CustomerFilter& f) {
                             std::erase_if(f.ranges, [column](const RangeFilter& r) {
                                 return r.column == column;
                             });
                         }});
    }
    return parts;
}

} // namespace c360::ui

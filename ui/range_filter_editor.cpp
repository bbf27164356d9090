#include "range_filter_editor.h"

#include "customer_table_model.h"
#include "filter_parts.h"

#include <QCheckBox>
#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace c360::ui {

namespace {

// What the fields can express: a range with neither bound reads as no range.
std::optional<RangeFilter> bounded(const std::optional<RangeFilter>& r) {
    return r && (r->min || r->max) ? r : std::nullopt;
}

bool sameRange(std::optional<RangeFilter> a, std::optional<RangeFilter> b) {
    a = bounded(a);
    b = bounded(b);
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->column == b->column && a->min == b->min && a->max == b->max &&
                  a->includeMissing == b->includeMissing);
}

std::optional<Days> fromQDate(const QDate& date) {
    if (!date.isValid())
        return std::nullopt;
    return daysFromCivil(date.year(), date.month(), date.day());
}

} // namespace

RangeFilterEditor::RangeFilterEditor(Column column, const QLocale& locale, QWidget* parent)
    : QWidget(parent), column_(column), locale_(locale), minimum_(new QLineEdit),
      maximum_(new QLineEdit), minimumError_(new QLabel), maximumError_(new QLabel),
      includeMissing_(new QCheckBox(tr("Include missing values"))), typingDelay_(new QTimer(this)) {
    const QString title = CustomerTableModel::columnTitle(column);
    auto* heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* minimumLabel = new QLabel(tr("Min"));
    auto* maximumLabel = new QLabel(tr("Max"));
    minimumLabel->setBuddy(minimum_);
    maximumLabel->setBuddy(maximum_);
    const QString hint =
        isDate() ? tr("e.g. %1").arg(formatBound(column, daysFromCivil(2025, 1, 31), locale_))
                 : tr("any");
    minimum_->setPlaceholderText(hint);
    maximum_->setPlaceholderText(hint);
    minimum_->setAccessibleName(tr("%1, minimum").arg(title));
    maximum_->setAccessibleName(tr("%1, maximum").arg(title));
    includeMissing_->setAccessibleName(tr("%1, include missing values").arg(title));
    for (QLabel* error : {minimumError_, maximumError_}) {
        error->setWordWrap(true);
        error->setVisible(false);
    }

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(heading, 0, 0, 1, 4);
    grid->addWidget(minimumLabel, 1, 0);
    grid->addWidget(minimum_, 1, 1);
    grid->addWidget(maximumLabel, 1, 2);
    grid->addWidget(maximum_, 1, 3);
    grid->addWidget(minimumError_, 2, 1);
    grid->addWidget(maximumError_, 2, 3);
    grid->addWidget(includeMissing_, 3, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    setTabOrder(minimum_, maximum_);
    setTabOrder(maximum_, includeMissing_);

    // Applied when the user pauses or leaves the field, not on every key.
    typingDelay_->setSingleShot(true);
    typingDelay_->setInterval(400);
    connect(typingDelay_, &QTimer::timeout, this, &RangeFilterEditor::applyNow);
    for (QLineEdit* edit : {minimum_, maximum_}) {
        connect(edit, &QLineEdit::textEdited, this, &RangeFilterEditor::fieldEdited);
        connect(edit, &QLineEdit::editingFinished, this, &RangeFilterEditor::applyNow);
    }
    connect(includeMissing_, &QCheckBox::toggled, this, &RangeFilterEditor::applyNow);
    updateErrorsAndDescriptions();
}

bool RangeFilterEditor::isDate() const noexcept {
    return columnInfo(column_).kind == ColumnKind::Date;
}

std::optional<double> RangeFilterEditor::parseNumber(const QString& text, const QLocale& locale) {
    bool ok = false;
    const double value = locale.toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<Days> RangeFilterEditor::parseDate(const QString& text, const QLocale& locale) {
    const QString trimmed = text.trimmed();
    // ISO 2025-01-31 and 31.01.2025, whatever the locale.
    const QByteArray utf8 = trimmed.toUtf8();
    const std::string_view view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    Days days = kNullDate;
    if (parseIsoDate(view, days))
        return days;
    if (trimmed.count(QLatin1Char('.')) == 2) {
        const DateParse dotted = c360::parseDate(view, SlashOrder::Unknown);
        if (dotted.status == DateStatus::Ok && !dotted.sawSlash)
            return dotted.days;
    }
    // The locale's short format, first with a four-digit year so 1/31/2025 reads in the US.
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    const QString fourDigits = fourDigitYearDateFormat(locale);
    if (fourDigits != shortFormat) {
        if (auto d = fromQDate(locale.toDate(trimmed, fourDigits)))
            return d;
        // Qt reads a two-digit year as 19xx; people typing 1/31/25 mean this century unless
        // that would be more than ten years ahead.
        QDate date = locale.toDate(trimmed, shortFormat);
        if (date.isValid() && date.addYears(100).year() <= QDate::currentDate().year() + 10)
            date = date.addYears(100);
        return fromQDate(date);
    }
    if (auto d = fromQDate(locale.toDate(trimmed, shortFormat)))
        return d;
    return fromQDate(locale.toDate(trimmed, QLocale::LongFormat));
}

std::optional<double> RangeFilterEditor::parseBound(const QString& text) const {
    if (isDate()) {
        const std::optional<Days> days = parseDate(text, locale_);
        return days ? std::optional<double>(*days) : std::nullopt;
    }
    return parseNumber(text, locale_);
}

std::optional<RangeFilter> RangeFilterEditor::range() const {
    if (hasError())
        return std::nullopt;
    RangeFilter range;
    range.column = column_;
    if (!minimum_->text().trimmed().isEmpty())
        range.min = parseBound(minimum_->text());
    if (!maximum_->text().trimmed().isEmpty())
        range.max = parseBound(maximum_->text());
    if (!range.min && !range.max)
        return std::nullopt;
    range.includeMissing = includeMissing_->isChecked();
    return range;
}

bool RangeFilterEditor::hasError() const {
    for (const QLineEdit* edit : {minimum_, maximum_})
        if (!edit->text().trimmed().isEmpty() && !parseBound(edit->text()))
            return true;
    return false;
}

bool RangeFilterEditor::isEditedSinceShown() const {
    return !hasError() && !sameRange(range(), shown_);
}

bool RangeFilterEditor::reads(const std::optional<RangeFilter>& range) const {
    return !hasError() && sameRange(this->range(), range);
}

bool RangeFilterEditor::hasPendingEdit() const {
    return typingDelay_->isActive();
}

void RangeFilterEditor::setRange(const std::optional<RangeFilter>& range) {
    typingDelay_->stop();
    // Only rewrite a field whose value differs: the text the user typed ("1000") stays as
    // typed when it already means the same bound.
    auto show = [this](QLineEdit* edit, std::optional<double> bound) {
        const QString text = edit->text();
        const std::optional<double> current =
            text.trimmed().isEmpty() ? std::nullopt : parseBound(text);
        if (current == bound && (bound || text.trimmed().isEmpty()))
            return;
        edit->setText(bound ? formatBound(column_, *bound, locale_) : QString());
    };
    show(minimum_, range ? range->min : std::nullopt);
    show(maximum_, range ? range->max : std::nullopt);
    {
        const QSignalBlocker block(includeMissing_);
        includeMissing_->setChecked(range && range->includeMissing);
    }
    applied_ = range;
    shown_ = range;
    updateErrorsAndDescriptions();
}

void RangeFilterEditor::fieldEdited() {
    updateErrorsAndDescriptions();
    typingDelay_->start();
}

void RangeFilterEditor::applyNow() {
    typingDelay_->stop();
    updateErrorsAndDescriptions();
    if (hasError())
        return; // the last good range stays in force until the field reads
    const std::optional<RangeFilter> now = range();
    if (sameRange(now, applied_))
        return;
    applied_ = now;
    emit rangeEdited();
}

void RangeFilterEditor::updateErrorsAndDescriptions() {
    const QString title = CustomerTableModel::columnTitle(column_);
    const QString error = isDate() ? tr("Not a date") : tr("Not a number");
    const QString bounds = applied_ ? describeRange(*applied_, locale_) : tr("no bounds");
    for (auto [edit, label] : {std::pair{minimum_, minimumError_}, {maximum_, maximumError_}}) {
        const bool bad = !edit->text().trimmed().isEmpty() && !parseBound(edit->text());
        label->setText(bad ? error : QString());
        label->setVisible(bad);
        QString description = tr("Current filter: %1.").arg(bounds);
        if (isDate())
            description += QLatin1Char(' ') +
                           tr("Type a date such as %1 or 2025-01-31.")
                               .arg(formatBound(column_, daysFromCivil(2025, 1, 31), locale_));
        if (bad)
            description = error + QLatin1String(". ") + description;
        edit->setAccessibleDescription(description);
    }
    includeMissing_->setAccessibleDescription(
        //: %1 is a column title such as "Total spend".
        tr("Customers without a value for %1 also match when a bound is set").arg(title));
}

} // namespace c360::ui

#include "engine/loaded_tables.h"

#include "engine/customer_matcher.h"
#include "engine/table_reader.h"
#include "sources/table_schema.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace c360 {

namespace {

// Reads one date column of a table. Slash dates whose order is not settled by the value
// itself wait until the whole column has been seen: one order per column, never per row.
class DateField {
public:
    DateField(TableReader& reader, std::size_t slot)
        : reader_(reader), slot_(slot), chosen_(reader.chosenSlashOrder()) {}

    // Warn about dates after `latest` (a birth date after as_of), with the value as written:
    // `asWritten` (args: value, latest) when it is written as ISO, else `readAs` (args: value,
    // the date it was read as, latest).
    void warnWhenAfter(Days latest, MessageKind asWritten, MessageKind readAs) {
        latest_ = latest;
        tooLateAsWritten_ = asWritten;
        tooLateReadAs_ = readAs;
    }

    Days read(std::size_t index) {
        const std::string_view text = reader_.field(slot_);
        if (trimSpaces(text).empty())
            return kNullDate;
        const DateParse p = parseDate(text, chosen_);
        if (p.status == DateStatus::Ok) {
            if (p.days > latest_)
                reader_.warn(slot_, tooLate(text, p.days));
            return p.days;
        }
        if (p.status == DateStatus::Ambiguous) {
            if (p.slash.first > 12)
                dayFirstSeen_ = true;
            if (p.slash.second > 12)
                monthFirstSeen_ = true;
            deferred_.push_back({index, reader_.line(), p.slash, std::string(trimSpaces(text)),
                                 reader_.fileIndex()});
            return kNullDate;
        }
        if (p.sawSlash && chosen_ != SlashOrder::Unknown) {
            reader_.warn(slot_, Message(chosen_ == SlashOrder::DayFirst
                                            ? MessageKind::DateNotDayFirstAsChosen
                                            : MessageKind::DateNotMonthFirstAsChosen,
                                        {cutForMessage(text)}));
            return kNullDate;
        }
        reader_.warn(slot_, Message(MessageKind::DateUnreadable, {cutForMessage(text)}));
        return kNullDate;
    }

    // True when a value of this column can only be day-first (its first number is over 12).
    bool sawDayFirst() const noexcept { return dayFirstSeen_; }

    // Fills the deferred slash dates into `dates`. The column's own evidence decides its order;
    // a column with none follows the file (`fileOrder`): one program wrote the whole file, so
    // 13/01/1980 in one column says how 01/02/2023 in another was meant.
    void settle(std::vector<Days>& dates, SlashOrder fileOrder = SlashOrder::MonthFirst) {
        if (deferred_.empty())
            return;
        const SlashOrder order = dayFirstSeen_     ? SlashOrder::DayFirst
                                 : monthFirstSeen_ ? SlashOrder::MonthFirst
                                                   : fileOrder;
        const std::string& column = reader_.columnHeader(slot_);
        if (dayFirstSeen_ || monthFirstSeen_)
            reader_.note(Message(order == SlashOrder::DayFirst
                                     ? MessageKind::SlashDatesDayFirstByValues
                                     : MessageKind::SlashDatesMonthFirstByValues,
                                 {column, evidence(order)}));
        else if (fileOrder == SlashOrder::DayFirst)
            reader_.note(Message(MessageKind::SlashDatesDayFirstByOtherColumn, {column}));
        else
            reader_.note(Message(MessageKind::SlashDatesMonthFirstUnsettled, {column}));
        for (const Deferred& d : deferred_) {
            const Days days = resolveSlashDate(d.date, order);
            if (days != kNullDate) {
                dates[d.index] = days;
                if (days > latest_)
                    reader_.warnAt(d.line, slot_, tooLate(d.text, days), d.text,
                                   reader_.fileName(d.file));
                continue;
            }
            const bool mixed = monthFirstSeen_ && dayFirstSeen_;
            const MessageKind kind =
                order == SlashOrder::DayFirst
                    ? (mixed ? MessageKind::DateNotDayFirstMixed : MessageKind::DateNotDayFirst)
                    : (mixed ? MessageKind::DateNotMonthFirstMixed
                             : MessageKind::DateNotMonthFirst);
            reader_.warnAt(d.line, slot_, Message(kind, {cutForMessage(d.text)}), d.text,
                           reader_.fileName(d.file));
        }
    }

private:
    // A value that can only be read one way, from the deferred ones (cut for a message).
    std::string evidence(SlashOrder order) const {
        for (const Deferred& d : deferred_)
            if ((order == SlashOrder::DayFirst ? d.date.first : d.date.second) > 12)
                return cutForMessage(d.text);
        return cutForMessage(deferred_.front().text);
    }

    Message tooLate(std::string_view text, Days days) const {
        const std::string iso = formatDate(days);
        const std::string written(trimSpaces(text));
        if (written == iso)
            return Message(tooLateAsWritten_, {cutForMessage(text), formatDate(latest_)});
        return Message(tooLateReadAs_, {cutForMessage(text), iso, formatDate(latest_)});
    }

    struct Deferred {
        std::size_t index;
        std::uint64_t line;
        SlashDate date;
        std::string text; // as written, for the warning
        std::size_t file; // which of the table's files
    };
    TableReader& reader_;
    std::size_t slot_;
    std::vector<Deferred> deferred_;
    bool dayFirstSeen_ = false;
    bool monthFirstSeen_ = false;
    Days latest_ = std::numeric_limits<Days>::max();
    MessageKind tooLateAsWritten_ = MessageKind::BirthDateAfterAsOf;
    MessageKind tooLateReadAs_ = MessageKind::BirthDateReadAfterAsOf;
    SlashOrder chosen_; // Unknown unless the user chose the order
};

// An optional real value: NULL when empty, NULL with a warning when not a number.
double readOptionalReal(TableReader& reader, std::size_t slot) {
    const std::string_view text = reader.field(slot);
    if (trimSpaces(text).empty())
        return kNullReal;
    double value = 0;
    if (parseReal(text, reader.numberFormat(), value) == NumberStatus::Ok)
        return value;
    reader.warn(slot, Message(MessageKind::NotANumber, {cutForMessage(text)}));
    return kNullReal;
}

bool finishTable(TableReader& reader, LoadContext& ctx, Message& error) {
    reader.finish();
    if (reader.cancelled()) {
        ctx.cancelled = true;
        return false;
    }
    if (reader.failed()) {
        error = reader.readError();
        return false;
    }
    if (reader.stopped()) {
        error = reader.stopError();
        return false;
    }
    return true;
}

// Rejects the row when the key is empty; returns the trimmed key otherwise.
bool readKey(TableReader& reader, std::size_t slot, std::string_view& key) {
    key = trimSpaces(reader.field(slot));
    if (!key.empty())
        return true;
    reader.reject(slot, Message(MessageKind::KeyEmpty, {reader.columnHeader(slot)}));
    return false;
}

// How many records the whole source holds, judged from the first `seen`; 0 when unknown.
// Columns reserved for that many are spared their doubling copies (and the pages the old
// copies touched); reserved memory that stays unused costs address space, not RAM.
std::size_t estimatedRecords(const RowSource& src, std::uint64_t seen) {
    if (src.bytesDone() == 0)
        return 0;
    const double estimate = static_cast<double>(src.bytesTotal()) /
                            static_cast<double>(src.bytesDone()) * static_cast<double>(seen) * 1.05;
    // A record takes at least a few bytes, whatever the first records suggest.
    return static_cast<std::size_t>(
        std::min(estimate, static_cast<double>(src.bytesTotal()) / 4.0));
}

// Room for `records` values in each column, text sized by what the first rows hold.
void reserveText(TextColumn& column, std::size_t records, std::uint64_t limit) {
    if (column.size() == 0)
        return;
    const double perRecord =
        static_cast<double>(column.packedBytes().size()) / static_cast<double>(column.size());
    column.reserve(records,
                   static_cast<std::size_t>(std::min(perRecord * static_cast<double>(records) * 1.1,
                                                     static_cast<double>(limit))));
}

// When to estimate: after enough records to judge their length.
constexpr std::uint64_t kRecordsToJudge = 4096;

// Counts a table's records; once enough were seen, reserves `columns` for the whole file.
class ColumnSizer {
public:
    explicit ColumnSizer(const RowSource& src) : src_(src) {}
    template <typename... Columns> void count(Columns&... columns) {
        if (++seen_ == kRecordsToJudge) {
            const std::size_t records = estimatedRecords(src_, seen_);
            (columns.reserve(records), ...);
        }
    }

private:
    const RowSource& src_;
    std::uint64_t seen_ = 0;
};

} // namespace

bool loadCustomers(RowSource& src, TableReport& report, LoadContext& ctx, CustomerData& out,
                   Message& error) {
    enum Slot : std::size_t { Id, First, Last, Email, Phone, Dob, Reg };
    TableReader reader(SourceTable::CustomerInfo, src, report, ctx.options, ctx.observer,
                       ctx.allTablesBytes, ctx.columnMap);
    if (!reader.mapColumns(tableColumns(SourceTable::CustomerInfo), error))
        return false;
    DateField dob(reader, Dob), reg(reader, Reg);
    dob.warnWhenAfter(ctx.options.asOf, MessageKind::BirthDateAfterAsOf,
                      MessageKind::BirthDateReadAfterAsOf);
    std::uint64_t recordsSeen = 0;
    while (reader.next()) {
        // Once the first rows show how long a row is, size the id table and the columns for the
        // whole file: growing the table step by step rehashes every id many times over.
        // (The table is filled when reserved, so at most 8M ahead: a file whose first rows are
        // unusually short must not make it take gigabytes; beyond that it grows as it goes.)
        if (++recordsSeen == kRecordsToJudge) {
            const std::size_t records = estimatedRecords(src, recordsSeen);
            out.ids.reserve(std::min<std::size_t>(records, 8'000'000));
            for (TextColumn* column : {&out.firstName, &out.lastName, &out.email, &out.phoneNumber})
                reserveText(*column, records, src.bytesTotal());
            out.dateOfBirth.reserve(records);
            out.registrationDate.reserve(records);
            out.line.reserve(records);
        }
        std::string_view id;
        if (!readKey(reader, Id, id))
            continue;
        bool added = false;
        out.ids.intern(id, added);
        if (!added) {
            ++report.duplicates;
            reader.reject(Id, Message(MessageKind::DuplicateCustomerId, {cutForMessage(id)}));
            continue;
        }
        const std::size_t index = out.line.size();
        out.firstName.push(reader.field(First));
        out.lastName.push(reader.field(Last));
        out.email.push(reader.field(Email));
        out.phoneNumber.push(reader.field(Phone));
        out.dateOfBirth.push_back(dob.read(index));
        out.registrationDate.push_back(reg.read(index));
        out.line.push_back(reader.line());
    }
    if (!finishTable(reader, ctx, error))
        return false;
    const SlashOrder fileOrder =
        dob.sawDayFirst() || reg.sawDayFirst() ? SlashOrder::DayFirst : SlashOrder::MonthFirst;
    dob.settle(out.dateOfBirth, fileOrder);
    reg.settle(out.registrationDate, fileOrder);
    reader.finish(); // orders the warnings settle() added
    // Snapshot rule, after duplicates were resolved.
    const Days asOf = ctx.options.asOf;
    const std::size_t n = out.line.size();
    out.outputRow.assign(n, -1);
    out.outputToDense.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Days r = out.registrationDate[i];
        if (r != kNullDate && r > asOf) {
            ++report.leftOutByAsOf;
            continue;
        }
        out.outputRow[i] = static_cast<std::int32_t>(out.outputToDense.size());
        out.outputToDense.push_back(static_cast<std::int32_t>(i));
    }
    report.loaded = out.outputToDense.size();
    return true;
}

bool loadCatalog(RowSource& src, TableReport& report, LoadContext& ctx, CatalogData& out,
                 Message& error) {
    enum Slot : std::size_t { Id, Category, Brand };
    TableReader reader(SourceTable::ProductCatalog, src, report, ctx.options, ctx.observer,
                       ctx.allTablesBytes, ctx.columnMap);
    if (!reader.mapColumns(tableColumns(SourceTable::ProductCatalog), error))
        return false;
    while (reader.next()) {
        std::string_view id;
        if (!readKey(reader, Id, id))
            continue;
        bool added = false;
        out.productIds.intern(id, added);
        if (!added) {
            ++report.duplicates;
            reader.reject(Id, Message(MessageKind::DuplicateProductId, {cutForMessage(id)}));
            continue;
        }
        const std::string_view category = reader.field(Category);
        const std::string_view brand = reader.field(Brand);
        // A value of only spaces is as good as empty: no category, not a category named " ".
        out.category.push_back(trimSpaces(category).empty() ? -1
                                                            : out.categoryNames.intern(category));
        out.brand.push_back(trimSpaces(brand).empty() ? -1 : out.brandNames.intern(brand));
    }
    report.loaded = out.productIds.size();
    return finishTable(reader, ctx, error);
}

bool loadCampaigns(RowSource& src, TableReport& report, LoadContext& ctx, CampaignData& out,
                   Message& error) {
    enum Slot : std::size_t { Id };
    TableReader reader(SourceTable::MarketingCampaigns, src, report, ctx.options, ctx.observer,
                       ctx.allTablesBytes, ctx.columnMap);
    if (!reader.mapColumns(tableColumns(SourceTable::MarketingCampaigns), error))
        return false;
    while (reader.next()) {
        std::string_view id;
        if (!readKey(reader, Id, id))
            continue;
        bool added = false;
        out.campaignIds.intern(id, added);
        if (!added) {
            ++report.duplicates;
            reader.reject(Id, Message(MessageKind::DuplicateCampaignId, {cutForMessage(id)}));
        }
    }
    report.loaded = out.campaignIds.size();
    return finishTable(reader, ctx, error);
}

bool loadPurchases(RowSource& src, TableReport& report, LoadContext& ctx,
                   const CustomerData& customers, const CatalogData& catalog, PurchaseData& out,
                   Message& error) {
    enum Slot : std::size_t { Customer, Transaction, Amount, Product, Date };
    TableReader reader(SourceTable::PurchaseTransactions, src, report, ctx.options, ctx.observer,
                       ctx.allTablesBytes, ctx.columnMap);
    if (!reader.mapColumns(tableColumns(SourceTable::PurchaseTransactions), error))
        return false;
    CustomerMatcher matcher(customers, report, reader, Customer);
    DateField date(reader, Date);
    ColumnSizer sizer(src);
    while (reader.next()) {
        matcher.lookAhead();
        // As many transaction entries as lines at most.
        sizer.count(out.row, out.transaction, out.amount, out.date, out.product,
                    out.transactionIds);
        std::string_view customer, transaction;
        if (!readKey(reader, Customer, customer) || !readKey(reader, Transaction, transaction))
            continue;
        const std::string_view amountText = reader.field(Amount);
        Money amount = 0;
        const NumberStatus status = parseMoney(amountText, reader.numberFormat(), amount);
        if (status == NumberStatus::Invalid || status == NumberStatus::Overflow) {
            const std::string value = cutForMessage(amountText);
            reader.reject(
                Amount,
                trimSpaces(amountText).empty() ? Message(MessageKind::AmountEmpty)
                : status == NumberStatus::Overflow
                    ? Message(MessageKind::AmountTooLarge, {value})
                    : Message(MessageKind::NotAnAmount,
                              {value, "1234" + std::string(1, reader.numberFormat().decimalPoint) +
                                          "56"}));
            continue;
        }
        const std::int32_t row = matcher.match(customer);
        if (row < 0)
            continue;
        if (status == NumberStatus::Rounded)
            reader.warn(Amount, Message(MessageKind::AmountRounded,
                                        {cutForMessage(amountText), formatMoney(amount)}));
        const std::size_t index = out.row.size();
        out.row.push_back(row);
        out.transaction.push_back(out.transactionIds.add(transaction));
        out.amount.push_back(amount);
        out.date.push_back(date.read(index));
        std::int32_t product = kNoProduct;
        const std::string_view productId = trimSpaces(reader.field(Product));
        if (!productId.empty()) {
            product = catalog.productIds.find(productId);
            if (product < 0)
                product = kUnknownReference;
        }
        out.product.push_back(product);
    }
    if (!finishTable(reader, ctx, error))
        return false;
    date.settle(out.date);
    reader.finish();
    matcher.addNotes();
    return true;
}

bool loadService(RowSource& src, TableReport& report, LoadContext& ctx,
                 const CustomerData& customers, ServiceData& out, Message& error) {
    enum Slot : std::size_t { Customer, Score, Status, Date };
    TableReader reader(SourceTable::CustomerService, src, report, ctx.options, ctx.observer,
                       ctx.allTablesBytes, ctx.columnMap);
    if (!reader.mapColumns(tableColumns(SourceTable::CustomerService), error))
        return false;
    CustomerMatcher matcher(customers, report, reader, Customer);
    DateField date(reader, Date);
    ColumnSizer sizer(src);
    while (reader.next()) {
        matcher.lookAhead();
        sizer.count(out.row, out.satisfaction, out.resolved, out.date);
        std::string_view customer;
        if (!readKey(reader, Customer, customer))
            continue;
        const std::int32_t row = matcher.match(customer);
        if (row < 0)
            continue;
        const std::size_t index = out.row.size();
        out.row.push_back(row);
        out.satisfaction.push_back(readOptionalReal(reader, Score));
        out.resolved.push_back(equalsWordIgnoringCase(reader.field(Status), "resolved") ? 1 : 0);
        out.date.push_back(date.read(index));
    }
    if (!finishTable(reader, ctx, error))
        return false;
    date.settle(out.date);
    reader.finish();
    matcher.addNotes();
    return true;
}

bool loadResponses(RowSource& src, TableReport& report, LoadContext& ctx,
                   const CustomerData& customers, const CampaignData& campaigns, ResponseData& out,
                   Message& error) {
    enum Slot : std::size_t { Customer, Campaign, Type, Date };
    TableReader reader(SourceTable::CampaignResponses, src, report, ctx.options, ctx.observer,
                       ctx.allTablesBytes, ctx.columnMap);
    if (!reader.mapColumns(tableColumns(SourceTable::CampaignResponses), error))
        return false;
    CustomerMatcher matcher(customers, report, reader, Customer);
    DateField date(reader, Date);
    ColumnSizer sizer(src);
    while (reader.next()) {
        matcher.lookAhead();
        sizer.count(out.row, out.campaign, out.positive, out.date);
        std::string_view customer, campaign;
        if (!readKey(reader, Customer, customer) || !readKey(reader, Campaign, campaign))
            continue;
        const std::int32_t row = matcher.match(customer);
        if (row < 0)
            continue;
        const std::int32_t campaignIndex = campaigns.campaignIds.find(campaign);
        const std::size_t index = out.row.size();
        out.row.push_back(row);
        out.campaign.push_back(campaignIndex);
        out.positive.push_back(equalsWordIgnoringCase(reader.field(Type), "positive") ? 1 : 0);
        out.date.push_back(date.read(index));
    }
    if (!finishTable(reader, ctx, error))
        return false;
    date.settle(out.date);
    reader.finish();
    matcher.addNotes();
    return true;
}

bool loadSessions(RowSource& src, TableReport& report, LoadContext& ctx,
                  const CustomerData& customers, SessionData& out, Message& error) {
    enum Slot : std::size_t { Customer, Pages, Time, Date };
    TableReader reader(SourceTable::WebsiteBehavior, src, report, ctx.options, ctx.observer,
                       ctx.allTablesBytes, ctx.columnMap);
    if (!reader.mapColumns(tableColumns(SourceTable::WebsiteBehavior), error))
        return false;
    CustomerMatcher matcher(customers, report, reader, Customer);
    DateField date(reader, Date);
    ColumnSizer sizer(src);
    while (reader.next()) {
        matcher.lookAhead();
        sizer.count(out.row, out.pages, out.time, out.date);
        std::string_view customer;
        if (!readKey(reader, Customer, customer))
            continue;
        const std::int32_t row = matcher.match(customer);
        if (row < 0)
            continue;
        const std::size_t index = out.row.size();
        out.row.push_back(row);
        out.pages.push_back(readOptionalReal(reader, Pages));
        out.time.push_back(readOptionalReal(reader, Time));
        out.date.push_back(date.read(index));
    }
    if (!finishTable(reader, ctx, error))
        return false;
    date.settle(out.date);
    reader.finish();
    matcher.addNotes();
    return true;
}

} // namespace c360

#include "customer_table_model.h"

#include "filter_parts.h"
#include "values/date.h"

#include <QDate>

namespace c360::ui {

CustomerTableModel::CustomerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CustomerTableModel::setTable(std::shared_ptr<const Customer360> table) {
    beginResetModel();
    table_ = std::move(table);
    rows_.clear();
    if (table_)
        for (std::size_t i = 0; i < table_->rowCount(); ++i)
            rows_.push_back(static_cast<std::uint32_t>(i));
    endResetModel();
}

void CustomerTableModel::setRows(std::vector<std::uint32_t> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

void CustomerTableModel::setLocale(const QLocale& locale) {
    locale_ = locale;
    dateFormat_ = fourDigitYearDateFormat(locale);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CustomerTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= static_cast<int>(kColumnCount))
        return;
    emit sortRequested(static_cast<Column>(column), order == Qt::DescendingOrder);
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !table_ ? 0 : static_cast<int>(rows_.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(kColumnCount);
}

QString CustomerTableModel::columnTitle(Column column) {
    switch (column) {
    case Column::CustomerId:
        //: Column title; the customer's identifier in the source system
        return tr("Customer id");
    case Column::FirstName:
        //: Column title; a column of customer_360 (first_name)
        return tr("First name");
    case Column::LastName:
        //: Column title; a column of customer_360 (last_name)
        return tr("Last name");
    case Column::Email:
        //: Column title; a column of customer_360 (email)
        return tr("Email");
    case Column::PhoneNumber:
        //: Column title; a column of customer_360 (phone_number)
        return tr("Phone number");
    case Column::DateOfBirth:
        //: Column title; a column of customer_360 (date_of_birth)
        return tr("Date of birth");
    case Column::RegistrationDate:
        //: Column title; a column of customer_360 (registration_date)
        return tr("Registration date");
    case Column::Age:
        //: Column title; the customer's age in years on the snapshot date
        return tr("Age");
    case Column::DaysSinceRegistration:
        //: Column title; days between registration and the snapshot date ('as of')
        return tr("Days since registration");
    case Column::TotalPurchases:
        //: Column title; number of distinct orders (transactions)
        return tr("Total purchases");
    case Column::TotalSpend:
        //: Column title; sum of the amounts of all purchases, in the shop's currency
        return tr("Total spend");
    case Column::AvgPurchaseValue:
        //: Column title; total spend divided by the number of purchases
        return tr("Avg purchase value");
    case Column::LastPurchaseDate:
        //: Column title; a column of customer_360 (last_purchase_date)
        return tr("Last purchase date");
    case Column::DaysSinceLastPurchase:
        //: Column title; days between the last purchase and the snapshot date ('as of')
        return tr("Days since last purchase");
    case Column::FavoriteCategory:
        //: Column title; the product category the customer spent most on
        return tr("Favourite category");
    case Column::FavoriteBrand:
        //: Column title; the brand the customer spent most on
        return tr("Favourite brand");
    case Column::TotalInteractions:
        //: Column title; customer service contacts (tickets, calls, chats)
        return tr("Total interactions");
    case Column::AvgSatisfactionScore:
        //: Column title; mean satisfaction rating given after service contacts (1 to 5)
        return tr("Avg satisfaction score");
    case Column::ResolvedInteractions:
        //: Column title; service contacts marked as resolved
        return tr("Resolved interactions");
    case Column::CampaignsEngaged:
        //: Column title; distinct marketing campaigns the customer responded to in any way
        return tr("Campaigns engaged");
    case Column::PositiveResponses:
        //: Column title; campaign responses that were clicks or conversions
        return tr("Positive responses");
    case Column::TotalSessions:
        //: Column title; visits to the website
        return tr("Total sessions");
    case Column::AvgPagesPerSession:
        //: Column title; mean number of pages viewed per website visit
        return tr("Avg pages per session");
    case Column::AvgTimePerSession:
        //: Column title; mean duration of a website visit, in minutes
        return tr("Avg time per session");
    case Column::CustomerValueSegment:
        //: Column title; High / Medium / Low, from total spend
        return tr("Customer value segment");
    case Column::CustomerStatusColumn:
        //: Column title; Active / At Risk / Churned / Never Purchased, from days since the last
        //: purchase
        return tr("Customer status");
    case Column::IssueResolutionRate:
        //: Column title; share of service contacts that were resolved
        return tr("Issue resolution rate");
    case Column::CampaignResponseRate:
        //: Column title; share of campaign responses that were positive
        return tr("Campaign response rate");
    case Column::WebsiteEngagementRate:
        //: Column title; share of website visits that were not bounces
        return tr("Website engagement rate");
    }
    return {};
}

QString CustomerTableModel::displayText(Column column, std::uint32_t row) const {
    const Customer360& t = *table_;
    if (t.isNull(column, row))
        return {};
    switch (columnInfo(column).kind) {
    case ColumnKind::Integer:
        return locale_.toString(t.integerValue(column, row));
    case ColumnKind::Decimal:
        return locale_.toString(t.realValue(column, row), 'f', 2);
    case ColumnKind::Real:
        return locale_.toString(t.realValue(column, row), 'g', 4);
    case ColumnKind::Date: {
        std::string iso;
        t.appendCell(iso, column, row);
        const QDate date = QDate::fromString(QString::fromLatin1(iso.c_str()), Qt::ISODate);
        return locale_.toString(date, dateFormat_);
    }
    case ColumnKind::Segment:
        return segmentLabel(t.valueSegment[row]);
    case ColumnKind::Status:
        return statusLabel(t.customerStatus[row]);
    default: {
        std::string text;
        t.appendCell(text, column, row);
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
    }
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const {
    if (!table_ || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto column = static_cast<Column>(index.column());
    const std::uint32_t row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, row);
    case Qt::AccessibleTextRole: {
        // A screen reader says "no value" rather than nothing for an empty cell.
        const QString text = displayText(column, row);
        return text.isEmpty() ? tr("no value") : text;
    }
    case Qt::TextAlignmentRole: {
        const ColumnKind kind = columnInfo(column).kind;
        const bool number =
            kind == ColumnKind::Integer || kind == ColumnKind::Decimal || kind == ColumnKind::Real;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= static_cast<int>(kColumnCount))
        return {};
    const auto column = static_cast<Column>(section);
    if (role == Qt::ToolTipRole)
        return QString::fromLatin1(columnInfo(column).name.data(),
                                   static_cast<qsizetype>(columnInfo(column).name.size()));
    return columnTitle(column);
}

} // namespace c360::ui

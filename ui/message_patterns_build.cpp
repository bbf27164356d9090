// The workbench's words for columns, records, values, dates and the outcome of a build.
// Every case's text is the core's English (core/messages/kinds_*.inc) word for word, apart from
// %Ln for a count: tests/ui_messages compares them.
#include "message_patterns.h"

#include <QCoreApplication>

namespace c360::ui::message_patterns {

namespace {

// The translation context of every message the engine reports.
class Messages {
    Q_DECLARE_TR_FUNCTIONS(c360::ui::Messages)
};

// Columns and records.
QString columnsAndRecords(MessageKind kind) {
    using K = MessageKind;
    switch (kind) {
    case K::MappedHeaderMissing:
        //: %1: the table's file; %2: table; %3: column; %4: the header the mapping names; %5: the
        //: file's header (list).
        return Messages::tr("%1: the mapping reads %2.%3 from the column \"%4\", which the "
                            "header does not have. The header has: %5. Correct the mapping and "
                            "run the build again.");
    case K::TwoColumnsReadAsOne:
        //: %1: the first header; %2: the second header; %3: the column both are read as.
        return Messages::tr("Two columns, \"%1\" and \"%2\", both read as %3; the first one is "
                            "used. Rename the other if it is the one you meant.");
    case K::MissingColumn:
        //: %1 is the table's file; %2 the table; %3 the missing column; %4 the file's header
        //: (quoted names); %5 the hints that follow (sentences).
        return Messages::tr("%1: the table %2 needs the column %3, which the header does not "
                            "have. The header has: %4. %5");
    case K::MissingColumns:
        //: %1 is the table's file; %2 the table; %3 the missing columns (a list); %4 the file's
        //: header (quoted names); %5 the hints that follow (sentences).
        return Messages::tr("%1: the table %2 needs the columns %3, which the header does not "
                            "have. The header has: %4. %5");
    case K::DidYouMean:
        //: %1 is a column of the file, %2 the column the table needs; %3 the hints that follow
        //: (sentences).
        return Messages::tr("Did you mean \"%1\" for %2? %3");
    case K::FirstLineLooksLikeData:
        //: %1 is the hints that follow (sentences).
        return Messages::tr("The first line looks like data, not column names: the file needs a "
                            "header line naming its columns. %1");
    case K::HeaderSeemsOtherDelimiter:
        //: %2 names the delimiter ("semicolons"); %1 is the value for --delimiter ("semicolon"),
        //: written as it is.
        return Messages::tr("The first line seems to separate columns with %2, but the file was "
                            "read with another separator. Give --delimiter %1 (or drop a "
                            "--delimiter that says otherwise) and run the build again.");
    case K::RenameOrMapColumn:
        //: %1 is a table, %2 a column; --map TABLE.COLUMN="Column name" is an option, written as it
        //: is.
        return Messages::tr("Rename the column in the file's first line, or say which column it "
                            "is with --map %1.%2=\"Column name\", and run the build again.");
    case K::UnclosedQuote:
        //: %1: the line the quote opened on (a number); %2: the file's last line (a number).
        return Messages::tr("A quote opened on line %1 is never closed, so everything from there "
                            "to the end of the file (line %2) was read as one value. Close the "
                            "quote (or double it inside the value) and run the build again.");
    case K::RowTooLong:
        //: %1 is the row's size in MB (a decimal number); %2 and %3 are line numbers.
        return Messages::tr("This row is %1 MB long (lines %2 to %3). No customer record is that "
                            "large: most likely a quote is never closed or the file is not CSV "
                            "text. The row was left out; check the file there.");
    case K::ValueTooLong:
        //: %1: the column's header; %2: the value's size in MB (decimal).
        return Messages::tr("The value in column \"%1\" is %2 MB long, more than the 1 MB a "
                            "value may have. Most likely a quote is never closed; the row was "
                            "left out.");
    case K::ValueTooLongInColumnNumber:
        //: %1: the column's position (number); %2: the value's size in MB (decimal).
        return Messages::tr("The value in column %1 is %2 MB long, more than the 1 MB a value "
                            "may have. Most likely a quote is never closed; the row was left out.");
    case K::RaggedRow:
        //: %1: fields in the row (a number); %2: fields in the header (a number).
        return Messages::tr("The row has %1 fields but the header has %2. A delimiter inside a "
                            "value needs quotes around the value; check this line in the file.");
    case K::RaggedRowKept:
        //: %1 is the number of fields in the row, %2 the number in the header.
        return Messages::tr("The row has %1 fields but the header has %2.");
    case K::NulByteInRow:
        return Messages::tr("The row holds a NUL byte (binary data), kept as it is. Check where "
                            "the file came from; a text export has none.");
    case K::TextAfterClosingQuote:
        return Messages::tr("Text follows a closing quote; it was kept as part of the value. "
                            "Quote the whole value if that is not what you meant.");
    case K::StoppedAtFirstRejection:
        //: %1 is a file name, %2 a line number; %3 is why the row was rejected (a sentence).
        return Messages::tr("Stopped at the first rejected row, as asked: %1, line %2: %3 "
                            "Correct it and run the build again, or leave out --on-error stop to "
                            "skip such rows and have them reported.");
    default:
        return {};
    }
}

// Values and dates.
QString valuesAndDates(MessageKind kind) {
    using K = MessageKind;
    switch (kind) {
    case K::KeyEmpty:
        //: %1 is the column's name in the file (customer_id, …).
        return Messages::tr("%1 is empty, so the row cannot be linked to anything. Fill it in or "
                            "delete the row.");
    case K::DuplicateCustomerId:
        //: %1: the value as written.
        return Messages::tr("customer_id \"%1\" appeared on an earlier line; the first row is "
                            "kept and this one is left out. Remove or merge the duplicate.");
    case K::DuplicateProductId:
        //: %1: the value as written.
        return Messages::tr("product_id \"%1\" appeared on an earlier line; the first row is "
                            "kept. Remove the duplicate.");
    case K::DuplicateCampaignId:
        //: %1: the value as written.
        return Messages::tr("campaign_id \"%1\" appeared on an earlier line; the first row is "
                            "kept. Remove the duplicate.");
    case K::NotANumber:
        //: %1: the value as written.
        return Messages::tr("\"%1\" is not a number. The value was read as empty; correct it in "
                            "the file if it matters.");
    case K::AmountEmpty:
        return Messages::tr("total_amount is empty, so the line has no value. Fill in the amount "
                            "(0 if it was free) or delete the line.");
    case K::AmountTooLarge:
        //: %1: the value as written.
        return Messages::tr("\"%1\" is too large to be an amount. The line was left out; correct "
                            "it and run the build again.");
    case K::NotAnAmount:
        //: %1: the value as written; %2: an amount written the file's way ("1234,56").
        return Messages::tr("\"%1\" is not an amount (write it like %2). The line was left out; "
                            "correct it and run the build again.");
    case K::AmountRounded:
        //: %1: the value as written; %2: the amount it was rounded to (decimal).
        return Messages::tr("\"%1\" has more than 4 decimals; it was rounded to %2.");
    case K::DateUnreadable:
        //: %1: the value as written.
        return Messages::tr("\"%1\" is not a date this program reads (YYYY-MM-DD, optionally "
                            "with a time; DD.MM.YYYY; MM/DD/YYYY or DD/MM/YYYY). The value was "
                            "read as empty; correct it in the file if the date matters.");
    case K::DateNotDayFirstAsChosen:
        //: %1: the value as written.
        return Messages::tr("\"%1\" is not a date when read day first (dmy), the order chosen "
                            "(--date-order or the mapping file). The value was read as empty; "
                            "check the order or the value.");
    case K::DateNotMonthFirstAsChosen:
        //: %1: the value as written.
        return Messages::tr("\"%1\" is not a date when read month first (mdy), the order chosen "
                            "(--date-order or the mapping file). The value was read as empty; "
                            "check the order or the value.");
    case K::SlashDatesDayFirstByValues:
        //: %1: the column's header; %2: a value that shows the order.
        return Messages::tr("Slash dates in %1 were read day first (DD/MM/YYYY), as values like "
                            "\"%2\" show.");
    case K::SlashDatesMonthFirstByValues:
        //: %1: the column's header; %2: a value that shows the order.
        return Messages::tr("Slash dates in %1 were read month first (MM/DD/YYYY), as values "
                            "like \"%2\" show.");
    case K::SlashDatesDayFirstByOtherColumn:
        //: %1: the column's header.
        return Messages::tr("Slash dates in %1 were read day first (DD/MM/YYYY), as another date "
                            "column of the file shows.");
    case K::SlashDatesMonthFirstUnsettled:
        //: %1: the column's header.
        return Messages::tr("Slash dates in %1 were read month first (MM/DD/YYYY): no value says "
                            "which; choose with --date-order if that is wrong.");
    case K::DateNotDayFirst:
        //: %1: the value as written.
        return Messages::tr("\"%1\" does not fit this column's date order (day first). The value "
                            "was read as empty; write dates one way throughout the column.");
    case K::DateNotMonthFirst:
        //: %1: the value as written.
        return Messages::tr("\"%1\" does not fit this column's date order (month first). The "
                            "value was read as empty; write dates one way throughout the column.");
    case K::DateNotDayFirstMixed:
        //: %1: the value as written.
        return Messages::tr("\"%1\" does not fit this column's date order (day first, but the "
                            "column mixes both orders). The value was read as empty; write dates "
                            "one way throughout the column.");
    case K::DateNotMonthFirstMixed:
        //: %1: the value as written.
        return Messages::tr("\"%1\" does not fit this column's date order (month first, but the "
                            "column mixes both orders). The value was read as empty; write dates "
                            "one way throughout the column.");
    case K::BirthDateAfterAsOf:
        //: %1: the birth date as written; %2: as_of (YYYY-MM-DD).
        return Messages::tr("\"%1\" is after as_of (%2): age is left empty. Check the date.");
    case K::BirthDateReadAfterAsOf:
        //: %1 is the birth date as written, %2 the date it was read as, %3 the as-of date (both
        //: YYYY-MM-DD).
        return Messages::tr("\"%1\" (%2) is after as_of (%3): age is left empty. Check the date.");
    default:
        return {};
    }
}

// The build's notes and outcome.
QString notesAndOutcome(MessageKind kind, int n) {
    using K = MessageKind;
    switch (kind) {
    case K::OrphanRows:
        //: %Ln is the number of rows; %2 some of their customer ids, quoted and separated by
        //: commas.
        return Messages::tr("%Ln rows refer to customers not in customer_info and were left out "
                            "(for example %2).",
                            nullptr, n);
    case K::RowsOfCustomersLeftOut:
        //: %Ln is the number of rows.
        return Messages::tr("%Ln rows belong to customers registered after as_of and were left "
                            "out with them.",
                            nullptr, n);
    case K::UnknownProducts:
        //: %Ln is the number of purchase lines.
        return Messages::tr("%Ln lines name a product_id that is not in product_catalog: they "
                            "count towards purchases and spend, not towards favourites.",
                            nullptr, n);
    case K::UnknownCampaigns:
        //: %Ln is the number of responses.
        return Messages::tr("%Ln responses name a campaign_id that is not in "
                            "marketing_campaigns: they do not count as engagement.",
                            nullptr, n);
    case K::NoTableCsvInFolder:
        //: %1: the table.
        return Messages::tr("No %1.csv in the folder: read as an empty table.");
    case K::NoTableInDatabase:
        //: %1: the table.
        return Messages::tr("No table or view named %1 in the database: read as an empty table.");
    case K::BuildCancelled:
        return Messages::tr("The build was cancelled.");
    case K::TotalSpendTooLarge:
        return Messages::tr("A customer's total spend is too large to add up exactly (over 900 "
                            "trillion). Check total_amount in purchase_transactions for values "
                            "in the wrong unit or with misplaced decimal points.");
    case K::TableCannotBeUsed:
        return Messages::tr("A table cannot be used; see its error.");
    default:
        return {};
    }
}

} // namespace

QString build(MessageKind kind, int n) {
    for (const QString& pattern :
         {columnsAndRecords(kind), valuesAndDates(kind), notesAndOutcome(kind, n)})
        if (!pattern.isEmpty())
            return pattern;
    return {}; // another area's kind
}

} // namespace c360::ui::message_patterns

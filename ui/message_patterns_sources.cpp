// The workbench's words for the sniffer, CSV files, databases, folders and the user's choices.
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

// The sniffer's reasons and how a CSV file was read.
QString sniffedAndRead(MessageKind kind, int n) {
    using K = MessageKind;
    switch (kind) {
    case K::SniffedDelimiter:
        //: %4 names the delimiter ("semicolons"); %1 is the number of columns, %2 and %3 numbers of
        //: sampled rows.
        return Messages::tr("Columns are separated by %4: %1 columns, %2 of %3 sampled rows have "
                            "that many.");
    case K::SniffedOneColumn:
        return Messages::tr("Only one column was found; read as comma-separated.");
    case K::SniffedDataInFirstLine:
        return Messages::tr("The first line holds numbers or dates, so it looks like data, not a "
                            "header.");
    case K::SniffedDecimalComma:
        //: %1: how many sampled values (number).
        return Messages::tr("Numbers use a decimal comma (%1 sampled values like 12,50).");
    case K::SniffedDecimalPoint:
        //: %1: how many sampled values (number).
        return Messages::tr("Numbers use a decimal point (%1 sampled values like 12.50).");
    case K::Utf8ByteOrderMarkSkipped:
        return Messages::tr("The file is UTF-8 and starts with a byte order mark; the mark was "
                            "skipped.");
    case K::ReadAsChosenEncoding:
        //: %1: the encoding's name.
        return Messages::tr("Read as %1, as chosen.");
    case K::ConvertedWithByteOrderMark:
        //: %1: the encoding's name.
        return Messages::tr("The file is %1 (it starts with a byte order mark); it was converted "
                            "to UTF-8.");
    case K::ReadAsWindows1252:
        return Messages::tr("The file is not UTF-8; it was read as Windows-1252 (Western "
                            "European, as older Excel versions save CSV). If letters look wrong, "
                            "choose the file's encoding.");
    case K::ConvertedWithoutByteOrderMark:
        //: %1: the encoding's name.
        return Messages::tr("The file looks like %1 without a byte order mark; it was converted "
                            "to UTF-8.");
    case K::DelimiterAsChosen:
        //: %1 names the delimiter ("semicolons").
        return Messages::tr("Columns are separated by %1, as chosen.");
    case K::DelimiterDetected:
        //: %1 names the delimiter ("semicolons").
        return Messages::tr("Columns are separated by %1 (detected).");
    case K::DecimalComma:
        return Messages::tr("Numbers are read with a decimal comma (12,50).");
    case K::DecimalCommaDotThousands:
        return Messages::tr("Numbers are read with a decimal comma (12,50) and '.' between "
                            "thousands.");
    case K::CommaThousands:
        return Messages::tr("Numbers are read with ',' between thousands (1,234.50).");
    case K::UndecodableBytes:
        //: %Ln is the number of bytes; %2 the encoding's name ("UTF-8").
        return Messages::tr("%Ln bytes could not be read as %2 and were replaced by �; see the "
                            "warnings for their lines.",
                            nullptr, n);
    case K::EmptyFile:
        return Messages::tr("The file is empty: the table is read as having no rows.");
    case K::ReadFromFiles:
        //: %1: how many files (number, at least 2).
        return Messages::tr("Read from %1 files, one after another.");
    default:
        return {};
    }
}

// Undecodable bytes, files that are not CSV, gzip.
QString unreadableContent(MessageKind kind) {
    using K = MessageKind;
    switch (kind) {
    case K::InvalidUtf8Byte:
        //: %1: the byte in hex ("0xE9").
        return Messages::tr("The byte %1 is not valid UTF-8; it was replaced by �. Save the file "
                            "as UTF-8, or choose its encoding, if letters on this line look "
                            "wrong.");
    case K::UnpairedUtf16Surrogate:
        //: %1: the unit in hex ("0xD800").
        return Messages::tr("The UTF-16 surrogate %1 has no pair; it was replaced by �. Save the "
                            "file as UTF-8, or choose its encoding, if letters on this line look "
                            "wrong.");
    case K::HalfUtf16Character:
        return Messages::tr("The last byte is half of a UTF-16 character; it was replaced by �. "
                            "Save the file as UTF-8, or choose its encoding, if letters on this "
                            "line look wrong.");
    case K::FileIsNotCsv:
        //: %1 is a file name; %2 completes the sentence with what the file is ("is a zip archive,
        //: …").
        return Messages::tr("%1 %2");
    case K::CompressedFileIsNotCsv:
        //: %1 is a .csv.gz file name; %2 completes the sentence with what the file inside is ("is a
        //: zip archive, …").
        return Messages::tr("%1 holds a file that %2");
    case K::ContentIsZipArchive:
        //: Completes "FILE …" and "FILE holds a file that …".
        return Messages::tr("is a zip archive, most likely an Excel workbook (.xlsx) or "
                            "OpenDocument spreadsheet (.ods) with a .csv name. Open it in your "
                            "spreadsheet program and save it as \"CSV UTF-8\".");
    case K::ContentIsOldExcel:
        //: Completes "FILE …" and "FILE holds a file that …".
        return Messages::tr("is an old Excel workbook (.xls) with a .csv name. Open it in Excel "
                            "and save it as \"CSV UTF-8\".");
    case K::ContentIsSqlite:
        //: Completes "FILE …" and "FILE holds a file that …".
        return Messages::tr("is a SQLite database, not a CSV file. Give the database itself as "
                            "the source.");
    case K::ContentIsParquet:
        //: Completes "FILE …" and "FILE holds a file that …".
        return Messages::tr("is a Parquet file. Export the table as CSV and try again.");
    case K::ContentIsPdf:
        //: Completes "FILE …" and "FILE holds a file that …".
        return Messages::tr("is a PDF document, not a table. Export the data as CSV and try "
                            "again.");
    case K::ContentIsJson:
        //: Completes "FILE …" and "FILE holds a file that …".
        return Messages::tr("is a JSON file, not CSV. Export the table as CSV (most tools offer "
                            "it next to JSON) and try again.");
    case K::ContentIsBinary:
        //: Completes "FILE …" and "FILE holds a file that …".
        return Messages::tr("contains binary data (NUL bytes), so it is not a text CSV file. "
                            "Export the table as CSV and try again.");
    case K::GzipCannotStart:
        //: Completes "FILE.csv.gz: …".
        return Messages::tr("cannot start decompressing the file.");
    case K::GzipDamaged:
        //: Completes "FILE.csv.gz: …"; %1 is the decompressor's own words, in English.
        return Messages::tr("the compressed data is damaged (%1). Compress the file again, or "
                            "give the plain CSV.");
    case K::GzipTooLarge:
        //: Completes "FILE.csv.gz: …".
        return Messages::tr("decompresses to more than 8 GB. Split it into several files.");
    case K::GzipCannotContinue:
        //: Completes "FILE.csv.gz: …".
        return Messages::tr("cannot continue decompressing the file.");
    case K::GzipEndsEarly:
        //: Completes "FILE.csv.gz: …".
        return Messages::tr("the compressed file ends too early. Copy it again.");
    default:
        return {};
    }
}

// Opening files and databases.
QString filesAndDatabases(MessageKind kind) {
    using K = MessageKind;
    switch (kind) {
    case K::CannotReadFile:
        //: %1 is a file name; %2 is the reason (the system's words, or "it is a folder, not a
        //: file").
        return Messages::tr("Cannot read %1: %2. Check that the file exists, is not open "
                            "exclusively in another program, and that you may read it.");
    case K::FileHasOtherColumns:
        //: %1: the file; %2: the table's first file; %3: the file's header (a list of quoted
        //: names).
        return Messages::tr("%1 has other columns than %2, but both are read as one table. Its "
                            "header: %3. Give the files the same columns (or map each file's "
                            "columns the same way) and run the build again.");
    case K::CannotOpenDatabase:
        //: %1: the database file; %2: SQLite's words.
        return Messages::tr("Cannot open the database %1: %2. Check that the file is a SQLite "
                            "database you may read.");
    case K::ReadingDatabaseFailed:
        //: %1: SQLite's words.
        return Messages::tr("Reading the database failed: %1");
    case K::CannotListDatabaseTables:
        //: %1: the database file; %2: SQLite's words.
        return Messages::tr("Cannot read the list of tables in %1: %2. The file may be damaged "
                            "or not a SQLite database.");
    case K::NoSuchDatabaseTable:
        //: %1: the database file; %2: the table asked for; %3: the tables it holds (a list).
        return Messages::tr("The database %1 has no table or view named \"%2\". It holds: %3.");
    case K::DatabaseWithoutTables:
        //: %1: the database file.
        return Messages::tr("The database %1 has no table or view named customer_info. It holds "
                            "no tables at all. Create a view named customer_info over your "
                            "customer table (one row per customer, with a customer_id column), "
                            "or name the table with --table customer_info=TABLE, and run the "
                            "build again.");
    case K::DatabaseWithoutCustomerInfo:
        //: %1: the database file; %2: the tables it holds (a list).
        return Messages::tr("The database %1 has no table or view named customer_info. It holds: "
                            "%2. Create a view named customer_info over your customer table (one "
                            "row per customer, with a customer_id column), or name the table "
                            "with --table customer_info=TABLE, and run the build again.");
    case K::CannotReadDatabaseTable:
        //: %1: the table; %2: the database file; %3: SQLite's words.
        return Messages::tr("Cannot read the table %1 in %2: %3. If it is a view, check that the "
                            "tables it reads exist.");
    default:
        return {};
    }
}

// Finding the tables, the user's choices and mapping files.
QString tablesAndChoices(MessageKind kind) {
    using K = MessageKind;
    switch (kind) {
    case K::CannotReadFolder:
        //: %1: the folder; %2: the system's reason.
        return Messages::tr("Cannot read the folder %1: %2. Check that it exists and that you "
                            "may open it.");
    case K::NoFileMatches:
        //: %1: the pattern; %2: the source folder.
        return Messages::tr("No file matches \"%1\" (looked in %2 and in the current folder). "
                            "Check the name given with --table.");
    case K::SourceDoesNotExist:
        //: %1: the source.
        return Messages::tr("The source %1 does not exist. Give a folder of CSV files or a "
                            "SQLite database file.");
    case K::SourceIsNeitherFolderNorDatabase:
        //: %1: the source.
        return Messages::tr("The source %1 is neither a folder nor a SQLite database. Give the "
                            "folder that holds customer_info.csv and the other tables, or a "
                            ".sqlite/.db file.");
    case K::MappedColumnNotInTable:
        //: %1: the table; %2: the column; %3: the table's columns (a list).
        return Messages::tr("The table %1 has no column %2 to map. Its columns are: %3.");
    case K::FolderWithoutCsvFiles:
        //: %1: the folder.
        return Messages::tr("No customer_info.csv in %1. The folder holds no .csv files at all. "
                            "Put the customer list in a file named customer_info.csv (one row "
                            "per customer, with a customer_id column) and run the build again "
                            "(or name the file with --table customer_info=FILE).");
    case K::FolderWithoutCustomerInfo:
        //: %1: the folder; %2: the .csv files it holds (a list).
        return Messages::tr("No customer_info.csv in %1. The folder holds: %2. Put the customer "
                            "list in a file named customer_info.csv (one row per customer, with "
                            "a customer_id column) and run the build again (or name the file "
                            "with --table customer_info=FILE).");
    case K::NotATable:
        //: %1: the name given; %2: the tables (a list).
        return Messages::tr("\"%1\" is not one of the tables (%2).");
    case K::MapNeedsTableColumnHeader:
        return Messages::tr("--map needs TABLE.COLUMN=HEADER, for example --map "
                            "purchase_transactions.transaction_id=\"Order ID\".");
    case K::MapUnknownColumn:
        //: %1: the table; %2: the column; %3: the table's columns (a list).
        return Messages::tr("The table %1 has no column \"%2\" to map. Its columns are: %3.");
    case K::MapWithoutHeader:
        //: %1: the value given.
        return Messages::tr("--map %1 names no source column after '='.");
    case K::TableNeedsTableFile:
        return Messages::tr("--table needs TABLE=FILE, for example --table "
                            "purchase_transactions=orders_2024.csv or ='sales/*.csv'.");
    case K::UnknownDateOrder:
        //: %1: the value given.
        return Messages::tr("Unknown date order \"%1\". Use dmy (31/01/2025) or mdy (01/31/2025).");
    case K::UnknownEncoding:
        //: %1: the value given.
        return Messages::tr("Unknown encoding \"%1\". Use utf-8, utf-16le, utf-16be, "
                            "windows-1252 or latin1.");
    case K::UnknownDelimiter:
        //: %1: the value given.
        return Messages::tr("Unknown delimiter \"%1\". Use comma, semicolon, tab, pipe, or the "
                            "character itself.");
    case K::UnknownDecimalMark:
        //: %1: the value given.
        return Messages::tr("Unknown decimal mark \"%1\". Use . or ,");
    case K::UnknownSetting:
        //: %1: the setting's name.
        return Messages::tr("Unknown setting \"%1\".");
    case K::CannotReadMappingFile:
        //: %1: the mapping file.
        return Messages::tr("Cannot read the mapping file %1. Check the name.");
    case K::MappingSectionSyntax:
        //: Completes "MAPPING FILE, line N: …". [table_name] is written as it is.
        return Messages::tr("a section is written [table_name].");
    case K::MappingExpectsNameValue:
        //: Completes "MAPPING FILE, line N: …". "name = value" is written as it is.
        return Messages::tr("expected \"name = value\".");
    case K::MappingSettingOutsideSection:
        //: Completes "MAPPING FILE, line N: …"; %1 is a setting's name (file, table). [table] is
        //: written as it is.
        return Messages::tr("\"%1\" belongs in a [table] section.");
    case K::MappingColumnsOutsideSection:
        //: Completes "MAPPING FILE, line N: …". [table] is written as it is.
        return Messages::tr("column mappings belong in a [table] section.");
    default:
        return {};
    }
}

} // namespace

QString sources(MessageKind kind, int n) {
    for (const QString& pattern : {sniffedAndRead(kind, n), unreadableContent(kind),
                                   filesAndDatabases(kind), tablesAndChoices(kind)})
        if (!pattern.isEmpty())
            return pattern;
    return {}; // another area's kind
}

} // namespace c360::ui::message_patterns

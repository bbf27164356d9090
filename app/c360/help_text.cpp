#include "help_text.h"

namespace c360::cli {

const char* const kMainHelp =
    R"(c360 - build a customer_360 table (one row per customer) from your exports

Usage:
  c360 build SOURCE -o OUT [options]     compute customer_360 from CSV files or a SQLite file
  c360 inspect SOURCE                    show how the sources would be read, without building
  c360 export WORKSPACE -o OUT.csv       write the customers matching filters as CSV
  c360 segments WORKSPACE                list the workspace's saved segments and their sizes
  c360 generate --customers N -o DIR     write realistic synthetic sources (for demos and tests)
  c360 --version                         print the version
  c360 COMMAND --help                    explain one command

SOURCE is a folder holding customer_info.csv, purchase_transactions.csv, product_catalog.csv,
customer_service.csv, campaign_responses.csv, marketing_campaigns.csv and website_behavior.csv
(only customer_info.csv is required), or a SQLite database with tables or views of those names.
)";

const char* const kBuildHelp = R"(c360 build SOURCE -o OUT [options]

Computes customer_360 (29 columns per customer) from SOURCE: a folder of CSV files named after
the tables (customer_info.csv, purchase_transactions.csv, ...) or a SQLite database holding
tables or views with those names. Only customer_info is required.

  -o, --output OUT       OUT.csv: the table as CSV (UTF-8, comma, LF, header row).
                         OUT.c360 / .sqlite / .db: a workspace for the workbench, with the
                         table, how it was built and the build report. Building over an
                         existing workspace keeps the segments saved in it.
  --as-of YYYY-MM-DD     the snapshot date (default: today). Rows dated after it are left out.
  --high-spend N         total spend above N is "High" (default 1000)
  --medium-spend N       total spend above N is "Medium" (default 500)
  --active-days N        last purchase at most N days ago is "Active" (default 30)
  --at-risk-days N       at most N days ago is "At Risk" (default 90), older is "Churned"
  --threads N            worker threads (default: one per core); the result is the same for any N
  --report FILE.json     write the build report: counts per table and every problem found

Reading the sources (each is detected when not given; TABLE= limits it to one table):
  --table TABLE=FILE     read TABLE from FILE instead of TABLE.csv; a pattern such as
                         'sales/*.csv' reads several files as one table; in a SQLite source,
                         FILE is the name of a table or view
  --map TABLE.COLUMN=HEADER
                         read the contract's COLUMN from the source column HEADER, e.g.
                         --map purchase_transactions.transaction_id="Order ID"
  --mapping FILE         all of the above from a mapping file (see docs/import.md)
  --encoding [TABLE=]NAME    utf-8, utf-16le, utf-16be, windows-1252 or latin1
  --delimiter [TABLE=]CHAR   comma, semicolon, tab, pipe or the character
  --decimal [TABLE=]CHAR     . or , (the decimal mark of numbers)
  --date-order [TABLE=]ORDER dmy (31/01/2025) or mdy (01/31/2025), for slash dates
  --max-issues N         problems listed per table in the report (default 1000; all are counted)
  --rejects FOLDER       write each table's rejected rows to FOLDER/TABLE.rejected.csv: the
                         row as it was, then its file, line and the reason; fix and add back
  --on-error skip|stop   skip: report bad rows and build without them (default); stop: fail
                         at the first bad row and write nothing
  --quiet                print nothing but errors
  --no-progress          no progress line on stderr
  -h, --help             this text

Exit status: 0 built (rejected rows are reported, not fatal), 1 no build possible (say why),
2 the command line is wrong.
)";

const char* const kInspectHelp = R"(c360 inspect SOURCE [options]

Shows what a build would read, without building anything: for each table the file(s), their
encoding, delimiter and decimal mark, which column feeds each of the contract's columns, the
first rows as parsed, and the problems found (rejected rows and warnings, with their lines).

  --json                 the same as JSON (what the workbench's import dialog reads)
  --rows N               how many rows to show per table (default 5)
  --as-of YYYY-MM-DD     the snapshot date for the trial (default: today)
  --table, --map, --mapping, --encoding, --delimiter, --decimal, --date-order
                         as for c360 build: what to read and how (see c360 build --help)
  -h, --help             this text

Exit status: 0 a build is possible, 1 it is not (the output says why), 2 the command line is
wrong.
)";

const char* const kExportHelp = R"TEXT(c360 export WORKSPACE -o OUT.csv [options]

Writes the customers of a workspace (made by c360 build -o X.c360) that match the filters,
as CSV. Filters combine: a customer must match all of them.

  -o, --output OUT.csv       where to write (replaced whole, or not at all)
  --segment NAME             the customers of a segment saved in the workspace (by the
                             workbench; see c360 segments); the filters below narrow it further
  --filter COLUMN=V1[,V2...] keep customers whose COLUMN is one of the values; COLUMN is
                             customer_value_segment (High, Medium, Low), customer_status
                             (Active, "At Risk", Churned, "Never Purchased"), favorite_category
                             or favorite_brand ("(none)" for customers without one)
  --range COLUMN=MIN..MAX    keep customers with MIN <= COLUMN <= MAX; either end may be left
                             out (500.. or ..30); dates as YYYY-MM-DD; any numeric or date column
  --include-missing COLUMN   with --range on COLUMN: also keep customers with no value there
  --search TEXT              id, name, email or phone contains TEXT (any case)
  --columns a,b,...          these columns, in this order (default: all 29)
  --sort COLUMN[:desc]       order by COLUMN (missing values last); default: as in the workspace
  --excel                    UTF-8 with BOM and CRLF line ends, as Excel expects
  --delimiter CHAR           comma (default), semicolon, tab or pipe
  --no-formula-protection    do not prefix text a spreadsheet could run (=, @, +cmd) with '
  --quiet                    print nothing but errors
  -h, --help                 this text
)TEXT";

const char* const kSegmentsHelp = R"(c360 segments WORKSPACE

Lists the segments saved in a workspace (in the workbench's Saved segments list), in their
order, with how many customers each matches. Export one with
c360 export WORKSPACE -o OUT.csv --segment NAME.

  -h, --help             this text

Exit status: 0 listed (also when there are none), 1 the workspace cannot be read, 2 the command
line is wrong.
)";

const char* const kGenerateHelp = R"(c360 generate --customers N -o DIR [options]

Writes the seven source tables with realistic synthetic data: the same seed gives the same
files. The data exercise every rule of the customer_360 contract: duplicate and orphan ids,
rows after as_of, empty values, refunds, multi-line transactions, favourite ties, 29 February
birthdays, spend exactly on the thresholds, non-ASCII names, and commas, quotes and line
breaks inside fields.

  --customers N          how many customers (required)
  -o, --output DIR       write DIR/<table>.csv (a path ending .sqlite or .db writes a database)
  --sqlite FILE          also write the same rows as a SQLite database
  --seed S               random seed (default 1)
  --as-of YYYY-MM-DD     the snapshot date the data is built around (default: today)
  --no-progress          no progress line on stderr
  -h, --help             this text
)";

} // namespace c360::cli

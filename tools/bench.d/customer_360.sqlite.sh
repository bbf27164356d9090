#!/usr/bin/env bash
# The contract in SQLite, for tools/bench: import the seven CSV files with the sqlite3 shell,
# then run tests/differential/customer_360.sql (the SQLite rendition the differential test
# checks the engine against) and write customer_360 as CSV.
# Usage: customer_360.sqlite.sh SOURCE_DIR OUTPUT_CSV AS_OF SCRATCH_DB
set -euo pipefail
source_dir="$1" output="$2" as_of="$3" database="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rm -f "$database"
{
    echo "PRAGMA journal_mode = OFF;"
    echo "PRAGMA synchronous = OFF;"
    echo "PRAGMA cache_size = -1048576;  -- 1 GiB of page cache, for main and temp"
    echo "PRAGMA temp_store = MEMORY;"
    for table in customer_info product_catalog marketing_campaigns purchase_transactions \
        customer_service campaign_responses website_behavior; do
        echo ".import --csv '$source_dir/$table.csv' $table"
    done
    echo "CREATE TEMP TABLE params (as_of TEXT, high_spend REAL, medium_spend REAL,"
    echo "                          active_days INTEGER, at_risk_days INTEGER);"
    echo "INSERT INTO params VALUES ('$as_of', 1000, 500, 30, 90);"
    echo ".read '$here/../../tests/differential/customer_360.sql'"
    echo ".headers on"
    echo ".mode csv"
    echo ".output '$output'"
    echo "SELECT * FROM customer_360 ORDER BY rowid;"
} | sqlite3 -bail "$database"
rm -f "$database"

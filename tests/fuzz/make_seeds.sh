#!/usr/bin/env bash
# Writes the seed corpora in tests/fuzz/corpus/<target>/ from the fixture cases and a few
# hand-written edge cases. Run it again when the fixtures change; the result is committed so a
# fuzz run needs nothing but the repository. Keep the corpora small: seeds only show libFuzzer
# the shapes of real input, it finds the rest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
cases=../fixtures/cases
rm -rf corpus
mkdir -p corpus/fuzz_csv_parser corpus/fuzz_sniffer corpus/fuzz_values corpus/fuzz_build corpus/fuzz_messages

# seed TARGET NAME FORMAT [ARGS...]: one seed file written with printf (escapes like \xE9).
seed() {
    local target="$1" name="$2"
    shift 2
    # shellcheck disable=SC2059
    printf "$@" >"corpus/$target/$name"
}

# --- The CSV parser and the sniffer: the fixtures' files, then the edge cases of the format.
for f in basic_profile_purchases/customer_info.csv basic_profile_purchases/campaign_responses.csv \
    campaigns_service_web/customer_service.csv campaigns_service_web/marketing_campaigns.csv \
    campaigns_service_web/website_behavior.csv date_formats/customer_info.csv \
    date_formats/purchase_transactions.csv duplicates_orphans/customer_info.csv \
    money_exactness_refunds/purchase_transactions.csv \
    multi_line_transactions/purchase_transactions.csv \
    text_ids_quoting_unicode/customer_info.csv text_ids_quoting_unicode/product_catalog.csv; do
    cp "$cases/$f" "corpus/fuzz_csv_parser/fixture-${f//\//-}"
done
for target in fuzz_csv_parser fuzz_sniffer; do
    seed $target quotes-doubled.csv 'id,name\n1,"O""Brien"\n2,"a,b"\n3,""\n'
    seed $target quote-text-after.csv 'id,name\n1,"abc"def,x\n2,"x" ,y\n'
    seed $target quote-unterminated.csv 'id,name\n1,"abc\n2,x\n'
    seed $target quoted-line-breaks.csv 'id,note\n1,"one\ntwo\r\nthree\rfour"\n2,x\n'
    seed $target crlf-blank.csv 'a,b\r\n1,2\r\n\r\n3,4\r\n'
    seed $target bare-cr.csv 'a,b\r1,2\r3,4'
    seed $target bom.csv '\xEF\xBB\xBFcustomer_id,name\n1,x\n'
    seed $target blank-trailing-delimiter.csv '\n\na,b,\n1,2,\n\n'
    seed $target semicolon-decimal-comma.csv \
        'customer_id;transaction_id;total_amount;purchase_date\n1;T1;12,50;31.01.2025\n2;T2;1.234,56;01.02.2025\n3;T3;-0,5;02.02.2025\n'
    seed $target tabs.csv 'customer_id\tpages\ttime\n1\t3.5\t120\n2\t4\t60,5\n'
    seed $target pipes.csv 'a|b|c\n"x|y"|2|3\n'
    seed $target us-grouping.csv 'id,amount\n1,"1,234.50"\n2,"12,345.00"\n3,7.25\n'
    seed $target headerless.csv '1,2025-01-01,12.5\n2,2025-01-02,13.5\n'
    seed $target only-quote.csv '"'
    : >"corpus/$target/empty.csv"
done
cp "$cases/basic_profile_purchases/purchase_transactions.csv" \
    "$cases/text_ids_quoting_unicode/customer_info.csv" corpus/fuzz_sniffer/
# Encodings: UTF-16 with and without a byte order mark, broken UTF-16 and UTF-8, Windows-1252.
sample='customer_id,first_name\n1,Zo\xC3\xAB\n2,\xC3\x98rsted\n3,\xF0\x9F\x98\x80\n'
printf "$sample" | iconv -f UTF-8 -t UTF-16 >corpus/fuzz_sniffer/utf16-bom.csv # BOM + LE
printf "$sample" | iconv -f UTF-8 -t UTF-16BE | { printf '\xFE\xFF'; cat; } \
    >corpus/fuzz_sniffer/utf16be-bom.csv
printf "$sample" | iconv -f UTF-8 -t UTF-16LE >corpus/fuzz_sniffer/utf16le-no-bom.csv
printf "$sample" | iconv -f UTF-8 -t UTF-16BE >corpus/fuzz_sniffer/utf16be-no-bom.csv
seed fuzz_sniffer utf16le-lone-surrogate.csv '\xFF\xFEa\x00,\x00b\x00\n\x00\x00\xD8x\x00\n\x00\x00\xDC'
seed fuzz_sniffer cp1252.csv 'id,name\n1,Caf\xE9\n2,\x80uro \x93quoted\x94\n'
seed fuzz_sniffer utf8-bad-bytes.csv 'id,name\n1,Zo\xC3\xAB\n2,\xC3\x98rsted\n3,bad\xFF\n'

# --- Values: one field per file, every accepted date format and the number shapes.
n=0
while IFS= read -r value; do
    n=$((n + 1))
    printf '%s' "$value" >"corpus/fuzz_values/$(printf '%02d' $n)"
done <<'EOF'
2025-01-31
2024-02-29
2025-02-29
0001-01-01
9999-12-31
 2025-06-30 
2025-01-31T10:00:00Z
2025-01-31 10:00:00.123+01:00
2025-01-31T10:00+0000
2025-01-31 10:00:00 -05:30
01/31/2025
31/01/2025
1/2/2025
13/01/2025
31.01.2025
1.2.2025
-12.5
+3
.75
5.
1,234.50
1.234,50
12,50
1 234,5
1'234.5
0.00005
0.00015
123456789012.3456
92233720368547.9999
1e3
-0
4.5e-3
EOF

# --- A whole build: customer_info, purchase_transactions and website_behavior of each case,
# cut by 0x1E (see fuzz_build.cpp). A table a case does not have is left out.
for dir in "$cases"/*/; do
    name=$(basename "$dir")
    {
        cat "$dir/customer_info.csv"
        if [ -f "$dir/purchase_transactions.csv" ] || [ -f "$dir/website_behavior.csv" ]; then
            printf '\x1E'
            [ -f "$dir/purchase_transactions.csv" ] && cat "$dir/purchase_transactions.csv"
        fi
        if [ -f "$dir/website_behavior.csv" ]; then
            printf '\x1E'
            cat "$dir/website_behavior.csv"
        fi
    } >"corpus/fuzz_build/$name"
done
# A German export: semicolons, decimal commas, day-first dates, CRLF and a BOM.
seed fuzz_build semicolon-decimal-comma \
    '\xEF\xBB\xBFcustomer_id;first_name;registration_date\r\n1;Anna;02.01.2025\r\n2;Ben;15.03.2025\r\n\x1Ecustomer_id;transaction_id;total_amount;purchase_date\r\n1;T1;1.234,50;03.01.2025\r\n2;T2;12,5;16.03.2025\r\n3;T3;1;16.03.2025\r\n\x1Ecustomer_id;pages_viewed;time_spent;session_date\r\n1;3;12,5;04.01.2025\r\n'
# Slash dates whose order the column settles, a duplicate, an unterminated quote.
seed fuzz_build slash-dates-duplicate-quote \
    'customer_id,registration_date,date_of_birth\n1,01/02/2025,12/31/1980\n2,02/03/2025,\n2,02/03/2025,\n\x1Ecustomer_id,transaction_id,total_amount,purchase_date\n1,T1,10,01/05/2025\n1,T2,"5,01/06/2025\n'
printf 'customer_id,first_name,registration_date\n1,Zo\xC3\xAB,2025-01-01\n' |
    iconv -f UTF-8 -t UTF-16 >corpus/fuzz_build/utf16-customers

# --- Messages as a workspace stores them (message_json.h): one, a chain, a list, and the
# shapes damage takes (an unknown kind, a cut, escapes).
seed fuzz_messages ragged-row '{"kind":"record.ragged_row","args":["7","5"]}'
seed fuzz_messages chain '{"kind":"build.nothing_written_to","args":["/tmp/w.c360"],"cause":{"kind":"record.stopped_at_first_rejection","args":["a.csv","12"],"cause":{"kind":"file.cannot_read","args":["b.csv"],"cause":{"kind":"file.is_a_folder","args":[]}}}}'
seed fuzz_messages notes '[{"kind":"build.orphan_rows","args":["2","\\"9\\", \\"12\\""]},{"kind":"text","args":["Caf\\u00e9 \\ud83d\\ude00 \\t\\n"]}]'
seed fuzz_messages unknown-kind '{"kind":"record.from_a_newer_version","args":["1"]}'
seed fuzz_messages cut '{"kind":"value.not_a_number","args":["12,5'
seed fuzz_messages extra-fields '{"args":["x"],"extra":{"a":[1,2.5,true,null]},"kind":"value.key_empty"}'

du -sb corpus # bytes: keep well under 200 KB
find corpus -type f | wc -l

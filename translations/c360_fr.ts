<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FilterParts</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartPanel</name>
    <message>
        <source>Summary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted element of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the numbers of the chart as a table instead of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: %1, %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Enter adds it to the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It cannot be used as a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and Right arrows highlight a bar or slice; Enter adds it to the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View as chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 as chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartTableModel</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartText</name>
    <message>
        <source>%1 is the largest group: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are tied as the largest group: %2 each of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the largest status: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are tied as the largest status: %2 each of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the most common spend band: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are tied as the most common spend band: %2 each of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the most common age band: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are tied as the most common age band: %2 each of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the filter, none with a known age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the most common favourite category: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are tied as the most common favourite category: %2 each of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the filter, none with a favourite category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the most common favourite brand: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are tied as the most common favourite brand: %2 each of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the filter, none with a favourite brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers match the current filter, so there is nothing to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value segment by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top favourite categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top favourite brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourite category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourite brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <extracomment>A number of customers, as in &quot;41% of 12,345 customers&quot;. %1 is the number.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartsDock</name>
    <message>
        <source>Segment charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::ColumnMappingModel</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the build needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::ColumnsDialog</name>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shown columns, in table order (Space shows or hides one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked columns are shown. Alt+Up and Alt+Down move the current column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerTableModel</name>
    <message>
        <source>Customer id</source>
        <extracomment>Column title; the customer&apos;s identifier in the source system</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <extracomment>Column title; a column of customer_360 (first_name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <extracomment>Column title; a column of customer_360 (last_name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column title; a column of customer_360 (email)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <extracomment>Column title; a column of customer_360 (phone_number)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>Column title; a column of customer_360 (date_of_birth)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <extracomment>Column title; a column of customer_360 (registration_date)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column title; the customer&apos;s age in years on the snapshot date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since registration</source>
        <extracomment>Column title; days between registration and the snapshot date (&apos;as of&apos;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total purchases</source>
        <extracomment>Column title; number of distinct orders (transactions)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <extracomment>Column title; sum of the amounts of all purchases, in the shop&apos;s currency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg purchase value</source>
        <extracomment>Column title; total spend divided by the number of purchases</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase date</source>
        <extracomment>Column title; a column of customer_360 (last_purchase_date)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <extracomment>Column title; days between the last purchase and the snapshot date (&apos;as of&apos;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite category</source>
        <extracomment>Column title; the product category the customer spent most on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite brand</source>
        <extracomment>Column title; the brand the customer spent most on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total interactions</source>
        <extracomment>Column title; customer service contacts (tickets, calls, chats)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg satisfaction score</source>
        <extracomment>Column title; mean satisfaction rating given after service contacts (1 to 5)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved interactions</source>
        <extracomment>Column title; service contacts marked as resolved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns engaged</source>
        <extracomment>Column title; distinct marketing campaigns the customer responded to in any way</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive responses</source>
        <extracomment>Column title; campaign responses that were clicks or conversions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total sessions</source>
        <extracomment>Column title; visits to the website</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg pages per session</source>
        <extracomment>Column title; mean number of pages viewed per website visit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg time per session</source>
        <extracomment>Column title; mean duration of a website visit, in minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer value segment</source>
        <extracomment>Column title; High / Medium / Low, from total spend</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer status</source>
        <extracomment>Column title; Active / At Risk / Churned / Never Purchased, from days since the last purchase</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue resolution rate</source>
        <extracomment>Column title; share of service contacts that were resolved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign response rate</source>
        <extracomment>Column title; share of campaign responses that were positive</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website engagement rate</source>
        <extracomment>Column title; share of website visits that were not bounces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerTableView</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per customer. Arrow keys move between cells, Ctrl+C copies the selected rows, Tab leaves the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the first %Ln selected row(s). To take more, use File → Export filtered customers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) as tab-separated text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect against spreadsheet formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file the customers are written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM, CRLF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel adds a byte order mark and Windows line ends, so it shows accents correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between the values of a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text a spreadsheet could run as a formula (starting with =, @, a tab or a line break, or with + or - followed by more than a number) gets a &apos; in front, so it is shown as text. Phone numbers, numbers and dates are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect against spreadsheet formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns are visible. Show at least one column in the table, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 will be written.</source>
        <extracomment>%1 is a number of customers (&quot;12,345 customers&quot;), %2 of columns (&quot;14 columns&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to: type its name or use Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Add a file name such as customers.csv to the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose Replace to overwrite it, or change the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ExportJob</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed and no file was written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln customer(s) to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::FacetListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 customer(s)</source>
        <extracomment>%1 is a value such as &quot;High&quot;, %2 its number of customers.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter on; %1 customer(s) with the other filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter off; %1 customer(s) with the other filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) match %2 under the other filters</source>
        <extracomment>%1 is a number of customers, %2 a value such as &quot;High&quot;.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::FilterChipsBar</name>
    <message>
        <source>No filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::FilterDock</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id, name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the customers whose id, name, email or phone contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value segme&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite &amp;brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick values to show only those customers; Space ticks the current one. Counts are customers matching the other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::ImportDialog</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of CSV files or a SQLite file, or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of CSV files or a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose S&amp;QLite file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sam&amp;ple rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer_360.c360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues appear here after a build: file, line, column and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export issues as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the selected table is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enco&amp;ding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal mar&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;gh value from spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medi&amp;um value from spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;risk within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues fr&amp;om the build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of CSV files or a SQLite file; press Enter to inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per source table: files, how they are read, rows and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each column the build needs, the source header that feeds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot date: later rows are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value from spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium value from spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File, line, column, kind and reason of each issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export issues as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a source first: a folder of CSV files or a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build is not possible yet: %1 Check the tables below and choose how they are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a table to choose how it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes and no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.c360)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workspace file to write, for example customer_360.c360.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium value threshold is above the high value threshold. Make it lower, then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Active within&quot; is longer than &quot;At risk within&quot;. Make it shorter, then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% — reading %2, %3 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build reported no issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build was cancelled. Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the issues as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the tables below; a build as of %1 gives %2, %3 and %4. Check them, then build the workspace.</source>
        <extracomment>%1 is the as-of date; %2, %3 and %4 are &quot;12,345 customers&quot;, &quot;3 rejected rows&quot; and &quot;5 warnings&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the first %Ln are listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 with %2 (%3, %4).</source>
        <extracomment>%1 is the workspace file; %2, %3 and %4 are &quot;12,345 customers&quot;, &quot;3 rejected rows&quot; and &quot;5 warnings&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln issue(s) to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::MainWindow</name>
    <message>
        <source>Customer 360 Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers matching the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the customer table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export filtered customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By current column, &amp;ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By current column, &amp;descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment c&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved se&amp;gments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save current filters as segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply chosen segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Customer 360 Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Customer 360 Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.c360 *.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo workspace… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not be built: %1 Use File → Import sources to build one from your own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one column must stay shown; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Customer 360 Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer 360 Workbench turns customer exports into one row per customer and lets you explore, save and export segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open: File → Open workspace (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In table order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 customer(s)</source>
        <extracomment>The customers the filter shows, of all in the workspace: &quot;1,204 of 12,345 customers&quot;.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <extracomment>%1 is &quot;1,204 of 12,345 customers&quot;; a new count is being computed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Open the last workspace at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the desktop (%1)</source>
        <extracomment>First entry of the language list: use the desktop&apos;s language; %1 is its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, windows and messages. Numbers and dates follow the regional format of the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the last workspace at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the workbench starts on the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench shows the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::RangeFilterEditor</name>
    <message>
        <source>Include missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, include missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current filter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date such as %1 or 2025-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers without a value for %1 also match when a bound is set</source>
        <extracomment>%1 is a column title such as &quot;Total spend&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::ReportIssuesModel</name>
    <message>
        <source>Rejected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::SampleRowsModel</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::SavedSegmentsModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers (no filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — counting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 customer(s)</source>
        <extracomment>%1 is the segment&apos;s name, %2 its number of customers.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::SegmentsDock</name>
    <message>
        <source>Saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current filters as a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the filters now applied under a name, in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each segment with its number of customers. Enter applies the segment, F2 renames it, Ctrl+D duplicates it, Delete deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the current filters with the selected segment&apos;s (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the selected segment another name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a copy of the selected segment next to it (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected segment after asking (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace first: segments are saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the current filters as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved segment named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a segment named “%1”. Replace it with the current filters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a segment in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved segment “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pane (filters, table, charts, saved segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move by page, to the first or last customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by this column (click the header with the mouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see View menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between bars or slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by the chosen bar or slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First or last bar or slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts, as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply, rename, duplicate, delete the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current column up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a running export or build; close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcuts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c360::ui::SourceTablesModel</name>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: read as an empty table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of unknown customers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore customer_360 workspaces built by c360. Without a workspace it opens the last one, or on the first start the bundled demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .c360 workspace to open (default: the last one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

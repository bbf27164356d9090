<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FilterParts</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Never Purchased</source>
        <translation>Nie gekauft</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>%1 has a value</source>
        <translation>%1 hat einen Wert</translation>
    </message>
    <message>
        <source>%1, or missing</source>
        <translation>%1 oder ohne Wert</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Wertsegment: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marke: %1</translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartPanel</name>
    <message>
        <source>Summary of %1</source>
        <translation>Zusammenfassung des Diagramms %1</translation>
    </message>
    <message>
        <source>Highlighted element of %1</source>
        <translation>Hervorgehobenes Element im Diagramm %1</translation>
    </message>
    <message>
        <source>%1 as table</source>
        <translation>%1 als Tabelle</translation>
    </message>
    <message>
        <source>View as table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>View %1 as table</source>
        <translation>%1 als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Shows the numbers of the chart as a table instead of the picture</source>
        <translation>Zeigt die Zahlen des Diagramms als Tabelle statt als Grafik an</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Highlighted: %1, %2 (%3).</source>
        <translation>Hervorgehoben: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>%1 Enter adds it to the filter.</source>
        <translation>%1 Mit der Eingabetaste fügen Sie es dem Filter hinzu.</translation>
    </message>
    <message>
        <source>%1 It cannot be used as a filter.</source>
        <translation>%1 Es kann nicht als Filter verwendet werden.</translation>
    </message>
    <message>
        <source>Left and Right arrows highlight a bar or slice; Enter adds it to the filter.</source>
        <translation>Mit den Pfeiltasten nach links und rechts heben Sie einen Balken oder Sektor hervor; mit der Eingabetaste fügen Sie ihn dem Filter hinzu.</translation>
    </message>
    <message>
        <source>View as chart</source>
        <translation>Als Diagramm anzeigen</translation>
    </message>
    <message>
        <source>View %1 as chart</source>
        <translation>%1 als Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartTableModel</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Anteil der Kunden</translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartText</name>
    <message>
        <source>%1 is the largest group: %2 of %3</source>
        <translation>%1 ist die größte Gruppe: %2 von %3</translation>
    </message>
    <message>
        <source>%1 are tied as the largest group: %2 each of %3</source>
        <translation>%1 teilen sich den ersten Platz als größte Gruppe: je %2 von %3</translation>
    </message>
    <message>
        <source>%1 is the largest status: %2 of %3</source>
        <translation>%1 ist der häufigste Status: %2 von %3</translation>
    </message>
    <message>
        <source>%1 are tied as the largest status: %2 each of %3</source>
        <translation>%1 teilen sich den ersten Platz als häufigster Status: je %2 von %3</translation>
    </message>
    <message>
        <source>%1 is the most common spend band: %2 of %3</source>
        <translation>%1 ist die häufigste Umsatzklasse: %2 von %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common spend band: %2 each of %3</source>
        <translation>%1 teilen sich den ersten Platz als häufigste Umsatzklasse: je %2 von %3</translation>
    </message>
    <message>
        <source>%1 is the most common age band: %2 of %3</source>
        <translation>%1 ist die häufigste Altersgruppe: %2 von %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common age band: %2 each of %3</source>
        <translation>%1 teilen sich den ersten Platz als häufigste Altersgruppe: je %2 von %3</translation>
    </message>
    <message>
        <source>%1 in the filter, none with a known age</source>
        <translation>%1 im Filter, keiner mit bekanntem Alter</translation>
    </message>
    <message>
        <source>%1 is the most common favourite category: %2 of %3</source>
        <translation>%1 ist die häufigste Lieblingskategorie: %2 von %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common favourite category: %2 each of %3</source>
        <translation>%1 teilen sich den ersten Platz als häufigste Lieblingskategorie: je %2 von %3</translation>
    </message>
    <message>
        <source>%1 in the filter, none with a favourite category</source>
        <translation>%1 im Filter, keiner mit Lieblingskategorie</translation>
    </message>
    <message>
        <source>%1 is the most common favourite brand: %2 of %3</source>
        <translation>%1 ist die häufigste Lieblingsmarke: %2 von %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common favourite brand: %2 each of %3</source>
        <translation>%1 teilen sich den ersten Platz als häufigste Lieblingsmarke: je %2 von %3</translation>
    </message>
    <message>
        <source>%1 in the filter, none with a favourite brand</source>
        <translation>%1 im Filter, keiner mit Lieblingsmarke</translation>
    </message>
    <message>
        <source>No customers match the current filter, so there is nothing to chart</source>
        <translation>Keine Kunden entsprechen dem aktuellen Filter, daher gibt es nichts darzustellen</translation>
    </message>
    <message>
        <source>%1 in %2 value</source>
        <translation>%1 im Wertsegment %2</translation>
    </message>
    <message>
        <source>Value segment by status</source>
        <translation>Wertsegment nach Status</translation>
    </message>
    <message>
        <source>Status share</source>
        <translation>Statusanteile</translation>
    </message>
    <message>
        <source>Total spend distribution</source>
        <translation>Verteilung des Gesamtumsatzes</translation>
    </message>
    <message>
        <source>Age distribution</source>
        <translation>Altersverteilung</translation>
    </message>
    <message>
        <source>Top favourite categories</source>
        <translation>Häufigste Lieblingskategorien</translation>
    </message>
    <message>
        <source>Top favourite brands</source>
        <translation>Häufigste Lieblingsmarken</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Value segment</source>
        <translation>Wertsegment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>No age</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Lieblingskategorie</translation>
    </message>
    <message>
        <source>No favourite category</source>
        <translation>Keine Lieblingskategorie</translation>
    </message>
    <message>
        <source>Favourite brand</source>
        <translation>Lieblingsmarke</translation>
    </message>
    <message>
        <source>No favourite brand</source>
        <translation>Keine Lieblingsmarke</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <extracomment>A number of customers, as in &quot;41% of 12,345 customers&quot;. %1 is the number.</extracomment>
        <translation>
            <numerusform>%1 Kunde</numerusform>
            <numerusform>%1 Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartsDock</name>
    <message>
        <source>Segment charts</source>
        <translation>Segmentdiagramme</translation>
    </message>
</context>
<context>
    <name>c360::ui::ColumnMappingModel</name>
    <message>
        <source>Not found: the build needs it</source>
        <translation>Nicht gefunden: für die Erstellung erforderlich</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (gewählt)</translation>
    </message>
    <message>
        <source>Contract column</source>
        <translation>Erwartete Spalte</translation>
    </message>
    <message>
        <source>Source header</source>
        <translation>Spaltenname in der Quelle</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>cell</comment>
        <extracomment>Whether the build needs this column: a cell of the column &quot;Required&quot;.</extracomment>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>cell</comment>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>column title</comment>
        <extracomment>The title of a column whose cells say &quot;Required&quot; or &quot;Optional&quot;.</extracomment>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>c360::ui::ColumnsDialog</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;Shown columns, in table order (Space shows or hides one):</source>
        <translation>&amp;Sichtbare Spalten in Tabellenreihenfolge (die Leertaste blendet eine ein oder aus):</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Spalte nach oben verschieben</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Spalte nach unten verschieben</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Alle &amp;einblenden</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten einblenden</translation>
    </message>
    <message>
        <source>Ticked columns are shown. %1 and %2 move the current column.</source>
        <extracomment>%1 and %2 are keys (&quot;Alt+Up&quot;, &quot;Alt+Down&quot;), named as the keyboard labels them.</extracomment>
        <translation>Spalten mit Häkchen werden angezeigt. %1 und %2 verschieben die aktuelle Spalte.</translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerTableModel</name>
    <message>
        <source>Customer id</source>
        <extracomment>Column title; the customer&apos;s identifier in the source system</extracomment>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>First name</source>
        <extracomment>Column title; a column of customer_360 (first_name)</extracomment>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <extracomment>Column title; a column of customer_360 (last_name)</extracomment>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column title; a column of customer_360 (email)</extracomment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <extracomment>Column title; a column of customer_360 (phone_number)</extracomment>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>Column title; a column of customer_360 (date_of_birth)</extracomment>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Registration date</source>
        <extracomment>Column title; a column of customer_360 (registration_date)</extracomment>
        <translation>Registrierungsdatum</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column title; the customer&apos;s age in years on the snapshot date</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Days since registration</source>
        <extracomment>Column title; days between registration and the snapshot date (&apos;as of&apos;)</extracomment>
        <translation>Tage seit Registrierung</translation>
    </message>
    <message>
        <source>Total purchases</source>
        <extracomment>Column title; number of distinct orders (transactions)</extracomment>
        <translation>Käufe gesamt</translation>
    </message>
    <message>
        <source>Total spend</source>
        <extracomment>Column title; sum of the amounts of all purchases, in the shop&apos;s currency</extracomment>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <source>Avg purchase value</source>
        <extracomment>Column title; total spend divided by the number of purchases</extracomment>
        <translation>Ø Kaufwert</translation>
    </message>
    <message>
        <source>Last purchase date</source>
        <extracomment>Column title; a column of customer_360 (last_purchase_date)</extracomment>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <extracomment>Column title; days between the last purchase and the snapshot date (&apos;as of&apos;)</extracomment>
        <translation>Tage seit letztem Kauf</translation>
    </message>
    <message>
        <source>Total interactions</source>
        <extracomment>Column title; customer service contacts (tickets, calls, chats)</extracomment>
        <translation>Kontakte gesamt</translation>
    </message>
    <message>
        <source>Avg satisfaction score</source>
        <extracomment>Column title; mean satisfaction rating given after service contacts (1 to 5)</extracomment>
        <translation>Ø Zufriedenheit</translation>
    </message>
    <message>
        <source>Resolved interactions</source>
        <extracomment>Column title; service contacts marked as resolved</extracomment>
        <translation>Gelöste Kontakte</translation>
    </message>
    <message>
        <source>Campaigns engaged</source>
        <extracomment>Column title; distinct marketing campaigns the customer responded to in any way</extracomment>
        <translation>Kampagnen mit Reaktion</translation>
    </message>
    <message>
        <source>Positive responses</source>
        <extracomment>Column title; campaign responses that were clicks or conversions</extracomment>
        <translation>Positive Reaktionen</translation>
    </message>
    <message>
        <source>Total sessions</source>
        <extracomment>Column title; visits to the website</extracomment>
        <translation>Sitzungen gesamt</translation>
    </message>
    <message>
        <source>Avg pages per session</source>
        <extracomment>Column title; mean number of pages viewed per website visit</extracomment>
        <translation>Ø Seiten pro Sitzung</translation>
    </message>
    <message>
        <source>Avg time per session</source>
        <extracomment>Column title; mean duration of a website visit, in minutes</extracomment>
        <translation>Ø Dauer pro Sitzung</translation>
    </message>
    <message>
        <source>Customer value segment</source>
        <extracomment>Column title; High / Medium / Low, from total spend</extracomment>
        <translation>Wertsegment</translation>
    </message>
    <message>
        <source>Customer status</source>
        <extracomment>Column title; Active / At Risk / Churned / Never Purchased, from days since the last purchase</extracomment>
        <translation>Kundenstatus</translation>
    </message>
    <message>
        <source>Issue resolution rate</source>
        <extracomment>Column title; share of service contacts that were resolved</extracomment>
        <translation>Lösungsquote</translation>
    </message>
    <message>
        <source>Campaign response rate</source>
        <extracomment>Column title; share of campaign responses that were positive</extracomment>
        <translation>Kampagnen-Reaktionsquote</translation>
    </message>
    <message>
        <source>Website engagement rate</source>
        <extracomment>Column title; share of website visits that were not bounces</extracomment>
        <translation>Website-Engagement-Quote</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <extracomment>Column title; the product category the customer spent most on</extracomment>
        <translation>Lieblingskategorie</translation>
    </message>
    <message>
        <source>Favourite brand</source>
        <extracomment>Column title; the brand the customer spent most on</extracomment>
        <translation>Lieblingsmarke</translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerTableView</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message numerus="yes">
        <source>Copied the first %Ln selected row(s). To take more, use File → Export filtered customers.</source>
        <translation>
            <numerusform>Nur %Ln ausgewählte Zeile wurde kopiert. Um mehr zu übernehmen, verwenden Sie Datei → Gefilterte Kunden exportieren.</numerusform>
            <numerusform>Die ersten %Ln ausgewählten Zeilen wurden kopiert. Um mehr zu übernehmen, verwenden Sie Datei → Gefilterte Kunden exportieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) as tab-separated text.</source>
        <translation>
            <numerusform>%Ln Zeile wurde als tabulatorgetrennter Text kopiert.</numerusform>
            <numerusform>%Ln Zeilen wurden als tabulatorgetrennter Text kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per customer. Arrow keys move between cells, %1 copies the selected rows, %2 leaves the table.</source>
        <extracomment>%1 and %2 are keys (&quot;Ctrl+C&quot;, &quot;Tab&quot;), named as the keyboard labels them.</extracomment>
        <translation>Eine Zeile pro Kunde. Mit den Pfeiltasten wechseln Sie zwischen den Zellen, %1 kopiert die ausgewählten Zeilen, mit %2 verlassen Sie die Tabelle.</translation>
    </message>
</context>
<context>
    <name>c360::ui::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Protect against spreadsheet formulas</source>
        <translation>Vor Formeln in &amp;Tabellenkalkulationen schützen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>The CSV file the customers are written to</source>
        <translation>Die CSV-Datei, in die die Kunden geschrieben werden</translation>
    </message>
    <message>
        <source>Browse for the export file</source>
        <translation>Exportdatei auswählen</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM, CRLF)</source>
        <translation>Excel (UTF-8 mit BOM, CRLF)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Excel adds a byte order mark and Windows line ends, so it shows accents correctly</source>
        <translation>Das Excel-Format fügt eine Byte-Order-Mark (BOM) und Windows-Zeilenenden hinzu, damit Excel Umlaute und Akzente richtig anzeigt</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>T&amp;rennzeichen:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>The character between the values of a row</source>
        <translation>Das Zeichen zwischen den Werten einer Zeile</translation>
    </message>
    <message>
        <source>Text a spreadsheet could run as a formula (starting with =, @, a tab or a line break, or with + or - followed by more than a number) gets a &apos; in front, so it is shown as text. Phone numbers, numbers and dates are never changed.</source>
        <translation>Text, den eine Tabellenkalkulation als Formel ausführen könnte (beginnend mit =, @, einem Tabulator oder Zeilenumbruch oder mit + oder -, gefolgt von mehr als einer Zahl), erhält ein &apos; vorangestellt und wird so als Text angezeigt. Telefonnummern, Zahlen und Datumsangaben werden nie verändert.</translation>
    </message>
    <message>
        <source>Protect against spreadsheet formulas</source>
        <translation>Vor Formeln in Tabellenkalkulationen schützen</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>No columns are visible. Show at least one column in the table, then export again.</source>
        <translation>Es sind keine Spalten sichtbar. Blenden Sie mindestens eine Spalte in der Tabelle ein und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1, %2 will be written.</source>
        <extracomment>%1 is a number of customers (&quot;12,345 customers&quot;), %2 of columns (&quot;14 columns&quot;).</extracomment>
        <translation>%1 und %2 werden geschrieben.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Export customers to</source>
        <translation>Kunden exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to: type its name or use Browse.</source>
        <translation>Wählen Sie eine Zieldatei für den Export: Geben Sie ihren Namen ein oder verwenden Sie „Durchsuchen“.</translation>
    </message>
    <message>
        <source>%1 is a folder. Add a file name such as customers.csv to the path.</source>
        <translation>%1 ist ein Ordner. Ergänzen Sie den Pfad um einen Dateinamen wie customers.csv.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose Replace to overwrite it, or change the file name.</source>
        <translation>%1 ist bereits vorhanden. Wählen Sie „Ersetzen“, um die Datei zu überschreiben, oder ändern Sie den Dateinamen.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 läuft…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Export wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln Spalte</numerusform>
            <numerusform>%Ln Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Write &amp;labels and column titles as shown here</source>
        <translation>&amp;Beschriftungen und Spaltentitel wie hier angezeigt schreiben</translation>
    </message>
    <message>
        <source>Off, the file holds the values other tools read: High, At Risk and column names such as customer_id. On, it holds the words shown here, such as %1 and %2, and the column titles of the table.</source>
        <extracomment>%1 and %2 are a value segment and a status as the workbench shows them (&quot;High&quot;, &quot;At Risk&quot; in English); &quot;High&quot;, &quot;At Risk&quot; and customer_id stay in English: they are the values other tools read.</extracomment>
        <translation>Aus: Die Datei enthält die Werte, die andere Programme lesen: High, At Risk und Spaltennamen wie customer_id. Ein: Sie enthält die hier angezeigten Wörter, etwa %1 und %2, und die Spaltentitel der Tabelle.</translation>
    </message>
    <message>
        <source>Write labels and column titles as shown here</source>
        <translation>Beschriftungen und Spaltentitel wie hier angezeigt schreiben</translation>
    </message>
</context>
<context>
    <name>c360::ui::ExportJob</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed and no file was written. %1</source>
        <translation>Der Export ist fehlgeschlagen, es wurde keine Datei geschrieben. %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln customer(s) to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>
            <numerusform>%Ln Kunde wurde in %1 geschrieben.</numerusform>
            <numerusform>%Ln Kunden wurden in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::FacetListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 customer(s)</source>
        <extracomment>%1 is a value such as &quot;High&quot;, %2 its number of customers.</extracomment>
        <translation>
            <numerusform>%1, %2 Kunde</numerusform>
            <numerusform>%1, %2 Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter on; %1 customer(s) with the other filters</source>
        <translation>
            <numerusform>Filter eingeschaltet; %1 Kunde mit den übrigen Filtern</numerusform>
            <numerusform>Filter eingeschaltet; %1 Kunden mit den übrigen Filtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter off; %1 customer(s) with the other filters</source>
        <translation>
            <numerusform>Filter ausgeschaltet; %1 Kunde mit den übrigen Filtern</numerusform>
            <numerusform>Filter ausgeschaltet; %1 Kunden mit den übrigen Filtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) match %2 under the other filters</source>
        <extracomment>%1 is a number of customers, %2 a value such as &quot;High&quot;.</extracomment>
        <translation>
            <numerusform>Bei den übrigen Filtern hat %1 Kunde den Wert %2</numerusform>
            <numerusform>Bei den übrigen Filtern haben %1 Kunden den Wert %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::FilterChipsBar</name>
    <message>
        <source>No filters</source>
        <translation>Keine Filter</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>c360::ui::FilterDock</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Reset all filters</source>
        <translation>Alle Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <source>id, name, email or phone</source>
        <translation>ID, Name, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Shows the customers whose id, name, email or phone contains the text</source>
        <translation>Zeigt die Kunden, deren ID, Name, E-Mail oder Telefonnummer den Text enthält</translation>
    </message>
    <message>
        <source>Value segme&amp;nt</source>
        <translation>&amp;Wertsegment</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Favourite &amp;category</source>
        <translation>&amp;Lieblingskategorie</translation>
    </message>
    <message>
        <source>Favourite &amp;brand</source>
        <translation>Lieblings&amp;marke</translation>
    </message>
    <message>
        <source>Tick values to show only those customers; Space ticks the current one. Counts are customers matching the other filters.</source>
        <translation>Haken Sie Werte an, um nur diese Kunden anzuzeigen; die Leertaste hakt den aktuellen Wert an. Die Anzahlen zählen die Kunden, die den übrigen Filtern entsprechen.</translation>
    </message>
    <message>
        <source>Reset all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>c360::ui::ImportDialog</name>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Wie erkannt</translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation>Quellen importieren</translation>
    </message>
    <message>
        <source>Choose a folder of CSV files or a SQLite file, or drop one here.</source>
        <translation>Wählen Sie einen Ordner mit CSV-Dateien oder eine SQLite-Datei aus, oder ziehen Sie einen Ordner oder eine Datei hierher.</translation>
    </message>
    <message>
        <source>A folder of CSV files or a SQLite file</source>
        <translation>Ein Ordner mit CSV-Dateien oder eine SQLite-Datei</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose S&amp;QLite file…</source>
        <translation>SQLite-&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Column &amp;mapping</source>
        <translation>Spalten&amp;zuordnung</translation>
    </message>
    <message>
        <source>Sam&amp;ple rows</source>
        <translation>&amp;Beispielzeilen</translation>
    </message>
    <message>
        <source>&amp;Notes and problems</source>
        <translation>H&amp;inweise und Probleme</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Point (.)</source>
        <translation>Punkt (.)</translation>
    </message>
    <message>
        <source>customer_360.c360</source>
        <translation>customer_360.c360</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Build workspace</source>
        <translation>Arbeitsbereich &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel build</source>
        <translation>Erstellung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Issues appear here after a build: file, line, column and reason.</source>
        <translation>Nach einer Erstellung erscheinen hier die Probleme: Datei, Zeile, Spalte und Grund.</translation>
    </message>
    <message>
        <source>&amp;Export issues as CSV…</source>
        <translation>Probleme als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source &amp;tables:</source>
        <translation>Quell&amp;tabellen:</translation>
    </message>
    <message>
        <source>How the selected table is read</source>
        <translation>So wird die ausgewählte Tabelle gelesen</translation>
    </message>
    <message>
        <source>Enco&amp;ding:</source>
        <translation>Zeichen&amp;kodierung:</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>Trennzeiche&amp;n:</translation>
    </message>
    <message>
        <source>Decimal mar&amp;k:</source>
        <translation>Dezi&amp;maltrennzeichen:</translation>
    </message>
    <message>
        <source>Build settings</source>
        <translation>Einstellungen für die Erstellung</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>Hi&amp;gh value from spend:</source>
        <translation>&amp;Hoher Wert ab Umsatz:</translation>
    </message>
    <message>
        <source>Medi&amp;um value from spend:</source>
        <translation>Mitt&amp;lerer Wert ab Umsatz:</translation>
    </message>
    <message>
        <source>Acti&amp;ve within:</source>
        <translation>&amp;Aktiv innerhalb von:</translation>
    </message>
    <message>
        <source>At &amp;risk within:</source>
        <translation>&amp;Gefährdet innerhalb von:</translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation>A&amp;rbeitsbereichsdatei:</translation>
    </message>
    <message>
        <source>Issues fr&amp;om the build:</source>
        <translation>Probleme der Erstell&amp;ung:</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>Quellpfad</translation>
    </message>
    <message>
        <source>A folder of CSV files or a SQLite file; press Enter to inspect it</source>
        <translation>Ein Ordner mit CSV-Dateien oder eine SQLite-Datei; mit der Eingabetaste wird die Quelle geprüft</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Choose SQLite file</source>
        <translation>SQLite-Datei wählen</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Status of the import</source>
        <translation>Status des Imports</translation>
    </message>
    <message>
        <source>Source tables</source>
        <translation>Quelltabellen</translation>
    </message>
    <message>
        <source>One row per source table: files, how they are read, rows and problems</source>
        <translation>Eine Zeile pro Quelltabelle: Dateien, Leseeinstellungen, Zeilen und Probleme</translation>
    </message>
    <message>
        <source>Details of the selected table</source>
        <translation>Details der ausgewählten Tabelle</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>For each column the build needs, the source header that feeds it</source>
        <translation>Für jede Spalte, die die Erstellung benötigt, der Spaltenname in der Quelle, aus dem sie gefüllt wird</translation>
    </message>
    <message>
        <source>Sample rows</source>
        <translation>Beispielzeilen</translation>
    </message>
    <message>
        <source>Notes and problems</source>
        <translation>Hinweise und Probleme</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>The snapshot date: later rows are left out</source>
        <translation>Der Stichtag: Spätere Zeilen bleiben unberücksichtigt</translation>
    </message>
    <message>
        <source>High value from spend</source>
        <translation>Hoher Wert ab Umsatz</translation>
    </message>
    <message>
        <source>Medium value from spend</source>
        <translation>Mittlerer Wert ab Umsatz</translation>
    </message>
    <message>
        <source>Active within days</source>
        <translation>Zeitraum für Aktiv in Tagen</translation>
    </message>
    <message>
        <source>At risk within days</source>
        <translation>Zeitraum für Gefährdet in Tagen</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Choose workspace file</source>
        <translation>Arbeitsbereichsdatei auswählen</translation>
    </message>
    <message>
        <source>Build workspace</source>
        <translation>Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <source>Cancel build</source>
        <translation>Erstellung abbrechen</translation>
    </message>
    <message>
        <source>Build progress</source>
        <translation>Fortschritt der Erstellung</translation>
    </message>
    <message>
        <source>Build issues</source>
        <translation>Probleme der Erstellung</translation>
    </message>
    <message>
        <source>File, line, column, kind and reason of each issue</source>
        <translation>Datei, Zeile, Spalte, Art und Grund jedes Problems</translation>
    </message>
    <message>
        <source>Export issues as CSV</source>
        <translation>Probleme als CSV exportieren</translation>
    </message>
    <message>
        <source>Choose the folder of CSV files</source>
        <translation>Ordner mit den CSV-Dateien wählen</translation>
    </message>
    <message>
        <source>Choose a SQLite file</source>
        <translation>SQLite-Datei wählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give a source first: a folder of CSV files or a SQLite file.</source>
        <translation>Geben Sie zuerst eine Quelle an: einen Ordner mit CSV-Dateien oder eine SQLite-Datei.</translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The source cannot be read: %1</source>
        <translation>Die Quelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A build is not possible yet: %1 Check the tables below and choose how they are read.</source>
        <translation>Eine Erstellung ist noch nicht möglich: %1 Prüfen Sie die Tabellen unten und legen Sie fest, wie sie gelesen werden.</translation>
    </message>
    <message>
        <source>Select a table to choose how it is read.</source>
        <translation>Wählen Sie eine Tabelle aus, um festzulegen, wie sie gelesen wird.</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>No notes and no problems.</source>
        <translation>Keine Hinweise und keine Probleme.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabelle: %1</translation>
    </message>
    <message>
        <source>Save the workspace as</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>Workspaces (*.c360)</source>
        <translation>Arbeitsbereiche (*.c360)</translation>
    </message>
    <message>
        <source>Give the workspace file to write, for example customer_360.c360.</source>
        <translation>Geben Sie die Arbeitsbereichsdatei an, die geschrieben werden soll, zum Beispiel customer_360.c360.</translation>
    </message>
    <message>
        <source>The medium value threshold is above the high value threshold. Make it lower, then build again.</source>
        <translation>Die Schwelle für mittleren Wert liegt über der Schwelle für hohen Wert. Setzen Sie sie niedriger und starten Sie die Erstellung dann erneut.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling the build…</source>
        <translation>Erstellung wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1% — reading %2, %3 rows/s</source>
        <translation>%1 % – %2 wird gelesen, %3 Zeilen/s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The build reported no issues.</source>
        <translation>Bei der Erstellung wurden keine Probleme gemeldet.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The build was cancelled. Nothing was written to %1.</source>
        <translation>Die Erstellung wurde abgebrochen. In %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>Die Erstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export the issues as CSV</source>
        <translation>Probleme als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Found the tables below; a build as of %1 gives %2, %3 and %4. Check them, then build the workspace.</source>
        <extracomment>%1 is the as-of date; %2, %3 and %4 are &quot;12,345 customers&quot;, &quot;3 rejected rows&quot; and &quot;5 warnings&quot;.</extracomment>
        <translation>Die folgenden Tabellen wurden gefunden; eine Erstellung mit Stand %1 ergibt %2, %3 und %4. Prüfen Sie sie und erstellen Sie dann den Arbeitsbereich.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s)</source>
        <translation>
            <numerusform>%Ln abgelehnte Zeile</numerusform>
            <numerusform>%Ln abgelehnte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the first %Ln are listed.</source>
        <translation>
            <numerusform>%1; %Ln davon wird angezeigt.</numerusform>
            <numerusform>%1; die ersten %Ln werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s).</source>
        <translation>
            <numerusform>%Ln Problem.</numerusform>
            <numerusform>%Ln Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 with %2 (%3, %4).</source>
        <extracomment>%1 is the workspace file; %2, %3 and %4 are &quot;12,345 customers&quot;, &quot;3 rejected rows&quot; and &quot;5 warnings&quot;.</extracomment>
        <translation>%1 wurde geschrieben: %2 (%3, %4).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln issue(s) to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>
            <numerusform>%Ln Problem wurde in %1 geschrieben.</numerusform>
            <numerusform>%Ln Probleme wurden in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>“Active within” is longer than “At risk within”. Make it shorter, then build again.</source>
        <extracomment>The two names are the labels of the status thresholds in this dialog.</extracomment>
        <translation>„Aktiv innerhalb von“ ist länger als „Gefährdet innerhalb von“. Verkürzen Sie den Zeitraum und starten Sie die Erstellung dann erneut.</translation>
    </message>
</context>
<context>
    <name>c360::ui::MainWindow</name>
    <message>
        <source>Customer 360 Workbench</source>
        <translation>Customer 360 Workbench</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Customers table</source>
        <translation>Kundentabelle</translation>
    </message>
    <message>
        <source>Segment charts</source>
        <translation>Segmentdiagramme</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Gespeicherte Segmente</translation>
    </message>
    <message>
        <source>Customers matching the filters</source>
        <translation>Kunden, die den Filtern entsprechen</translation>
    </message>
    <message>
        <source>Order of the customer table</source>
        <translation>Reihenfolge der Kundentabelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import sources…</source>
        <translation>Quellen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export filtered customers…</source>
        <translation>Gefilterte Kunden &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Select &amp;all rows</source>
        <translation>&amp;Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>&amp;Find customers</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Reset all filters</source>
        <translation>Alle Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>S&amp;ortieren</translation>
    </message>
    <message>
        <source>By current column, &amp;ascending</source>
        <translation>Nach aktueller Spalte &amp;aufsteigend</translation>
    </message>
    <message>
        <source>By current column, &amp;descending</source>
        <translation>Nach aktueller Spalte a&amp;bsteigend</translation>
    </message>
    <message>
        <source>&amp;Table order</source>
        <translation>&amp;Tabellenreihenfolge</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Segment c&amp;harts</source>
        <translation>Segment&amp;diagramme</translation>
    </message>
    <message>
        <source>Saved se&amp;gments</source>
        <translation>&amp;Gespeicherte Segmente</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>&amp;Nächster Fensterbereich</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>&amp;Vorheriger Fensterbereich</translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation>Zur &amp;Tabelle wechseln</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmente</translation>
    </message>
    <message>
        <source>&amp;Save current filters as segment…</source>
        <translation>Aktuelle Filter als Segment &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Apply chosen segment</source>
        <translation>Ausgewähltes Segment &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Customer 360 Workbench</source>
        <translation>Ü&amp;ber Customer 360 Workbench</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 — Customer 360 Workbench</source>
        <translation>%1 – Customer 360 Workbench</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Workspaces (*.c360 *.sqlite *.db)</source>
        <translation>Arbeitsbereiche (*.c360 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>Preparing the demo workspace… %1%</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet… %1 %</translation>
    </message>
    <message>
        <source>The demo workspace could not be built: %1 Use File → Import sources to build one from your own files.</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht erstellt werden: %1 Verwenden Sie Datei → Quellen importieren, um einen aus Ihren eigenen Dateien zu erstellen.</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet…</translation>
    </message>
    <message>
        <source>At least one column must stay shown; nothing changed.</source>
        <translation>Mindestens eine Spalte muss sichtbar bleiben; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>About Customer 360 Workbench</source>
        <translation>Über Customer 360 Workbench</translation>
    </message>
    <message>
        <source>Customer 360 Workbench turns customer exports into one row per customer and lets you explore, save and export segments.</source>
        <translation>Customer 360 Workbench macht aus Kundenexporten eine Zeile pro Kunde und ermöglicht es Ihnen, Segmente zu erkunden, zu speichern und zu exportieren.</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>Sortiert nach %1, absteigend</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation>Sortiert nach %1, aufsteigend</translation>
    </message>
    <message>
        <source>In table order</source>
        <translation>In Tabellenreihenfolge</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 customer(s)</source>
        <extracomment>The customers the filter shows, of all in the workspace: &quot;1,204 of 12,345 customers&quot;.</extracomment>
        <translation>
            <numerusform>%1 von %2 Kunde</numerusform>
            <numerusform>%1 von %2 Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <extracomment>%1 is &quot;1,204 of 12,345 customers&quot;; a new count is being computed.</extracomment>
        <translation>%1 (wird aktualisiert…)</translation>
    </message>
    <message>
        <source>No workspace open: File → Open workspace (%1)</source>
        <extracomment>%1 is the key of File → Open workspace (&quot;Ctrl+O&quot;).</extracomment>
        <translation>Kein Arbeitsbereich geöffnet: Datei → Arbeitsbereich öffnen (%1)</translation>
    </message>
</context>
<context>
    <name>c360::ui::Messages</name>
    <message>
        <source>%1: the mapping reads %2.%3 from the column &quot;%4&quot;, which the header does not have. The header has: %5. Correct the mapping and run the build again.</source>
        <extracomment>%1: the table&apos;s file; %2: table; %3: column; %4: the header the mapping names; %5: the file&apos;s header (list).</extracomment>
        <translation>%1: Laut Zuordnung wird %2.%3 aus der Spalte „%4“ gelesen, die es in der Kopfzeile nicht gibt. Die Kopfzeile enthält: %5. Korrigieren Sie die Zuordnung und starten Sie die Erstellung erneut.</translation>
    </message>
    <message>
        <source>Two columns, &quot;%1&quot; and &quot;%2&quot;, both read as %3; the first one is used. Rename the other if it is the one you meant.</source>
        <extracomment>%1: the first header; %2: the second header; %3: the column both are read as.</extracomment>
        <translation>Zwei Spalten, „%1“ und „%2“, werden beide als %3 gelesen; die erste wird verwendet. Benennen Sie die andere um, wenn Sie diese gemeint haben.</translation>
    </message>
    <message>
        <source>%1: the table %2 needs the column %3, which the header does not have. The header has: %4. %5</source>
        <extracomment>%1 is the table&apos;s file; %2 the table; %3 the missing column; %4 the file&apos;s header (quoted names); %5 the hints that follow (sentences).</extracomment>
        <translation>%1: Die Tabelle %2 benötigt die Spalte %3, die in der Kopfzeile fehlt. Die Kopfzeile enthält: %4. %5</translation>
    </message>
    <message>
        <source>%1: the table %2 needs the columns %3, which the header does not have. The header has: %4. %5</source>
        <extracomment>%1 is the table&apos;s file; %2 the table; %3 the missing columns (a list); %4 the file&apos;s header (quoted names); %5 the hints that follow (sentences).</extracomment>
        <translation>%1: Die Tabelle %2 benötigt die Spalten %3, die in der Kopfzeile fehlen. Die Kopfzeile enthält: %4. %5</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot; for %2? %3</source>
        <extracomment>%1 is a column of the file, %2 the column the table needs; %3 the hints that follow (sentences).</extracomment>
        <translation>Meinten Sie „%1“ für %2? %3</translation>
    </message>
    <message>
        <source>The first line looks like data, not column names: the file needs a header line naming its columns. %1</source>
        <extracomment>%1 is the hints that follow (sentences).</extracomment>
        <translation>Die erste Zeile sieht wie Daten aus, nicht wie Spaltennamen: Die Datei braucht eine Kopfzeile mit den Namen ihrer Spalten. %1</translation>
    </message>
    <message>
        <source>The first line seems to separate columns with %2, but the file was read with another separator. Give --delimiter %1 (or drop a --delimiter that says otherwise) and run the build again.</source>
        <extracomment>%2 names the delimiter (&quot;semicolons&quot;); %1 is the value for --delimiter (&quot;semicolon&quot;), written as it is.</extracomment>
        <translation>Die erste Zeile scheint die Spalten durch %2 zu trennen, die Datei wurde aber mit einem anderen Trennzeichen gelesen. Geben Sie --delimiter %1 an (oder entfernen Sie eine abweichende --delimiter-Angabe) und starten Sie die Erstellung erneut.</translation>
    </message>
    <message>
        <source>Rename the column in the file&apos;s first line, or say which column it is with --map %1.%2=&quot;Column name&quot;, and run the build again.</source>
        <extracomment>%1 is a table, %2 a column; --map TABLE.COLUMN=&quot;Column name&quot; is an option, written as it is.</extracomment>
        <translation>Benennen Sie die Spalte in der ersten Zeile der Datei um oder geben Sie mit --map %1.%2=&quot;Column name&quot; an, welche Spalte es ist, und starten Sie die Erstellung erneut.</translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed, so everything from there to the end of the file (line %2) was read as one value. Close the quote (or double it inside the value) and run the build again.</source>
        <extracomment>%1: the line the quote opened on (a number); %2: the file&apos;s last line (a number).</extracomment>
        <translation>Ein in Zeile %1 geöffnetes Anführungszeichen wird nie geschlossen, daher wurde alles von dort bis zum Dateiende (Zeile %2) als ein einziger Wert gelesen. Schließen Sie das Anführungszeichen (oder verdoppeln Sie es innerhalb des Werts) und starten Sie die Erstellung erneut.</translation>
    </message>
    <message>
        <source>This row is %1 MB long (lines %2 to %3). No customer record is that large: most likely a quote is never closed or the file is not CSV text. The row was left out; check the file there.</source>
        <extracomment>%1 is the row&apos;s size in MB (a decimal number); %2 and %3 are line numbers.</extracomment>
        <translation>Diese Zeile ist %1 MB lang (Zeilen %2 bis %3 der Datei). So groß ist kein Kundendatensatz: Wahrscheinlich wird ein Anführungszeichen nie geschlossen, oder die Datei ist kein CSV-Text. Die Zeile wurde nicht übernommen; prüfen Sie die Datei an dieser Stelle.</translation>
    </message>
    <message>
        <source>The value in column &quot;%1&quot; is %2 MB long, more than the 1 MB a value may have. Most likely a quote is never closed; the row was left out.</source>
        <extracomment>%1: the column&apos;s header; %2: the value&apos;s size in MB (decimal).</extracomment>
        <translation>Der Wert in der Spalte „%1“ ist %2 MB lang und damit länger als die zulässigen 1 MB pro Wert. Wahrscheinlich wird ein Anführungszeichen nie geschlossen; die Zeile wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>The value in column %1 is %2 MB long, more than the 1 MB a value may have. Most likely a quote is never closed; the row was left out.</source>
        <extracomment>%1: the column&apos;s position (number); %2: the value&apos;s size in MB (decimal).</extracomment>
        <translation>Der Wert in Spalte %1 ist %2 MB lang und damit länger als die zulässigen 1 MB pro Wert. Wahrscheinlich wird ein Anführungszeichen nie geschlossen; die Zeile wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2. A delimiter inside a value needs quotes around the value; check this line in the file.</source>
        <extracomment>%1: fields in the row (a number); %2: fields in the header (a number).</extracomment>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2. Enthält ein Wert das Trennzeichen, muss der Wert in Anführungszeichen stehen; prüfen Sie diese Zeile in der Datei.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2.</source>
        <extracomment>%1 is the number of fields in the row, %2 the number in the header.</extracomment>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <source>The row holds a NUL byte (binary data), kept as it is. Check where the file came from; a text export has none.</source>
        <translation>Die Zeile enthält ein NUL-Byte (Binärdaten); es wurde unverändert übernommen. Prüfen Sie, woher die Datei stammt; ein Textexport enthält keine solchen Bytes.</translation>
    </message>
    <message>
        <source>Text follows a closing quote; it was kept as part of the value. Quote the whole value if that is not what you meant.</source>
        <translation>Auf ein schließendes Anführungszeichen folgt weiterer Text; er wurde als Teil des Werts übernommen. Setzen Sie den ganzen Wert in Anführungszeichen, wenn das nicht beabsichtigt war.</translation>
    </message>
    <message>
        <source>Stopped at the first rejected row, as asked: %1, line %2: %3 Correct it and run the build again, or leave out --on-error stop to skip such rows and have them reported.</source>
        <extracomment>%1 is a file name, %2 a line number; %3 is why the row was rejected (a sentence).</extracomment>
        <translation>Wie gewünscht bei der ersten abgelehnten Zeile angehalten: %1, Zeile %2: %3 Korrigieren Sie die Zeile und starten Sie die Erstellung erneut, oder lassen Sie --on-error stop weg, damit solche Zeilen übersprungen und gemeldet werden.</translation>
    </message>
    <message>
        <source>%1 is empty, so the row cannot be linked to anything. Fill it in or delete the row.</source>
        <extracomment>%1 is the column&apos;s name in the file (customer_id, …).</extracomment>
        <translation>%1 ist leer, daher lässt sich die Zeile mit nichts verknüpfen. Tragen Sie einen Wert ein oder löschen Sie die Zeile.</translation>
    </message>
    <message>
        <source>customer_id &quot;%1&quot; appeared on an earlier line; the first row is kept and this one is left out. Remove or merge the duplicate.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>Die customer_id „%1“ kommt bereits in einer früheren Zeile vor; die erste Zeile wird beibehalten, diese hier wird nicht übernommen. Entfernen Sie das Duplikat oder führen Sie die beiden Zeilen zusammen.</translation>
    </message>
    <message>
        <source>product_id &quot;%1&quot; appeared on an earlier line; the first row is kept. Remove the duplicate.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>Die product_id „%1“ kommt bereits in einer früheren Zeile vor; die erste Zeile wird beibehalten. Entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>campaign_id &quot;%1&quot; appeared on an earlier line; the first row is kept. Remove the duplicate.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>Die campaign_id „%1“ kommt bereits in einer früheren Zeile vor; die erste Zeile wird beibehalten. Entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. The value was read as empty; correct it in the file if it matters.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>„%1“ ist keine Zahl. Der Wert wurde als leer gelesen; korrigieren Sie ihn in der Datei, falls er wichtig ist.</translation>
    </message>
    <message>
        <source>total_amount is empty, so the line has no value. Fill in the amount (0 if it was free) or delete the line.</source>
        <translation>Das Feld total_amount ist leer, daher hat die Zeile keinen Wert. Tragen Sie den Betrag ein (0, wenn der Kauf kostenlos war) oder löschen Sie die Zeile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be an amount. The line was left out; correct it and run the build again.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>„%1“ ist zu groß für einen Betrag. Die Zeile wurde nicht übernommen; korrigieren Sie den Wert und starten Sie die Erstellung erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (write it like %2). The line was left out; correct it and run the build again.</source>
        <extracomment>%1: the value as written; %2: an amount written the file&apos;s way (&quot;1234,56&quot;).</extracomment>
        <translation>„%1“ ist kein Betrag (schreiben Sie Beträge wie %2). Die Zeile wurde nicht übernommen; korrigieren Sie den Wert und starten Sie die Erstellung erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 4 decimals; it was rounded to %2.</source>
        <extracomment>%1: the value as written; %2: the amount it was rounded to (decimal).</extracomment>
        <translation>„%1“ hat mehr als 4 Nachkommastellen; der Wert wurde auf %2 gerundet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date this program reads (YYYY-MM-DD, optionally with a time; DD.MM.YYYY; MM/DD/YYYY or DD/MM/YYYY). The value was read as empty; correct it in the file if the date matters.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>„%1“ ist kein Datum, das dieses Programm lesen kann (YYYY-MM-DD, optional mit Uhrzeit; DD.MM.YYYY; MM/DD/YYYY oder DD/MM/YYYY). Der Wert wurde als leer gelesen; korrigieren Sie ihn in der Datei, falls das Datum wichtig ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date when read day first (dmy), the order chosen (--date-order or the mapping file). The value was read as empty; check the order or the value.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>„%1“ ist kein gültiges Datum in der gewählten Reihenfolge „Tag zuerst“ (dmy, über --date-order oder die Zuordnungsdatei). Der Wert wurde als leer gelesen; prüfen Sie die Reihenfolge oder den Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date when read month first (mdy), the order chosen (--date-order or the mapping file). The value was read as empty; check the order or the value.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>„%1“ ist kein gültiges Datum in der gewählten Reihenfolge „Monat zuerst“ (mdy, über --date-order oder die Zuordnungsdatei). Der Wert wurde als leer gelesen; prüfen Sie die Reihenfolge oder den Wert.</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read day first (DD/MM/YYYY), as values like &quot;%2&quot; show.</source>
        <extracomment>%1: the column&apos;s header; %2: a value that shows the order.</extracomment>
        <translation>Datumsangaben mit Schrägstrich in der Spalte %1 wurden mit dem Tag zuerst gelesen (DD/MM/YYYY); das zeigen Werte wie „%2“.</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read month first (MM/DD/YYYY), as values like &quot;%2&quot; show.</source>
        <extracomment>%1: the column&apos;s header; %2: a value that shows the order.</extracomment>
        <translation>Datumsangaben mit Schrägstrich in der Spalte %1 wurden mit dem Monat zuerst gelesen (MM/DD/YYYY); das zeigen Werte wie „%2“.</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read day first (DD/MM/YYYY), as another date column of the file shows.</source>
        <extracomment>%1: the column&apos;s header.</extracomment>
        <translation>Datumsangaben mit Schrägstrich in der Spalte %1 wurden mit dem Tag zuerst gelesen (DD/MM/YYYY); das zeigt eine andere Datumsspalte der Datei.</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read month first (MM/DD/YYYY): no value says which; choose with --date-order if that is wrong.</source>
        <extracomment>%1: the column&apos;s header.</extracomment>
        <translation>Datumsangaben mit Schrägstrich in der Spalte %1 wurden mit dem Monat zuerst gelesen (MM/DD/YYYY): Kein Wert zeigt, welche Reihenfolge gilt; legen Sie sie mit --date-order fest, falls das nicht stimmt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (day first). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>„%1“ passt nicht zur Datumsreihenfolge dieser Spalte (Tag zuerst). Der Wert wurde als leer gelesen; schreiben Sie die Datumsangaben in der ganzen Spalte einheitlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (month first). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>„%1“ passt nicht zur Datumsreihenfolge dieser Spalte (Monat zuerst). Der Wert wurde als leer gelesen; schreiben Sie die Datumsangaben in der ganzen Spalte einheitlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (day first, but the column mixes both orders). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>„%1“ passt nicht zur Datumsreihenfolge dieser Spalte (Tag zuerst, die Spalte mischt aber beide Reihenfolgen). Der Wert wurde als leer gelesen; schreiben Sie die Datumsangaben in der ganzen Spalte einheitlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (month first, but the column mixes both orders). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>„%1“ passt nicht zur Datumsreihenfolge dieser Spalte (Monat zuerst, die Spalte mischt aber beide Reihenfolgen). Der Wert wurde als leer gelesen; schreiben Sie die Datumsangaben in der ganzen Spalte einheitlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is after as_of (%2): age is left empty. Check the date.</source>
        <extracomment>%1: the birth date as written; %2: as_of (YYYY-MM-DD).</extracomment>
        <translation>„%1“ liegt nach dem Stichtag as_of (%2), daher bleibt das Alter leer. Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is after as_of (%3): age is left empty. Check the date.</source>
        <extracomment>%1 is the birth date as written, %2 the date it was read as, %3 the as-of date (both YYYY-MM-DD).</extracomment>
        <translation>„%1“ (gelesen als %2) liegt nach dem Stichtag as_of (%3), daher bleibt das Alter leer. Prüfen Sie das Datum.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows refer to customers not in customer_info and were left out (for example %2).</source>
        <extracomment>%Ln is the number of rows; %2 some of their customer ids, quoted and separated by commas.</extracomment>
        <translation>
            <numerusform>%Ln Zeile verweist auf einen Kunden, der nicht in customer_info enthalten ist (%2), und wurde nicht übernommen.</numerusform>
            <numerusform>%Ln Zeilen verweisen auf Kunden, die nicht in customer_info enthalten sind, und wurden nicht übernommen (zum Beispiel %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows belong to customers registered after as_of and were left out with them.</source>
        <extracomment>%Ln is the number of rows.</extracomment>
        <translation>
            <numerusform>%Ln Zeile gehört zu einem Kunden, der nach dem Stichtag (as_of) registriert wurde, und wurde wie dieser Kunde nicht übernommen.</numerusform>
            <numerusform>%Ln Zeilen gehören zu Kunden, die nach dem Stichtag (as_of) registriert wurden, und wurden wie diese Kunden nicht übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines name a product_id that is not in product_catalog: they count towards purchases and spend, not towards favourites.</source>
        <extracomment>%Ln is the number of purchase lines.</extracomment>
        <translation>
            <numerusform>%Ln Zeile nennt eine product_id, die nicht in product_catalog enthalten ist: Diese Zeile wird bei Käufen und Umsatz mitgezählt, aber nicht bei Lieblingskategorie und Lieblingsmarke.</numerusform>
            <numerusform>%Ln Zeilen nennen eine product_id, die nicht in product_catalog enthalten ist: Diese Zeilen werden bei Käufen und Umsatz mitgezählt, aber nicht bei Lieblingskategorie und Lieblingsmarke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln responses name a campaign_id that is not in marketing_campaigns: they do not count as engagement.</source>
        <extracomment>%Ln is the number of responses.</extracomment>
        <translation>
            <numerusform>%Ln Reaktion nennt eine campaign_id, die nicht in marketing_campaigns enthalten ist: Diese Reaktion zählt nicht als Engagement.</numerusform>
            <numerusform>%Ln Reaktionen nennen eine campaign_id, die nicht in marketing_campaigns enthalten ist: Diese Reaktionen zählen nicht als Engagement.</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1.csv in the folder: read as an empty table.</source>
        <extracomment>%1: the table.</extracomment>
        <translation>Keine Datei %1.csv im Ordner: wird als leere Tabelle gelesen.</translation>
    </message>
    <message>
        <source>No table or view named %1 in the database: read as an empty table.</source>
        <extracomment>%1: the table.</extracomment>
        <translation>Keine Tabelle oder Sicht namens %1 in der Datenbank: wird als leere Tabelle gelesen.</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>Die Erstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A customer&apos;s total spend is too large to add up exactly (over 900 trillion). Check total_amount in purchase_transactions for values in the wrong unit or with misplaced decimal points.</source>
        <translation>Der Gesamtumsatz eines Kunden ist zu groß, um ihn exakt zu addieren (über 900 Billionen). Prüfen Sie total_amount in purchase_transactions auf Werte in einer falschen Einheit oder mit falsch gesetztem Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>A table cannot be used; see its error.</source>
        <translation>Eine Tabelle ist nicht verwendbar; Näheres finden Sie in ihrer Fehlermeldung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name; %2 is a message about that file (a sentence).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <extracomment>%1 is a file name, %2 a line number; %3 says what is wrong on that line.</extracomment>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <extracomment>Completes &quot;Cannot read FILE: …&quot;: the path names a folder.</extracomment>
        <translation>Es handelt sich um einen Ordner, nicht um eine Datei</translation>
    </message>
    <message>
        <source>commas</source>
        <extracomment>The name of a delimiter; it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <extracomment>The name of a delimiter; it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <extracomment>The name of a delimiter; it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <extracomment>The name of a delimiter (|); it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>&apos;%1&apos; characters</source>
        <extracomment>%1 is the delimiter character itself, e.g. ~; the phrase completes &quot;Columns are separated by …&quot;.</extracomment>
        <translation>„%1“-Zeichen</translation>
    </message>
    <message>
        <source>Cannot write beside %1: %2. Check that the folder exists and that you may write to it.</source>
        <extracomment>%1: the file to write; %2: the system&apos;s reason.</extracomment>
        <translation>Im Ordner von %1 kann nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner vorhanden ist und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <extracomment>%1: the temporary file; %2: the system&apos;s reason.</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <extracomment>%1: the file.</extracomment>
        <translation>In %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Is the disk full? Nothing was written.</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2. Ist der Datenträger voll? Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2. If the file is open in another program, close it and try again.</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>%1 kann nicht ersetzt werden: %2. Wenn die Datei in einem anderen Programm geöffnet ist, schließen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for rejected rows: %2.</source>
        <extracomment>%1: the folder; %2: the system&apos;s reason.</extracomment>
        <translation>Der Ordner %1 für abgelehnte Zeilen kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%2 Nothing was written to %1.</source>
        <extracomment>%1 is the workspace file; %2 is why the build failed (one or more sentences).</extracomment>
        <translation>%2 In %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The workspace file %1 must end in .c360 (or .sqlite or .db). Choose another name.</source>
        <extracomment>%1: the workspace file.</extracomment>
        <translation>Die Arbeitsbereichsdatei %1 muss auf .c360 (oder .sqlite bzw. .db) enden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The build was cancelled. Nothing was written.</source>
        <translation>Die Erstellung wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing the workspace failed: %1. Is the disk full?</source>
        <extracomment>%1: SQLite&apos;s words.</extracomment>
        <translation>Das Schreiben des Arbeitsbereichs ist fehlgeschlagen: %1. Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>Writing the workspace failed: %1</source>
        <extracomment>%1: SQLite&apos;s words.</extracomment>
        <translation>Das Schreiben des Arbeitsbereichs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: %2.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Der Arbeitsbereich %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Preparing the workspace failed.</source>
        <translation>Die Vorbereitung des Arbeitsbereichs ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not enough memory to prepare the workspace.</source>
        <translation>Nicht genügend Arbeitsspeicher, um den Arbeitsbereich vorzubereiten.</translation>
    </message>
    <message>
        <source>Writing the workspace failed: a chunk of customer_360 could not be read.</source>
        <translation>Das Schreiben des Arbeitsbereichs ist fehlgeschlagen: Ein Teil von customer_360 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a workspace written by c360 build (%2). Build one with: c360 build SOURCE -o %1</source>
        <extracomment>%1 is a file name (twice); %2 is SQLite&apos;s own words, in English. &quot;c360 build SOURCE -o&quot; is a command, written as it is.</extracomment>
        <translation>%1 ist kein mit c360 build geschriebener Arbeitsbereich (%2). Erstellen Sie einen mit: c360 build SOURCE -o %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Could not change the saved segments in %1 (%2). Check that the disk is not full and the file is not open for writing elsewhere, then try again.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Die gespeicherten Segmente in %1 konnten nicht geändert werden (%2). Stellen Sie sicher, dass der Datenträger nicht voll ist und die Datei nicht an anderer Stelle zum Schreiben geöffnet ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1 (%2). Check the path, or build one with: c360 build SOURCE -o %1</source>
        <extracomment>%1 is a file name (twice); %2 is SQLite&apos;s own words, in English. &quot;c360 build SOURCE -o&quot; is a command, written as it is.</extracomment>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden (%2). Prüfen Sie den Pfad oder erstellen Sie einen mit: c360 build SOURCE -o %1</translation>
    </message>
    <message>
        <source>%1 is not a workspace written by c360 build. Build one with: c360 build SOURCE -o %1</source>
        <extracomment>%1 is a file name (twice). &quot;c360 build SOURCE -o&quot; is a command, written as it is.</extracomment>
        <translation>%1 ist kein mit c360 build geschriebener Arbeitsbereich. Erstellen Sie einen mit: c360 build SOURCE -o %1</translation>
    </message>
    <message>
        <source>%1 is read-only, so its saved segments cannot be changed. Make the file writable (or copy it somewhere you can write) and try again.</source>
        <extracomment>%1: the workspace file.</extracomment>
        <translation>%1 ist schreibgeschützt, daher können die gespeicherten Segmente darin nicht geändert werden. Heben Sie den Schreibschutz der Datei auf (oder kopieren Sie sie an einen Ort, an dem Sie schreiben dürfen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The saved segments in %1 cannot be read (%2). The workspace may be damaged; rebuild it with c360 build.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Die gespeicherten Segmente in %1 können nicht gelesen werden (%2). Der Arbeitsbereich ist möglicherweise beschädigt; erstellen Sie ihn mit c360 build neu.</translation>
    </message>
    <message>
        <source>The saved segment &quot;%1&quot; in %2 has a condition (%3) this version of c360 does not understand. Delete the segment with a SQLite tool or use a newer c360.</source>
        <extracomment>%1: the segment&apos;s name; %2: the workspace file; %3: the condition as stored.</extracomment>
        <translation>Das gespeicherte Segment „%1“ in %2 hat eine Bedingung (%3), die diese Version von c360 nicht versteht. Löschen Sie das Segment mit einem SQLite-Programm oder verwenden Sie eine neuere Version von c360.</translation>
    </message>
    <message>
        <source>No saved segment named &quot;%1&quot; in %2; it has no saved segments yet.</source>
        <extracomment>%1: the name asked for; %2: the workspace file.</extracomment>
        <translation>Kein gespeichertes Segment namens „%1“ in %2; der Arbeitsbereich enthält noch keine gespeicherten Segmente.</translation>
    </message>
    <message>
        <source>No saved segment named &quot;%1&quot; in %2; saved segments: %3.</source>
        <extracomment>%1: the name asked for; %2: the workspace file; %3: the names saved (a list).</extracomment>
        <translation>Kein gespeichertes Segment namens „%1“ in %2; gespeicherte Segmente: %3.</translation>
    </message>
    <message>
        <source>A saved segment needs a name. Type one and try again.</source>
        <translation>Ein gespeichertes Segment braucht einen Namen. Geben Sie einen ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is already a saved segment named &quot;%1&quot;. Choose another name, or delete that one first.</source>
        <extracomment>%1: the name that is taken.</extracomment>
        <translation>Es gibt bereits ein gespeichertes Segment namens „%1“. Wählen Sie einen anderen Namen oder löschen Sie zuerst das vorhandene Segment.</translation>
    </message>
    <message>
        <source>Cannot open the new workspace %1 to carry the saved segments (%2).</source>
        <extracomment>%1: the new workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Der neue Arbeitsbereich %1 kann nicht geöffnet werden, um die gespeicherten Segmente zu übernehmen (%2).</translation>
    </message>
    <message>
        <source>Could not carry the saved segments of %1 into the new workspace (%2). Nothing was replaced; check the disk space and that the old workspace is readable, then build again.</source>
        <extracomment>%1: the previous workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Die gespeicherten Segmente aus %1 konnten nicht in den neuen Arbeitsbereich übernommen werden (%2). Es wurde nichts ersetzt; prüfen Sie den freien Speicherplatz und ob der alte Arbeitsbereich lesbar ist, und starten Sie die Erstellung dann erneut.</translation>
    </message>
    <message>
        <source>Columns are separated by %4: %1 columns, %2 of %3 sampled rows have that many.</source>
        <extracomment>%4 names the delimiter (&quot;semicolons&quot;); %1 is the number of columns, %2 and %3 numbers of sampled rows.</extracomment>
        <translation>Die Spalten sind durch %4 getrennt: %1 Spalten; %2 von %3 Zeilen der Stichprobe haben so viele.</translation>
    </message>
    <message>
        <source>Only one column was found; read as comma-separated.</source>
        <translation>Es wurde nur eine Spalte gefunden; die Datei wird als kommagetrennt gelesen.</translation>
    </message>
    <message>
        <source>The first line holds numbers or dates, so it looks like data, not a header.</source>
        <translation>Die erste Zeile enthält Zahlen oder Datumsangaben und sieht daher wie Daten aus, nicht wie eine Kopfzeile.</translation>
    </message>
    <message>
        <source>Numbers use a decimal comma (%1 sampled values like 12,50).</source>
        <extracomment>%1: how many sampled values (number).</extracomment>
        <translation>Zahlen haben ein Dezimalkomma (%1 Werte der Stichprobe wie 12,50).</translation>
    </message>
    <message>
        <source>Numbers use a decimal point (%1 sampled values like 12.50).</source>
        <extracomment>%1: how many sampled values (number).</extracomment>
        <translation>Zahlen haben einen Dezimalpunkt (%1 Werte der Stichprobe wie 12.50).</translation>
    </message>
    <message>
        <source>The file is UTF-8 and starts with a byte order mark; the mark was skipped.</source>
        <translation>Die Datei ist in UTF-8 kodiert und beginnt mit einer Byte-Order-Mark (BOM); die BOM wurde übersprungen.</translation>
    </message>
    <message>
        <source>Read as %1, as chosen.</source>
        <extracomment>%1: the encoding&apos;s name.</extracomment>
        <translation>Wie gewählt als %1 gelesen.</translation>
    </message>
    <message>
        <source>The file is %1 (it starts with a byte order mark); it was converted to UTF-8.</source>
        <extracomment>%1: the encoding&apos;s name.</extracomment>
        <translation>Die Datei ist in %1 kodiert (sie beginnt mit einer Byte-Order-Mark); sie wurde in UTF-8 umgewandelt.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European, as older Excel versions save CSV). If letters look wrong, choose the file&apos;s encoding.</source>
        <translation>Die Datei ist nicht in UTF-8 kodiert; sie wurde als Windows-1252 gelesen (westeuropäisch, so speichern ältere Excel-Versionen CSV-Dateien). Wenn Buchstaben falsch aussehen, wählen Sie die Zeichenkodierung der Datei.</translation>
    </message>
    <message>
        <source>The file looks like %1 without a byte order mark; it was converted to UTF-8.</source>
        <extracomment>%1: the encoding&apos;s name.</extracomment>
        <translation>Die Datei scheint in %1 ohne Byte-Order-Mark kodiert zu sein; sie wurde in UTF-8 umgewandelt.</translation>
    </message>
    <message>
        <source>Columns are separated by %1, as chosen.</source>
        <extracomment>%1 names the delimiter (&quot;semicolons&quot;).</extracomment>
        <translation>Die Spalten sind wie gewählt durch %1 getrennt.</translation>
    </message>
    <message>
        <source>Columns are separated by %1 (detected).</source>
        <extracomment>%1 names the delimiter (&quot;semicolons&quot;).</extracomment>
        <translation>Die Spalten sind durch %1 getrennt (erkannt).</translation>
    </message>
    <message>
        <source>Numbers are read with a decimal comma (12,50).</source>
        <translation>Zahlen werden mit Dezimalkomma gelesen (12,50).</translation>
    </message>
    <message>
        <source>Numbers are read with a decimal comma (12,50) and &apos;.&apos; between thousands.</source>
        <translation>Zahlen werden mit Dezimalkomma (12,50) und Punkt (.) als Tausendertrennzeichen gelesen.</translation>
    </message>
    <message>
        <source>Numbers are read with &apos;,&apos; between thousands (1,234.50).</source>
        <translation>Zahlen werden mit Komma (,) als Tausendertrennzeichen gelesen (1,234.50).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes could not be read as %2 and were replaced by �; see the warnings for their lines.</source>
        <extracomment>%Ln is the number of bytes; %2 the encoding&apos;s name (&quot;UTF-8&quot;).</extracomment>
        <translation>
            <numerusform>%Ln Byte konnte nicht als %2 gelesen werden und wurde durch � ersetzt; die betroffene Zeile finden Sie in den Warnungen.</numerusform>
            <numerusform>%Ln Bytes konnten nicht als %2 gelesen werden und wurden durch � ersetzt; die betroffenen Zeilen finden Sie in den Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty: the table is read as having no rows.</source>
        <translation>Die Datei ist leer: Die Tabelle hat daher keine Zeilen.</translation>
    </message>
    <message>
        <source>Read from %1 files, one after another.</source>
        <extracomment>%1: how many files (number, at least 2).</extracomment>
        <translation>Aus %1 Dateien nacheinander gelesen.</translation>
    </message>
    <message>
        <source>The byte %1 is not valid UTF-8; it was replaced by �. Save the file as UTF-8, or choose its encoding, if letters on this line look wrong.</source>
        <extracomment>%1: the byte in hex (&quot;0xE9&quot;).</extracomment>
        <translation>Das Byte %1 ist kein gültiges UTF-8; es wurde durch � ersetzt. Speichern Sie die Datei als UTF-8 oder wählen Sie ihre Zeichenkodierung, falls Buchstaben in dieser Zeile falsch aussehen.</translation>
    </message>
    <message>
        <source>The UTF-16 surrogate %1 has no pair; it was replaced by �. Save the file as UTF-8, or choose its encoding, if letters on this line look wrong.</source>
        <extracomment>%1: the unit in hex (&quot;0xD800&quot;).</extracomment>
        <translation>Das UTF-16-Surrogat %1 hat kein Gegenstück; es wurde durch � ersetzt. Speichern Sie die Datei als UTF-8 oder wählen Sie ihre Zeichenkodierung, falls Buchstaben in dieser Zeile falsch aussehen.</translation>
    </message>
    <message>
        <source>The last byte is half of a UTF-16 character; it was replaced by �. Save the file as UTF-8, or choose its encoding, if letters on this line look wrong.</source>
        <translation>Das letzte Byte ist nur ein halbes UTF-16-Zeichen; es wurde durch � ersetzt. Speichern Sie die Datei als UTF-8 oder wählen Sie ihre Zeichenkodierung, falls Buchstaben in dieser Zeile falsch aussehen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a file name; %2 completes the sentence with what the file is (&quot;is a zip archive, …&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 holds a file that %2</source>
        <extracomment>%1 is a .csv.gz file name; %2 completes the sentence with what the file inside is (&quot;is a zip archive, …&quot;).</extracomment>
        <translation>Die in %1 enthaltene Datei %2</translation>
    </message>
    <message>
        <source>is a zip archive, most likely an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods) with a .csv name. Open it in your spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>ist ein ZIP-Archiv, höchstwahrscheinlich eine Excel-Arbeitsmappe (.xlsx) oder OpenDocument-Tabelle (.ods) mit der Endung .csv. Öffnen Sie die Datei in Ihrer Tabellenkalkulation und speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>is an old Excel workbook (.xls) with a .csv name. Open it in Excel and save it as &quot;CSV UTF-8&quot;.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>ist eine alte Excel-Arbeitsmappe (.xls) mit der Endung .csv. Öffnen Sie die Datei in Excel und speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>is a SQLite database, not a CSV file. Give the database itself as the source.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>ist eine SQLite-Datenbank, keine CSV-Datei. Geben Sie die Datenbank selbst als Quelle an.</translation>
    </message>
    <message>
        <source>is a Parquet file. Export the table as CSV and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>ist eine Parquet-Datei. Exportieren Sie die Tabelle als CSV und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>is a PDF document, not a table. Export the data as CSV and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>ist ein PDF-Dokument, keine Tabelle. Exportieren Sie die Daten als CSV und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>is a JSON file, not CSV. Export the table as CSV (most tools offer it next to JSON) and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>ist eine JSON-Datei, keine CSV-Datei. Exportieren Sie die Tabelle als CSV (die meisten Programme bieten das neben JSON an) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>contains binary data (NUL bytes), so it is not a text CSV file. Export the table as CSV and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>enthält Binärdaten (NUL-Bytes) und ist daher keine CSV-Textdatei. Exportieren Sie die Tabelle als CSV und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>cannot start decompressing the file.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>Das Entpacken der Datei kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1). Compress the file again, or give the plain CSV.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;; %1 is the decompressor&apos;s own words, in English.</extracomment>
        <translation>Die komprimierten Daten sind beschädigt (%1). Komprimieren Sie die Datei erneut oder geben Sie die unkomprimierte CSV-Datei an.</translation>
    </message>
    <message>
        <source>decompresses to more than 8 GB. Split it into several files.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>Entpackt ist die Datei größer als 8 GB. Teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>cannot continue decompressing the file.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>Das Entpacken der Datei kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>the compressed file ends too early. Copy it again.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>Die komprimierte Datei endet zu früh. Kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists, is not open exclusively in another program, and that you may read it.</source>
        <extracomment>%1 is a file name; %2 is the reason (the system&apos;s words, or &quot;it is a folder, not a file&quot;).</extracomment>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei vorhanden ist, ob sie nicht exklusiv in einem anderen Programm geöffnet ist und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 has other columns than %2, but both are read as one table. Its header: %3. Give the files the same columns (or map each file&apos;s columns the same way) and run the build again.</source>
        <extracomment>%1: the file; %2: the table&apos;s first file; %3: the file&apos;s header (a list of quoted names).</extracomment>
        <translation>%1 hat andere Spalten als %2, aber beide werden als eine Tabelle gelesen. Die Kopfzeile dieser Datei: %3. Geben Sie den Dateien dieselben Spalten (oder ordnen Sie die Spalten jeder Datei gleich zu) und starten Sie die Erstellung erneut.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check that the file is a SQLite database you may read.</source>
        <extracomment>%1: the database file; %2: SQLite&apos;s words.</extracomment>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob die Datei eine SQLite-Datenbank ist, die Sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Reading the database failed: %1</source>
        <extracomment>%1: SQLite&apos;s words.</extracomment>
        <translation>Das Lesen der Datenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot read the list of tables in %1: %2. The file may be damaged or not a SQLite database.</source>
        <extracomment>%1: the database file; %2: SQLite&apos;s words.</extracomment>
        <translation>Die Liste der Tabellen in %1 kann nicht gelesen werden: %2. Die Datei ist möglicherweise beschädigt oder keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 has no table or view named &quot;%2&quot;. It holds: %3.</source>
        <extracomment>%1: the database file; %2: the table asked for; %3: the tables it holds (a list).</extracomment>
        <translation>Die Datenbank %1 hat keine Tabelle oder Sicht namens „%2“. Sie enthält: %3.</translation>
    </message>
    <message>
        <source>The database %1 has no table or view named customer_info. It holds no tables at all. Create a view named customer_info over your customer table (one row per customer, with a customer_id column), or name the table with --table customer_info=TABLE, and run the build again.</source>
        <extracomment>%1: the database file.</extracomment>
        <translation>Die Datenbank %1 hat keine Tabelle oder Sicht namens customer_info. Sie enthält überhaupt keine Tabellen. Legen Sie eine Sicht (View) namens customer_info auf Ihre Kundentabelle an (eine Zeile pro Kunde, mit einer Spalte customer_id) oder geben Sie die Tabelle mit --table customer_info=TABLE an, und starten Sie die Erstellung erneut.</translation>
    </message>
    <message>
        <source>The database %1 has no table or view named customer_info. It holds: %2. Create a view named customer_info over your customer table (one row per customer, with a customer_id column), or name the table with --table customer_info=TABLE, and run the build again.</source>
        <extracomment>%1: the database file; %2: the tables it holds (a list).</extracomment>
        <translation>Die Datenbank %1 hat keine Tabelle oder Sicht namens customer_info. Sie enthält: %2. Legen Sie eine Sicht (View) namens customer_info auf Ihre Kundentabelle an (eine Zeile pro Kunde, mit einer Spalte customer_id) oder geben Sie die Tabelle mit --table customer_info=TABLE an, und starten Sie die Erstellung erneut.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 in %2: %3. If it is a view, check that the tables it reads exist.</source>
        <extracomment>%1: the table; %2: the database file; %3: SQLite&apos;s words.</extracomment>
        <translation>Die Tabelle %1 in %2 kann nicht gelesen werden: %3. Falls es sich um eine Sicht handelt, prüfen Sie, ob die Tabellen vorhanden sind, die sie liest.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: %2. Check that it exists and that you may open it.</source>
        <extracomment>%1: the folder; %2: the system&apos;s reason.</extracomment>
        <translation>Der Ordner %1 kann nicht gelesen werden: %2. Prüfen Sie, ob er vorhanden ist und ob Sie ihn öffnen dürfen.</translation>
    </message>
    <message>
        <source>No file matches &quot;%1&quot; (looked in %2 and in the current folder). Check the name given with --table.</source>
        <extracomment>%1: the pattern; %2: the source folder.</extracomment>
        <translation>Keine Datei passt zu „%1“ (gesucht in %2 und im aktuellen Ordner). Prüfen Sie den mit --table angegebenen Namen.</translation>
    </message>
    <message>
        <source>The source %1 does not exist. Give a folder of CSV files or a SQLite database file.</source>
        <extracomment>%1: the source.</extracomment>
        <translation>Die Quelle %1 ist nicht vorhanden. Geben Sie einen Ordner mit CSV-Dateien oder eine SQLite-Datenbankdatei an.</translation>
    </message>
    <message>
        <source>The source %1 is neither a folder nor a SQLite database. Give the folder that holds customer_info.csv and the other tables, or a .sqlite/.db file.</source>
        <extracomment>%1: the source.</extracomment>
        <translation>Die Quelle %1 ist weder ein Ordner noch eine SQLite-Datenbank. Geben Sie den Ordner an, der customer_info.csv und die anderen Tabellen enthält, oder eine .sqlite/.db-Datei.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2 to map. Its columns are: %3.</source>
        <extracomment>%1: the table; %2: the column; %3: the table&apos;s columns (a list).</extracomment>
        <translation>Die Tabelle %1 hat keine Spalte %2, die zugeordnet werden kann. Ihre Spalten: %3.</translation>
    </message>
    <message>
        <source>No customer_info.csv in %1. The folder holds no .csv files at all. Put the customer list in a file named customer_info.csv (one row per customer, with a customer_id column) and run the build again (or name the file with --table customer_info=FILE).</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>Keine Datei customer_info.csv in %1. Der Ordner enthält überhaupt keine .csv-Dateien. Legen Sie die Kundenliste in einer Datei namens customer_info.csv ab (eine Zeile pro Kunde, mit einer Spalte customer_id) und starten Sie die Erstellung erneut (oder geben Sie die Datei mit --table customer_info=FILE an).</translation>
    </message>
    <message>
        <source>No customer_info.csv in %1. The folder holds: %2. Put the customer list in a file named customer_info.csv (one row per customer, with a customer_id column) and run the build again (or name the file with --table customer_info=FILE).</source>
        <extracomment>%1: the folder; %2: the .csv files it holds (a list).</extracomment>
        <translation>Keine Datei customer_info.csv in %1. Der Ordner enthält: %2. Legen Sie die Kundenliste in einer Datei namens customer_info.csv ab (eine Zeile pro Kunde, mit einer Spalte customer_id) und starten Sie die Erstellung erneut (oder geben Sie die Datei mit --table customer_info=FILE an).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the tables (%2).</source>
        <extracomment>%1: the name given; %2: the tables (a list).</extracomment>
        <translation>„%1“ ist keine der Tabellen (%2).</translation>
    </message>
    <message>
        <source>--map needs TABLE.COLUMN=HEADER, for example --map purchase_transactions.transaction_id=&quot;Order ID&quot;.</source>
        <translation>--map erwartet TABLE.COLUMN=HEADER, zum Beispiel --map purchase_transactions.transaction_id=&quot;Bestellnummer&quot;.</translation>
    </message>
    <message>
        <source>The table %1 has no column &quot;%2&quot; to map. Its columns are: %3.</source>
        <extracomment>%1: the table; %2: the column; %3: the table&apos;s columns (a list).</extracomment>
        <translation>Die Tabelle %1 hat keine Spalte „%2“, die zugeordnet werden kann. Ihre Spalten: %3.</translation>
    </message>
    <message>
        <source>--map %1 names no source column after &apos;=&apos;.</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Bei --map %1 fehlt nach „=“ der Name der Quellspalte.</translation>
    </message>
    <message>
        <source>--table needs TABLE=FILE, for example --table purchase_transactions=orders_2024.csv or =&apos;sales/*.csv&apos;.</source>
        <translation>--table erwartet TABLE=FILE, zum Beispiel --table purchase_transactions=orders_2024.csv oder =&apos;sales/*.csv&apos;.</translation>
    </message>
    <message>
        <source>Unknown date order &quot;%1&quot;. Use dmy (31/01/2025) or mdy (01/31/2025).</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Unbekannte Datumsreihenfolge „%1“. Verwenden Sie dmy (31/01/2025) oder mdy (01/31/2025).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use utf-8, utf-16le, utf-16be, windows-1252 or latin1.</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Unbekannte Zeichenkodierung „%1“. Verwenden Sie utf-8, utf-16le, utf-16be, windows-1252 oder latin1.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;. Use comma, semicolon, tab, pipe, or the character itself.</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Unbekanntes Trennzeichen „%1“. Verwenden Sie comma, semicolon, tab, pipe oder das Zeichen selbst.</translation>
    </message>
    <message>
        <source>Unknown decimal mark &quot;%1&quot;. Use . or ,</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Unbekanntes Dezimaltrennzeichen „%1“. Verwenden Sie . oder ,</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <extracomment>%1: the setting&apos;s name.</extracomment>
        <translation>Unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1. Check the name.</source>
        <extracomment>%1: the mapping file.</extracomment>
        <translation>Die Zuordnungsdatei %1 kann nicht gelesen werden. Prüfen Sie den Namen.</translation>
    </message>
    <message>
        <source>a section is written [table_name].</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;. [table_name] is written as it is.</extracomment>
        <translation>Ein Abschnitt wird als [table_name] geschrieben.</translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot;.</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;. &quot;name = value&quot; is written as it is.</extracomment>
        <translation>Erwartet wurde „name = value“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs in a [table] section.</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;; %1 is a setting&apos;s name (file, table). [table] is written as it is.</extracomment>
        <translation>„%1“ gehört in einen Abschnitt [table].</translation>
    </message>
    <message>
        <source>column mappings belong in a [table] section.</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;. [table] is written as it is.</extracomment>
        <translation>Spaltenzuordnungen gehören in einen Abschnitt [table].</translation>
    </message>
</context>
<context>
    <name>c360::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Open the last workspace at start</source>
        <translation>Beim Start den letzten Arbeitsbereich ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the desktop (%1)</source>
        <extracomment>First entry of the language list: use the desktop&apos;s language; %1 is its name.</extracomment>
        <translation>Sprache des Desktops (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus, windows and messages. Numbers and dates follow the regional format of the desktop.</source>
        <translation>Die Sprache von Menüs, Fenstern und Meldungen. Zahlen und Datumsangaben folgen dem Regionalformat des Desktops.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <source>Open the last workspace at start</source>
        <translation>Beim Start den letzten Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Without it the workbench starts on the demo workspace.</source>
        <translation>Ohne diese Option startet die Anwendung mit dem Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The workbench shows the new language the next time it starts.</source>
        <translation>Die Anwendung zeigt die neue Sprache beim nächsten Start an.</translation>
    </message>
</context>
<context>
    <name>c360::ui::RangeFilterEditor</name>
    <message>
        <source>Include missing values</source>
        <translation>Kunden ohne Wert einbeziehen</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1, minimum</source>
        <translation>%1, Minimum</translation>
    </message>
    <message>
        <source>%1, maximum</source>
        <translation>%1, Maximum</translation>
    </message>
    <message>
        <source>%1, include missing values</source>
        <translation>%1, Kunden ohne Wert einbeziehen</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>Kein gültiges Datum</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Keine gültige Zahl</translation>
    </message>
    <message>
        <source>no bounds</source>
        <translation>keine Grenzen</translation>
    </message>
    <message>
        <source>Current filter: %1.</source>
        <translation>Aktueller Filter: %1.</translation>
    </message>
    <message>
        <source>Type a date such as %1 or 2025-01-31.</source>
        <translation>Geben Sie ein Datum wie %1 oder 2025-01-31 ein.</translation>
    </message>
    <message>
        <source>Customers without a value for %1 also match when a bound is set</source>
        <extracomment>%1 is a column title such as &quot;Total spend&quot;.</extracomment>
        <translation>Kunden ohne Wert für %1 werden auch dann berücksichtigt, wenn eine Grenze gesetzt ist</translation>
    </message>
</context>
<context>
    <name>c360::ui::ReportIssuesModel</name>
    <message>
        <source>Rejected row</source>
        <translation>Abgelehnte Zeile</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1
The row: %2</source>
        <translation>%1
Die Zeile: %2</translation>
    </message>
    <message>
        <source>no column</source>
        <translation>keine Spalte</translation>
    </message>
    <message>
        <source>no line</source>
        <translation>keine Zeile</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Nothing was written.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>c360::ui::SampleRowsModel</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>c360::ui::SavedSegmentsModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1, or missing</source>
        <translation>%1 oder ohne Wert</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <source>All customers (no filters).</source>
        <translation>Alle Kunden (keine Filter).</translation>
    </message>
    <message>
        <source>%1 — counting customers…</source>
        <translation>%1 – Kunden werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 customer(s)</source>
        <extracomment>%1 is the segment&apos;s name, %2 its number of customers.</extracomment>
        <translation>
            <numerusform>%1 – %2 Kunde</numerusform>
            <numerusform>%1 – %2 Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::SegmentsDock</name>
    <message>
        <source>Saved segments</source>
        <translation>Gespeicherte Segmente</translation>
    </message>
    <message>
        <source>Save current filters…</source>
        <translation>Aktuelle Filter speichern…</translation>
    </message>
    <message>
        <source>Save current filters as a segment</source>
        <translation>Aktuelle Filter als Segment speichern</translation>
    </message>
    <message>
        <source>Saves the filters now applied under a name, in the workspace</source>
        <translation>Speichert die aktuell angewendeten Filter unter einem Namen im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply segment</source>
        <translation>Segment anwenden</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Segment umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Segment duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <source>Open a workspace first: segments are saved in it.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich: Segmente werden darin gespeichert.</translation>
    </message>
    <message>
        <source>Saved the current filters as “%1”.</source>
        <translation>Die aktuellen Filter wurden als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>There is no saved segment named “%1”.</source>
        <translation>Es gibt kein gespeichertes Segment namens „%1“.</translation>
    </message>
    <message>
        <source>Applied “%1”.</source>
        <translation>„%1“ angewendet.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>Kopie als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Save current filters</source>
        <translation>Aktuelle Filter speichern</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>Name des Segments:</translation>
    </message>
    <message>
        <source>Replace segment</source>
        <translation>Segment ersetzen</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”. Replace it with the current filters?</source>
        <translation>Es gibt bereits ein Segment namens „%1“. Möchten Sie es durch die aktuellen Filter ersetzen?</translation>
    </message>
    <message>
        <source>Choose a segment in the list first.</source>
        <translation>Wählen Sie zuerst ein Segment in der Liste aus.</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Delete the saved segment “%1”? This cannot be undone.</source>
        <translation>Möchten Sie das gespeicherte Segment „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Each segment with its number of customers. %1 applies the segment, %2 renames it, %3 duplicates it, %4 deletes it.</source>
        <extracomment>%1 to %4 are keys (Enter, F2, Ctrl+D, Delete), named as the keyboard labels them.</extracomment>
        <translation>Jedes Segment mit seiner Anzahl an Kunden. %1 wendet das Segment an, %2 benennt es um, %3 dupliziert es, %4 löscht es.</translation>
    </message>
    <message>
        <source>Replaces the current filters with the selected segment&apos;s (%1)</source>
        <translation>Ersetzt die aktuellen Filter durch die des ausgewählten Segments (%1)</translation>
    </message>
    <message>
        <source>Gives the selected segment another name (%1)</source>
        <translation>Gibt dem ausgewählten Segment einen anderen Namen (%1)</translation>
    </message>
    <message>
        <source>Saves a copy of the selected segment next to it (%1)</source>
        <translation>Speichert eine Kopie des ausgewählten Segments direkt daneben (%1)</translation>
    </message>
    <message>
        <source>Deletes the selected segment after asking (%1)</source>
        <translation>Löscht das ausgewählte Segment nach einer Rückfrage (%1)</translation>
    </message>
</context>
<context>
    <name>c360::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Next pane (filters, table, charts, saved segments)</source>
        <translation>Nächster Fensterbereich (Filter, Tabelle, Diagramme, gespeicherte Segmente)</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Vorheriger Fensterbereich</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Nächstes oder vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Move by page, to the first or last customer</source>
        <translation>Seitenweise blättern, zum ersten oder letzten Kunden springen</translation>
    </message>
    <message>
        <source>Sort by this column (click the header with the mouse)</source>
        <translation>Nach dieser Spalte sortieren (mit der Maus auf den Spaltenkopf klicken)</translation>
    </message>
    <message>
        <source>see View menu</source>
        <translation>siehe Menü „Ansicht“</translation>
    </message>
    <message>
        <source>Filter lists</source>
        <translation>Filterlisten</translation>
    </message>
    <message>
        <source>Tick or untick the current value</source>
        <translation>Aktuellen Wert an- oder abhaken</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Move between bars or slices</source>
        <translation>Zwischen Balken oder Sektoren wechseln</translation>
    </message>
    <message>
        <source>Filter by the chosen bar or slice</source>
        <translation>Nach dem gewählten Balken oder Sektor filtern</translation>
    </message>
    <message>
        <source>First or last bar or slice</source>
        <translation>Erster oder letzter Balken bzw. Sektor</translation>
    </message>
    <message>
        <source>Charts, as table</source>
        <translation>Diagramme als Tabelle</translation>
    </message>
    <message>
        <source>Filter by the current row</source>
        <translation>Nach der aktuellen Zeile filtern</translation>
    </message>
    <message>
        <source>Filter chips</source>
        <translation>Filterleiste</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Gespeicherte Segmente</translation>
    </message>
    <message>
        <source>Apply, rename, duplicate, delete the chosen one</source>
        <translation>Ausgewähltes Segment anwenden, umbenennen, duplizieren, löschen</translation>
    </message>
    <message>
        <source>Columns dialog</source>
        <translation>Dialog „Spalten“</translation>
    </message>
    <message>
        <source>Move the current column up or down</source>
        <translation>Aktuelle Spalte nach oben oder unten verschieben</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Dialoge</translation>
    </message>
    <message>
        <source>Cancel a running export or build; close</source>
        <translation>Laufenden Export oder laufende Erstellung abbrechen; schließen</translation>
    </message>
    <message>
        <source>&amp;Shortcuts:</source>
        <translation>&amp;Tastenkombinationen:</translation>
    </message>
</context>
<context>
    <name>c360::ui::SourceTablesModel</name>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Point (.)</source>
        <translation>Punkt (.)</translation>
    </message>
    <message>
        <source>Not found: read as an empty table.</source>
        <translation>Nicht gefunden: wird als leere Tabelle gelesen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln Zeile abgelehnt</numerusform>
            <numerusform>%Ln Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of unknown customers</source>
        <translation>
            <numerusform>%Ln Zeile eines unbekannten Kunden</numerusform>
            <numerusform>%Ln Zeilen unbekannter Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore customer_360 workspaces built by c360. Without a workspace it opens the last one, or on the first start the bundled demo.</source>
        <translation>Arbeitsbereiche mit der Kundenübersicht (customer_360) erkunden, die mit c360 erstellt wurden. Ohne Angabe eines Arbeitsbereichs wird der zuletzt verwendete geöffnet, beim ersten Start der mitgelieferte Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>A .c360 workspace to open (default: the last one).</source>
        <translation>Ein zu öffnender .c360-Arbeitsbereich (Standard: der zuletzt verwendete).</translation>
    </message>
</context>
</TS>

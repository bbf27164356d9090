<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FilterParts</name>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Never Purchased</source>
        <translation>Jamais acheté</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
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
        <translation>%1 (valeur présente)</translation>
    </message>
    <message>
        <source>%1, or missing</source>
        <translation>%1, ou sans valeur</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartPanel</name>
    <message>
        <source>Summary of %1</source>
        <translation>%1&#xa0;: résumé</translation>
    </message>
    <message>
        <source>Highlighted element of %1</source>
        <translation>%1&#xa0;: élément mis en évidence</translation>
    </message>
    <message>
        <source>%1 as table</source>
        <translation>%1 sous forme de tableau</translation>
    </message>
    <message>
        <source>View as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>View %1 as table</source>
        <translation>%1&#xa0;: afficher en tableau</translation>
    </message>
    <message>
        <source>Shows the numbers of the chart as a table instead of the picture</source>
        <translation>Affiche les chiffres du graphique sous forme de tableau au lieu de l&apos;image</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Highlighted: %1, %2 (%3).</source>
        <translation>Mis en évidence&#xa0;: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>%1 Enter adds it to the filter.</source>
        <translation>%1 Appuyez sur Entrée pour l&apos;ajouter au filtre.</translation>
    </message>
    <message>
        <source>%1 It cannot be used as a filter.</source>
        <translation>%1 Cet élément ne peut pas servir de filtre.</translation>
    </message>
    <message>
        <source>Left and Right arrows highlight a bar or slice; Enter adds it to the filter.</source>
        <translation>Les flèches Gauche et Droite mettent en évidence une barre ou une part&#x202f;; Entrée l&apos;ajoute au filtre.</translation>
    </message>
    <message>
        <source>View as chart</source>
        <translation>Afficher en graphique</translation>
    </message>
    <message>
        <source>View %1 as chart</source>
        <translation>%1&#xa0;: afficher en graphique</translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartTableModel</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartText</name>
    <message>
        <source>%1 is the largest group: %2 of %3</source>
        <translation>%1 est le groupe le plus important&#xa0;: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the largest group: %2 each of %3</source>
        <translation>%1 sont à égalité en tête des groupes&#xa0;: %2 chacun de %3</translation>
    </message>
    <message>
        <source>%1 is the largest status: %2 of %3</source>
        <translation>%1 est le statut le plus représenté&#xa0;: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the largest status: %2 each of %3</source>
        <translation>%1 sont à égalité en tête des statuts&#xa0;: %2 chacun de %3</translation>
    </message>
    <message>
        <source>%1 is the most common spend band: %2 of %3</source>
        <translation>%1 est la tranche de dépenses la plus fréquente&#xa0;: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common spend band: %2 each of %3</source>
        <translation>%1 sont à égalité en tête des tranches de dépenses&#xa0;: %2 chacune de %3</translation>
    </message>
    <message>
        <source>%1 is the most common age band: %2 of %3</source>
        <translation>%1 est la tranche d&apos;âge la plus fréquente&#xa0;: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common age band: %2 each of %3</source>
        <translation>%1 sont à égalité en tête des tranches d&apos;âge&#xa0;: %2 chacune de %3</translation>
    </message>
    <message>
        <source>%1 in the filter, none with a known age</source>
        <translation>%1 dans le filtre, aucun avec un âge connu</translation>
    </message>
    <message>
        <source>%1 is the most common favourite category: %2 of %3</source>
        <translation>%1 est la catégorie préférée la plus fréquente&#xa0;: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common favourite category: %2 each of %3</source>
        <translation>%1 sont à égalité en tête des catégories préférées&#xa0;: %2 chacune de %3</translation>
    </message>
    <message>
        <source>%1 in the filter, none with a favourite category</source>
        <translation>%1 dans le filtre, aucun avec une catégorie préférée</translation>
    </message>
    <message>
        <source>%1 is the most common favourite brand: %2 of %3</source>
        <translation>%1 est la marque préférée la plus fréquente&#xa0;: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common favourite brand: %2 each of %3</source>
        <translation>%1 sont à égalité en tête des marques préférées&#xa0;: %2 chacune de %3</translation>
    </message>
    <message>
        <source>%1 in the filter, none with a favourite brand</source>
        <translation>%1 dans le filtre, aucun avec une marque préférée</translation>
    </message>
    <message>
        <source>No customers match the current filter, so there is nothing to chart</source>
        <translation>Aucun client ne correspond au filtre actuel&#xa0;: il n&apos;y a rien à représenter</translation>
    </message>
    <message>
        <source>%1 in %2 value</source>
        <translation>%1 du segment %2</translation>
    </message>
    <message>
        <source>Value segment by status</source>
        <translation>Segment de valeur par statut</translation>
    </message>
    <message>
        <source>Status share</source>
        <translation>Répartition par statut</translation>
    </message>
    <message>
        <source>Total spend distribution</source>
        <translation>Répartition des dépenses totales</translation>
    </message>
    <message>
        <source>Age distribution</source>
        <translation>Répartition par âge</translation>
    </message>
    <message>
        <source>Top favourite categories</source>
        <translation>Principales catégories préférées</translation>
    </message>
    <message>
        <source>Top favourite brands</source>
        <translation>Principales marques préférées</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Value segment</source>
        <translation>Segment de valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Dépenses totales</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>No age</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Catégorie préférée</translation>
    </message>
    <message>
        <source>No favourite category</source>
        <translation>Aucune catégorie préférée</translation>
    </message>
    <message>
        <source>Favourite brand</source>
        <translation>Marque préférée</translation>
    </message>
    <message>
        <source>No favourite brand</source>
        <translation>Aucune marque préférée</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <extracomment>A number of customers, as in &quot;41% of 12,345 customers&quot;. %1 is the number.</extracomment>
        <translation>
            <numerusform>%1 client</numerusform>
            <numerusform>%1 clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartsDock</name>
    <message>
        <source>Segment charts</source>
        <translation>Graphiques du segment</translation>
    </message>
</context>
<context>
    <name>c360::ui::ColumnMappingModel</name>
    <message>
        <source>Not found: the build needs it</source>
        <translation>Introuvable&#xa0;: requise pour la génération</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (choisi)</translation>
    </message>
    <message>
        <source>Contract column</source>
        <translation>Colonne du contrat</translation>
    </message>
    <message>
        <source>Source header</source>
        <translation>En-tête source</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>cell</comment>
        <extracomment>Whether the build needs this column: a cell of the column &quot;Required&quot;.</extracomment>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>cell</comment>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>column title</comment>
        <extracomment>The title of a column whose cells say &quot;Required&quot; or &quot;Optional&quot;.</extracomment>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>c360::ui::ColumnsDialog</name>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Shown columns, in table order (Space shows or hides one):</source>
        <translation>Colonnes &amp;affichées, dans l&apos;ordre du tableau (Espace affiche ou masque une colonne)&#xa0;:</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Monter la colonne</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Descendre la colonne</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>Ticked columns are shown. %1 and %2 move the current column.</source>
        <extracomment>%1 and %2 are keys (&quot;Alt+Up&quot;, &quot;Alt+Down&quot;), named as the keyboard labels them.</extracomment>
        <translation>Les colonnes cochées sont affichées. %1 et %2 déplacent la colonne active.</translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerTableModel</name>
    <message>
        <source>Customer id</source>
        <extracomment>Column title; the customer&apos;s identifier in the source system</extracomment>
        <translation>ID client</translation>
    </message>
    <message>
        <source>First name</source>
        <extracomment>Column title; a column of customer_360 (first_name)</extracomment>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <extracomment>Column title; a column of customer_360 (last_name)</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column title; a column of customer_360 (email)</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <extracomment>Column title; a column of customer_360 (phone_number)</extracomment>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>Column title; a column of customer_360 (date_of_birth)</extracomment>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Registration date</source>
        <extracomment>Column title; a column of customer_360 (registration_date)</extracomment>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column title; the customer&apos;s age in years on the snapshot date</extracomment>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Days since registration</source>
        <extracomment>Column title; days between registration and the snapshot date (&apos;as of&apos;)</extracomment>
        <translation>Jours depuis l&apos;inscription</translation>
    </message>
    <message>
        <source>Total purchases</source>
        <extracomment>Column title; number of distinct orders (transactions)</extracomment>
        <translation>Total des achats</translation>
    </message>
    <message>
        <source>Total spend</source>
        <extracomment>Column title; sum of the amounts of all purchases, in the shop&apos;s currency</extracomment>
        <translation>Dépenses totales</translation>
    </message>
    <message>
        <source>Avg purchase value</source>
        <extracomment>Column title; total spend divided by the number of purchases</extracomment>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Last purchase date</source>
        <extracomment>Column title; a column of customer_360 (last_purchase_date)</extracomment>
        <translation>Date du dernier achat</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <extracomment>Column title; days between the last purchase and the snapshot date (&apos;as of&apos;)</extracomment>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>Total interactions</source>
        <extracomment>Column title; customer service contacts (tickets, calls, chats)</extracomment>
        <translation>Total des interactions</translation>
    </message>
    <message>
        <source>Avg satisfaction score</source>
        <extracomment>Column title; mean satisfaction rating given after service contacts (1 to 5)</extracomment>
        <translation>Satisfaction moyenne</translation>
    </message>
    <message>
        <source>Resolved interactions</source>
        <extracomment>Column title; service contacts marked as resolved</extracomment>
        <translation>Interactions résolues</translation>
    </message>
    <message>
        <source>Campaigns engaged</source>
        <extracomment>Column title; distinct marketing campaigns the customer responded to in any way</extracomment>
        <translation>Campagnes engagées</translation>
    </message>
    <message>
        <source>Positive responses</source>
        <extracomment>Column title; campaign responses that were clicks or conversions</extracomment>
        <translation>Réponses positives</translation>
    </message>
    <message>
        <source>Total sessions</source>
        <extracomment>Column title; visits to the website</extracomment>
        <translation>Total des sessions</translation>
    </message>
    <message>
        <source>Avg pages per session</source>
        <extracomment>Column title; mean number of pages viewed per website visit</extracomment>
        <translation>Pages par session (moy.)</translation>
    </message>
    <message>
        <source>Avg time per session</source>
        <extracomment>Column title; mean duration of a website visit, in minutes</extracomment>
        <translation>Durée par session (moy.)</translation>
    </message>
    <message>
        <source>Customer value segment</source>
        <extracomment>Column title; High / Medium / Low, from total spend</extracomment>
        <translation>Segment de valeur</translation>
    </message>
    <message>
        <source>Customer status</source>
        <extracomment>Column title; Active / At Risk / Churned / Never Purchased, from days since the last purchase</extracomment>
        <translation>Statut du client</translation>
    </message>
    <message>
        <source>Issue resolution rate</source>
        <extracomment>Column title; share of service contacts that were resolved</extracomment>
        <translation>Taux de résolution</translation>
    </message>
    <message>
        <source>Campaign response rate</source>
        <extracomment>Column title; share of campaign responses that were positive</extracomment>
        <translation>Taux de réponse aux campagnes</translation>
    </message>
    <message>
        <source>Website engagement rate</source>
        <extracomment>Column title; share of website visits that were not bounces</extracomment>
        <translation>Taux d&apos;engagement web</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <extracomment>Column title; the product category the customer spent most on</extracomment>
        <translation>Catégorie préférée</translation>
    </message>
    <message>
        <source>Favourite brand</source>
        <extracomment>Column title; the brand the customer spent most on</extracomment>
        <translation>Marque préférée</translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerTableView</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message numerus="yes">
        <source>Copied the first %Ln selected row(s). To take more, use File → Export filtered customers.</source>
        <translation>
            <numerusform>Seule %Ln ligne sélectionnée a été copiée. Pour en copier davantage, utilisez Fichier → Exporter les clients filtrés.</numerusform>
            <numerusform>Seules les %Ln premières lignes sélectionnées ont été copiées. Pour en copier davantage, utilisez Fichier → Exporter les clients filtrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) as tab-separated text.</source>
        <translation>
            <numerusform>%Ln ligne copiée au format texte séparé par des tabulations.</numerusform>
            <numerusform>%Ln lignes copiées au format texte séparé par des tabulations.</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per customer. Arrow keys move between cells, %1 copies the selected rows, %2 leaves the table.</source>
        <extracomment>%1 and %2 are keys (&quot;Ctrl+C&quot;, &quot;Tab&quot;), named as the keyboard labels them.</extracomment>
        <translation>Une ligne par client. Les flèches passent d&apos;une cellule à l&apos;autre, %1 copie les lignes sélectionnées, %2 quitte le tableau.</translation>
    </message>
</context>
<context>
    <name>c360::ui::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>&amp;Protect against spreadsheet formulas</source>
        <translation>&amp;Protéger contre les formules de tableur</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d&apos;exportation</translation>
    </message>
    <message>
        <source>The CSV file the customers are written to</source>
        <translation>Le fichier CSV dans lequel les clients sont écrits</translation>
    </message>
    <message>
        <source>Browse for the export file</source>
        <translation>Parcourir pour choisir le fichier d&apos;exportation</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM, CRLF)</source>
        <translation>Excel (UTF-8 avec BOM, CRLF)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Excel adds a byte order mark and Windows line ends, so it shows accents correctly</source>
        <translation>Le format Excel ajoute une marque d&apos;ordre des octets (BOM) et des fins de ligne Windows, pour qu&apos;Excel affiche correctement les accents</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>The character between the values of a row</source>
        <translation>Le caractère placé entre les valeurs d&apos;une ligne</translation>
    </message>
    <message>
        <source>Text a spreadsheet could run as a formula (starting with =, @, a tab or a line break, or with + or - followed by more than a number) gets a &apos; in front, so it is shown as text. Phone numbers, numbers and dates are never changed.</source>
        <translation>Un texte qu&apos;un tableur pourrait exécuter comme une formule (commençant par =, @, une tabulation ou un saut de ligne, ou par + ou - suivi d&apos;autre chose qu&apos;un simple nombre) est précédé d&apos;une apostrophe (&apos;), afin d&apos;être affiché comme du texte. Les numéros de téléphone, les nombres et les dates ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>Protect against spreadsheet formulas</source>
        <translation>Protéger contre les formules de tableur</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progression&#xa0;:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>No columns are visible. Show at least one column in the table, then export again.</source>
        <translation>Aucune colonne n&apos;est visible. Affichez au moins une colonne dans le tableau, puis relancez l&apos;exportation.</translation>
    </message>
    <message>
        <source>%1, %2 will be written.</source>
        <extracomment>%1 is a number of customers (&quot;12,345 customers&quot;), %2 of columns (&quot;14 columns&quot;).</extracomment>
        <translation>À exporter&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Export customers to</source>
        <translation>Exporter les clients vers</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to: type its name or use Browse.</source>
        <translation>Choisissez le fichier d&apos;exportation&#xa0;: saisissez son nom ou utilisez Parcourir.</translation>
    </message>
    <message>
        <source>%1 is a folder. Add a file name such as customers.csv to the path.</source>
        <translation>%1 est un dossier. Ajoutez au chemin un nom de fichier, par exemple clients.csv.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose Replace to overwrite it, or change the file name.</source>
        <translation>%1 existe déjà. Choisissez Remplacer pour l&apos;écraser, ou changez le nom du fichier.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Remplacer le fichier existant</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Annulation de l&apos;exportation…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Write &amp;labels and column titles as shown here</source>
        <translation>Écrire les &amp;libellés et les titres de colonnes tels qu&apos;affichés ici</translation>
    </message>
    <message>
        <source>Off, the file holds the values other tools read: High, At Risk and column names such as customer_id. On, it holds the words shown here, such as %1 and %2, and the column titles of the table.</source>
        <extracomment>%1 and %2 are a value segment and a status as the workbench shows them (&quot;High&quot;, &quot;At Risk&quot; in English); &quot;High&quot;, &quot;At Risk&quot; and customer_id stay in English: they are the values other tools read.</extracomment>
        <translation>Désactivé, le fichier contient les valeurs que lisent les autres outils&#xa0;: High, At Risk et des noms de colonnes comme customer_id. Activé, il contient les mots affichés ici, comme %1 et %2, ainsi que les titres de colonnes du tableau.</translation>
    </message>
    <message>
        <source>Write labels and column titles as shown here</source>
        <translation>Écrire les libellés et les titres de colonnes tels qu&apos;affichés ici</translation>
    </message>
</context>
<context>
    <name>c360::ui::ExportJob</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#x202f;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The export failed and no file was written. %1</source>
        <translation>L&apos;exportation a échoué et aucun fichier n&apos;a été écrit. %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln customer(s) to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>
            <numerusform>%Ln client écrit dans %1.</numerusform>
            <numerusform>%Ln clients écrits dans %1.</numerusform>
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
            <numerusform>%1, %2 client</numerusform>
            <numerusform>%1, %2 clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter on; %1 customer(s) with the other filters</source>
        <translation>
            <numerusform>Filtre activé&#x202f;; %1 client avec les autres filtres</numerusform>
            <numerusform>Filtre activé&#x202f;; %1 clients avec les autres filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter off; %1 customer(s) with the other filters</source>
        <translation>
            <numerusform>Filtre désactivé&#x202f;; %1 client avec les autres filtres</numerusform>
            <numerusform>Filtre désactivé&#x202f;; %1 clients avec les autres filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) match %2 under the other filters</source>
        <extracomment>%1 is a number of customers, %2 a value such as &quot;High&quot;.</extracomment>
        <translation>
            <numerusform>%1 client correspond à %2 avec les autres filtres</numerusform>
            <numerusform>%1 clients correspondent à %2 avec les autres filtres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::FilterChipsBar</name>
    <message>
        <source>No filters</source>
        <translation>Aucun filtre</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres&#xa0;:</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
</context>
<context>
    <name>c360::ui::FilterDock</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>&amp;Reset all filters</source>
        <translation>&amp;Réinitialiser tous les filtres</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>id, name, email or phone</source>
        <translation>ID, nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Shows the customers whose id, name, email or phone contains the text</source>
        <translation>Affiche les clients dont l&apos;ID, le nom, l&apos;e-mail ou le téléphone contient le texte</translation>
    </message>
    <message>
        <source>Value segme&amp;nt</source>
        <translation>Segment de &amp;valeur</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Favourite &amp;category</source>
        <translation>Catégorie &amp;préférée</translation>
    </message>
    <message>
        <source>Favourite &amp;brand</source>
        <translation>&amp;Marque préférée</translation>
    </message>
    <message>
        <source>Tick values to show only those customers; Space ticks the current one. Counts are customers matching the other filters.</source>
        <translation>Cochez des valeurs pour n&apos;afficher que ces clients&#x202f;; Espace coche la valeur active. Les nombres indiqués sont les clients qui correspondent aux autres filtres.</translation>
    </message>
    <message>
        <source>Reset all filters</source>
        <translation>Réinitialiser tous les filtres</translation>
    </message>
</context>
<context>
    <name>c360::ui::ImportDialog</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Tel que détecté</translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation>Importer des sources</translation>
    </message>
    <message>
        <source>Choose a folder of CSV files or a SQLite file, or drop one here.</source>
        <translation>Choisissez un dossier de fichiers CSV ou un fichier SQLite, ou déposez-le ici.</translation>
    </message>
    <message>
        <source>A folder of CSV files or a SQLite file</source>
        <translation>Un dossier de fichiers CSV ou un fichier SQLite</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose S&amp;QLite file…</source>
        <translation>Choisir un fichier S&amp;QLite…</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Column &amp;mapping</source>
        <translation>&amp;Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Sam&amp;ple rows</source>
        <translation>Lignes d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Notes and problems</source>
        <translation>Re&amp;marques et problèmes</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>Point (.)</source>
        <translation>Point (.)</translation>
    </message>
    <message>
        <source>customer_360.c360</source>
        <translation>customer_360.c360</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>&amp;Build workspace</source>
        <translation>&amp;Générer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Cancel build</source>
        <translation>Ann&amp;uler la génération</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <source>Issues appear here after a build: file, line, column and reason.</source>
        <translation>Les problèmes s&apos;affichent ici après une génération&#xa0;: fichier, ligne, colonne et motif.</translation>
    </message>
    <message>
        <source>&amp;Export issues as CSV…</source>
        <translation>&amp;Exporter les problèmes en CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Source &amp;tables:</source>
        <translation>&amp;Tables sources&#xa0;:</translation>
    </message>
    <message>
        <source>How the selected table is read</source>
        <translation>Lecture de la table sélectionnée</translation>
    </message>
    <message>
        <source>Enco&amp;ding:</source>
        <translation>E&amp;ncodage&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>Sé&amp;parateur&#xa0;:</translation>
    </message>
    <message>
        <source>Decimal mar&amp;k:</source>
        <translation>Séparateur décima&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Build settings</source>
        <translation>Paramètres de génération</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Date de ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>Hi&amp;gh value from spend:</source>
        <translation>Seuil de dépenses pour Éle&amp;vé&#xa0;:</translation>
    </message>
    <message>
        <source>Medi&amp;um value from spend:</source>
        <translation>Seuil de dépenses pour Mo&amp;yen&#xa0;:</translation>
    </message>
    <message>
        <source>Acti&amp;ve within:</source>
        <translation>Act&amp;if jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>At &amp;risk within:</source>
        <translation>À &amp;risque jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation>Fic&amp;hier d&apos;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Issues fr&amp;om the build:</source>
        <translation>Pro&amp;blèmes de la génération&#xa0;:</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>Chemin de la source</translation>
    </message>
    <message>
        <source>A folder of CSV files or a SQLite file; press Enter to inspect it</source>
        <translation>Un dossier de fichiers CSV ou un fichier SQLite&#x202f;; appuyez sur Entrée pour l&apos;analyser</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Choose SQLite file</source>
        <translation>Choisir un fichier SQLite</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Status of the import</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>Source tables</source>
        <translation>Tables sources</translation>
    </message>
    <message>
        <source>One row per source table: files, how they are read, rows and problems</source>
        <translation>Une ligne par table source&#xa0;: fichiers, mode de lecture, lignes et problèmes</translation>
    </message>
    <message>
        <source>Details of the selected table</source>
        <translation>Détails de la table sélectionnée</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>For each column the build needs, the source header that feeds it</source>
        <translation>Pour chaque colonne requise par la génération, l&apos;en-tête source qui l&apos;alimente</translation>
    </message>
    <message>
        <source>Sample rows</source>
        <translation>Lignes d&apos;exemple</translation>
    </message>
    <message>
        <source>Notes and problems</source>
        <translation>Remarques et problèmes</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>The snapshot date: later rows are left out</source>
        <translation>Date d&apos;arrêt des données&#xa0;: les lignes postérieures sont exclues</translation>
    </message>
    <message>
        <source>High value from spend</source>
        <translation>Seuil de dépenses pour le segment Élevé</translation>
    </message>
    <message>
        <source>Medium value from spend</source>
        <translation>Seuil de dépenses pour le segment Moyen</translation>
    </message>
    <message>
        <source>Active within days</source>
        <translation>Actif jusqu&apos;à, en jours</translation>
    </message>
    <message>
        <source>At risk within days</source>
        <translation>À risque jusqu&apos;à, en jours</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Choose workspace file</source>
        <translation>Choisir le fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Build workspace</source>
        <translation>Générer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cancel build</source>
        <translation>Annuler la génération</translation>
    </message>
    <message>
        <source>Build progress</source>
        <translation>Progression de la génération</translation>
    </message>
    <message>
        <source>Build issues</source>
        <translation>Problèmes de la génération</translation>
    </message>
    <message>
        <source>File, line, column, kind and reason of each issue</source>
        <translation>Fichier, ligne, colonne, type et motif de chaque problème</translation>
    </message>
    <message>
        <source>Export issues as CSV</source>
        <translation>Exporter les problèmes en CSV</translation>
    </message>
    <message>
        <source>Choose the folder of CSV files</source>
        <translation>Choisir le dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>Choose a SQLite file</source>
        <translation>Choisir un fichier SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give a source first: a folder of CSV files or a SQLite file.</source>
        <translation>Indiquez d&apos;abord une source&#xa0;: un dossier de fichiers CSV ou un fichier SQLite.</translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>The source cannot be read: %1</source>
        <translation>Impossible de lire la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>A build is not possible yet: %1 Check the tables below and choose how they are read.</source>
        <translation>La génération n&apos;est pas encore possible&#xa0;: %1 Vérifiez les tables ci-dessous et choisissez comment les lire.</translation>
    </message>
    <message>
        <source>Select a table to choose how it is read.</source>
        <translation>Sélectionnez une table pour choisir comment la lire.</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 autres.</translation>
    </message>
    <message>
        <source>No notes and no problems.</source>
        <translation>Aucune remarque et aucun problème.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Table&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the workspace as</source>
        <translation>Enregistrer l&apos;espace de travail sous</translation>
    </message>
    <message>
        <source>Workspaces (*.c360)</source>
        <translation>Espaces de travail (*.c360)</translation>
    </message>
    <message>
        <source>Give the workspace file to write, for example customer_360.c360.</source>
        <translation>Indiquez le fichier d&apos;espace de travail à écrire, par exemple customer_360.c360.</translation>
    </message>
    <message>
        <source>The medium value threshold is above the high value threshold. Make it lower, then build again.</source>
        <translation>Le seuil du segment Moyen dépasse celui du segment Élevé. Abaissez-le, puis relancez la génération.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>Génération de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelling the build…</source>
        <translation>Annulation de la génération…</translation>
    </message>
    <message>
        <source>%1% — reading %2, %3 rows/s</source>
        <translation>%1&#x202f;% — lecture de %2, %3 lignes/s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>The build reported no issues.</source>
        <translation>La génération n&apos;a signalé aucun problème.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>The build was cancelled. Nothing was written to %1.</source>
        <translation>La génération a été annulée. Rien n&apos;a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>La génération a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the issues as CSV</source>
        <translation>Exporter les problèmes en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Found the tables below; a build as of %1 gives %2, %3 and %4. Check them, then build the workspace.</source>
        <extracomment>%1 is the as-of date; %2, %3 and %4 are &quot;12,345 customers&quot;, &quot;3 rejected rows&quot; and &quot;5 warnings&quot;.</extracomment>
        <translation>Voici les tables trouvées&#x202f;; une génération au %1 donnerait %2, %3 et %4. Vérifiez-les, puis générez l&apos;espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s)</source>
        <translation>
            <numerusform>%Ln ligne rejetée</numerusform>
            <numerusform>%Ln lignes rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the first %Ln are listed.</source>
        <translation>
            <numerusform>%1&#x202f;; seul %Ln est listé.</numerusform>
            <numerusform>%1&#x202f;; seuls les %Ln premiers sont listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s).</source>
        <translation>
            <numerusform>%Ln problème.</numerusform>
            <numerusform>%Ln problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 with %2 (%3, %4).</source>
        <extracomment>%1 is the workspace file; %2, %3 and %4 are &quot;12,345 customers&quot;, &quot;3 rejected rows&quot; and &quot;5 warnings&quot;.</extracomment>
        <translation>%1 a été écrit&#xa0;: %2 (%3, %4).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln issue(s) to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>
            <numerusform>%Ln problème écrit dans %1.</numerusform>
            <numerusform>%Ln problèmes écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“Active within” is longer than “At risk within”. Make it shorter, then build again.</source>
        <extracomment>The two names are the labels of the status thresholds in this dialog.</extracomment>
        <translation>«&#xa0;Actif jusqu&apos;à&#xa0;» dépasse «&#xa0;À risque jusqu&apos;à&#xa0;». Réduisez-le, puis relancez la génération.</translation>
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
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Customers table</source>
        <translation>Tableau des clients</translation>
    </message>
    <message>
        <source>Segment charts</source>
        <translation>Graphiques du segment</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Segments enregistrés</translation>
    </message>
    <message>
        <source>Customers matching the filters</source>
        <translation>Clients correspondant aux filtres</translation>
    </message>
    <message>
        <source>Order of the customer table</source>
        <translation>Ordre du tableau des clients</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Import sources…</source>
        <translation>&amp;Importer des sources…</translation>
    </message>
    <message>
        <source>&amp;Export filtered customers…</source>
        <translation>&amp;Exporter les clients filtrés…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Select &amp;all rows</source>
        <translation>Sélectionner &amp;toutes les lignes</translation>
    </message>
    <message>
        <source>&amp;Find customers</source>
        <translation>&amp;Rechercher des clients</translation>
    </message>
    <message>
        <source>&amp;Reset all filters</source>
        <translation>Réinitialiser tous les &amp;filtres</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Trier</translation>
    </message>
    <message>
        <source>By current column, &amp;ascending</source>
        <translation>Selon la colonne active, ordre &amp;croissant</translation>
    </message>
    <message>
        <source>By current column, &amp;descending</source>
        <translation>Selon la colonne active, ordre &amp;décroissant</translation>
    </message>
    <message>
        <source>&amp;Table order</source>
        <translation>Ordre du &amp;tableau</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>Segment c&amp;harts</source>
        <translation>&amp;Graphiques du segment</translation>
    </message>
    <message>
        <source>Saved se&amp;gments</source>
        <translation>Segments &amp;enregistrés</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation>Aller au ta&amp;bleau</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segments</translation>
    </message>
    <message>
        <source>&amp;Save current filters as segment…</source>
        <translation>&amp;Enregistrer les filtres actuels comme segment…</translation>
    </message>
    <message>
        <source>&amp;Apply chosen segment</source>
        <translation>&amp;Appliquer le segment choisi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Customer 360 Workbench</source>
        <translation>À &amp;propos de Customer 360 Workbench</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — Customer 360 Workbench</source>
        <translation>%1 — Customer 360 Workbench</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Workspaces (*.c360 *.sqlite *.db)</source>
        <translation>Espaces de travail (*.c360 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>Preparing the demo workspace… %1%</source>
        <translation>Préparation de l&apos;espace de travail de démonstration… %1&#x202f;%</translation>
    </message>
    <message>
        <source>The demo workspace could not be built: %1 Use File → Import sources to build one from your own files.</source>
        <translation>L&apos;espace de travail de démonstration n&apos;a pas pu être généré&#xa0;: %1 Utilisez Fichier → Importer des sources pour en générer un à partir de vos propres fichiers.</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Préparation de l&apos;espace de travail de démonstration…</translation>
    </message>
    <message>
        <source>At least one column must stay shown; nothing changed.</source>
        <translation>Au moins une colonne doit rester affichée&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>About Customer 360 Workbench</source>
        <translation>À propos de Customer 360 Workbench</translation>
    </message>
    <message>
        <source>Customer 360 Workbench turns customer exports into one row per customer and lets you explore, save and export segments.</source>
        <translation>Customer 360 Workbench transforme vos exports de données clients en une ligne par client et vous permet d&apos;explorer, d&apos;enregistrer et d&apos;exporter des segments.</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>Trié par %1, ordre décroissant</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation>Trié par %1, ordre croissant</translation>
    </message>
    <message>
        <source>In table order</source>
        <translation>Dans l&apos;ordre du tableau</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 customer(s)</source>
        <extracomment>The customers the filter shows, of all in the workspace: &quot;1,204 of 12,345 customers&quot;.</extracomment>
        <translation>
            <numerusform>%1 sur %2 client</numerusform>
            <numerusform>%1 sur %2 clients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <extracomment>%1 is &quot;1,204 of 12,345 customers&quot;; a new count is being computed.</extracomment>
        <translation>%1 (mise à jour…)</translation>
    </message>
    <message>
        <source>No workspace open: File → Open workspace (%1)</source>
        <extracomment>%1 is the key of File → Open workspace (&quot;Ctrl+O&quot;).</extracomment>
        <translation>Aucun espace de travail ouvert&#xa0;: Fichier → Ouvrir un espace de travail (%1)</translation>
    </message>
</context>
<context>
    <name>c360::ui::Messages</name>
    <message>
        <source>%1: the mapping reads %2.%3 from the column &quot;%4&quot;, which the header does not have. The header has: %5. Correct the mapping and run the build again.</source>
        <extracomment>%1: the table&apos;s file; %2: table; %3: column; %4: the header the mapping names; %5: the file&apos;s header (list).</extracomment>
        <translation>%1&#xa0;: la correspondance lit %2.%3 dans la colonne «&#xa0;%4&#xa0;», absente de la ligne d&apos;en-tête. La ligne d&apos;en-tête contient&#xa0;: %5. Corrigez la correspondance, puis relancez la génération.</translation>
    </message>
    <message>
        <source>Two columns, &quot;%1&quot; and &quot;%2&quot;, both read as %3; the first one is used. Rename the other if it is the one you meant.</source>
        <extracomment>%1: the first header; %2: the second header; %3: the column both are read as.</extracomment>
        <translation>Deux colonnes, «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;», sont toutes deux lues comme %3&#x202f;; la première est utilisée. Renommez l&apos;autre si c&apos;est celle que vous vouliez.</translation>
    </message>
    <message>
        <source>%1: the table %2 needs the column %3, which the header does not have. The header has: %4. %5</source>
        <extracomment>%1 is the table&apos;s file; %2 the table; %3 the missing column; %4 the file&apos;s header (quoted names); %5 the hints that follow (sentences).</extracomment>
        <translation>%1&#xa0;: la table %2 a besoin de la colonne %3, absente de la ligne d&apos;en-tête. La ligne d&apos;en-tête contient&#xa0;: %4. %5</translation>
    </message>
    <message>
        <source>%1: the table %2 needs the columns %3, which the header does not have. The header has: %4. %5</source>
        <extracomment>%1 is the table&apos;s file; %2 the table; %3 the missing columns (a list); %4 the file&apos;s header (quoted names); %5 the hints that follow (sentences).</extracomment>
        <translation>%1&#xa0;: la table %2 a besoin des colonnes %3, absentes de la ligne d&apos;en-tête. La ligne d&apos;en-tête contient&#xa0;: %4. %5</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot; for %2? %3</source>
        <extracomment>%1 is a column of the file, %2 the column the table needs; %3 the hints that follow (sentences).</extracomment>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;» pour %2&#x202f;? %3</translation>
    </message>
    <message>
        <source>The first line looks like data, not column names: the file needs a header line naming its columns. %1</source>
        <extracomment>%1 is the hints that follow (sentences).</extracomment>
        <translation>La première ligne ressemble à des données, pas à des noms de colonnes&#xa0;: le fichier doit commencer par une ligne d&apos;en-tête qui nomme ses colonnes. %1</translation>
    </message>
    <message>
        <source>The first line seems to separate columns with %2, but the file was read with another separator. Give --delimiter %1 (or drop a --delimiter that says otherwise) and run the build again.</source>
        <extracomment>%2 names the delimiter (&quot;semicolons&quot;); %1 is the value for --delimiter (&quot;semicolon&quot;), written as it is.</extracomment>
        <translation>La première ligne semble séparer les colonnes par %2, mais le fichier a été lu avec un autre séparateur. Indiquez --delimiter %1 (ou retirez un --delimiter qui indique autre chose), puis relancez la génération.</translation>
    </message>
    <message>
        <source>Rename the column in the file&apos;s first line, or say which column it is with --map %1.%2=&quot;Column name&quot;, and run the build again.</source>
        <extracomment>%1 is a table, %2 a column; --map TABLE.COLUMN=&quot;Column name&quot; is an option, written as it is.</extracomment>
        <translation>Renommez la colonne dans la première ligne du fichier, ou indiquez de quelle colonne il s&apos;agit avec --map %1.%2=&quot;Column name&quot;, puis relancez la génération.</translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed, so everything from there to the end of the file (line %2) was read as one value. Close the quote (or double it inside the value) and run the build again.</source>
        <extracomment>%1: the line the quote opened on (a number); %2: the file&apos;s last line (a number).</extracomment>
        <translation>Un guillemet ouvert à la ligne %1 n&apos;est jamais fermé&#xa0;: tout ce qui suit, jusqu&apos;à la fin du fichier (ligne %2), a été lu comme une seule valeur. Fermez le guillemet (ou doublez-le s&apos;il fait partie de la valeur), puis relancez la génération.</translation>
    </message>
    <message>
        <source>This row is %1 MB long (lines %2 to %3). No customer record is that large: most likely a quote is never closed or the file is not CSV text. The row was left out; check the file there.</source>
        <extracomment>%1 is the row&apos;s size in MB (a decimal number); %2 and %3 are line numbers.</extracomment>
        <translation>Cette ligne fait %1&#xa0;Mo (lignes %2 à %3 du fichier). Aucune fiche client n&apos;est aussi volumineuse&#xa0;: très probablement, un guillemet n&apos;est jamais fermé ou le fichier n&apos;est pas du texte CSV. La ligne a été exclue&#x202f;; vérifiez le fichier à cet endroit.</translation>
    </message>
    <message>
        <source>The value in column &quot;%1&quot; is %2 MB long, more than the 1 MB a value may have. Most likely a quote is never closed; the row was left out.</source>
        <extracomment>%1: the column&apos;s header; %2: the value&apos;s size in MB (decimal).</extracomment>
        <translation>La valeur de la colonne «&#xa0;%1&#xa0;» fait %2&#xa0;Mo, soit plus que la limite de 1&#xa0;Mo par valeur. Très probablement, un guillemet n&apos;est jamais fermé&#x202f;; la ligne a été exclue.</translation>
    </message>
    <message>
        <source>The value in column %1 is %2 MB long, more than the 1 MB a value may have. Most likely a quote is never closed; the row was left out.</source>
        <extracomment>%1: the column&apos;s position (number); %2: the value&apos;s size in MB (decimal).</extracomment>
        <translation>La valeur de la colonne %1 fait %2&#xa0;Mo, soit plus que la limite de 1&#xa0;Mo par valeur. Très probablement, un guillemet n&apos;est jamais fermé&#x202f;; la ligne a été exclue.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2. A delimiter inside a value needs quotes around the value; check this line in the file.</source>
        <extracomment>%1: fields in the row (a number); %2: fields in the header (a number).</extracomment>
        <translation>La ligne compte %1 champs alors que la ligne d&apos;en-tête en compte %2. Une valeur qui contient le séparateur doit être placée entre guillemets&#x202f;; vérifiez cette ligne dans le fichier.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2.</source>
        <extracomment>%1 is the number of fields in the row, %2 the number in the header.</extracomment>
        <translation>La ligne compte %1 champs alors que la ligne d&apos;en-tête en compte %2.</translation>
    </message>
    <message>
        <source>The row holds a NUL byte (binary data), kept as it is. Check where the file came from; a text export has none.</source>
        <translation>La ligne contient un octet NUL (données binaires), conservé tel quel. Vérifiez la provenance du fichier&#x202f;; un export au format texte n&apos;en contient aucun.</translation>
    </message>
    <message>
        <source>Text follows a closing quote; it was kept as part of the value. Quote the whole value if that is not what you meant.</source>
        <translation>Du texte suit un guillemet fermant&#x202f;; il a été conservé dans la valeur. Mettez toute la valeur entre guillemets si ce n&apos;est pas ce que vous vouliez.</translation>
    </message>
    <message>
        <source>Stopped at the first rejected row, as asked: %1, line %2: %3 Correct it and run the build again, or leave out --on-error stop to skip such rows and have them reported.</source>
        <extracomment>%1 is a file name, %2 a line number; %3 is why the row was rejected (a sentence).</extracomment>
        <translation>Arrêt à la première ligne rejetée, comme demandé&#xa0;: %1, ligne %2&#xa0;: %3 Corrigez-la, puis relancez la génération, ou retirez --on-error stop pour que ces lignes soient ignorées et signalées.</translation>
    </message>
    <message>
        <source>%1 is empty, so the row cannot be linked to anything. Fill it in or delete the row.</source>
        <extracomment>%1 is the column&apos;s name in the file (customer_id, …).</extracomment>
        <translation>%1 est vide, la ligne ne peut donc être rattachée à rien. Renseignez la valeur ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>customer_id &quot;%1&quot; appeared on an earlier line; the first row is kept and this one is left out. Remove or merge the duplicate.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>Le customer_id «&#xa0;%1&#xa0;» figure déjà sur une ligne précédente&#x202f;; la première ligne est conservée et celle-ci est exclue. Supprimez ou fusionnez le doublon.</translation>
    </message>
    <message>
        <source>product_id &quot;%1&quot; appeared on an earlier line; the first row is kept. Remove the duplicate.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>Le product_id «&#xa0;%1&#xa0;» figure déjà sur une ligne précédente&#x202f;; la première ligne est conservée. Supprimez le doublon.</translation>
    </message>
    <message>
        <source>campaign_id &quot;%1&quot; appeared on an earlier line; the first row is kept. Remove the duplicate.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>Le campaign_id «&#xa0;%1&#xa0;» figure déjà sur une ligne précédente&#x202f;; la première ligne est conservée. Supprimez le doublon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. The value was read as empty; correct it in the file if it matters.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre. La valeur a été considérée comme vide&#x202f;; corrigez-la dans le fichier si elle est importante.</translation>
    </message>
    <message>
        <source>total_amount is empty, so the line has no value. Fill in the amount (0 if it was free) or delete the line.</source>
        <translation>La colonne total_amount est vide, la ligne n&apos;a donc pas de valeur. Indiquez le montant (0 si l&apos;achat était gratuit) ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be an amount. The line was left out; correct it and run the build again.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour être un montant. La ligne a été exclue&#x202f;; corrigez-la, puis relancez la génération.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (write it like %2). The line was left out; correct it and run the build again.</source>
        <extracomment>%1: the value as written; %2: an amount written the file&apos;s way (&quot;1234,56&quot;).</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant (écrivez-le sous la forme %2). La ligne a été exclue&#x202f;; corrigez-la, puis relancez la génération.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 4 decimals; it was rounded to %2.</source>
        <extracomment>%1: the value as written; %2: the amount it was rounded to (decimal).</extracomment>
        <translation>«&#xa0;%1&#xa0;» a plus de 4 décimales&#x202f;; la valeur a été arrondie à %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date this program reads (YYYY-MM-DD, optionally with a time; DD.MM.YYYY; MM/DD/YYYY or DD/MM/YYYY). The value was read as empty; correct it in the file if the date matters.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date que l&apos;application sait lire (YYYY-MM-DD, éventuellement suivie d&apos;une heure&#x202f;; DD.MM.YYYY&#x202f;; MM/DD/YYYY ou DD/MM/YYYY). La valeur a été considérée comme vide&#x202f;; corrigez-la dans le fichier si la date est importante.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date when read day first (dmy), the order chosen (--date-order or the mapping file). The value was read as empty; check the order or the value.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date valide lorsqu&apos;on la lit jour en premier (dmy), l&apos;ordre choisi (avec --date-order ou dans le fichier de correspondance). La valeur a été considérée comme vide&#x202f;; vérifiez l&apos;ordre ou la valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date when read month first (mdy), the order chosen (--date-order or the mapping file). The value was read as empty; check the order or the value.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date valide lorsqu&apos;on la lit mois en premier (mdy), l&apos;ordre choisi (avec --date-order ou dans le fichier de correspondance). La valeur a été considérée comme vide&#x202f;; vérifiez l&apos;ordre ou la valeur.</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read day first (DD/MM/YYYY), as values like &quot;%2&quot; show.</source>
        <extracomment>%1: the column&apos;s header; %2: a value that shows the order.</extracomment>
        <translation>Les dates avec barres obliques de la colonne %1 ont été lues jour en premier (DD/MM/YYYY), comme le montrent des valeurs telles que «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read month first (MM/DD/YYYY), as values like &quot;%2&quot; show.</source>
        <extracomment>%1: the column&apos;s header; %2: a value that shows the order.</extracomment>
        <translation>Les dates avec barres obliques de la colonne %1 ont été lues mois en premier (MM/DD/YYYY), comme le montrent des valeurs telles que «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read day first (DD/MM/YYYY), as another date column of the file shows.</source>
        <extracomment>%1: the column&apos;s header.</extracomment>
        <translation>Les dates avec barres obliques de la colonne %1 ont été lues jour en premier (DD/MM/YYYY), comme l&apos;indique une autre colonne de dates du fichier.</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read month first (MM/DD/YYYY): no value says which; choose with --date-order if that is wrong.</source>
        <extracomment>%1: the column&apos;s header.</extracomment>
        <translation>Les dates avec barres obliques de la colonne %1 ont été lues mois en premier (MM/DD/YYYY)&#xa0;: aucune valeur ne permet de trancher&#x202f;; choisissez l&apos;ordre avec --date-order si ce n&apos;est pas le bon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (day first). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas à l&apos;ordre des dates de cette colonne (jour en premier). La valeur a été considérée comme vide&#x202f;; écrivez les dates de la même façon dans toute la colonne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (month first). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas à l&apos;ordre des dates de cette colonne (mois en premier). La valeur a été considérée comme vide&#x202f;; écrivez les dates de la même façon dans toute la colonne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (day first, but the column mixes both orders). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas à l&apos;ordre des dates de cette colonne (jour en premier, mais la colonne mélange les deux ordres). La valeur a été considérée comme vide&#x202f;; écrivez les dates de la même façon dans toute la colonne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (month first, but the column mixes both orders). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas à l&apos;ordre des dates de cette colonne (mois en premier, mais la colonne mélange les deux ordres). La valeur a été considérée comme vide&#x202f;; écrivez les dates de la même façon dans toute la colonne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is after as_of (%2): age is left empty. Check the date.</source>
        <extracomment>%1: the birth date as written; %2: as_of (YYYY-MM-DD).</extracomment>
        <translation>La date «&#xa0;%1&#xa0;» est postérieure à la date de référence (as_of, %2)&#xa0;: l&apos;âge est laissé vide. Vérifiez la date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is after as_of (%3): age is left empty. Check the date.</source>
        <extracomment>%1 is the birth date as written, %2 the date it was read as, %3 the as-of date (both YYYY-MM-DD).</extracomment>
        <translation>La date «&#xa0;%1&#xa0;» (lue comme %2) est postérieure à la date de référence (as_of, %3)&#xa0;: l&apos;âge est laissé vide. Vérifiez la date.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows refer to customers not in customer_info and were left out (for example %2).</source>
        <extracomment>%Ln is the number of rows; %2 some of their customer ids, quoted and separated by commas.</extracomment>
        <translation>
            <numerusform>%Ln ligne fait référence à un client absent de customer_info et a été exclue (%2).</numerusform>
            <numerusform>%Ln lignes font référence à des clients absents de customer_info et ont été exclues (par exemple %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows belong to customers registered after as_of and were left out with them.</source>
        <extracomment>%Ln is the number of rows.</extracomment>
        <translation>
            <numerusform>%Ln ligne appartient à un client inscrit après la date de référence (as_of) et a été exclue avec lui.</numerusform>
            <numerusform>%Ln lignes appartiennent à des clients inscrits après la date de référence (as_of) et ont été exclues avec eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines name a product_id that is not in product_catalog: they count towards purchases and spend, not towards favourites.</source>
        <extracomment>%Ln is the number of purchase lines.</extracomment>
        <translation>
            <numerusform>%Ln ligne d&apos;achat indique un product_id absent de product_catalog&#xa0;: elle compte dans les achats et les dépenses, mais pas dans les catégories et marques préférées.</numerusform>
            <numerusform>%Ln lignes d&apos;achat indiquent un product_id absent de product_catalog&#xa0;: elles comptent dans les achats et les dépenses, mais pas dans les catégories et marques préférées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln responses name a campaign_id that is not in marketing_campaigns: they do not count as engagement.</source>
        <extracomment>%Ln is the number of responses.</extracomment>
        <translation>
            <numerusform>%Ln réponse indique un campaign_id absent de marketing_campaigns&#xa0;: elle ne compte pas comme engagement.</numerusform>
            <numerusform>%Ln réponses indiquent un campaign_id absent de marketing_campaigns&#xa0;: elles ne comptent pas comme engagement.</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1.csv in the folder: read as an empty table.</source>
        <extracomment>%1: the table.</extracomment>
        <translation>Aucun fichier %1.csv dans le dossier&#xa0;: la table est considérée comme vide.</translation>
    </message>
    <message>
        <source>No table or view named %1 in the database: read as an empty table.</source>
        <extracomment>%1: the table.</extracomment>
        <translation>Aucune table ni vue nommée %1 dans la base de données&#xa0;: la table est considérée comme vide.</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>La génération a été annulée.</translation>
    </message>
    <message>
        <source>A customer&apos;s total spend is too large to add up exactly (over 900 trillion). Check total_amount in purchase_transactions for values in the wrong unit or with misplaced decimal points.</source>
        <translation>Les dépenses totales d&apos;un client sont trop élevées pour être additionnées exactement (plus de 900&#x202f;000 milliards). Recherchez dans la colonne total_amount de purchase_transactions des valeurs exprimées dans la mauvaise unité ou dont le séparateur décimal est mal placé.</translation>
    </message>
    <message>
        <source>A table cannot be used; see its error.</source>
        <translation>Une table ne peut pas être utilisée&#x202f;; consultez son message d&apos;erreur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name; %2 is a message about that file (a sentence).</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <extracomment>%1 is a file name, %2 a line number; %3 says what is wrong on that line.</extracomment>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <extracomment>Completes &quot;Cannot read FILE: …&quot;: the path names a folder.</extracomment>
        <translation>il s&apos;agit d&apos;un dossier, pas d&apos;un fichier</translation>
    </message>
    <message>
        <source>commas</source>
        <extracomment>The name of a delimiter; it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <extracomment>The name of a delimiter; it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <extracomment>The name of a delimiter; it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <extracomment>The name of a delimiter (|); it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>des barres verticales</translation>
    </message>
    <message>
        <source>&apos;%1&apos; characters</source>
        <extracomment>%1 is the delimiter character itself, e.g. ~; the phrase completes &quot;Columns are separated by …&quot;.</extracomment>
        <translation>des caractères «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot write beside %1: %2. Check that the folder exists and that you may write to it.</source>
        <extracomment>%1: the file to write; %2: the system&apos;s reason.</extracomment>
        <translation>Impossible d&apos;écrire dans le dossier de %1&#xa0;: %2. Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <extracomment>%1: the temporary file; %2: the system&apos;s reason.</extracomment>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <extracomment>%1: the file.</extracomment>
        <translation>Rien n&apos;a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Is the disk full? Nothing was written.</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2. Le disque est-il plein&#x202f;? Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2. If the file is open in another program, close it and try again.</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>Impossible de remplacer %1&#xa0;: %2. Si le fichier est ouvert dans un autre programme, fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for rejected rows: %2.</source>
        <extracomment>%1: the folder; %2: the system&apos;s reason.</extracomment>
        <translation>Impossible de créer le dossier %1 pour les lignes rejetées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%2 Nothing was written to %1.</source>
        <extracomment>%1 is the workspace file; %2 is why the build failed (one or more sentences).</extracomment>
        <translation>%2 Rien n&apos;a été écrit dans %1.</translation>
    </message>
    <message>
        <source>The workspace file %1 must end in .c360 (or .sqlite or .db). Choose another name.</source>
        <extracomment>%1: the workspace file.</extracomment>
        <translation>Le fichier d&apos;espace de travail %1 doit se terminer par .c360 (ou .sqlite ou .db). Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The build was cancelled. Nothing was written.</source>
        <translation>La génération a été annulée. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing the workspace failed: %1. Is the disk full?</source>
        <extracomment>%1: SQLite&apos;s words.</extracomment>
        <translation>L&apos;écriture de l&apos;espace de travail a échoué&#xa0;: %1. Le disque est-il plein&#x202f;?</translation>
    </message>
    <message>
        <source>Writing the workspace failed: %1</source>
        <extracomment>%1: SQLite&apos;s words.</extracomment>
        <translation>L&apos;écriture de l&apos;espace de travail a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: %2.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Impossible de créer l&apos;espace de travail %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Preparing the workspace failed.</source>
        <translation>La préparation de l&apos;espace de travail a échoué.</translation>
    </message>
    <message>
        <source>Not enough memory to prepare the workspace.</source>
        <translation>Mémoire insuffisante pour préparer l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Writing the workspace failed: a chunk of customer_360 could not be read.</source>
        <translation>L&apos;écriture de l&apos;espace de travail a échoué&#xa0;: un bloc de customer_360 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a workspace written by c360 build (%2). Build one with: c360 build SOURCE -o %1</source>
        <extracomment>%1 is a file name (twice); %2 is SQLite&apos;s own words, in English. &quot;c360 build SOURCE -o&quot; is a command, written as it is.</extracomment>
        <translation>%1 n&apos;est pas un espace de travail écrit par c360 build (%2). Générez-en un avec&#xa0;: c360 build SOURCE -o %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>La lecture de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not change the saved segments in %1 (%2). Check that the disk is not full and the file is not open for writing elsewhere, then try again.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Impossible de modifier les segments enregistrés dans %1 (%2). Vérifiez que le disque n&apos;est pas plein et que le fichier n&apos;est pas ouvert en écriture ailleurs, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1 (%2). Check the path, or build one with: c360 build SOURCE -o %1</source>
        <extracomment>%1 is a file name (twice); %2 is SQLite&apos;s own words, in English. &quot;c360 build SOURCE -o&quot; is a command, written as it is.</extracomment>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1 (%2). Vérifiez le chemin, ou générez-en un avec&#xa0;: c360 build SOURCE -o %1</translation>
    </message>
    <message>
        <source>%1 is not a workspace written by c360 build. Build one with: c360 build SOURCE -o %1</source>
        <extracomment>%1 is a file name (twice). &quot;c360 build SOURCE -o&quot; is a command, written as it is.</extracomment>
        <translation>%1 n&apos;est pas un espace de travail écrit par c360 build. Générez-en un avec&#xa0;: c360 build SOURCE -o %1</translation>
    </message>
    <message>
        <source>%1 is read-only, so its saved segments cannot be changed. Make the file writable (or copy it somewhere you can write) and try again.</source>
        <extracomment>%1: the workspace file.</extracomment>
        <translation>%1 est en lecture seule&#xa0;: ses segments enregistrés ne peuvent donc pas être modifiés. Rendez le fichier modifiable (ou copiez-le dans un emplacement où vous pouvez écrire), puis réessayez.</translation>
    </message>
    <message>
        <source>The saved segments in %1 cannot be read (%2). The workspace may be damaged; rebuild it with c360 build.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Les segments enregistrés dans %1 sont illisibles (%2). L&apos;espace de travail est peut-être endommagé&#x202f;; générez-le à nouveau avec c360 build.</translation>
    </message>
    <message>
        <source>The saved segment &quot;%1&quot; in %2 has a condition (%3) this version of c360 does not understand. Delete the segment with a SQLite tool or use a newer c360.</source>
        <extracomment>%1: the segment&apos;s name; %2: the workspace file; %3: the condition as stored.</extracomment>
        <translation>Le segment enregistré «&#xa0;%1&#xa0;» de %2 contient une condition (%3) que cette version de c360 ne comprend pas. Supprimez ce segment avec un outil SQLite ou utilisez une version plus récente de c360.</translation>
    </message>
    <message>
        <source>No saved segment named &quot;%1&quot; in %2; it has no saved segments yet.</source>
        <extracomment>%1: the name asked for; %2: the workspace file.</extracomment>
        <translation>Aucun segment enregistré nommé «&#xa0;%1&#xa0;» dans %2&#x202f;; cet espace de travail ne contient encore aucun segment enregistré.</translation>
    </message>
    <message>
        <source>No saved segment named &quot;%1&quot; in %2; saved segments: %3.</source>
        <extracomment>%1: the name asked for; %2: the workspace file; %3: the names saved (a list).</extracomment>
        <translation>Aucun segment enregistré nommé «&#xa0;%1&#xa0;» dans %2&#x202f;; segments enregistrés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>A saved segment needs a name. Type one and try again.</source>
        <translation>Un segment enregistré doit avoir un nom. Saisissez-en un, puis réessayez.</translation>
    </message>
    <message>
        <source>There is already a saved segment named &quot;%1&quot;. Choose another name, or delete that one first.</source>
        <extracomment>%1: the name that is taken.</extracomment>
        <translation>Un segment enregistré nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom, ou supprimez d&apos;abord ce segment.</translation>
    </message>
    <message>
        <source>Cannot open the new workspace %1 to carry the saved segments (%2).</source>
        <extracomment>%1: the new workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Impossible d&apos;ouvrir le nouvel espace de travail %1 pour y reporter les segments enregistrés (%2).</translation>
    </message>
    <message>
        <source>Could not carry the saved segments of %1 into the new workspace (%2). Nothing was replaced; check the disk space and that the old workspace is readable, then build again.</source>
        <extracomment>%1: the previous workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Impossible de reporter les segments enregistrés de %1 dans le nouvel espace de travail (%2). Rien n&apos;a été remplacé&#x202f;; vérifiez l&apos;espace disque disponible et que l&apos;ancien espace de travail est lisible, puis relancez la génération.</translation>
    </message>
    <message>
        <source>Columns are separated by %4: %1 columns, %2 of %3 sampled rows have that many.</source>
        <extracomment>%4 names the delimiter (&quot;semicolons&quot;); %1 is the number of columns, %2 and %3 numbers of sampled rows.</extracomment>
        <translation>Les colonnes sont séparées par %4&#xa0;: %1 colonnes, et %2 des %3 lignes de l&apos;échantillon en ont autant.</translation>
    </message>
    <message>
        <source>Only one column was found; read as comma-separated.</source>
        <translation>Une seule colonne a été trouvée&#x202f;; le fichier est lu comme séparé par des virgules.</translation>
    </message>
    <message>
        <source>The first line holds numbers or dates, so it looks like data, not a header.</source>
        <translation>La première ligne contient des nombres ou des dates&#xa0;: elle ressemble donc à des données, pas à une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Numbers use a decimal comma (%1 sampled values like 12,50).</source>
        <extracomment>%1: how many sampled values (number).</extracomment>
        <translation>Les nombres utilisent la virgule décimale (%1 valeurs de l&apos;échantillon du type 12,50).</translation>
    </message>
    <message>
        <source>Numbers use a decimal point (%1 sampled values like 12.50).</source>
        <extracomment>%1: how many sampled values (number).</extracomment>
        <translation>Les nombres utilisent le point décimal (%1 valeurs de l&apos;échantillon du type 12.50).</translation>
    </message>
    <message>
        <source>The file is UTF-8 and starts with a byte order mark; the mark was skipped.</source>
        <translation>Le fichier est en UTF-8 et commence par une marque d&apos;ordre des octets (BOM)&#x202f;; cette marque a été ignorée.</translation>
    </message>
    <message>
        <source>Read as %1, as chosen.</source>
        <extracomment>%1: the encoding&apos;s name.</extracomment>
        <translation>Fichier lu en %1, selon votre choix.</translation>
    </message>
    <message>
        <source>The file is %1 (it starts with a byte order mark); it was converted to UTF-8.</source>
        <extracomment>%1: the encoding&apos;s name.</extracomment>
        <translation>Le fichier est en %1 (il commence par une marque d&apos;ordre des octets)&#x202f;; il a été converti en UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European, as older Excel versions save CSV). If letters look wrong, choose the file&apos;s encoding.</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#x202f;; il a été lu en Windows-1252 (Europe occidentale, l&apos;encodage des fichiers CSV enregistrés par les anciennes versions d&apos;Excel). Si des lettres s&apos;affichent mal, choisissez l&apos;encodage du fichier.</translation>
    </message>
    <message>
        <source>The file looks like %1 without a byte order mark; it was converted to UTF-8.</source>
        <extracomment>%1: the encoding&apos;s name.</extracomment>
        <translation>Le fichier semble être en %1 sans marque d&apos;ordre des octets&#x202f;; il a été converti en UTF-8.</translation>
    </message>
    <message>
        <source>Columns are separated by %1, as chosen.</source>
        <extracomment>%1 names the delimiter (&quot;semicolons&quot;).</extracomment>
        <translation>Les colonnes sont séparées par %1, selon votre choix.</translation>
    </message>
    <message>
        <source>Columns are separated by %1 (detected).</source>
        <extracomment>%1 names the delimiter (&quot;semicolons&quot;).</extracomment>
        <translation>Les colonnes sont séparées par %1 (détection automatique).</translation>
    </message>
    <message>
        <source>Numbers are read with a decimal comma (12,50).</source>
        <translation>Les nombres sont lus avec une virgule décimale (12,50).</translation>
    </message>
    <message>
        <source>Numbers are read with a decimal comma (12,50) and &apos;.&apos; between thousands.</source>
        <translation>Les nombres sont lus avec une virgule décimale (12,50) et un point (.) comme séparateur des milliers.</translation>
    </message>
    <message>
        <source>Numbers are read with &apos;,&apos; between thousands (1,234.50).</source>
        <translation>Les nombres sont lus avec une virgule (,) comme séparateur des milliers (1,234.50).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes could not be read as %2 and were replaced by �; see the warnings for their lines.</source>
        <extracomment>%Ln is the number of bytes; %2 the encoding&apos;s name (&quot;UTF-8&quot;).</extracomment>
        <translation>
            <numerusform>%Ln octet n&apos;a pas pu être lu en %2 et a été remplacé par �&#x202f;; consultez l&apos;avertissement de sa ligne.</numerusform>
            <numerusform>%Ln octets n&apos;ont pas pu être lus en %2 et ont été remplacés par �&#x202f;; consultez les avertissements de leurs lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty: the table is read as having no rows.</source>
        <translation>Le fichier est vide&#xa0;: la table ne contient donc aucune ligne.</translation>
    </message>
    <message>
        <source>Read from %1 files, one after another.</source>
        <extracomment>%1: how many files (number, at least 2).</extracomment>
        <translation>Table lue à partir de %1 fichiers, l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>The byte %1 is not valid UTF-8; it was replaced by �. Save the file as UTF-8, or choose its encoding, if letters on this line look wrong.</source>
        <extracomment>%1: the byte in hex (&quot;0xE9&quot;).</extracomment>
        <translation>L&apos;octet %1 n&apos;est pas de l&apos;UTF-8 valide&#x202f;; il a été remplacé par �. Si des lettres de cette ligne s&apos;affichent mal, enregistrez le fichier en UTF-8 ou choisissez son encodage.</translation>
    </message>
    <message>
        <source>The UTF-16 surrogate %1 has no pair; it was replaced by �. Save the file as UTF-8, or choose its encoding, if letters on this line look wrong.</source>
        <extracomment>%1: the unit in hex (&quot;0xD800&quot;).</extracomment>
        <translation>Le code de substitution UTF-16 %1 (surrogate) n&apos;a pas de paire&#x202f;; il a été remplacé par �. Si des lettres de cette ligne s&apos;affichent mal, enregistrez le fichier en UTF-8 ou choisissez son encodage.</translation>
    </message>
    <message>
        <source>The last byte is half of a UTF-16 character; it was replaced by �. Save the file as UTF-8, or choose its encoding, if letters on this line look wrong.</source>
        <translation>Le dernier octet est une moitié de caractère UTF-16&#x202f;; il a été remplacé par �. Si des lettres de cette ligne s&apos;affichent mal, enregistrez le fichier en UTF-8 ou choisissez son encodage.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a file name; %2 completes the sentence with what the file is (&quot;is a zip archive, …&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 holds a file that %2</source>
        <extracomment>%1 is a .csv.gz file name; %2 completes the sentence with what the file inside is (&quot;is a zip archive, …&quot;).</extracomment>
        <translation>%1 contient un fichier qui %2</translation>
    </message>
    <message>
        <source>is a zip archive, most likely an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods) with a .csv name. Open it in your spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>est une archive zip, très probablement un classeur Excel (.xlsx) ou une feuille de calcul OpenDocument (.ods) avec un nom en .csv. Ouvrez-le dans votre tableur et enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>is an old Excel workbook (.xls) with a .csv name. Open it in Excel and save it as &quot;CSV UTF-8&quot;.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>est un ancien classeur Excel (.xls) avec un nom en .csv. Ouvrez-le dans Excel et enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>is a SQLite database, not a CSV file. Give the database itself as the source.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>est une base de données SQLite, pas un fichier CSV. Indiquez directement la base de données comme source.</translation>
    </message>
    <message>
        <source>is a Parquet file. Export the table as CSV and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>est un fichier Parquet. Exportez la table au format CSV, puis réessayez.</translation>
    </message>
    <message>
        <source>is a PDF document, not a table. Export the data as CSV and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>est un document PDF, pas une table. Exportez les données au format CSV, puis réessayez.</translation>
    </message>
    <message>
        <source>is a JSON file, not CSV. Export the table as CSV (most tools offer it next to JSON) and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>est un fichier JSON, pas un fichier CSV. Exportez la table au format CSV (la plupart des outils le proposent à côté du JSON), puis réessayez.</translation>
    </message>
    <message>
        <source>contains binary data (NUL bytes), so it is not a text CSV file. Export the table as CSV and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>contient des données binaires (octets NUL)&#xa0;: ce n&apos;est donc pas un fichier CSV texte. Exportez la table au format CSV, puis réessayez.</translation>
    </message>
    <message>
        <source>cannot start decompressing the file.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>impossible de commencer la décompression du fichier.</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1). Compress the file again, or give the plain CSV.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;; %1 is the decompressor&apos;s own words, in English.</extracomment>
        <translation>les données compressées sont endommagées (%1). Compressez à nouveau le fichier, ou fournissez le fichier CSV non compressé.</translation>
    </message>
    <message>
        <source>decompresses to more than 8 GB. Split it into several files.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>le fichier décompressé dépasse 8&#xa0;Go. Répartissez les données sur plusieurs fichiers.</translation>
    </message>
    <message>
        <source>cannot continue decompressing the file.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>impossible de poursuivre la décompression du fichier.</translation>
    </message>
    <message>
        <source>the compressed file ends too early. Copy it again.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>le fichier compressé est incomplet (il se termine trop tôt). Copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists, is not open exclusively in another program, and that you may read it.</source>
        <extracomment>%1 is a file name; %2 is the reason (the system&apos;s words, or &quot;it is a folder, not a file&quot;).</extracomment>
        <translation>Impossible de lire %1&#xa0;: %2. Vérifiez que le fichier existe, qu&apos;il n&apos;est pas ouvert en mode exclusif dans un autre programme et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>%1 has other columns than %2, but both are read as one table. Its header: %3. Give the files the same columns (or map each file&apos;s columns the same way) and run the build again.</source>
        <extracomment>%1: the file; %2: the table&apos;s first file; %3: the file&apos;s header (a list of quoted names).</extracomment>
        <translation>%1 n&apos;a pas les mêmes colonnes que %2, alors que les deux fichiers sont lus comme une seule table. Sa ligne d&apos;en-tête&#xa0;: %3. Donnez les mêmes colonnes aux fichiers (ou faites correspondre les colonnes de chaque fichier de la même façon), puis relancez la génération.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check that the file is a SQLite database you may read.</source>
        <extracomment>%1: the database file; %2: SQLite&apos;s words.</extracomment>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2. Vérifiez que le fichier est une base de données SQLite que vous avez le droit de lire.</translation>
    </message>
    <message>
        <source>Reading the database failed: %1</source>
        <extracomment>%1: SQLite&apos;s words.</extracomment>
        <translation>La lecture de la base de données a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the list of tables in %1: %2. The file may be damaged or not a SQLite database.</source>
        <extracomment>%1: the database file; %2: SQLite&apos;s words.</extracomment>
        <translation>Impossible de lire la liste des tables de %1&#xa0;: %2. Le fichier est peut-être endommagé, ou ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>The database %1 has no table or view named &quot;%2&quot;. It holds: %3.</source>
        <extracomment>%1: the database file; %2: the table asked for; %3: the tables it holds (a list).</extracomment>
        <translation>La base de données %1 ne contient aucune table ni vue nommée «&#xa0;%2&#xa0;». Elle contient&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The database %1 has no table or view named customer_info. It holds no tables at all. Create a view named customer_info over your customer table (one row per customer, with a customer_id column), or name the table with --table customer_info=TABLE, and run the build again.</source>
        <extracomment>%1: the database file.</extracomment>
        <translation>La base de données %1 ne contient aucune table ni vue nommée customer_info. Elle ne contient d&apos;ailleurs aucune table. Créez une vue nommée customer_info sur votre table de clients (une ligne par client, avec une colonne customer_id), ou indiquez la table avec --table customer_info=TABLE, puis relancez la génération.</translation>
    </message>
    <message>
        <source>The database %1 has no table or view named customer_info. It holds: %2. Create a view named customer_info over your customer table (one row per customer, with a customer_id column), or name the table with --table customer_info=TABLE, and run the build again.</source>
        <extracomment>%1: the database file; %2: the tables it holds (a list).</extracomment>
        <translation>La base de données %1 ne contient aucune table ni vue nommée customer_info. Elle contient&#xa0;: %2. Créez une vue nommée customer_info sur votre table de clients (une ligne par client, avec une colonne customer_id), ou indiquez la table avec --table customer_info=TABLE, puis relancez la génération.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 in %2: %3. If it is a view, check that the tables it reads exist.</source>
        <extracomment>%1: the table; %2: the database file; %3: SQLite&apos;s words.</extracomment>
        <translation>Impossible de lire la table %1 dans %2&#xa0;: %3. S&apos;il s&apos;agit d&apos;une vue, vérifiez que les tables qu&apos;elle lit existent.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: %2. Check that it exists and that you may open it.</source>
        <extracomment>%1: the folder; %2: the system&apos;s reason.</extracomment>
        <translation>Impossible de lire le dossier %1&#xa0;: %2. Vérifiez qu&apos;il existe et que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No file matches &quot;%1&quot; (looked in %2 and in the current folder). Check the name given with --table.</source>
        <extracomment>%1: the pattern; %2: the source folder.</extracomment>
        <translation>Aucun fichier ne correspond à «&#xa0;%1&#xa0;» (recherche effectuée dans %2 et dans le dossier courant). Vérifiez le nom indiqué avec --table.</translation>
    </message>
    <message>
        <source>The source %1 does not exist. Give a folder of CSV files or a SQLite database file.</source>
        <extracomment>%1: the source.</extracomment>
        <translation>La source %1 n&apos;existe pas. Indiquez un dossier de fichiers CSV ou un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>The source %1 is neither a folder nor a SQLite database. Give the folder that holds customer_info.csv and the other tables, or a .sqlite/.db file.</source>
        <extracomment>%1: the source.</extracomment>
        <translation>La source %1 n&apos;est ni un dossier ni une base de données SQLite. Indiquez le dossier qui contient customer_info.csv et les autres tables, ou un fichier .sqlite/.db.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2 to map. Its columns are: %3.</source>
        <extracomment>%1: the table; %2: the column; %3: the table&apos;s columns (a list).</extracomment>
        <translation>La table %1 n&apos;a pas de colonne %2 à faire correspondre. Ses colonnes sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No customer_info.csv in %1. The folder holds no .csv files at all. Put the customer list in a file named customer_info.csv (one row per customer, with a customer_id column) and run the build again (or name the file with --table customer_info=FILE).</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>Aucun fichier customer_info.csv dans %1. Le dossier ne contient d&apos;ailleurs aucun fichier .csv. Placez la liste des clients dans un fichier nommé customer_info.csv (une ligne par client, avec une colonne customer_id), puis relancez la génération (ou indiquez le fichier avec --table customer_info=FILE).</translation>
    </message>
    <message>
        <source>No customer_info.csv in %1. The folder holds: %2. Put the customer list in a file named customer_info.csv (one row per customer, with a customer_id column) and run the build again (or name the file with --table customer_info=FILE).</source>
        <extracomment>%1: the folder; %2: the .csv files it holds (a list).</extracomment>
        <translation>Aucun fichier customer_info.csv dans %1. Le dossier contient&#xa0;: %2. Placez la liste des clients dans un fichier nommé customer_info.csv (une ligne par client, avec une colonne customer_id), puis relancez la génération (ou indiquez le fichier avec --table customer_info=FILE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the tables (%2).</source>
        <extracomment>%1: the name given; %2: the tables (a list).</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des tables (%2).</translation>
    </message>
    <message>
        <source>--map needs TABLE.COLUMN=HEADER, for example --map purchase_transactions.transaction_id=&quot;Order ID&quot;.</source>
        <translation>--map attend TABLE.COLUMN=HEADER, par exemple --map purchase_transactions.transaction_id=&quot;Order ID&quot;.</translation>
    </message>
    <message>
        <source>The table %1 has no column &quot;%2&quot; to map. Its columns are: %3.</source>
        <extracomment>%1: the table; %2: the column; %3: the table&apos;s columns (a list).</extracomment>
        <translation>La table %1 n&apos;a pas de colonne «&#xa0;%2&#xa0;» à faire correspondre. Ses colonnes sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>--map %1 names no source column after &apos;=&apos;.</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>--map %1 n&apos;indique aucune colonne source après «&#xa0;=&#xa0;».</translation>
    </message>
    <message>
        <source>--table needs TABLE=FILE, for example --table purchase_transactions=orders_2024.csv or =&apos;sales/*.csv&apos;.</source>
        <translation>--table attend TABLE=FILE, par exemple --table purchase_transactions=orders_2024.csv ou =&apos;sales/*.csv&apos;.</translation>
    </message>
    <message>
        <source>Unknown date order &quot;%1&quot;. Use dmy (31/01/2025) or mdy (01/31/2025).</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Ordre des dates inconnu&#xa0;: «&#xa0;%1&#xa0;». Utilisez dmy (31/01/2025) ou mdy (01/31/2025).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use utf-8, utf-16le, utf-16be, windows-1252 or latin1.</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Encodage inconnu&#xa0;: «&#xa0;%1&#xa0;». Utilisez utf-8, utf-16le, utf-16be, windows-1252 ou latin1.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;. Use comma, semicolon, tab, pipe, or the character itself.</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Séparateur inconnu&#xa0;: «&#xa0;%1&#xa0;». Utilisez comma (virgule), semicolon (point-virgule), tab (tabulation), pipe (barre verticale) ou le caractère lui-même.</translation>
    </message>
    <message>
        <source>Unknown decimal mark &quot;%1&quot;. Use . or ,</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Séparateur décimal inconnu&#xa0;: «&#xa0;%1&#xa0;». Utilisez «&#xa0;.&#xa0;» ou «&#xa0;,&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <extracomment>%1: the setting&apos;s name.</extracomment>
        <translation>Paramètre inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1. Check the name.</source>
        <extracomment>%1: the mapping file.</extracomment>
        <translation>Impossible de lire le fichier de correspondance %1. Vérifiez son nom.</translation>
    </message>
    <message>
        <source>a section is written [table_name].</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;. [table_name] is written as it is.</extracomment>
        <translation>une section s&apos;écrit [table_name].</translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot;.</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;. &quot;name = value&quot; is written as it is.</extracomment>
        <translation>la forme attendue est «&#xa0;name = value&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs in a [table] section.</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;; %1 is a setting&apos;s name (file, table). [table] is written as it is.</extracomment>
        <translation>«&#xa0;%1&#xa0;» doit figurer dans une section [table].</translation>
    </message>
    <message>
        <source>column mappings belong in a [table] section.</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;. [table] is written as it is.</extracomment>
        <translation>les correspondances de colonnes doivent figurer dans une section [table].</translation>
    </message>
</context>
<context>
    <name>c360::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Open the last workspace at start</source>
        <translation>&amp;Ouvrir le dernier espace de travail au démarrage</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the desktop (%1)</source>
        <extracomment>First entry of the language list: use the desktop&apos;s language; %1 is its name.</extracomment>
        <translation>Langue du bureau (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of menus, windows and messages. Numbers and dates follow the regional format of the desktop.</source>
        <translation>La langue des menus, des fenêtres et des messages. Les nombres et les dates suivent le format régional du bureau.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <source>Open the last workspace at start</source>
        <translation>Ouvrir le dernier espace de travail au démarrage</translation>
    </message>
    <message>
        <source>Without it the workbench starts on the demo workspace.</source>
        <translation>Sans cette option, l&apos;application démarre sur l&apos;espace de travail de démonstration.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The workbench shows the new language the next time it starts.</source>
        <translation>L&apos;application affichera la nouvelle langue à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>c360::ui::RangeFilterEditor</name>
    <message>
        <source>Include missing values</source>
        <translation>Inclure les valeurs manquantes</translation>
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
        <translation>ex. %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>%1, minimum</source>
        <translation>%1, minimum</translation>
    </message>
    <message>
        <source>%1, maximum</source>
        <translation>%1, maximum</translation>
    </message>
    <message>
        <source>%1, include missing values</source>
        <translation>%1, inclure les valeurs manquantes</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>Date non valide</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Nombre non valide</translation>
    </message>
    <message>
        <source>no bounds</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Current filter: %1.</source>
        <translation>Filtre actuel&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Type a date such as %1 or 2025-01-31.</source>
        <translation>Saisissez une date telle que %1 ou 2025-01-31.</translation>
    </message>
    <message>
        <source>Customers without a value for %1 also match when a bound is set</source>
        <extracomment>%1 is a column title such as &quot;Total spend&quot;.</extracomment>
        <translation>Les clients sans valeur pour %1 correspondent aussi lorsqu&apos;une limite est définie</translation>
    </message>
</context>
<context>
    <name>c360::ui::ReportIssuesModel</name>
    <message>
        <source>Rejected row</source>
        <translation>Ligne rejetée</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>%1
The row: %2</source>
        <translation>%1
La ligne&#xa0;: %2</translation>
    </message>
    <message>
        <source>no column</source>
        <translation>aucune colonne</translation>
    </message>
    <message>
        <source>no line</source>
        <translation>aucune ligne</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un dossier dans lequel vous avez le droit d&apos;écrire.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Nothing was written.</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>c360::ui::SampleRowsModel</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
</context>
<context>
    <name>c360::ui::SavedSegmentsModel</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>%1, or missing</source>
        <translation>%1, ou sans valeur</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Recherche&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>All customers (no filters).</source>
        <translation>Tous les clients (aucun filtre).</translation>
    </message>
    <message>
        <source>%1 — counting customers…</source>
        <translation>%1 — comptage des clients…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 customer(s)</source>
        <extracomment>%1 is the segment&apos;s name, %2 its number of customers.</extracomment>
        <translation>
            <numerusform>%1 — %2 client</numerusform>
            <numerusform>%1 — %2 clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::SegmentsDock</name>
    <message>
        <source>Saved segments</source>
        <translation>Segments enregistrés</translation>
    </message>
    <message>
        <source>Save current filters…</source>
        <translation>Enregistrer les filtres actuels…</translation>
    </message>
    <message>
        <source>Save current filters as a segment</source>
        <translation>Enregistrer les filtres actuels comme segment</translation>
    </message>
    <message>
        <source>Saves the filters now applied under a name, in the workspace</source>
        <translation>Enregistre sous un nom les filtres appliqués, dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply segment</source>
        <translation>Appliquer le segment</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Renommer le segment</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Dupliquer le segment</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <source>Open a workspace first: segments are saved in it.</source>
        <translation>Ouvrez d&apos;abord un espace de travail&#xa0;: les segments y sont enregistrés.</translation>
    </message>
    <message>
        <source>Saved the current filters as “%1”.</source>
        <translation>Filtres actuels enregistrés sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no saved segment named “%1”.</source>
        <translation>Aucun segment enregistré ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Applied “%1”.</source>
        <translation>Segment «&#xa0;%1&#xa0;» appliqué.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Segment «&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>Copie enregistrée sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Segment «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Save current filters</source>
        <translation>Enregistrer les filtres actuels</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>Nom du segment&#xa0;:</translation>
    </message>
    <message>
        <source>Replace segment</source>
        <translation>Remplacer le segment</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”. Replace it with the current filters?</source>
        <translation>Un segment nommé «&#xa0;%1&#xa0;» existe déjà. Voulez-vous le remplacer par les filtres actuels&#x202f;?</translation>
    </message>
    <message>
        <source>Choose a segment in the list first.</source>
        <translation>Choisissez d&apos;abord un segment dans la liste.</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the saved segment “%1”? This cannot be undone.</source>
        <translation>Supprimer le segment enregistré «&#xa0;%1&#xa0;»&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Each segment with its number of customers. %1 applies the segment, %2 renames it, %3 duplicates it, %4 deletes it.</source>
        <extracomment>%1 to %4 are keys (Enter, F2, Ctrl+D, Delete), named as the keyboard labels them.</extracomment>
        <translation>Chaque segment avec son nombre de clients. %1 applique le segment, %2 le renomme, %3 le duplique, %4 le supprime.</translation>
    </message>
    <message>
        <source>Replaces the current filters with the selected segment&apos;s (%1)</source>
        <translation>Remplace les filtres actuels par ceux du segment sélectionné (%1)</translation>
    </message>
    <message>
        <source>Gives the selected segment another name (%1)</source>
        <translation>Donne un autre nom au segment sélectionné (%1)</translation>
    </message>
    <message>
        <source>Saves a copy of the selected segment next to it (%1)</source>
        <translation>Enregistre une copie du segment sélectionné juste à côté (%1)</translation>
    </message>
    <message>
        <source>Deletes the selected segment after asking (%1)</source>
        <translation>Supprime le segment sélectionné après confirmation (%1)</translation>
    </message>
</context>
<context>
    <name>c360::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Next pane (filters, table, charts, saved segments)</source>
        <translation>Volet suivant (filtres, tableau, graphiques, segments enregistrés)</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Volet précédent</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Move by page, to the first or last customer</source>
        <translation>Se déplacer d&apos;une page, jusqu&apos;au premier ou au dernier client</translation>
    </message>
    <message>
        <source>Sort by this column (click the header with the mouse)</source>
        <translation>Trier selon cette colonne (cliquer sur l&apos;en-tête avec la souris)</translation>
    </message>
    <message>
        <source>see View menu</source>
        <translation>voir le menu Affichage</translation>
    </message>
    <message>
        <source>Filter lists</source>
        <translation>Listes de filtres</translation>
    </message>
    <message>
        <source>Tick or untick the current value</source>
        <translation>Cocher ou décocher la valeur active</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Move between bars or slices</source>
        <translation>Passer d&apos;une barre ou d&apos;une part à l&apos;autre</translation>
    </message>
    <message>
        <source>Filter by the chosen bar or slice</source>
        <translation>Filtrer selon la barre ou la part choisie</translation>
    </message>
    <message>
        <source>First or last bar or slice</source>
        <translation>Première ou dernière barre ou part</translation>
    </message>
    <message>
        <source>Charts, as table</source>
        <translation>Graphiques, en tableau</translation>
    </message>
    <message>
        <source>Filter by the current row</source>
        <translation>Filtrer selon la ligne active</translation>
    </message>
    <message>
        <source>Filter chips</source>
        <translation>Pastilles de filtre</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Segments enregistrés</translation>
    </message>
    <message>
        <source>Apply, rename, duplicate, delete the chosen one</source>
        <translation>Appliquer, renommer, dupliquer ou supprimer le segment choisi</translation>
    </message>
    <message>
        <source>Columns dialog</source>
        <translation>Boîte de dialogue Colonnes</translation>
    </message>
    <message>
        <source>Move the current column up or down</source>
        <translation>Monter ou descendre la colonne active</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Boîtes de dialogue</translation>
    </message>
    <message>
        <source>Cancel a running export or build; close</source>
        <translation>Annuler une exportation ou une génération en cours&#x202f;; fermer</translation>
    </message>
    <message>
        <source>&amp;Shortcuts:</source>
        <translation>&amp;Raccourcis&#xa0;:</translation>
    </message>
</context>
<context>
    <name>c360::ui::SourceTablesModel</name>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>Point (.)</source>
        <translation>Point (.)</translation>
    </message>
    <message>
        <source>Not found: read as an empty table.</source>
        <translation>Introuvable&#xa0;: lue comme une table vide.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table source</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln ligne rejetée</numerusform>
            <numerusform>%Ln lignes rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of unknown customers</source>
        <translation>
            <numerusform>%Ln ligne de client inconnu</numerusform>
            <numerusform>%Ln lignes de clients inconnus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore customer_360 workspaces built by c360. Without a workspace it opens the last one, or on the first start the bundled demo.</source>
        <translation>Explore les espaces de travail de vue client générés par c360. Sans espace de travail indiqué, ouvre le dernier utilisé ou, au premier démarrage, la démonstration fournie.</translation>
    </message>
    <message>
        <source>A .c360 workspace to open (default: the last one).</source>
        <translation>Un espace de travail .c360 à ouvrir (par défaut&#xa0;: le dernier).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>FilterParts</name>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Never Purchased</source>
        <translation>Sin compras</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
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
        <translation>%1 tiene valor</translation>
    </message>
    <message>
        <source>%1, or missing</source>
        <translation>%1, o sin valor</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marca: %1</translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartPanel</name>
    <message>
        <source>Summary of %1</source>
        <translation>Resumen de %1</translation>
    </message>
    <message>
        <source>Highlighted element of %1</source>
        <translation>Elemento resaltado de %1</translation>
    </message>
    <message>
        <source>%1 as table</source>
        <translation>%1 como tabla</translation>
    </message>
    <message>
        <source>View as table</source>
        <translation>Ver como tabla</translation>
    </message>
    <message>
        <source>View %1 as table</source>
        <translation>Ver %1 como tabla</translation>
    </message>
    <message>
        <source>Shows the numbers of the chart as a table instead of the picture</source>
        <translation>Muestra las cifras del gráfico como tabla en lugar de la imagen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Highlighted: %1, %2 (%3).</source>
        <translation>Resaltado: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>%1 Enter adds it to the filter.</source>
        <translation>%1 Intro lo añade al filtro.</translation>
    </message>
    <message>
        <source>%1 It cannot be used as a filter.</source>
        <translation>%1 No se puede usar como filtro.</translation>
    </message>
    <message>
        <source>Left and Right arrows highlight a bar or slice; Enter adds it to the filter.</source>
        <translation>Las flechas izquierda y derecha resaltan una barra o un sector; Intro lo añade al filtro.</translation>
    </message>
    <message>
        <source>View as chart</source>
        <translation>Ver como gráfico</translation>
    </message>
    <message>
        <source>View %1 as chart</source>
        <translation>Ver %1 como gráfico</translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartTableModel</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Porcentaje de clientes</translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartText</name>
    <message>
        <source>%1 is the largest group: %2 of %3</source>
        <translation>%1 es el grupo más grande: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the largest group: %2 each of %3</source>
        <translation>%1 empatan como el grupo más grande: %2 de %3 cada uno</translation>
    </message>
    <message>
        <source>%1 is the largest status: %2 of %3</source>
        <translation>%1 es el estado más frecuente: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the largest status: %2 each of %3</source>
        <translation>%1 empatan como el estado más frecuente: %2 de %3 cada uno</translation>
    </message>
    <message>
        <source>%1 is the most common spend band: %2 of %3</source>
        <translation>%1 es el tramo de gasto más frecuente: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common spend band: %2 each of %3</source>
        <translation>%1 empatan como el tramo de gasto más frecuente: %2 de %3 cada uno</translation>
    </message>
    <message>
        <source>%1 is the most common age band: %2 of %3</source>
        <translation>%1 es el tramo de edad más frecuente: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common age band: %2 each of %3</source>
        <translation>%1 empatan como el tramo de edad más frecuente: %2 de %3 cada uno</translation>
    </message>
    <message>
        <source>%1 in the filter, none with a known age</source>
        <translation>%1 en el filtro, ninguno con edad conocida</translation>
    </message>
    <message>
        <source>%1 is the most common favourite category: %2 of %3</source>
        <translation>%1 es la categoría favorita más frecuente: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common favourite category: %2 each of %3</source>
        <translation>%1 empatan como la categoría favorita más frecuente: %2 de %3 cada una</translation>
    </message>
    <message>
        <source>%1 in the filter, none with a favourite category</source>
        <translation>%1 en el filtro, ninguno con categoría favorita</translation>
    </message>
    <message>
        <source>%1 is the most common favourite brand: %2 of %3</source>
        <translation>%1 es la marca favorita más frecuente: %2 de %3</translation>
    </message>
    <message>
        <source>%1 are tied as the most common favourite brand: %2 each of %3</source>
        <translation>%1 empatan como la marca favorita más frecuente: %2 de %3 cada una</translation>
    </message>
    <message>
        <source>%1 in the filter, none with a favourite brand</source>
        <translation>%1 en el filtro, ninguno con marca favorita</translation>
    </message>
    <message>
        <source>No customers match the current filter, so there is nothing to chart</source>
        <translation>Ningún cliente cumple el filtro actual, así que no hay nada que mostrar en el gráfico</translation>
    </message>
    <message>
        <source>%1 in %2 value</source>
        <translation>%1 con valor %2</translation>
    </message>
    <message>
        <source>Value segment by status</source>
        <translation>Segmento de valor por estado</translation>
    </message>
    <message>
        <source>Status share</source>
        <translation>Proporción por estado</translation>
    </message>
    <message>
        <source>Total spend distribution</source>
        <translation>Distribución del gasto total</translation>
    </message>
    <message>
        <source>Age distribution</source>
        <translation>Distribución por edad</translation>
    </message>
    <message>
        <source>Top favourite categories</source>
        <translation>Principales categorías favoritas</translation>
    </message>
    <message>
        <source>Top favourite brands</source>
        <translation>Principales marcas favoritas</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Value segment</source>
        <translation>Segmento de valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Gasto total</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>No age</source>
        <translation>Sin edad</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Categoría favorita</translation>
    </message>
    <message>
        <source>No favourite category</source>
        <translation>Sin categoría favorita</translation>
    </message>
    <message>
        <source>Favourite brand</source>
        <translation>Marca favorita</translation>
    </message>
    <message>
        <source>No favourite brand</source>
        <translation>Sin marca favorita</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <extracomment>A number of customers, as in &quot;41% of 12,345 customers&quot;. %1 is the number.</extracomment>
        <translation>
            <numerusform>%1 cliente</numerusform>
            <numerusform>%1 clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ChartsDock</name>
    <message>
        <source>Segment charts</source>
        <translation>Gráficos de segmentos</translation>
    </message>
</context>
<context>
    <name>c360::ui::ColumnMappingModel</name>
    <message>
        <source>Not found: the build needs it</source>
        <translation>No encontrada: la generación la necesita</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrada</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (elegido)</translation>
    </message>
    <message>
        <source>Contract column</source>
        <translation>Columna del contrato</translation>
    </message>
    <message>
        <source>Source header</source>
        <translation>Encabezado de origen</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>cell</comment>
        <extracomment>Whether the build needs this column: a cell of the column &quot;Required&quot;.</extracomment>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>cell</comment>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>column title</comment>
        <extracomment>The title of a column whose cells say &quot;Required&quot; or &quot;Optional&quot;.</extracomment>
        <translation>Obligatoria</translation>
    </message>
</context>
<context>
    <name>c360::ui::ColumnsDialog</name>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>&amp;Shown columns, in table order (Space shows or hides one):</source>
        <translation>&amp;Columnas visibles, en el orden de la tabla (Espacio muestra u oculta una):</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Subir columna</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Bajar columna</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todas</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Mostrar todas las columnas</translation>
    </message>
    <message>
        <source>Ticked columns are shown. %1 and %2 move the current column.</source>
        <extracomment>%1 and %2 are keys (&quot;Alt+Up&quot;, &quot;Alt+Down&quot;), named as the keyboard labels them.</extracomment>
        <translation>Se muestran las columnas marcadas. %1 y %2 mueven la columna actual.</translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerTableModel</name>
    <message>
        <source>Customer id</source>
        <extracomment>Column title; the customer&apos;s identifier in the source system</extracomment>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>First name</source>
        <extracomment>Column title; a column of customer_360 (first_name)</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <extracomment>Column title; a column of customer_360 (last_name)</extracomment>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Column title; a column of customer_360 (email)</extracomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <extracomment>Column title; a column of customer_360 (phone_number)</extracomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>Column title; a column of customer_360 (date_of_birth)</extracomment>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Registration date</source>
        <extracomment>Column title; a column of customer_360 (registration_date)</extracomment>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column title; the customer&apos;s age in years on the snapshot date</extracomment>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Days since registration</source>
        <extracomment>Column title; days between registration and the snapshot date (&apos;as of&apos;)</extracomment>
        <translation>Días desde el registro</translation>
    </message>
    <message>
        <source>Total purchases</source>
        <extracomment>Column title; number of distinct orders (transactions)</extracomment>
        <translation>Compras totales</translation>
    </message>
    <message>
        <source>Total spend</source>
        <extracomment>Column title; sum of the amounts of all purchases, in the shop&apos;s currency</extracomment>
        <translation>Gasto total</translation>
    </message>
    <message>
        <source>Avg purchase value</source>
        <extracomment>Column title; total spend divided by the number of purchases</extracomment>
        <translation>Valor medio de compra</translation>
    </message>
    <message>
        <source>Last purchase date</source>
        <extracomment>Column title; a column of customer_360 (last_purchase_date)</extracomment>
        <translation>Fecha de última compra</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <extracomment>Column title; days between the last purchase and the snapshot date (&apos;as of&apos;)</extracomment>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Total interactions</source>
        <extracomment>Column title; customer service contacts (tickets, calls, chats)</extracomment>
        <translation>Interacciones totales</translation>
    </message>
    <message>
        <source>Avg satisfaction score</source>
        <extracomment>Column title; mean satisfaction rating given after service contacts (1 to 5)</extracomment>
        <translation>Satisfacción media</translation>
    </message>
    <message>
        <source>Resolved interactions</source>
        <extracomment>Column title; service contacts marked as resolved</extracomment>
        <translation>Interacciones resueltas</translation>
    </message>
    <message>
        <source>Campaigns engaged</source>
        <extracomment>Column title; distinct marketing campaigns the customer responded to in any way</extracomment>
        <translation>Campañas con interacción</translation>
    </message>
    <message>
        <source>Positive responses</source>
        <extracomment>Column title; campaign responses that were clicks or conversions</extracomment>
        <translation>Respuestas positivas</translation>
    </message>
    <message>
        <source>Total sessions</source>
        <extracomment>Column title; visits to the website</extracomment>
        <translation>Sesiones totales</translation>
    </message>
    <message>
        <source>Avg pages per session</source>
        <extracomment>Column title; mean number of pages viewed per website visit</extracomment>
        <translation>Páginas por sesión (media)</translation>
    </message>
    <message>
        <source>Avg time per session</source>
        <extracomment>Column title; mean duration of a website visit, in minutes</extracomment>
        <translation>Tiempo por sesión (media)</translation>
    </message>
    <message>
        <source>Customer value segment</source>
        <extracomment>Column title; High / Medium / Low, from total spend</extracomment>
        <translation>Segmento de valor</translation>
    </message>
    <message>
        <source>Customer status</source>
        <extracomment>Column title; Active / At Risk / Churned / Never Purchased, from days since the last purchase</extracomment>
        <translation>Estado del cliente</translation>
    </message>
    <message>
        <source>Issue resolution rate</source>
        <extracomment>Column title; share of service contacts that were resolved</extracomment>
        <translation>Tasa de resolución</translation>
    </message>
    <message>
        <source>Campaign response rate</source>
        <extracomment>Column title; share of campaign responses that were positive</extracomment>
        <translation>Tasa de respuesta a campañas</translation>
    </message>
    <message>
        <source>Website engagement rate</source>
        <extracomment>Column title; share of website visits that were not bounces</extracomment>
        <translation>Tasa de interacción web</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <extracomment>Column title; the product category the customer spent most on</extracomment>
        <translation>Categoría favorita</translation>
    </message>
    <message>
        <source>Favourite brand</source>
        <extracomment>Column title; the brand the customer spent most on</extracomment>
        <translation>Marca favorita</translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerTableView</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message numerus="yes">
        <source>Copied the first %Ln selected row(s). To take more, use File → Export filtered customers.</source>
        <translation>
            <numerusform>Solo se copió %Ln fila seleccionada, la primera. Para obtener más, use Archivo → Exportar clientes filtrados.</numerusform>
            <numerusform>Solo se copiaron las primeras %Ln filas seleccionadas. Para obtener más, use Archivo → Exportar clientes filtrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) as tab-separated text.</source>
        <translation>
            <numerusform>Se copió %Ln fila como texto separado por tabuladores.</numerusform>
            <numerusform>Se copiaron %Ln filas como texto separado por tabuladores.</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per customer. Arrow keys move between cells, %1 copies the selected rows, %2 leaves the table.</source>
        <extracomment>%1 and %2 are keys (&quot;Ctrl+C&quot;, &quot;Tab&quot;), named as the keyboard labels them.</extracomment>
        <translation>Una fila por cliente. Las teclas de flecha permiten moverse entre las celdas, %1 copia las filas seleccionadas y %2 sale de la tabla.</translation>
    </message>
</context>
<context>
    <name>c360::ui::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>&amp;Protect against spreadsheet formulas</source>
        <translation>&amp;Proteger contra fórmulas de hojas de cálculo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <source>The CSV file the customers are written to</source>
        <translation>El archivo CSV en el que se escriben los clientes</translation>
    </message>
    <message>
        <source>Browse for the export file</source>
        <translation>Buscar el archivo de exportación</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel (UTF-8 with BOM, CRLF)</source>
        <translation>Excel (UTF-8 con BOM, CRLF)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Excel adds a byte order mark and Windows line ends, so it shows accents correctly</source>
        <translation>El formato Excel añade una marca de orden de bytes y finales de línea de Windows, para que Excel muestre bien los acentos</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>The character between the values of a row</source>
        <translation>El carácter que separa los valores de una fila</translation>
    </message>
    <message>
        <source>Text a spreadsheet could run as a formula (starting with =, @, a tab or a line break, or with + or - followed by more than a number) gets a &apos; in front, so it is shown as text. Phone numbers, numbers and dates are never changed.</source>
        <translation>Al texto que una hoja de cálculo podría ejecutar como fórmula (el que empieza por =, @, un tabulador o un salto de línea, o por + o - seguido de algo más que un número) se le antepone un &apos;, para que se muestre como texto. Los teléfonos, los números y las fechas nunca se modifican.</translation>
    </message>
    <message>
        <source>Protect against spreadsheet formulas</source>
        <translation>Proteger contra fórmulas de hojas de cálculo</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progreso:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>No columns are visible. Show at least one column in the table, then export again.</source>
        <translation>No hay ninguna columna visible. Muestre al menos una columna en la tabla y vuelva a exportar.</translation>
    </message>
    <message>
        <source>%1, %2 will be written.</source>
        <extracomment>%1 is a number of customers (&quot;12,345 customers&quot;), %2 of columns (&quot;14 columns&quot;).</extracomment>
        <translation>Se escribirán %1 y %2.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Export customers to</source>
        <translation>Exportar clientes a</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to: type its name or use Browse.</source>
        <translation>Elija el archivo de destino: escriba su nombre o use Examinar.</translation>
    </message>
    <message>
        <source>%1 is a folder. Add a file name such as customers.csv to the path.</source>
        <translation>%1 es una carpeta. Añada a la ruta un nombre de archivo, como clientes.csv.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose Replace to overwrite it, or change the file name.</source>
        <translation>%1 ya existe. Elija Reemplazar para sobrescribirlo o cambie el nombre del archivo.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Reemplazar el archivo existente</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln columna</numerusform>
            <numerusform>%Ln columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>Write &amp;labels and column titles as shown here</source>
        <translation>Escribir e&amp;tiquetas y títulos de columna como se muestran aquí</translation>
    </message>
    <message>
        <source>Off, the file holds the values other tools read: High, At Risk and column names such as customer_id. On, it holds the words shown here, such as %1 and %2, and the column titles of the table.</source>
        <extracomment>%1 and %2 are a value segment and a status as the workbench shows them (&quot;High&quot;, &quot;At Risk&quot; in English); &quot;High&quot;, &quot;At Risk&quot; and customer_id stay in English: they are the values other tools read.</extracomment>
        <translation>Desactivado, el archivo contiene los valores que leen otras herramientas: High, At Risk y nombres de columna como customer_id. Activado, contiene las palabras que se muestran aquí, como %1 y %2, y los títulos de columna de la tabla.</translation>
    </message>
    <message>
        <source>Write labels and column titles as shown here</source>
        <translation>Escribir etiquetas y títulos de columna como se muestran aquí</translation>
    </message>
</context>
<context>
    <name>c360::ui::ExportJob</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed and no file was written. %1</source>
        <translation>La exportación falló y no se escribió ningún archivo. %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln customer(s) to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>
            <numerusform>Se escribió %Ln cliente en %1.</numerusform>
            <numerusform>Se escribieron %Ln clientes en %1.</numerusform>
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
            <numerusform>%1, %2 cliente</numerusform>
            <numerusform>%1, %2 clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter on; %1 customer(s) with the other filters</source>
        <translation>
            <numerusform>Filtro activado; %1 cliente con los demás filtros</numerusform>
            <numerusform>Filtro activado; %1 clientes con los demás filtros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter off; %1 customer(s) with the other filters</source>
        <translation>
            <numerusform>Filtro desactivado; %1 cliente con los demás filtros</numerusform>
            <numerusform>Filtro desactivado; %1 clientes con los demás filtros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) match %2 under the other filters</source>
        <extracomment>%1 is a number of customers, %2 a value such as &quot;High&quot;.</extracomment>
        <translation>
            <numerusform>%1 cliente coincide con %2 aplicando los demás filtros</numerusform>
            <numerusform>%1 clientes coinciden con %2 aplicando los demás filtros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::FilterChipsBar</name>
    <message>
        <source>No filters</source>
        <translation>Sin filtros</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Filtros aplicados</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
</context>
<context>
    <name>c360::ui::FilterDock</name>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>&amp;Reset all filters</source>
        <translation>&amp;Restablecer todos los filtros</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>id, name, email or phone</source>
        <translation>ID, nombre, correo electrónico o teléfono</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Shows the customers whose id, name, email or phone contains the text</source>
        <translation>Muestra los clientes cuyo ID, nombre, correo electrónico o teléfono contiene el texto</translation>
    </message>
    <message>
        <source>Value segme&amp;nt</source>
        <translation>Segmento de va&amp;lor</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Favourite &amp;category</source>
        <translation>&amp;Categoría favorita</translation>
    </message>
    <message>
        <source>Favourite &amp;brand</source>
        <translation>&amp;Marca favorita</translation>
    </message>
    <message>
        <source>Tick values to show only those customers; Space ticks the current one. Counts are customers matching the other filters.</source>
        <translation>Marque valores para mostrar solo esos clientes; Espacio marca el actual. Los recuentos son los clientes que cumplen los demás filtros.</translation>
    </message>
    <message>
        <source>Reset all filters</source>
        <translation>Restablecer todos los filtros</translation>
    </message>
</context>
<context>
    <name>c360::ui::ImportDialog</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Detección automática</translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation>Importar datos de origen</translation>
    </message>
    <message>
        <source>Choose a folder of CSV files or a SQLite file, or drop one here.</source>
        <translation>Elija una carpeta de archivos CSV o un archivo SQLite, o arrastre uno hasta aquí.</translation>
    </message>
    <message>
        <source>A folder of CSV files or a SQLite file</source>
        <translation>Una carpeta de archivos CSV o un archivo SQLite</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Elegir car&amp;peta…</translation>
    </message>
    <message>
        <source>Choose S&amp;QLite file…</source>
        <translation>Elegir archivo S&amp;QLite…</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Analizar</translation>
    </message>
    <message>
        <source>Column &amp;mapping</source>
        <translation>Asignación de col&amp;umnas</translation>
    </message>
    <message>
        <source>Sam&amp;ple rows</source>
        <translation>&amp;Filas de muestra</translation>
    </message>
    <message>
        <source>&amp;Notes and problems</source>
        <translation>&amp;Notas y problemas</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <source>Point (.)</source>
        <translation>Punto (.)</translation>
    </message>
    <message>
        <source>customer_360.c360</source>
        <translation>customer_360.c360</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Build workspace</source>
        <translation>&amp;Generar espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Cancel build</source>
        <translation>&amp;Cancelar generación</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Issues appear here after a build: file, line, column and reason.</source>
        <translation>Las incidencias aparecen aquí después de generar: archivo, línea, columna y motivo.</translation>
    </message>
    <message>
        <source>&amp;Export issues as CSV…</source>
        <translation>E&amp;xportar incidencias como CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Source &amp;tables:</source>
        <translation>Ta&amp;blas de origen:</translation>
    </message>
    <message>
        <source>How the selected table is read</source>
        <translation>Cómo se lee la tabla seleccionada</translation>
    </message>
    <message>
        <source>Enco&amp;ding:</source>
        <translation>Co&amp;dificación:</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>De&amp;limitador:</translation>
    </message>
    <message>
        <source>Decimal mar&amp;k:</source>
        <translation>&amp;Separador decimal:</translation>
    </message>
    <message>
        <source>Build settings</source>
        <translation>Opciones de generación</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Fec&amp;ha de corte:</translation>
    </message>
    <message>
        <source>Hi&amp;gh value from spend:</source>
        <translation>Valor al&amp;to con gasto desde:</translation>
    </message>
    <message>
        <source>Medi&amp;um value from spend:</source>
        <translation>Valor &amp;medio con gasto desde:</translation>
    </message>
    <message>
        <source>Acti&amp;ve within:</source>
        <translation>Acti&amp;vo en los últimos:</translation>
    </message>
    <message>
        <source>At &amp;risk within:</source>
        <translation>En &amp;riesgo en los últimos:</translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation>Archivo del espacio de traba&amp;jo:</translation>
    </message>
    <message>
        <source>Issues fr&amp;om the build:</source>
        <translation>&amp;Incidencias de la generación:</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>Ruta de origen</translation>
    </message>
    <message>
        <source>A folder of CSV files or a SQLite file; press Enter to inspect it</source>
        <translation>Una carpeta de archivos CSV o un archivo SQLite; presione Intro para analizarlo</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Elegir carpeta</translation>
    </message>
    <message>
        <source>Choose SQLite file</source>
        <translation>Elegir archivo SQLite</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <source>Status of the import</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Source tables</source>
        <translation>Tablas de origen</translation>
    </message>
    <message>
        <source>One row per source table: files, how they are read, rows and problems</source>
        <translation>Una fila por tabla de origen: archivos, cómo se leen, filas y problemas</translation>
    </message>
    <message>
        <source>Details of the selected table</source>
        <translation>Detalles de la tabla seleccionada</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <source>For each column the build needs, the source header that feeds it</source>
        <translation>Para cada columna que necesita la generación, el encabezado de origen que la alimenta</translation>
    </message>
    <message>
        <source>Sample rows</source>
        <translation>Filas de muestra</translation>
    </message>
    <message>
        <source>Notes and problems</source>
        <translation>Notas y problemas</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <source>The snapshot date: later rows are left out</source>
        <translation>La fecha a la que se toman los datos: se omiten las filas posteriores</translation>
    </message>
    <message>
        <source>High value from spend</source>
        <translation>Valor alto con gasto desde</translation>
    </message>
    <message>
        <source>Medium value from spend</source>
        <translation>Valor medio con gasto desde</translation>
    </message>
    <message>
        <source>Active within days</source>
        <translation>Activo en los últimos (días)</translation>
    </message>
    <message>
        <source>At risk within days</source>
        <translation>En riesgo en los últimos (días)</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>Choose workspace file</source>
        <translation>Elegir archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>Build workspace</source>
        <translation>Generar espacio de trabajo</translation>
    </message>
    <message>
        <source>Cancel build</source>
        <translation>Cancelar generación</translation>
    </message>
    <message>
        <source>Build progress</source>
        <translation>Progreso de la generación</translation>
    </message>
    <message>
        <source>Build issues</source>
        <translation>Incidencias de la generación</translation>
    </message>
    <message>
        <source>File, line, column, kind and reason of each issue</source>
        <translation>Archivo, línea, columna, tipo y motivo de cada incidencia</translation>
    </message>
    <message>
        <source>Export issues as CSV</source>
        <translation>Exportar incidencias como CSV</translation>
    </message>
    <message>
        <source>Choose the folder of CSV files</source>
        <translation>Elegir la carpeta de archivos CSV</translation>
    </message>
    <message>
        <source>Choose a SQLite file</source>
        <translation>Elegir un archivo SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Give a source first: a folder of CSV files or a SQLite file.</source>
        <translation>Indique primero un origen: una carpeta de archivos CSV o un archivo SQLite.</translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation>Analizando %1…</translation>
    </message>
    <message>
        <source>The source cannot be read: %1</source>
        <translation>No se puede leer el origen: %1</translation>
    </message>
    <message>
        <source>A build is not possible yet: %1 Check the tables below and choose how they are read.</source>
        <translation>Todavía no se puede generar: %1 Revise las tablas de abajo y elija cómo se leen.</translation>
    </message>
    <message>
        <source>Select a table to choose how it is read.</source>
        <translation>Seleccione una tabla para elegir cómo se lee.</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>No se puede usar: %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>No notes and no problems.</source>
        <translation>Sin notas ni problemas.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabla: %1</translation>
    </message>
    <message>
        <source>Save the workspace as</source>
        <translation>Guardar el espacio de trabajo como</translation>
    </message>
    <message>
        <source>Workspaces (*.c360)</source>
        <translation>Espacios de trabajo (*.c360)</translation>
    </message>
    <message>
        <source>Give the workspace file to write, for example customer_360.c360.</source>
        <translation>Indique el archivo del espacio de trabajo que se va a escribir, por ejemplo customer_360.c360.</translation>
    </message>
    <message>
        <source>The medium value threshold is above the high value threshold. Make it lower, then build again.</source>
        <translation>El umbral de valor medio es superior al umbral de valor alto. Redúzcalo y vuelva a generar.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>Generando %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelling the build…</source>
        <translation>Cancelando la generación…</translation>
    </message>
    <message>
        <source>%1% — reading %2, %3 rows/s</source>
        <translation>%1% — leyendo %2, %3 filas/s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>The build reported no issues.</source>
        <translation>La generación no registró ninguna incidencia.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The build was cancelled. Nothing was written to %1.</source>
        <translation>Se canceló la generación. No se escribió nada en %1.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>La generación falló: %1</translation>
    </message>
    <message>
        <source>Export the issues as CSV</source>
        <translation>Exportar las incidencias como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Found the tables below; a build as of %1 gives %2, %3 and %4. Check them, then build the workspace.</source>
        <extracomment>%1 is the as-of date; %2, %3 and %4 are &quot;12,345 customers&quot;, &quot;3 rejected rows&quot; and &quot;5 warnings&quot;.</extracomment>
        <translation>Se encontraron las tablas de abajo; una generación a %1 da %2, %3 y %4. Revíselas y, después, genere el espacio de trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s)</source>
        <translation>
            <numerusform>%Ln fila rechazada</numerusform>
            <numerusform>%Ln filas rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the first %Ln are listed.</source>
        <translation>
            <numerusform>%1; solo se muestra %Ln.</numerusform>
            <numerusform>%1; se muestran las primeras %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln incidencia</numerusform>
            <numerusform>%Ln incidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln issue(s).</source>
        <translation>
            <numerusform>%Ln incidencia.</numerusform>
            <numerusform>%Ln incidencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 with %2 (%3, %4).</source>
        <extracomment>%1 is the workspace file; %2, %3 and %4 are &quot;12,345 customers&quot;, &quot;3 rejected rows&quot; and &quot;5 warnings&quot;.</extracomment>
        <translation>Se escribió %1 con %2 (%3, %4).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln issue(s) to %1.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>
            <numerusform>Se escribió %Ln incidencia en %1.</numerusform>
            <numerusform>Se escribieron %Ln incidencias en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“Active within” is longer than “At risk within”. Make it shorter, then build again.</source>
        <extracomment>The two names are the labels of the status thresholds in this dialog.</extracomment>
        <translation>El plazo de “Activo en los últimos” es más largo que el de “En riesgo en los últimos”. Acórtelo y vuelva a generar.</translation>
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
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Customers table</source>
        <translation>Tabla de clientes</translation>
    </message>
    <message>
        <source>Segment charts</source>
        <translation>Gráficos de segmentos</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Segmentos guardados</translation>
    </message>
    <message>
        <source>Customers matching the filters</source>
        <translation>Clientes que cumplen los filtros</translation>
    </message>
    <message>
        <source>Order of the customer table</source>
        <translation>Orden de la tabla de clientes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Import sources…</source>
        <translation>&amp;Importar datos de origen…</translation>
    </message>
    <message>
        <source>&amp;Export filtered customers…</source>
        <translation>&amp;Exportar clientes filtrados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copiar filas seleccionadas</translation>
    </message>
    <message>
        <source>Select &amp;all rows</source>
        <translation>Seleccionar &amp;todas las filas</translation>
    </message>
    <message>
        <source>&amp;Find customers</source>
        <translation>&amp;Buscar clientes</translation>
    </message>
    <message>
        <source>&amp;Reset all filters</source>
        <translation>&amp;Restablecer todos los filtros</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columnas…</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Ordenar</translation>
    </message>
    <message>
        <source>By current column, &amp;ascending</source>
        <translation>Por la columna actual, &amp;ascendente</translation>
    </message>
    <message>
        <source>By current column, &amp;descending</source>
        <translation>Por la columna actual, &amp;descendente</translation>
    </message>
    <message>
        <source>&amp;Table order</source>
        <translation>&amp;Orden de la tabla</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>Segment c&amp;harts</source>
        <translation>&amp;Gráficos de segmentos</translation>
    </message>
    <message>
        <source>Saved se&amp;gments</source>
        <translation>&amp;Segmentos guardados</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Panel s&amp;iguiente</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation>Ir a la &amp;tabla</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmentos</translation>
    </message>
    <message>
        <source>&amp;Save current filters as segment…</source>
        <translation>&amp;Guardar filtros actuales como segmento…</translation>
    </message>
    <message>
        <source>&amp;Apply chosen segment</source>
        <translation>&amp;Aplicar segmento elegido</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Customer 360 Workbench</source>
        <translation>Acerca &amp;de Customer 360 Workbench</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 — Customer 360 Workbench</source>
        <translation>%1 — Customer 360 Workbench</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspaces (*.c360 *.sqlite *.db)</source>
        <translation>Espacios de trabajo (*.c360 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>Preparing the demo workspace… %1%</source>
        <translation>Preparando el espacio de trabajo de demostración… %1%</translation>
    </message>
    <message>
        <source>The demo workspace could not be built: %1 Use File → Import sources to build one from your own files.</source>
        <translation>No se pudo generar el espacio de trabajo de demostración: %1 Use Archivo → Importar datos de origen para generar uno con sus propios archivos.</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Preparando el espacio de trabajo de demostración…</translation>
    </message>
    <message>
        <source>At least one column must stay shown; nothing changed.</source>
        <translation>Al menos una columna debe seguir visible; no se cambió nada.</translation>
    </message>
    <message>
        <source>About Customer 360 Workbench</source>
        <translation>Acerca de Customer 360 Workbench</translation>
    </message>
    <message>
        <source>Customer 360 Workbench turns customer exports into one row per customer and lets you explore, save and export segments.</source>
        <translation>Customer 360 Workbench convierte las exportaciones de clientes en una fila por cliente y le permite explorar, guardar y exportar segmentos.</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>Ordenado por %1, descendente</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation>Ordenado por %1, ascendente</translation>
    </message>
    <message>
        <source>In table order</source>
        <translation>En el orden de la tabla</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 customer(s)</source>
        <extracomment>The customers the filter shows, of all in the workspace: &quot;1,204 of 12,345 customers&quot;.</extracomment>
        <translation>
            <numerusform>%1 de %2 cliente</numerusform>
            <numerusform>%1 de %2 clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <extracomment>%1 is &quot;1,204 of 12,345 customers&quot;; a new count is being computed.</extracomment>
        <translation>%1 (actualizando…)</translation>
    </message>
    <message>
        <source>No workspace open: File → Open workspace (%1)</source>
        <extracomment>%1 is the key of File → Open workspace (&quot;Ctrl+O&quot;).</extracomment>
        <translation>Ningún espacio de trabajo abierto: Archivo → Abrir espacio de trabajo (%1)</translation>
    </message>
</context>
<context>
    <name>c360::ui::Messages</name>
    <message>
        <source>%1: the mapping reads %2.%3 from the column &quot;%4&quot;, which the header does not have. The header has: %5. Correct the mapping and run the build again.</source>
        <extracomment>%1: the table&apos;s file; %2: table; %3: column; %4: the header the mapping names; %5: the file&apos;s header (list).</extracomment>
        <translation>%1: la asignación lee %2.%3 de la columna “%4”, que no está en el encabezado. El encabezado contiene: %5. Corrija la asignación y vuelva a generar.</translation>
    </message>
    <message>
        <source>Two columns, &quot;%1&quot; and &quot;%2&quot;, both read as %3; the first one is used. Rename the other if it is the one you meant.</source>
        <extracomment>%1: the first header; %2: the second header; %3: the column both are read as.</extracomment>
        <translation>Dos columnas, “%1” y “%2”, se leen como %3; se usa la primera. Cambie el nombre de la otra si es la que quería usar.</translation>
    </message>
    <message>
        <source>%1: the table %2 needs the column %3, which the header does not have. The header has: %4. %5</source>
        <extracomment>%1 is the table&apos;s file; %2 the table; %3 the missing column; %4 the file&apos;s header (quoted names); %5 the hints that follow (sentences).</extracomment>
        <translation>%1: la tabla %2 necesita la columna %3, que no está en el encabezado. El encabezado contiene: %4. %5</translation>
    </message>
    <message>
        <source>%1: the table %2 needs the columns %3, which the header does not have. The header has: %4. %5</source>
        <extracomment>%1 is the table&apos;s file; %2 the table; %3 the missing columns (a list); %4 the file&apos;s header (quoted names); %5 the hints that follow (sentences).</extracomment>
        <translation>%1: la tabla %2 necesita las columnas %3, que no están en el encabezado. El encabezado contiene: %4. %5</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot; for %2? %3</source>
        <extracomment>%1 is a column of the file, %2 the column the table needs; %3 the hints that follow (sentences).</extracomment>
        <translation>¿Quería usar “%1” como %2? %3</translation>
    </message>
    <message>
        <source>The first line looks like data, not column names: the file needs a header line naming its columns. %1</source>
        <extracomment>%1 is the hints that follow (sentences).</extracomment>
        <translation>La primera línea parece contener datos, no nombres de columna: el archivo necesita una línea de encabezado con los nombres de sus columnas. %1</translation>
    </message>
    <message>
        <source>The first line seems to separate columns with %2, but the file was read with another separator. Give --delimiter %1 (or drop a --delimiter that says otherwise) and run the build again.</source>
        <extracomment>%2 names the delimiter (&quot;semicolons&quot;); %1 is the value for --delimiter (&quot;semicolon&quot;), written as it is.</extracomment>
        <translation>La primera línea parece separar las columnas con %2, pero el archivo se leyó con otro delimitador. Indique --delimiter %1 (o quite un --delimiter que indique otro) y vuelva a generar.</translation>
    </message>
    <message>
        <source>Rename the column in the file&apos;s first line, or say which column it is with --map %1.%2=&quot;Column name&quot;, and run the build again.</source>
        <extracomment>%1 is a table, %2 a column; --map TABLE.COLUMN=&quot;Column name&quot; is an option, written as it is.</extracomment>
        <translation>Cambie el nombre de la columna en la primera línea del archivo o indique cuál es con --map %1.%2=&quot;Column name&quot; y vuelva a generar.</translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed, so everything from there to the end of the file (line %2) was read as one value. Close the quote (or double it inside the value) and run the build again.</source>
        <extracomment>%1: the line the quote opened on (a number); %2: the file&apos;s last line (a number).</extracomment>
        <translation>Una comilla abierta en la línea %1 no se cierra nunca, así que todo lo que hay desde ahí hasta el final del archivo (línea %2) se leyó como un único valor. Cierre la comilla (o duplíquela si forma parte del valor) y vuelva a generar.</translation>
    </message>
    <message>
        <source>This row is %1 MB long (lines %2 to %3). No customer record is that large: most likely a quote is never closed or the file is not CSV text. The row was left out; check the file there.</source>
        <extracomment>%1 is the row&apos;s size in MB (a decimal number); %2 and %3 are line numbers.</extracomment>
        <translation>Esta fila ocupa %1 MB (líneas %2 a %3). Ningún registro de cliente es tan grande: lo más probable es que una comilla no se cierre nunca o que el archivo no sea texto CSV. Se omitió la fila; revise el archivo en ese punto.</translation>
    </message>
    <message>
        <source>The value in column &quot;%1&quot; is %2 MB long, more than the 1 MB a value may have. Most likely a quote is never closed; the row was left out.</source>
        <extracomment>%1: the column&apos;s header; %2: the value&apos;s size in MB (decimal).</extracomment>
        <translation>El valor de la columna “%1” ocupa %2 MB, más del 1 MB que se permite por valor. Lo más probable es que una comilla no se cierre nunca; se omitió la fila.</translation>
    </message>
    <message>
        <source>The value in column %1 is %2 MB long, more than the 1 MB a value may have. Most likely a quote is never closed; the row was left out.</source>
        <extracomment>%1: the column&apos;s position (number); %2: the value&apos;s size in MB (decimal).</extracomment>
        <translation>El valor de la columna %1 ocupa %2 MB, más del 1 MB que se permite por valor. Lo más probable es que una comilla no se cierre nunca; se omitió la fila.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2. A delimiter inside a value needs quotes around the value; check this line in the file.</source>
        <extracomment>%1: fields in the row (a number); %2: fields in the header (a number).</extracomment>
        <translation>La fila tiene %1 campos, pero el encabezado tiene %2. Si un valor contiene el delimitador, debe ir entre comillas; revise esta línea del archivo.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2.</source>
        <extracomment>%1 is the number of fields in the row, %2 the number in the header.</extracomment>
        <translation>La fila tiene %1 campos, pero el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>The row holds a NUL byte (binary data), kept as it is. Check where the file came from; a text export has none.</source>
        <translation>La fila contiene un byte NUL (datos binarios), que se conservó tal cual. Compruebe de dónde procede el archivo; una exportación de texto no contiene ninguno.</translation>
    </message>
    <message>
        <source>Text follows a closing quote; it was kept as part of the value. Quote the whole value if that is not what you meant.</source>
        <translation>Hay texto después de una comilla de cierre; se conservó como parte del valor. Ponga todo el valor entre comillas si no era eso lo que pretendía.</translation>
    </message>
    <message>
        <source>Stopped at the first rejected row, as asked: %1, line %2: %3 Correct it and run the build again, or leave out --on-error stop to skip such rows and have them reported.</source>
        <extracomment>%1 is a file name, %2 a line number; %3 is why the row was rejected (a sentence).</extracomment>
        <translation>Se detuvo en la primera fila rechazada, como se pidió: %1, línea %2: %3 Corríjala y vuelva a generar, o quite --on-error stop para que esas filas se omitan y se notifiquen.</translation>
    </message>
    <message>
        <source>%1 is empty, so the row cannot be linked to anything. Fill it in or delete the row.</source>
        <extracomment>%1 is the column&apos;s name in the file (customer_id, …).</extracomment>
        <translation>%1 está vacío, así que la fila no se puede vincular con nada. Rellénelo o elimine la fila.</translation>
    </message>
    <message>
        <source>customer_id &quot;%1&quot; appeared on an earlier line; the first row is kept and this one is left out. Remove or merge the duplicate.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>El customer_id “%1” ya apareció en una línea anterior; se conserva la primera fila y se omite esta. Elimine o fusione el duplicado.</translation>
    </message>
    <message>
        <source>product_id &quot;%1&quot; appeared on an earlier line; the first row is kept. Remove the duplicate.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>El product_id “%1” ya apareció en una línea anterior; se conserva la primera fila. Elimine el duplicado.</translation>
    </message>
    <message>
        <source>campaign_id &quot;%1&quot; appeared on an earlier line; the first row is kept. Remove the duplicate.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>El campaign_id “%1” ya apareció en una línea anterior; se conserva la primera fila. Elimine el duplicado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. The value was read as empty; correct it in the file if it matters.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>“%1” no es un número. El valor se leyó como vacío; corríjalo en el archivo si es importante.</translation>
    </message>
    <message>
        <source>total_amount is empty, so the line has no value. Fill in the amount (0 if it was free) or delete the line.</source>
        <translation>total_amount está vacío, así que la línea no tiene importe. Indique el importe (0 si fue gratuito) o elimine la línea.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be an amount. The line was left out; correct it and run the build again.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>“%1” es demasiado grande para ser un importe. Se omitió la línea; corrija el valor y vuelva a generar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (write it like %2). The line was left out; correct it and run the build again.</source>
        <extracomment>%1: the value as written; %2: an amount written the file&apos;s way (&quot;1234,56&quot;).</extracomment>
        <translation>“%1” no es un importe (escríbalo como %2). Se omitió la línea; corrija el valor y vuelva a generar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 4 decimals; it was rounded to %2.</source>
        <extracomment>%1: the value as written; %2: the amount it was rounded to (decimal).</extracomment>
        <translation>“%1” tiene más de 4 decimales; se redondeó a %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date this program reads (YYYY-MM-DD, optionally with a time; DD.MM.YYYY; MM/DD/YYYY or DD/MM/YYYY). The value was read as empty; correct it in the file if the date matters.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>“%1” no es una fecha que este programa pueda leer (YYYY-MM-DD, con hora opcional; DD.MM.YYYY; MM/DD/YYYY o DD/MM/YYYY). El valor se leyó como vacío; corríjalo en el archivo si la fecha es importante.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date when read day first (dmy), the order chosen (--date-order or the mapping file). The value was read as empty; check the order or the value.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>“%1” no es una fecha si se lee con el día primero (dmy), el orden elegido (--date-order o el archivo de asignación). El valor se leyó como vacío; revise el orden o el valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date when read month first (mdy), the order chosen (--date-order or the mapping file). The value was read as empty; check the order or the value.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>“%1” no es una fecha si se lee con el mes primero (mdy), el orden elegido (--date-order o el archivo de asignación). El valor se leyó como vacío; revise el orden o el valor.</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read day first (DD/MM/YYYY), as values like &quot;%2&quot; show.</source>
        <extracomment>%1: the column&apos;s header; %2: a value that shows the order.</extracomment>
        <translation>Las fechas con barras de la columna %1 se leyeron con el día primero (DD/MM/YYYY), como indican valores del tipo “%2”.</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read month first (MM/DD/YYYY), as values like &quot;%2&quot; show.</source>
        <extracomment>%1: the column&apos;s header; %2: a value that shows the order.</extracomment>
        <translation>Las fechas con barras de la columna %1 se leyeron con el mes primero (MM/DD/YYYY), como indican valores del tipo “%2”.</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read day first (DD/MM/YYYY), as another date column of the file shows.</source>
        <extracomment>%1: the column&apos;s header.</extracomment>
        <translation>Las fechas con barras de la columna %1 se leyeron con el día primero (DD/MM/YYYY), como indica otra columna de fecha del archivo.</translation>
    </message>
    <message>
        <source>Slash dates in %1 were read month first (MM/DD/YYYY): no value says which; choose with --date-order if that is wrong.</source>
        <extracomment>%1: the column&apos;s header.</extracomment>
        <translation>Las fechas con barras de la columna %1 se leyeron con el mes primero (MM/DD/YYYY): ningún valor indica el orden; elija otro con --date-order si no es correcto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (day first). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>“%1” no coincide con el orden de fecha de esta columna (día primero). El valor se leyó como vacío; escriba las fechas de una sola manera en toda la columna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (month first). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>“%1” no coincide con el orden de fecha de esta columna (mes primero). El valor se leyó como vacío; escriba las fechas de una sola manera en toda la columna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (day first, but the column mixes both orders). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>“%1” no coincide con el orden de fecha de esta columna (día primero, aunque la columna mezcla ambos órdenes). El valor se leyó como vacío; escriba las fechas de una sola manera en toda la columna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit this column&apos;s date order (month first, but the column mixes both orders). The value was read as empty; write dates one way throughout the column.</source>
        <extracomment>%1: the value as written.</extracomment>
        <translation>“%1” no coincide con el orden de fecha de esta columna (mes primero, aunque la columna mezcla ambos órdenes). El valor se leyó como vacío; escriba las fechas de una sola manera en toda la columna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is after as_of (%2): age is left empty. Check the date.</source>
        <extracomment>%1: the birth date as written; %2: as_of (YYYY-MM-DD).</extracomment>
        <translation>“%1” es posterior a la fecha de corte as_of (%2): la edad se deja vacía. Revise la fecha.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is after as_of (%3): age is left empty. Check the date.</source>
        <extracomment>%1 is the birth date as written, %2 the date it was read as, %3 the as-of date (both YYYY-MM-DD).</extracomment>
        <translation>“%1” (%2) es posterior a la fecha de corte as_of (%3): la edad se deja vacía. Revise la fecha.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows refer to customers not in customer_info and were left out (for example %2).</source>
        <extracomment>%Ln is the number of rows; %2 some of their customer ids, quoted and separated by commas.</extracomment>
        <translation>
            <numerusform>%Ln fila hace referencia a un cliente que no está en customer_info y se omitió (%2).</numerusform>
            <numerusform>%Ln filas hacen referencia a clientes que no están en customer_info y se omitieron (por ejemplo, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows belong to customers registered after as_of and were left out with them.</source>
        <extracomment>%Ln is the number of rows.</extracomment>
        <translation>
            <numerusform>%Ln fila pertenece a un cliente registrado después de la fecha de corte as_of y se omitió junto con él.</numerusform>
            <numerusform>%Ln filas pertenecen a clientes registrados después de la fecha de corte as_of y se omitieron junto con ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines name a product_id that is not in product_catalog: they count towards purchases and spend, not towards favourites.</source>
        <extracomment>%Ln is the number of purchase lines.</extracomment>
        <translation>
            <numerusform>%Ln línea indica un product_id que no está en product_catalog: cuenta para las compras y el gasto, pero no para la categoría ni la marca favoritas.</numerusform>
            <numerusform>%Ln líneas indican un product_id que no está en product_catalog: cuentan para las compras y el gasto, pero no para la categoría ni la marca favoritas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln responses name a campaign_id that is not in marketing_campaigns: they do not count as engagement.</source>
        <extracomment>%Ln is the number of responses.</extracomment>
        <translation>
            <numerusform>%Ln respuesta indica un campaign_id que no está en marketing_campaigns: no cuenta como interacción.</numerusform>
            <numerusform>%Ln respuestas indican un campaign_id que no está en marketing_campaigns: no cuentan como interacción.</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1.csv in the folder: read as an empty table.</source>
        <extracomment>%1: the table.</extracomment>
        <translation>No hay ningún %1.csv en la carpeta: se lee como una tabla vacía.</translation>
    </message>
    <message>
        <source>No table or view named %1 in the database: read as an empty table.</source>
        <extracomment>%1: the table.</extracomment>
        <translation>No hay ninguna tabla ni vista llamada %1 en la base de datos: se lee como una tabla vacía.</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>Se canceló la generación.</translation>
    </message>
    <message>
        <source>A customer&apos;s total spend is too large to add up exactly (over 900 trillion). Check total_amount in purchase_transactions for values in the wrong unit or with misplaced decimal points.</source>
        <translation>El gasto total de un cliente es demasiado grande para sumarlo con exactitud (más de 900 billones). Revise si total_amount de purchase_transactions tiene valores en una unidad equivocada o con el separador decimal mal colocado.</translation>
    </message>
    <message>
        <source>A table cannot be used; see its error.</source>
        <translation>Una tabla no se puede usar; consulte su error.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name; %2 is a message about that file (a sentence).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <extracomment>%1 is a file name, %2 a line number; %3 says what is wrong on that line.</extracomment>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <extracomment>Completes &quot;Cannot read FILE: …&quot;: the path names a folder.</extracomment>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>commas</source>
        <extracomment>The name of a delimiter; it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <extracomment>The name of a delimiter; it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>puntos y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <extracomment>The name of a delimiter; it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <extracomment>The name of a delimiter (|); it completes sentences such as &quot;Columns are separated by …&quot;.</extracomment>
        <translation>barras verticales</translation>
    </message>
    <message>
        <source>&apos;%1&apos; characters</source>
        <extracomment>%1 is the delimiter character itself, e.g. ~; the phrase completes &quot;Columns are separated by …&quot;.</extracomment>
        <translation>caracteres “%1”</translation>
    </message>
    <message>
        <source>Cannot write beside %1: %2. Check that the folder exists and that you may write to it.</source>
        <extracomment>%1: the file to write; %2: the system&apos;s reason.</extracomment>
        <translation>No se puede escribir junto a %1: %2. Compruebe que la carpeta existe y que tiene permiso de escritura en ella.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <extracomment>%1: the temporary file; %2: the system&apos;s reason.</extracomment>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <extracomment>%1: the file.</extracomment>
        <translation>No se escribió nada en %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Is the disk full? Nothing was written.</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>Error al escribir %1: %2. ¿Está lleno el disco? No se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2. If the file is open in another program, close it and try again.</source>
        <extracomment>%1: the file; %2: the system&apos;s reason.</extracomment>
        <translation>No se puede reemplazar %1: %2. Si el archivo está abierto en otro programa, ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for rejected rows: %2.</source>
        <extracomment>%1: the folder; %2: the system&apos;s reason.</extracomment>
        <translation>No se puede crear la carpeta %1 para las filas rechazadas: %2.</translation>
    </message>
    <message>
        <source>%2 Nothing was written to %1.</source>
        <extracomment>%1 is the workspace file; %2 is why the build failed (one or more sentences).</extracomment>
        <translation>%2 No se escribió nada en %1.</translation>
    </message>
    <message>
        <source>The workspace file %1 must end in .c360 (or .sqlite or .db). Choose another name.</source>
        <extracomment>%1: the workspace file.</extracomment>
        <translation>El archivo del espacio de trabajo %1 debe terminar en .c360 (o en .sqlite o .db). Elija otro nombre.</translation>
    </message>
    <message>
        <source>The build was cancelled. Nothing was written.</source>
        <translation>Se canceló la generación. No se escribió nada.</translation>
    </message>
    <message>
        <source>Writing the workspace failed: %1. Is the disk full?</source>
        <extracomment>%1: SQLite&apos;s words.</extracomment>
        <translation>Error al escribir el espacio de trabajo: %1. ¿Está lleno el disco?</translation>
    </message>
    <message>
        <source>Writing the workspace failed: %1</source>
        <extracomment>%1: SQLite&apos;s words.</extracomment>
        <translation>Error al escribir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: %2.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>No se puede crear el espacio de trabajo %1: %2.</translation>
    </message>
    <message>
        <source>Preparing the workspace failed.</source>
        <translation>Error al preparar el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Not enough memory to prepare the workspace.</source>
        <translation>No hay memoria suficiente para preparar el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Writing the workspace failed: a chunk of customer_360 could not be read.</source>
        <translation>Error al escribir el espacio de trabajo: no se pudo leer un bloque de customer_360.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>No se puede abrir el espacio de trabajo %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a workspace written by c360 build (%2). Build one with: c360 build SOURCE -o %1</source>
        <extracomment>%1 is a file name (twice); %2 is SQLite&apos;s own words, in English. &quot;c360 build SOURCE -o&quot; is a command, written as it is.</extracomment>
        <translation>%1 no es un espacio de trabajo escrito por c360 build (%2). Genere uno con: c360 build SOURCE -o %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>Error al leer %1: %2.</translation>
    </message>
    <message>
        <source>Could not change the saved segments in %1 (%2). Check that the disk is not full and the file is not open for writing elsewhere, then try again.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>No se pudieron modificar los segmentos guardados en %1 (%2). Compruebe que el disco no está lleno y que el archivo no está abierto para escritura en otro lugar; después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1 (%2). Check the path, or build one with: c360 build SOURCE -o %1</source>
        <extracomment>%1 is a file name (twice); %2 is SQLite&apos;s own words, in English. &quot;c360 build SOURCE -o&quot; is a command, written as it is.</extracomment>
        <translation>No se puede abrir el espacio de trabajo %1 (%2). Revise la ruta o genere uno con: c360 build SOURCE -o %1</translation>
    </message>
    <message>
        <source>%1 is not a workspace written by c360 build. Build one with: c360 build SOURCE -o %1</source>
        <extracomment>%1 is a file name (twice). &quot;c360 build SOURCE -o&quot; is a command, written as it is.</extracomment>
        <translation>%1 no es un espacio de trabajo escrito por c360 build. Genere uno con: c360 build SOURCE -o %1</translation>
    </message>
    <message>
        <source>%1 is read-only, so its saved segments cannot be changed. Make the file writable (or copy it somewhere you can write) and try again.</source>
        <extracomment>%1: the workspace file.</extracomment>
        <translation>%1 es de solo lectura, así que sus segmentos guardados no se pueden modificar. Permita la escritura en el archivo (o cópielo en una ubicación en la que pueda escribir) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The saved segments in %1 cannot be read (%2). The workspace may be damaged; rebuild it with c360 build.</source>
        <extracomment>%1: the workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>No se pueden leer los segmentos guardados en %1 (%2). Es posible que el espacio de trabajo esté dañado; vuelva a generarlo con c360 build.</translation>
    </message>
    <message>
        <source>The saved segment &quot;%1&quot; in %2 has a condition (%3) this version of c360 does not understand. Delete the segment with a SQLite tool or use a newer c360.</source>
        <extracomment>%1: the segment&apos;s name; %2: the workspace file; %3: the condition as stored.</extracomment>
        <translation>El segmento guardado “%1” de %2 tiene una condición (%3) que esta versión de c360 no entiende. Elimine el segmento con una herramienta de SQLite o use una versión más reciente de c360.</translation>
    </message>
    <message>
        <source>No saved segment named &quot;%1&quot; in %2; it has no saved segments yet.</source>
        <extracomment>%1: the name asked for; %2: the workspace file.</extracomment>
        <translation>No hay ningún segmento guardado llamado “%1” en %2; todavía no tiene segmentos guardados.</translation>
    </message>
    <message>
        <source>No saved segment named &quot;%1&quot; in %2; saved segments: %3.</source>
        <extracomment>%1: the name asked for; %2: the workspace file; %3: the names saved (a list).</extracomment>
        <translation>No hay ningún segmento guardado llamado “%1” en %2; segmentos guardados: %3.</translation>
    </message>
    <message>
        <source>A saved segment needs a name. Type one and try again.</source>
        <translation>Un segmento guardado necesita un nombre. Escriba uno y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is already a saved segment named &quot;%1&quot;. Choose another name, or delete that one first.</source>
        <extracomment>%1: the name that is taken.</extracomment>
        <translation>Ya existe un segmento guardado llamado “%1”. Elija otro nombre o elimine primero ese segmento.</translation>
    </message>
    <message>
        <source>Cannot open the new workspace %1 to carry the saved segments (%2).</source>
        <extracomment>%1: the new workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>No se puede abrir el nuevo espacio de trabajo %1 para trasladar a él los segmentos guardados (%2).</translation>
    </message>
    <message>
        <source>Could not carry the saved segments of %1 into the new workspace (%2). Nothing was replaced; check the disk space and that the old workspace is readable, then build again.</source>
        <extracomment>%1: the previous workspace file; %2: SQLite&apos;s words.</extracomment>
        <translation>No se pudieron trasladar los segmentos guardados de %1 al nuevo espacio de trabajo (%2). No se reemplazó nada; compruebe el espacio libre en disco y que el espacio de trabajo anterior se puede leer; después, vuelva a generar.</translation>
    </message>
    <message>
        <source>Columns are separated by %4: %1 columns, %2 of %3 sampled rows have that many.</source>
        <extracomment>%4 names the delimiter (&quot;semicolons&quot;); %1 is the number of columns, %2 and %3 numbers of sampled rows.</extracomment>
        <translation>Las columnas están separadas por %4: %1 columnas; %2 de %3 filas de muestra tienen ese número de columnas.</translation>
    </message>
    <message>
        <source>Only one column was found; read as comma-separated.</source>
        <translation>Solo se encontró una columna; se lee con comas como delimitador.</translation>
    </message>
    <message>
        <source>The first line holds numbers or dates, so it looks like data, not a header.</source>
        <translation>La primera línea contiene números o fechas, así que parece contener datos, no un encabezado.</translation>
    </message>
    <message>
        <source>Numbers use a decimal comma (%1 sampled values like 12,50).</source>
        <extracomment>%1: how many sampled values (number).</extracomment>
        <translation>Los números usan coma decimal (%1 valores de muestra como 12,50).</translation>
    </message>
    <message>
        <source>Numbers use a decimal point (%1 sampled values like 12.50).</source>
        <extracomment>%1: how many sampled values (number).</extracomment>
        <translation>Los números usan punto decimal (%1 valores de muestra como 12.50).</translation>
    </message>
    <message>
        <source>The file is UTF-8 and starts with a byte order mark; the mark was skipped.</source>
        <translation>El archivo es UTF-8 y empieza con una marca de orden de bytes; se omitió la marca.</translation>
    </message>
    <message>
        <source>Read as %1, as chosen.</source>
        <extracomment>%1: the encoding&apos;s name.</extracomment>
        <translation>Se lee como %1, según lo elegido.</translation>
    </message>
    <message>
        <source>The file is %1 (it starts with a byte order mark); it was converted to UTF-8.</source>
        <extracomment>%1: the encoding&apos;s name.</extracomment>
        <translation>El archivo es %1 (empieza con una marca de orden de bytes); se convirtió a UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European, as older Excel versions save CSV). If letters look wrong, choose the file&apos;s encoding.</source>
        <translation>El archivo no es UTF-8; se leyó como Windows-1252 (Europa occidental, como guardan los CSV las versiones antiguas de Excel). Si las letras no se ven bien, elija la codificación del archivo.</translation>
    </message>
    <message>
        <source>The file looks like %1 without a byte order mark; it was converted to UTF-8.</source>
        <extracomment>%1: the encoding&apos;s name.</extracomment>
        <translation>El archivo parece %1 sin marca de orden de bytes; se convirtió a UTF-8.</translation>
    </message>
    <message>
        <source>Columns are separated by %1, as chosen.</source>
        <extracomment>%1 names the delimiter (&quot;semicolons&quot;).</extracomment>
        <translation>Las columnas están separadas por %1, según lo elegido.</translation>
    </message>
    <message>
        <source>Columns are separated by %1 (detected).</source>
        <extracomment>%1 names the delimiter (&quot;semicolons&quot;).</extracomment>
        <translation>Las columnas están separadas por %1 (detectado).</translation>
    </message>
    <message>
        <source>Numbers are read with a decimal comma (12,50).</source>
        <translation>Los números se leen con coma decimal (12,50).</translation>
    </message>
    <message>
        <source>Numbers are read with a decimal comma (12,50) and &apos;.&apos; between thousands.</source>
        <translation>Los números se leen con coma decimal (12,50) y “.” como separador de miles.</translation>
    </message>
    <message>
        <source>Numbers are read with &apos;,&apos; between thousands (1,234.50).</source>
        <translation>Los números se leen con “,” como separador de miles (1,234.50).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes could not be read as %2 and were replaced by �; see the warnings for their lines.</source>
        <extracomment>%Ln is the number of bytes; %2 the encoding&apos;s name (&quot;UTF-8&quot;).</extracomment>
        <translation>
            <numerusform>%Ln byte no se pudo leer como %2 y se reemplazó por �; consulte las advertencias para ver su línea.</numerusform>
            <numerusform>%Ln bytes no se pudieron leer como %2 y se reemplazaron por �; consulte las advertencias para ver sus líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty: the table is read as having no rows.</source>
        <translation>El archivo está vacío: la tabla se lee sin filas.</translation>
    </message>
    <message>
        <source>Read from %1 files, one after another.</source>
        <extracomment>%1: how many files (number, at least 2).</extracomment>
        <translation>Se lee de %1 archivos, uno tras otro.</translation>
    </message>
    <message>
        <source>The byte %1 is not valid UTF-8; it was replaced by �. Save the file as UTF-8, or choose its encoding, if letters on this line look wrong.</source>
        <extracomment>%1: the byte in hex (&quot;0xE9&quot;).</extracomment>
        <translation>El byte %1 no es UTF-8 válido; se reemplazó por �. Si las letras de esta línea no se ven bien, guarde el archivo como UTF-8 o elija su codificación.</translation>
    </message>
    <message>
        <source>The UTF-16 surrogate %1 has no pair; it was replaced by �. Save the file as UTF-8, or choose its encoding, if letters on this line look wrong.</source>
        <extracomment>%1: the unit in hex (&quot;0xD800&quot;).</extracomment>
        <translation>El sustituto UTF-16 %1 no tiene pareja; se reemplazó por �. Si las letras de esta línea no se ven bien, guarde el archivo como UTF-8 o elija su codificación.</translation>
    </message>
    <message>
        <source>The last byte is half of a UTF-16 character; it was replaced by �. Save the file as UTF-8, or choose its encoding, if letters on this line look wrong.</source>
        <translation>El último byte es la mitad de un carácter UTF-16; se reemplazó por �. Si las letras de esta línea no se ven bien, guarde el archivo como UTF-8 o elija su codificación.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a file name; %2 completes the sentence with what the file is (&quot;is a zip archive, …&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 holds a file that %2</source>
        <extracomment>%1 is a .csv.gz file name; %2 completes the sentence with what the file inside is (&quot;is a zip archive, …&quot;).</extracomment>
        <translation>%1 contiene un archivo que %2</translation>
    </message>
    <message>
        <source>is a zip archive, most likely an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods) with a .csv name. Open it in your spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>es un archivo ZIP, probablemente un libro de Excel (.xlsx) o una hoja de cálculo OpenDocument (.ods) con nombre .csv. Ábralo en su programa de hojas de cálculo y guárdelo como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>is an old Excel workbook (.xls) with a .csv name. Open it in Excel and save it as &quot;CSV UTF-8&quot;.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>es un libro de Excel antiguo (.xls) con nombre .csv. Ábralo en Excel y guárdelo como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>is a SQLite database, not a CSV file. Give the database itself as the source.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>es una base de datos SQLite, no un archivo CSV. Indique la propia base de datos como origen.</translation>
    </message>
    <message>
        <source>is a Parquet file. Export the table as CSV and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>es un archivo Parquet. Exporte la tabla como CSV y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>is a PDF document, not a table. Export the data as CSV and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>es un documento PDF, no una tabla. Exporte los datos como CSV y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>is a JSON file, not CSV. Export the table as CSV (most tools offer it next to JSON) and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>es un archivo JSON, no CSV. Exporte la tabla como CSV (la mayoría de las herramientas lo ofrecen junto a JSON) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>contains binary data (NUL bytes), so it is not a text CSV file. Export the table as CSV and try again.</source>
        <extracomment>Completes &quot;FILE …&quot; and &quot;FILE holds a file that …&quot;.</extracomment>
        <translation>contiene datos binarios (bytes NUL), así que no es un archivo CSV de texto. Exporte la tabla como CSV y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>cannot start decompressing the file.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>no se puede empezar a descomprimir el archivo.</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1). Compress the file again, or give the plain CSV.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;; %1 is the decompressor&apos;s own words, in English.</extracomment>
        <translation>los datos comprimidos están dañados (%1). Vuelva a comprimir el archivo o indique el CSV sin comprimir.</translation>
    </message>
    <message>
        <source>decompresses to more than 8 GB. Split it into several files.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>al descomprimirlo ocupa más de 8 GB. Divídalo en varios archivos.</translation>
    </message>
    <message>
        <source>cannot continue decompressing the file.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>no se puede seguir descomprimiendo el archivo.</translation>
    </message>
    <message>
        <source>the compressed file ends too early. Copy it again.</source>
        <extracomment>Completes &quot;FILE.csv.gz: …&quot;.</extracomment>
        <translation>el archivo comprimido termina antes de tiempo. Vuelva a copiarlo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists, is not open exclusively in another program, and that you may read it.</source>
        <extracomment>%1 is a file name; %2 is the reason (the system&apos;s words, or &quot;it is a folder, not a file&quot;).</extracomment>
        <translation>No se puede leer %1: %2. Compruebe que el archivo existe, que no está abierto en modo exclusivo en otro programa y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>%1 has other columns than %2, but both are read as one table. Its header: %3. Give the files the same columns (or map each file&apos;s columns the same way) and run the build again.</source>
        <extracomment>%1: the file; %2: the table&apos;s first file; %3: the file&apos;s header (a list of quoted names).</extracomment>
        <translation>%1 tiene columnas distintas de las de %2, pero ambos se leen como una sola tabla. Su encabezado: %3. Haga que los archivos tengan las mismas columnas (o asigne las columnas de cada archivo de la misma manera) y vuelva a generar.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check that the file is a SQLite database you may read.</source>
        <extracomment>%1: the database file; %2: SQLite&apos;s words.</extracomment>
        <translation>No se puede abrir la base de datos %1: %2. Compruebe que el archivo es una base de datos SQLite y que tiene permiso para leerla.</translation>
    </message>
    <message>
        <source>Reading the database failed: %1</source>
        <extracomment>%1: SQLite&apos;s words.</extracomment>
        <translation>Error al leer la base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot read the list of tables in %1: %2. The file may be damaged or not a SQLite database.</source>
        <extracomment>%1: the database file; %2: SQLite&apos;s words.</extracomment>
        <translation>No se puede leer la lista de tablas de %1: %2. Es posible que el archivo esté dañado o que no sea una base de datos SQLite.</translation>
    </message>
    <message>
        <source>The database %1 has no table or view named &quot;%2&quot;. It holds: %3.</source>
        <extracomment>%1: the database file; %2: the table asked for; %3: the tables it holds (a list).</extracomment>
        <translation>La base de datos %1 no tiene ninguna tabla ni vista llamada “%2”. Contiene: %3.</translation>
    </message>
    <message>
        <source>The database %1 has no table or view named customer_info. It holds no tables at all. Create a view named customer_info over your customer table (one row per customer, with a customer_id column), or name the table with --table customer_info=TABLE, and run the build again.</source>
        <extracomment>%1: the database file.</extracomment>
        <translation>La base de datos %1 no tiene ninguna tabla ni vista llamada customer_info. No contiene ninguna tabla. Cree una vista llamada customer_info a partir de su tabla de clientes (una fila por cliente, con una columna customer_id) o indique la tabla con --table customer_info=TABLA y vuelva a generar.</translation>
    </message>
    <message>
        <source>The database %1 has no table or view named customer_info. It holds: %2. Create a view named customer_info over your customer table (one row per customer, with a customer_id column), or name the table with --table customer_info=TABLE, and run the build again.</source>
        <extracomment>%1: the database file; %2: the tables it holds (a list).</extracomment>
        <translation>La base de datos %1 no tiene ninguna tabla ni vista llamada customer_info. Contiene: %2. Cree una vista llamada customer_info a partir de su tabla de clientes (una fila por cliente, con una columna customer_id) o indique la tabla con --table customer_info=TABLA y vuelva a generar.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 in %2: %3. If it is a view, check that the tables it reads exist.</source>
        <extracomment>%1: the table; %2: the database file; %3: SQLite&apos;s words.</extracomment>
        <translation>No se puede leer la tabla %1 de %2: %3. Si es una vista, compruebe que existen las tablas que lee.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: %2. Check that it exists and that you may open it.</source>
        <extracomment>%1: the folder; %2: the system&apos;s reason.</extracomment>
        <translation>No se puede leer la carpeta %1: %2. Compruebe que existe y que tiene permiso para abrirla.</translation>
    </message>
    <message>
        <source>No file matches &quot;%1&quot; (looked in %2 and in the current folder). Check the name given with --table.</source>
        <extracomment>%1: the pattern; %2: the source folder.</extracomment>
        <translation>Ningún archivo coincide con “%1” (se buscó en %2 y en la carpeta actual). Revise el nombre indicado con --table.</translation>
    </message>
    <message>
        <source>The source %1 does not exist. Give a folder of CSV files or a SQLite database file.</source>
        <extracomment>%1: the source.</extracomment>
        <translation>El origen %1 no existe. Indique una carpeta de archivos CSV o un archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <source>The source %1 is neither a folder nor a SQLite database. Give the folder that holds customer_info.csv and the other tables, or a .sqlite/.db file.</source>
        <extracomment>%1: the source.</extracomment>
        <translation>El origen %1 no es una carpeta ni una base de datos SQLite. Indique la carpeta que contiene customer_info.csv y las demás tablas, o un archivo .sqlite/.db.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2 to map. Its columns are: %3.</source>
        <extracomment>%1: the table; %2: the column; %3: the table&apos;s columns (a list).</extracomment>
        <translation>La tabla %1 no tiene ninguna columna %2 que asignar. Sus columnas son: %3.</translation>
    </message>
    <message>
        <source>No customer_info.csv in %1. The folder holds no .csv files at all. Put the customer list in a file named customer_info.csv (one row per customer, with a customer_id column) and run the build again (or name the file with --table customer_info=FILE).</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>No hay ningún customer_info.csv en %1. La carpeta no contiene ningún archivo .csv. Guarde la lista de clientes en un archivo llamado customer_info.csv (una fila por cliente, con una columna customer_id) y vuelva a generar (o indique el archivo con --table customer_info=ARCHIVO).</translation>
    </message>
    <message>
        <source>No customer_info.csv in %1. The folder holds: %2. Put the customer list in a file named customer_info.csv (one row per customer, with a customer_id column) and run the build again (or name the file with --table customer_info=FILE).</source>
        <extracomment>%1: the folder; %2: the .csv files it holds (a list).</extracomment>
        <translation>No hay ningún customer_info.csv en %1. La carpeta contiene: %2. Guarde la lista de clientes en un archivo llamado customer_info.csv (una fila por cliente, con una columna customer_id) y vuelva a generar (o indique el archivo con --table customer_info=ARCHIVO).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the tables (%2).</source>
        <extracomment>%1: the name given; %2: the tables (a list).</extracomment>
        <translation>“%1” no es una de las tablas (%2).</translation>
    </message>
    <message>
        <source>--map needs TABLE.COLUMN=HEADER, for example --map purchase_transactions.transaction_id=&quot;Order ID&quot;.</source>
        <translation>--map necesita TABLA.COLUMNA=ENCABEZADO, por ejemplo --map purchase_transactions.transaction_id=&quot;ID de pedido&quot;.</translation>
    </message>
    <message>
        <source>The table %1 has no column &quot;%2&quot; to map. Its columns are: %3.</source>
        <extracomment>%1: the table; %2: the column; %3: the table&apos;s columns (a list).</extracomment>
        <translation>La tabla %1 no tiene ninguna columna “%2” que asignar. Sus columnas son: %3.</translation>
    </message>
    <message>
        <source>--map %1 names no source column after &apos;=&apos;.</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>--map %1 no indica ninguna columna de origen después de “=”.</translation>
    </message>
    <message>
        <source>--table needs TABLE=FILE, for example --table purchase_transactions=orders_2024.csv or =&apos;sales/*.csv&apos;.</source>
        <translation>--table necesita TABLA=ARCHIVO, por ejemplo --table purchase_transactions=orders_2024.csv o =&apos;sales/*.csv&apos;.</translation>
    </message>
    <message>
        <source>Unknown date order &quot;%1&quot;. Use dmy (31/01/2025) or mdy (01/31/2025).</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Orden de fecha desconocido: “%1”. Use dmy (31/01/2025) o mdy (01/31/2025).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use utf-8, utf-16le, utf-16be, windows-1252 or latin1.</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Codificación desconocida: “%1”. Use utf-8, utf-16le, utf-16be, windows-1252 o latin1.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;. Use comma, semicolon, tab, pipe, or the character itself.</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Delimitador desconocido: “%1”. Use comma, semicolon, tab, pipe o el propio carácter.</translation>
    </message>
    <message>
        <source>Unknown decimal mark &quot;%1&quot;. Use . or ,</source>
        <extracomment>%1: the value given.</extracomment>
        <translation>Separador decimal desconocido: “%1”. Use . o ,</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <extracomment>%1: the setting&apos;s name.</extracomment>
        <translation>Opción desconocida: “%1”.</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1. Check the name.</source>
        <extracomment>%1: the mapping file.</extracomment>
        <translation>No se puede leer el archivo de asignación %1. Revise el nombre.</translation>
    </message>
    <message>
        <source>a section is written [table_name].</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;. [table_name] is written as it is.</extracomment>
        <translation>las secciones se escriben así: [table_name].</translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot;.</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;. &quot;name = value&quot; is written as it is.</extracomment>
        <translation>se esperaba “name = value”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs in a [table] section.</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;; %1 is a setting&apos;s name (file, table). [table] is written as it is.</extracomment>
        <translation>“%1” debe ir en una sección [table].</translation>
    </message>
    <message>
        <source>column mappings belong in a [table] section.</source>
        <extracomment>Completes &quot;MAPPING FILE, line N: …&quot;. [table] is written as it is.</extracomment>
        <translation>las asignaciones de columnas deben ir en una sección [table].</translation>
    </message>
</context>
<context>
    <name>c360::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Open the last workspace at start</source>
        <translation>&amp;Abrir el último espacio de trabajo al iniciar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the desktop (%1)</source>
        <extracomment>First entry of the language list: use the desktop&apos;s language; %1 is its name.</extracomment>
        <translation>Igual que el escritorio (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus, windows and messages. Numbers and dates follow the regional format of the desktop.</source>
        <translation>El idioma de los menús, las ventanas y los mensajes. Los números y las fechas siguen el formato regional del escritorio.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Nota sobre el idioma</translation>
    </message>
    <message>
        <source>Open the last workspace at start</source>
        <translation>Abrir el último espacio de trabajo al iniciar</translation>
    </message>
    <message>
        <source>Without it the workbench starts on the demo workspace.</source>
        <translation>Si no se marca, la aplicación se inicia con el espacio de trabajo de demostración.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The workbench shows the new language the next time it starts.</source>
        <translation>La aplicación mostrará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>c360::ui::RangeFilterEditor</name>
    <message>
        <source>Include missing values</source>
        <translation>Incluir clientes sin valor</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>%1, minimum</source>
        <translation>%1, mínimo</translation>
    </message>
    <message>
        <source>%1, maximum</source>
        <translation>%1, máximo</translation>
    </message>
    <message>
        <source>%1, include missing values</source>
        <translation>%1, incluir clientes sin valor</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>No es una fecha</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>No es un número</translation>
    </message>
    <message>
        <source>no bounds</source>
        <translation>sin límites</translation>
    </message>
    <message>
        <source>Current filter: %1.</source>
        <translation>Filtro actual: %1.</translation>
    </message>
    <message>
        <source>Type a date such as %1 or 2025-01-31.</source>
        <translation>Escriba una fecha como %1 o 2025-01-31.</translation>
    </message>
    <message>
        <source>Customers without a value for %1 also match when a bound is set</source>
        <extracomment>%1 is a column title such as &quot;Total spend&quot;.</extracomment>
        <translation>Los clientes sin valor en %1 también cumplen el filtro cuando se fija un límite</translation>
    </message>
</context>
<context>
    <name>c360::ui::ReportIssuesModel</name>
    <message>
        <source>Rejected row</source>
        <translation>Fila rechazada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>%1
The row: %2</source>
        <translation>%1
La fila: %2</translation>
    </message>
    <message>
        <source>no column</source>
        <translation>sin columna</translation>
    </message>
    <message>
        <source>no line</source>
        <translation>sin línea</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>No se puede escribir %1: %2. Elija una carpeta en la que tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Nothing was written.</source>
        <translation>Error al escribir %1: %2. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>c360::ui::SampleRowsModel</name>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
</context>
<context>
    <name>c360::ui::SavedSegmentsModel</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>%1, or missing</source>
        <translation>%1, o sin valor</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Búsqueda: “%1”</translation>
    </message>
    <message>
        <source>All customers (no filters).</source>
        <translation>Todos los clientes (sin filtros).</translation>
    </message>
    <message>
        <source>%1 — counting customers…</source>
        <translation>%1 — contando clientes…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 customer(s)</source>
        <extracomment>%1 is the segment&apos;s name, %2 its number of customers.</extracomment>
        <translation>
            <numerusform>%1 — %2 cliente</numerusform>
            <numerusform>%1 — %2 clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::SegmentsDock</name>
    <message>
        <source>Saved segments</source>
        <translation>Segmentos guardados</translation>
    </message>
    <message>
        <source>Save current filters…</source>
        <translation>Guardar filtros actuales…</translation>
    </message>
    <message>
        <source>Save current filters as a segment</source>
        <translation>Guardar los filtros actuales como segmento</translation>
    </message>
    <message>
        <source>Saves the filters now applied under a name, in the workspace</source>
        <translation>Guarda con un nombre los filtros aplicados ahora, en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply segment</source>
        <translation>Aplicar segmento</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Cambiar nombre del segmento</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Duplicar segmento</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Open a workspace first: segments are saved in it.</source>
        <translation>Abra primero un espacio de trabajo: los segmentos se guardan en él.</translation>
    </message>
    <message>
        <source>Saved the current filters as “%1”.</source>
        <translation>Se guardaron los filtros actuales como “%1”.</translation>
    </message>
    <message>
        <source>There is no saved segment named “%1”.</source>
        <translation>No hay ningún segmento guardado llamado “%1”.</translation>
    </message>
    <message>
        <source>Applied “%1”.</source>
        <translation>Se aplicó “%1”.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Se cambió el nombre de “%1” a “%2”.</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>Se guardó una copia como “%1”.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message>
        <source>Save current filters</source>
        <translation>Guardar filtros actuales</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>Nombre del segmento:</translation>
    </message>
    <message>
        <source>Replace segment</source>
        <translation>Reemplazar segmento</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”. Replace it with the current filters?</source>
        <translation>Ya existe un segmento llamado “%1”. ¿Desea reemplazarlo por los filtros actuales?</translation>
    </message>
    <message>
        <source>Choose a segment in the list first.</source>
        <translation>Elija primero un segmento de la lista.</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nuevo nombre para “%1”:</translation>
    </message>
    <message>
        <source>Delete the saved segment “%1”? This cannot be undone.</source>
        <translation>¿Eliminar el segmento guardado “%1”? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Each segment with its number of customers. %1 applies the segment, %2 renames it, %3 duplicates it, %4 deletes it.</source>
        <extracomment>%1 to %4 are keys (Enter, F2, Ctrl+D, Delete), named as the keyboard labels them.</extracomment>
        <translation>Cada segmento con su número de clientes. %1 aplica el segmento, %2 le cambia el nombre, %3 lo duplica y %4 lo elimina.</translation>
    </message>
    <message>
        <source>Replaces the current filters with the selected segment&apos;s (%1)</source>
        <translation>Sustituye los filtros actuales por los del segmento seleccionado (%1)</translation>
    </message>
    <message>
        <source>Gives the selected segment another name (%1)</source>
        <translation>Da otro nombre al segmento seleccionado (%1)</translation>
    </message>
    <message>
        <source>Saves a copy of the selected segment next to it (%1)</source>
        <translation>Guarda una copia del segmento seleccionado junto a él (%1)</translation>
    </message>
    <message>
        <source>Deletes the selected segment after asking (%1)</source>
        <translation>Elimina el segmento seleccionado tras pedir confirmación (%1)</translation>
    </message>
</context>
<context>
    <name>c360::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Next pane (filters, table, charts, saved segments)</source>
        <translation>Panel siguiente (filtros, tabla, gráficos, segmentos guardados)</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Control siguiente o anterior</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Move by page, to the first or last customer</source>
        <translation>Avanzar o retroceder por páginas, ir al primer o al último cliente</translation>
    </message>
    <message>
        <source>Sort by this column (click the header with the mouse)</source>
        <translation>Ordenar por esta columna (haciendo clic en su encabezado)</translation>
    </message>
    <message>
        <source>see View menu</source>
        <translation>consulte el menú Ver</translation>
    </message>
    <message>
        <source>Filter lists</source>
        <translation>Listas de filtros</translation>
    </message>
    <message>
        <source>Tick or untick the current value</source>
        <translation>Marcar o desmarcar el valor actual</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Move between bars or slices</source>
        <translation>Moverse entre barras o sectores</translation>
    </message>
    <message>
        <source>Filter by the chosen bar or slice</source>
        <translation>Filtrar por la barra o el sector elegido</translation>
    </message>
    <message>
        <source>First or last bar or slice</source>
        <translation>Primera o última barra o sector</translation>
    </message>
    <message>
        <source>Charts, as table</source>
        <translation>Gráficos, como tabla</translation>
    </message>
    <message>
        <source>Filter by the current row</source>
        <translation>Filtrar por la fila actual</translation>
    </message>
    <message>
        <source>Filter chips</source>
        <translation>Etiquetas de filtro</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Segmentos guardados</translation>
    </message>
    <message>
        <source>Apply, rename, duplicate, delete the chosen one</source>
        <translation>Aplicar, cambiar de nombre, duplicar o eliminar el elegido</translation>
    </message>
    <message>
        <source>Columns dialog</source>
        <translation>Cuadro de diálogo Columnas</translation>
    </message>
    <message>
        <source>Move the current column up or down</source>
        <translation>Subir o bajar la columna actual</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Cuadros de diálogo</translation>
    </message>
    <message>
        <source>Cancel a running export or build; close</source>
        <translation>Cancelar una exportación o generación en curso; cerrar</translation>
    </message>
    <message>
        <source>&amp;Shortcuts:</source>
        <translation>&amp;Atajos:</translation>
    </message>
</context>
<context>
    <name>c360::ui::SourceTablesModel</name>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <source>Point (.)</source>
        <translation>Punto (.)</translation>
    </message>
    <message>
        <source>Not found: read as an empty table.</source>
        <translation>No encontrada: se lee como una tabla vacía.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln fila rechazada</numerusform>
            <numerusform>%Ln filas rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of unknown customers</source>
        <translation>
            <numerusform>%Ln fila de clientes desconocidos</numerusform>
            <numerusform>%Ln filas de clientes desconocidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore customer_360 workspaces built by c360. Without a workspace it opens the last one, or on the first start the bundled demo.</source>
        <translation>Explora los espacios de trabajo de vista de cliente generados por c360. Sin un espacio de trabajo, abre el último o, en el primer inicio, la demostración incluida.</translation>
    </message>
    <message>
        <source>A .c360 workspace to open (default: the last one).</source>
        <translation>Un espacio de trabajo .c360 que abrir (predeterminado: el último).</translation>
    </message>
</context>
</TS>

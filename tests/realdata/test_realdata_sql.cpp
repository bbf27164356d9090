// SQLite databases whose schemas are not ours (Chinook, Northwind), read through views named
// like the contract's tables and checked against SQL over the base tables; and the UCI Online
// Retail days, 20 files read as one table through a pattern.

#include "test_realdata.h"

#include "realdata_support.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace c360;
using namespace realdata;

namespace {

// Chinook: invoices hold REAL money; a line's amount is UnitPrice * Quantity. Genre is the
// category, the album's artist the brand.
const char* const kChinookViews = R"(
CREATE VIEW customer_info AS
    SELECT CustomerId AS customer_id, FirstName AS first_name, LastName AS last_name,
           Email AS email, Phone AS phone_number
    FROM Customer;
CREATE VIEW purchase_transactions AS
    SELECT i.CustomerId AS customer_id, l.InvoiceId AS transaction_id,
           l.UnitPrice * l.Quantity AS total_amount, l.TrackId AS product_id,
           i.InvoiceDate AS purchase_date
    FROM InvoiceLine l JOIN Invoice i ON i.InvoiceId = l.InvoiceId;
CREATE VIEW product_catalog AS
    SELECT t.TrackId AS product_id, g.Name AS category, ar.Name AS brand
    FROM Track t LEFT JOIN Genre g ON g.GenreId = t.GenreId
         LEFT JOIN Album al ON al.AlbumId = t.AlbumId
         LEFT JOIN Artist ar ON ar.ArtistId = al.ArtistId;
)";

// Northwind: the lines are in [Order Details] (a space in the name); amount = UnitPrice *
// Quantity * (1 - Discount). Category name is the category, the supplier the brand.
const char* const kNorthwindViews = R"(
CREATE VIEW customer_info AS
    SELECT CustomerID AS customer_id, ContactName AS first_name, CompanyName AS last_name,
           Phone AS phone_number
    FROM Customers;
CREATE VIEW purchase_transactions AS
    SELECT o.CustomerID AS customer_id, d.OrderID AS transaction_id,
           d.UnitPrice * d.Quantity * (1 - d.Discount) AS total_amount,
           d.ProductID AS product_id, o.OrderDate AS purchase_date
    FROM [Order Details] d JOIN Orders o ON o.OrderID = d.OrderID;
CREATE VIEW product_catalog AS
    SELECT p.ProductID AS product_id, c.CategoryName AS category, s.CompanyName AS brand
    FROM Products p LEFT JOIN Categories c ON c.CategoryID = p.CategoryID
         LEFT JOIN Suppliers s ON s.SupplierID = p.SupplierID;
)";

// The contract's favourite in SQL over the base tables: most lines, then higher spend (exact
// integer ten-thousandths), then the smallest name in byte order (SQLite's BINARY collation).
// %1 is the FROM clause giving columns c (customer), name and amount (ten-thousandths).
QString favouriteSql(const QString& lines) {
    return QString(R"(
WITH l AS (SELECT * FROM %1),
     t AS (SELECT c, name, COUNT(*) AS n, SUM(amount) AS s FROM l
           WHERE name IS NOT NULL AND trim(name) <> '' GROUP BY c, name),
     r AS (SELECT c, name, ROW_NUMBER() OVER (PARTITION BY c ORDER BY n DESC, s DESC, name) AS k
           FROM t)
SELECT c, name FROM r WHERE k = 1)")
        .arg(lines);
}

// Chinook lines with their genre / artist, amounts in ten-thousandths (REAL -> cents, rounded).
QString chinookLines(const char* nameColumn) {
    return QString(R"((SELECT i.CustomerId AS c, %1 AS name,
        CAST(ROUND(l.UnitPrice * l.Quantity * 100) AS INTEGER) * 100 AS amount
    FROM InvoiceLine l JOIN Invoice i ON i.InvoiceId = l.InvoiceId
         JOIN Track t ON t.TrackId = l.TrackId
         LEFT JOIN Genre g ON g.GenreId = t.GenreId
         LEFT JOIN Album al ON al.AlbumId = t.AlbumId
         LEFT JOIN Artist ar ON ar.ArtistId = al.ArtistId))")
        .arg(nameColumn);
}

// Northwind's exact line amount: prices have at most 2 decimals and discounts are whole
// percents, so cents x percent-of-price is the amount in ten-thousandths, computed in integers.
const char* const kNorthwindAmount = "CAST(ROUND(d.UnitPrice * 100) AS INTEGER) * d.Quantity * "
                                     "CAST(ROUND((1 - d.Discount) * 100) AS INTEGER)";

QString northwindLines(const char* nameColumn) {
    return QString(R"((SELECT trim(o.CustomerID) AS c, %1 AS name, %2 AS amount
    FROM [Order Details] d JOIN Orders o ON o.OrderID = d.OrderID
         JOIN Products p ON p.ProductID = d.ProductID
         LEFT JOIN Categories cat ON cat.CategoryID = p.CategoryID
         LEFT JOIN Suppliers s ON s.SupplierID = p.SupplierID))")
        .arg(nameColumn, kNorthwindAmount);
}

// Digits after the point in the shortest text that reads back as `value` (Qt's algorithm).
int shortestDecimals(double value) {
    const QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    const qsizetype point = text.indexOf('.');
    return point < 0 ? 0 : static_cast<int>(text.size() - point - 1);
}

} // namespace

// --- SQLite databases with views named like the contract's tables --------------------------------

void TestRealData::shouldMatchSqlOverSqliteViews_data() {
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("views");
    QTest::addColumn<QString>("customersSql"); // id, last name
    QTest::addColumn<QString>("spendSql");     // id, ten-thousandths
    QTest::addColumn<QString>("purchasesSql"); // id, transactions
    QTest::addColumn<QString>("lastDateSql");  // id, YYYY-MM-DD
    QTest::addColumn<QString>("categorySql");  // id, favourite category
    QTest::addColumn<QString>("brandSql");     // id, favourite brand
    QTest::addColumn<QString>("lineCountSql"); // the number of purchase lines
    QTest::addColumn<QString>("productCountSql");

    // Spend from the invoice totals, not the lines: REAL money rounded to whole cents.
    QTest::newRow("Chinook") << "chinook-sqlite/Chinook_Sqlite.sqlite" << kChinookViews
                             << "SELECT CustomerId, LastName FROM Customer"
                             << "SELECT CustomerId, SUM(CAST(ROUND(Total * 100) AS INTEGER)) * 100 "
                                "FROM Invoice GROUP BY CustomerId"
                             << "SELECT CustomerId, COUNT(*) FROM Invoice GROUP BY CustomerId"
                             << "SELECT CustomerId, MAX(substr(InvoiceDate, 1, 10)) FROM Invoice "
                                "GROUP BY CustomerId"
                             << favouriteSql(chinookLines("g.Name"))
                             << favouriteSql(chinookLines("ar.Name"))
                             << "SELECT COUNT(*) FROM InvoiceLine"
                             << "SELECT COUNT(*) FROM Track";
    // Dates carry milliseconds ("1996-07-04 00:00:00.000"); one key has a trailing space
    // ('Val2 '), which the contract trims.
    QTest::newRow("Northwind")
        << "northwind-sqlite/northwind.db" << kNorthwindViews
        << "SELECT trim(CustomerID), CompanyName FROM Customers"
        << QString("SELECT trim(o.CustomerID), SUM(%1) FROM [Order Details] d "
                   "JOIN Orders o ON o.OrderID = d.OrderID GROUP BY o.CustomerID")
               .arg(kNorthwindAmount)
        << "SELECT trim(CustomerID), COUNT(*) FROM Orders o WHERE EXISTS "
           "(SELECT 1 FROM [Order Details] d WHERE d.OrderID = o.OrderID) GROUP BY CustomerID"
        << "SELECT trim(CustomerID), MAX(substr(OrderDate, 1, 10)) FROM Orders GROUP BY CustomerID"
        << favouriteSql(northwindLines("cat.CategoryName"))
        << favouriteSql(northwindLines("s.CompanyName")) << "SELECT COUNT(*) FROM [Order Details]"
        << "SELECT COUNT(*) FROM Products";
}

void TestRealData::shouldMatchSqlOverSqliteViews() {
    QFETCH(QString, database);
    QFETCH(QString, views);
    QFETCH(QString, customersSql);
    QFETCH(QString, spendSql);
    QFETCH(QString, purchasesSql);
    QFETCH(QString, lastDateSql);
    QFETCH(QString, categorySql);
    QFETCH(QString, brandSql);
    QFETCH(QString, lineCountSql);
    QFETCH(QString, productCountSql);
    if (!QFileInfo::exists(sharedPath(database)))
        QSKIP(qPrintable("../shared/data/" + database +
                         " is not here (a checkout without the shared test data); the project's "
                         "own tests still ran."));

    // The views go into a copy: the shared file stays untouched.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath("source.db");
    QVERIFY(QFile::copy(sharedPath(database), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    QHash<QString, QString> lastNames, lastDates, categories, brands;
    QHash<QString, qint64> spend, purchases;
    qint64 lineCount = 0;
    qint64 productCount = 0;
    int roundedAmounts = 0;
    {
        Sqlite db(copy);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY2(db.exec(views), qPrintable(db.error()));
        lastNames = db.texts(customersSql);
        spend = db.integers(spendSql);
        purchases = db.integers(purchasesSql);
        lastDates = db.texts(lastDateSql);
        categories = db.texts(categorySql);
        brands = db.texts(brandSql);
        const std::vector<QStringList> lineRows = db.rows(lineCountSql);
        const std::vector<QStringList> productRows = db.rows(productCountSql);
        QVERIFY2(lineRows.size() == 1 && productRows.size() == 1, qPrintable(db.error()));
        lineCount = lineRows.front().value(0).toLongLong();
        productCount = productRows.front().value(0).toLongLong();
        QVERIFY2(!categories.isEmpty() && !brands.isEmpty(), qPrintable(db.error()));
        // A REAL product such as 14 * 12 * 0.85 is 142.79999999999998 as a double: more than
        // four decimals, which the contract rounds (half-even) with a warning per line.
        for (double amount : db.reals("SELECT total_amount FROM purchase_transactions"))
            roundedAmounts += shortestDecimals(amount) > 4 ? 1 : 0;
    }

    Run run;
    QString error;
    QVERIFY2(build(copy, {}, QDate(2026, 1, 1), run, error), qPrintable(error));
    QVERIFY2(run.outcome.status == BuildStatus::Ok, englishText(run.outcome.error).c_str());

    QStringList engineIds = run.customerIds();
    QStringList sqlIds = lastNames.keys();
    std::sort(engineIds.begin(), engineIds.end());
    std::sort(sqlIds.begin(), sqlIds.end());
    QCOMPARE(engineIds, sqlIds);
    const Customer360& t = run.table();
    QString diff = compareByCustomer(
        run, spend, [&](qsizetype r) { return t.totalSpend[r]; }, "total_spend");
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compareByCustomer(
        run, purchases, [&](qsizetype r) { return t.totalPurchases[r]; }, "total_purchases");
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compareTextByCustomer(run, lastDates, Column::LastPurchaseDate);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compareTextByCustomer(run, lastNames, Column::LastName);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compareTextByCustomer(run, categories, Column::FavoriteCategory);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compareTextByCustomer(run, brands, Column::FavoriteBrand);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Customers without orders (Northwind has some) count 0 and are "Never Purchased".
    for (qsizetype r = 0; r < qsizetype(t.rowCount()); ++r)
        QCOMPARE(t.customerStatus[r] == CustomerStatus::NeverPurchased,
                 !purchases.contains(run.customerIds()[r]));

    const TableReport& customers = run.report("customer_info");
    QCOMPARE(customers.rowsRead, u64(lastNames.size()));
    QCOMPARE(customers.loaded, u64(lastNames.size()));
    const TableReport& lines = run.report("purchase_transactions");
    QCOMPARE(lines.rowsRead, u64(lineCount));
    QCOMPARE(lines.loaded, u64(lineCount));
    QCOMPARE(lines.rejected, u64(0));
    QCOMPARE(lines.unmatched, u64(0));
    QCOMPARE(run.report("product_catalog").loaded, u64(productCount));
    const QString unaccounted = unaccountedRows(run.outcome.report);
    QVERIFY2(unaccounted.isEmpty(), qPrintable(unaccounted));
    // The only warnings are those roundings, one per such line, and they change no total (the
    // exact sums above agree).
    QCOMPARE(lines.warnings, u64(roundedAmounts));
    for (const Issue& issue : lines.issues) {
        QCOMPARE(QString::fromStdString(issue.column), QStringLiteral("total_amount"));
        QVERIFY2(QString::fromStdString(englishText(issue.reason)).contains("more than 4 decimals"),
                 englishText(issue.reason).c_str());
    }
    QCOMPARE(customers.warnings + run.report("product_catalog").warnings, u64(0));
}

// --- 20 daily files read as one table ------------------------------------------------------------

// SOURCE.txt: comma, UTF-8 (ASCII), LF, the same header in every file; CustomerID written
// "17850.0" or empty; cancellations are invoices "C..." with negative quantities. There is no
// line amount, so total_amount is mapped to one of the line's numbers.
void TestRealData::shouldReadDailyFilesAsOneTable_data() {
    QTest::addColumn<QString>("amountColumn");
    QTest::newRow("total_amount = UnitPrice") << "UnitPrice";
    // Net units: a cancellation subtracts what it takes back.
    QTest::newRow("total_amount = Quantity") << "Quantity";
}

void TestRealData::shouldReadDailyFilesAsOneTable() {
    QFETCH(QString, amountColumn);
    C360_SKIP_WITHOUT_SHARED("uci-online-retail-by-day");
    const QDir dir(sharedPath("uci-online-retail-by-day"));
    const QStringList files = dir.entryList({"*.csv"}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 20);

    // The test's own reading, file by file in name order (the order a pattern reads them in).
    QStringList customers;
    QHash<QString, qint64> spend;
    QHash<QString, QSet<QString>> invoices;
    QHash<QString, QString> lastDates;
    QSet<QString> emptyIdLines; // "file:line"
    qint64 records = 0;
    qint64 cancellationLines = 0;
    for (const QString& file : files) {
        CsvText csv;
        QString error;
        QVERIFY2(readCsv(dir.filePath(file), "UTF-8", ',', csv, error), qPrintable(error));
        const int id = csv.column("CustomerID");
        const int invoice = csv.column("InvoiceNo");
        const int amount = csv.column(amountColumn);
        const int date = csv.column("InvoiceDate");
        QVERIFY(std::min({id, invoice, amount, date}) >= 0);
        for (const Record& r : csv.records) {
            ++records;
            const QString customer = r.fields.value(id).trimmed();
            if (customer.isEmpty()) {
                emptyIdLines.insert(file + ':' + QString::number(r.line));
                continue;
            }
            if (!invoices.contains(customer))
                customers << customer;
            const std::optional<qint64> value = tenThousandths(r.fields.value(amount));
            QVERIFY2(value, qPrintable(r.fields.value(amount)));
            spend[customer] += *value;
            invoices[customer].insert(r.fields.value(invoice).trimmed());
            const QString day = r.fields.value(date).trimmed().left(10);
            if (day > lastDates.value(customer))
                lastDates[customer] = day;
            cancellationLines += r.fields.value(invoice).startsWith('C') ? 1 : 0;
        }
    }
    QVERIFY(cancellationLines > 0);
    QVERIFY(!emptyIdLines.isEmpty());

    Run run;
    QString error;
    const QString pattern = "uci-online-retail-by-day/*.csv";
    const QList<Choice> choices = {
        {"table", "customer_info=" + pattern},
        {"table", "purchase_transactions=" + pattern},
        {"map", "customer_info.customer_id=CustomerID"},
        {"map", "purchase_transactions.customer_id=CustomerID"},
        {"map", "purchase_transactions.transaction_id=InvoiceNo"},
        {"map", "purchase_transactions.total_amount=" + amountColumn},
        {"map", "purchase_transactions.purchase_date=InvoiceDate"},
    };
    QVERIFY2(build(sharedPath("."), choices, QDate(2011, 1, 1), run, error), qPrintable(error));
    QVERIFY2(run.outcome.status == BuildStatus::Ok, englishText(run.outcome.error).c_str());

    // Ids are opaque text: "17850.0" stays "17850.0" (not 17850), and the table is not typed
    // INTEGER. Customers come in the order of their first line across the files.
    QCOMPARE(run.customerIds(), customers);
    QVERIFY(run.rowOf.contains("17850.0"));
    QVERIFY(!run.table().customerIdsAreIntegers);
    const Customer360& t = run.table();
    QHash<QString, qint64> purchases;
    for (auto it = invoices.cbegin(); it != invoices.cend(); ++it)
        purchases.insert(it.key(), it.value().size());
    QString diff = compareByCustomer(
        run, purchases, [&](qsizetype r) { return t.totalPurchases[r]; }, "total_purchases");
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compareByCustomer(
        run, spend, [&](qsizetype r) { return t.totalSpend[r]; }, "total_spend");
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compareTextByCustomer(run, lastDates, Column::LastPurchaseDate);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // The counts add up over the 20 files: every line with an empty CustomerID is rejected and
    // listed with its own file and line; the rest are loaded (customer_info keeps the first
    // line of each customer and rejects the repeats as duplicates).
    const qint64 withId = records - emptyIdLines.size();
    const TableReport& customerReport = run.report("customer_info");
    QCOMPARE(customerReport.rowsRead, u64(records));
    QCOMPARE(customerReport.loaded, u64(customers.size()));
    QCOMPARE(customerReport.duplicates, u64(withId - customers.size()));
    QCOMPARE(customerReport.rejected, u64(records - customers.size()));
    const TableReport& lines = run.report("purchase_transactions");
    QCOMPARE(lines.rowsRead, u64(records));
    QCOMPARE(lines.loaded, u64(withId));
    QCOMPARE(lines.rejected, u64(emptyIdLines.size()));
    QCOMPARE(lines.warnings, u64(0));
    QSet<QString> rejectedLines;
    for (const Issue& issue : lines.issues) {
        QCOMPARE(issue.severity, Severity::Rejected);
        QCOMPARE(QString::fromStdString(issue.column), QStringLiteral("CustomerID"));
        rejectedLines.insert(QFileInfo(QString::fromStdString(issue.file)).fileName() + ':' +
                             QString::number(issue.line));
    }
    QCOMPARE(rejectedLines, emptyIdLines);
    const QString unaccounted = unaccountedRows(run.outcome.report);
    QVERIFY2(unaccounted.isEmpty(), qPrintable(unaccounted));
}

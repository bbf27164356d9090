// The Superstore exports (../shared/data/superstore and superstore-normalized-cp1252): the same
// 9,994 order lines re-saved in five dialects, and split into Customers/Orders/Products with
// another author's published per-customer results.

#include "test_realdata.h"

#include "realdata_support.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cstdint>

using namespace c360;
using namespace realdata;

namespace {

// After the latest copy's orders (2018-2021), so no row is left out by the snapshot rule.
const QDate kAfterSuperstore(2022, 1, 1);
constexpr int kSuperstoreCustomers = 793; // ../shared/data/README.md

// All three tables read from the one file, its columns mapped as a user would map them.
// purchase_transactions.customer_id is left to the loose name matching ("Customer ID").
QList<Choice> superstoreChoices(const QString& file) {
    return {
        {"table", "customer_info=" + file},
        {"table", "purchase_transactions=" + file},
        {"table", "product_catalog=" + file},
        {"map", "customer_info.customer_id=Customer ID"},
        {"map", "customer_info.first_name=Customer Name"},
        {"map", "purchase_transactions.transaction_id=Order ID"},
        {"map", "purchase_transactions.total_amount=Sales"},
        {"map", "purchase_transactions.purchase_date=Order Date"},
        {"map", "purchase_transactions.product_id=Product ID"},
        {"map", "product_catalog.product_id=Product ID"},
        {"map", "product_catalog.category=Category"},
    };
}

// What the test computes from one Superstore file by itself.
struct Expected {
    QStringList customers; // in order of first appearance
    QHash<QString, QString> firstName;
    QHash<QString, qint64> spend; // ten-thousandths
    QHash<QString, qint64> purchases;
    QHash<QString, QString> lastDate; // YYYY-MM-DD, absent when no date of the customer is read
    QHash<QString, QString> favouriteCategory;
    QSet<QString> products;
    QMap<int, QString> unreadableDates; // line -> the date as written
};

// The order dates as SOURCE.txt describes each copy. Only slash dates are a form the contract
// accepts; the dashed ones (M-D-YYYY, MM-DD-YY) are not, so the contract's answer for them is a
// NULL date with a warning, and that is what the test expects.
QDate slashDate(const QString& text, bool dayFirst) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    const int year = m.captured(3).toInt();
    return dayFirst ? QDate(year, b, a) : QDate(year, a, b);
}

struct CategoryTally {
    int lines = 0;
    qint64 spend = 0;
};

// The contract's favourite: most lines, then higher spend, then the smallest name. The map
// iterates names in ascending order and only a strictly better tally replaces the best.
QString favourite(const QMap<QString, CategoryTally>& tallies) {
    QString best;
    CategoryTally top;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const CategoryTally& t = it.value();
        if (best.isEmpty() || t.lines > top.lines ||
            (t.lines == top.lines && t.spend > top.spend)) {
            best = it.key();
            top = t;
        }
    }
    return best;
}

bool expectSuperstore(const CsvText& csv, QChar decimalMark, bool dayFirst, Expected& e,
                      QString& error) {
    const int customerId = csv.column("Customer ID");
    const int name = csv.column("Customer Name");
    const int order = csv.column("Order ID");
    const int sales = csv.column("Sales");
    const int date = csv.column("Order Date");
    const int product = csv.column("Product ID");
    const int category = csv.column("Category");
    if (std::min({customerId, name, order, sales, date, product, category}) < 0) {
        error = "a Superstore column is missing: " + csv.header.join(',');
        return false;
    }
    // product_catalog: the first row of a product id wins.
    QHash<QString, QString> categoryOf;
    for (const Record& r : csv.records) {
        const QString id = r.fields.value(product).trimmed();
        if (!categoryOf.contains(id))
            categoryOf.insert(id, r.fields.value(category));
    }
    QHash<QString, QSet<QString>> orders;
    QHash<QString, QDate> latest;
    QHash<QString, QMap<QString, CategoryTally>> tallies;
    for (const Record& r : csv.records) {
        const QString id = r.fields.value(customerId).trimmed();
        if (!e.firstName.contains(id)) {
            e.customers << id;
            e.firstName.insert(id, r.fields.value(name));
        }
        const std::optional<qint64> amount = tenThousandths(r.fields.value(sales), decimalMark);
        if (!amount) {
            error = QString("line %1: Sales \"%2\" is not a decimal")
                        .arg(r.line)
                        .arg(r.fields.value(sales));
            return false;
        }
        e.spend[id] += *amount;
        orders[id].insert(r.fields.value(order).trimmed());
        const QDate d = slashDate(r.fields.value(date), dayFirst);
        if (d.isValid()) {
            if (!latest.contains(id) || d > latest[id])
                latest[id] = d;
        } else {
            e.unreadableDates.insert(r.line, r.fields.value(date));
        }
        const QString productId = r.fields.value(product).trimmed();
        e.products.insert(productId);
        const QString cat = categoryOf.value(productId);
        if (!cat.trimmed().isEmpty()) {
            CategoryTally& t = tallies[id][cat];
            ++t.lines;
            t.spend += *amount;
        }
    }
    for (auto it = orders.cbegin(); it != orders.cend(); ++it)
        e.purchases.insert(it.key(), it.value().size());
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        e.lastDate.insert(it.key(), it.value().toString(Qt::ISODate));
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        e.favouriteCategory.insert(it.key(), favourite(it.value()));
    return true;
}

QHash<QString, qint64> columnByCustomer(const Run& run,
                                        const std::function<qint64(qsizetype row)>& value) {
    QHash<QString, qint64> out;
    const QStringList ids = run.customerIds();
    for (qsizetype r = 0; r < ids.size(); ++r)
        out.insert(ids[r], value(r));
    return out;
}

} // namespace

// --- Superstore: one export re-saved in five dialects --------------------------------------------

void TestRealData::shouldImportEachSuperstoreDialect_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("encoding"); // for the test's own reading
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QChar>("decimalMark");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<int>("unreadableDates"); // order dates in a dashed form, per SOURCE.txt

    QTest::newRow("UTF-8 BOM, M/D/YYYY")
        << "superstore_TimLafferty_mdy_2016-2019.csv" << QByteArray("UTF-8") << QChar(',')
        << QChar('.') << false << 0;
    // 4,042 order dates MM-DD-YY (two-digit years, dashes) next to M/DD/YYYY and MM/DD/YYYY.
    QTest::newRow("mixed date formats")
        << "superstore_JesseKoch_mixed-date-formats_2014-2017.csv" << QByteArray("UTF-8")
        << QChar(',') << QChar('.') << false << 4042;
    QTest::newRow("semicolon, decimal comma, D/M/YYYY")
        << "superstore_abosalehtamim_semicolon_decimal-comma_dmy_2018-2021.csv"
        << QByteArray("UTF-8") << QChar(';') << QChar(',') << true << 0;
    // Every order date is M-D-YYYY with dashes.
    QTest::newRow("Windows-1252, M-D-YYYY")
        << "superstore_Iakbar99_windows-1252_mm-dd-yyyy_2014-2017.csv" << QByteArray("windows-1252")
        << QChar(',') << QChar('.') << false << 9994;
    QTest::newRow("all fields quoted")
        << "superstore_Afrigarza27_all-fields-quoted.csv" << QByteArray("UTF-8") << QChar(',')
        << QChar('.') << false << 0;
}

void TestRealData::shouldImportEachSuperstoreDialect() {
    QFETCH(QString, file);
    QFETCH(QByteArray, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QChar, decimalMark);
    QFETCH(bool, dayFirst);
    QFETCH(int, unreadableDates);
    C360_SKIP_WITHOUT_SHARED("superstore");
    const QString folder = sharedPath("superstore");

    CsvText csv;
    QString error;
    QVERIFY2(readCsv(folder + '/' + file, encoding, delimiter, csv, error), qPrintable(error));
    Expected e;
    QVERIFY2(expectSuperstore(csv, decimalMark, dayFirst, e, error), qPrintable(error));
    QCOMPARE(e.customers.size(), kSuperstoreCustomers);
    QCOMPARE(e.unreadableDates.size(), unreadableDates);

    // Encoding, delimiter and decimal mark are left to detection: no --encoding, --delimiter or
    // --decimal is given.
    Run run;
    QVERIFY2(build(folder, superstoreChoices(file), kAfterSuperstore, run, error),
             qPrintable(error));
    QVERIFY2(run.outcome.status == BuildStatus::Ok, englishText(run.outcome.error).c_str());

    // One row per customer, in the order of their first row.
    QCOMPARE(run.customerIds(), e.customers);
    const Customer360& t = run.table();
    QString diff = compareByCustomer(
        run, e.spend, [&](qsizetype r) { return t.totalSpend[r]; }, "total_spend");
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compareByCustomer(
        run, e.purchases, [&](qsizetype r) { return t.totalPurchases[r]; }, "total_purchases");
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // The first row's name: for the Windows-1252 copy this checks the decoding ("Peter Bühler").
    diff = compareTextByCustomer(run, e.firstName, Column::FirstName);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compareTextByCustomer(run, e.lastDate, Column::LastPurchaseDate);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compareTextByCustomer(run, e.favouriteCategory, Column::FavoriteCategory);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Every row is accounted for: repeated customers and products are rejected as duplicates.
    const std::uint64_t records = u64(qint64(csv.records.size()));
    const TableReport& customers = run.report("customer_info");
    QCOMPARE(customers.rowsRead, records);
    QCOMPARE(customers.loaded, u64(kSuperstoreCustomers));
    QCOMPARE(customers.duplicates, records - customers.loaded);
    QCOMPARE(customers.rejected, customers.duplicates);
    QCOMPARE(customers.warnings, u64(0));
    const TableReport& products = run.report("product_catalog");
    QCOMPARE(products.rowsRead, records);
    QCOMPARE(products.loaded, u64(e.products.size()));
    QCOMPARE(products.duplicates, records - products.loaded);
    QCOMPARE(products.rejected, products.duplicates);
    const TableReport& purchases = run.report("purchase_transactions");
    QCOMPARE(purchases.rowsRead, records);
    QCOMPARE(purchases.loaded, records);
    QCOMPARE(purchases.rejected, u64(0));
    QCOMPARE(purchases.unmatched, u64(0));
    const QString unaccounted = unaccountedRows(run.outcome.report);
    QVERIFY2(unaccounted.isEmpty(), qPrintable(unaccounted));

    // A dashed date is not read: it becomes NULL (the line still counts) with a warning that
    // names its line, its column and the value as written.
    QCOMPARE(purchases.warnings, u64(e.unreadableDates.size()));
    QCOMPARE(purchases.issues.size(), std::size_t(e.unreadableDates.size()));
    QMap<int, QString> warned;
    for (const Issue& issue : purchases.issues) {
        QCOMPARE(issue.severity, Severity::Warning);
        QCOMPARE(QString::fromStdString(issue.column), QStringLiteral("Order Date"));
        warned.insert(static_cast<int>(issue.line),
                      QString::fromStdString(englishText(issue.reason)));
    }
    QCOMPARE(warned.keys(), e.unreadableDates.keys());
    for (auto it = e.unreadableDates.cbegin(); it != e.unreadableDates.cend(); ++it)
        QVERIFY2(warned[it.key()].contains('"' + it.value() + '"'), qPrintable(warned[it.key()]));
}

// The copies hold the same orders (Row ID, Customer ID and Product ID agree line by line). Their
// Order IDs carry shifted years (CA-2016-152156 here, CA-2018-152156 there) but group the same
// lines, and four copies have the same Sales. The Windows-1252 copy's Sales are whole dollars.
void TestRealData::shouldAgreeAcrossSuperstoreDialects() {
    C360_SKIP_WITHOUT_SHARED("superstore");
    const QString folder = sharedPath("superstore");
    const QStringList sameSales = {
        "superstore_TimLafferty_mdy_2016-2019.csv",
        "superstore_JesseKoch_mixed-date-formats_2014-2017.csv",
        "superstore_abosalehtamim_semicolon_decimal-comma_dmy_2018-2021.csv",
        "superstore_Afrigarza27_all-fields-quoted.csv",
    };
    const QString wholeDollars = "superstore_Iakbar99_windows-1252_mm-dd-yyyy_2014-2017.csv";

    QString error;
    std::vector<Run> runs(static_cast<std::size_t>(sameSales.size()) + 1);
    for (qsizetype i = 0; i <= sameSales.size(); ++i) {
        const QString file = i < sameSales.size() ? sameSales[i] : wholeDollars;
        Run& run = runs[static_cast<std::size_t>(i)];
        QVERIFY2(build(folder, superstoreChoices(file), kAfterSuperstore, run, error),
                 qPrintable(error));
        QVERIFY2(run.outcome.status == BuildStatus::Ok, englishText(run.outcome.error).c_str());
    }
    const Run& reference = runs.front();
    const QHash<QString, qint64> spend =
        columnByCustomer(reference, [&](qsizetype r) { return reference.table().totalSpend[r]; });
    const QHash<QString, qint64> purchases = columnByCustomer(
        reference, [&](qsizetype r) { return reference.table().totalPurchases[r]; });
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Run& run = runs[i];
        const QString which =
            i < std::size_t(sameSales.size()) ? sameSales[qsizetype(i)] : wholeDollars;
        QVERIFY2(run.customerIds() == reference.customerIds(), qPrintable(which));
        QString diff = compareByCustomer(
            run, purchases, [&](qsizetype r) { return run.table().totalPurchases[r]; },
            "total_purchases");
        QVERIFY2(diff.isEmpty(), qPrintable(which + ": " + diff));
        if (i < std::size_t(sameSales.size())) {
            diff = compareByCustomer(
                run, spend, [&](qsizetype r) { return run.table().totalSpend[r]; }, "total_spend");
            QVERIFY2(diff.isEmpty(), qPrintable(which + ": " + diff));
        }
    }

    // The whole-dollar copy rounded each exact Sales half up to cents, then to dollars
    // (18.496 -> 18.50 -> 19; checked on all 9,994 lines). Its totals must be that rounding of
    // another copy's lines, summed here.
    CsvText csv;
    QVERIFY2(readCsv(folder + '/' + sameSales.back(), "UTF-8", ',', csv, error), qPrintable(error));
    const int customerId = csv.column("Customer ID");
    const int sales = csv.column("Sales");
    QHash<QString, qint64> rounded;
    for (const Record& r : csv.records) {
        const std::optional<qint64> exact = tenThousandths(r.fields.value(sales));
        QVERIFY2(exact, qPrintable(r.fields.value(sales)));
        rounded[r.fields.value(customerId).trimmed()] +=
            roundHalfAway(roundHalfAway(*exact, 100), 10000);
    }
    const Run& dollars = runs.back();
    const QString diff = compareByCustomer(
        dollars, rounded, [&](qsizetype r) { return dollars.table().totalSpend[r]; },
        "total_spend");
    QVERIFY2(diff.isEmpty(), qPrintable(wholeDollars + ": " + diff));
    QVERIFY(rounded != spend); // the rounding is real, so the comparison above means something
}

// An .xlsx saved with a .csv name is not read as text: the build stops and says what to do.
void TestRealData::shouldRefuseAnExcelWorkbookSavedAsCsv() {
    C360_SKIP_WITHOUT_SHARED("superstore");
    const QString file = "superstore_Afrigarza27_XLSX-renamed-to-csv.csv";
    Run run;
    QString error;
    QVERIFY2(build(sharedPath("superstore"), superstoreChoices(file), kAfterSuperstore, run, error),
             qPrintable(error));
    QCOMPARE(run.outcome.status, BuildStatus::Failed);
    const QString message = QString::fromStdString(englishText(run.outcome.error));
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains("Excel workbook"), qPrintable(message));
    QVERIFY2(message.contains("save it as \"CSV UTF-8\""), qPrintable(message));
    QCOMPARE(run.table().rowCount(), std::size_t(0));
}

// --- Superstore split into three tables, against another author's results ----------------------

// Data/ holds Customers and Products (Windows-1252, one row per order line) and Orders (ends with
// 1,864 records of empty fields). Results/ holds the author's MySQL outputs, which the README
// says are reproduced when each Sales is rounded half up to 3 decimals (DECIMAL(10,3)) and the 14
// lines of two products the import dropped are left out.
void TestRealData::shouldReproduceThePublishedSuperstoreResults() {
    C360_SKIP_WITHOUT_SHARED("superstore-normalized-cp1252");
    const QString root = sharedPath("superstore-normalized-cp1252");
    QString error;
    CsvText orders, customers, rank, loyalty;
    QVERIFY2(readCsv(root + "/Data/Orders.csv", "UTF-8", ',', orders, error), qPrintable(error));
    QVERIFY2(readCsv(root + "/Data/Customers.csv", "windows-1252", ',', customers, error),
             qPrintable(error));
    QVERIFY2(
        readCsv(root + "/Results/Customer Rank by sales and region.csv", "UTF-8", ',', rank, error),
        qPrintable(error));
    QVERIFY2(readCsv(root + "/Results/Customer Loyalty.csv", "UTF-8", ',', loyalty, error),
             qPrintable(error));

    // The test's own sums: exact, and as the author's database saw the lines.
    const QSet<QString> droppedByAuthor = {"TEC-PH-10001552", "TEC-PH-10003601"};
    const int customerId = orders.column("CustomerID");
    const int orderId = orders.column("Order ID");
    const int productId = orders.column("Product ID");
    const int sales = orders.column("Sales");
    QHash<QString, qint64> spend, authorSpend, droppedSpend, lineCount;
    QHash<QString, QSet<QString>> orderIds, authorOrderIds;
    QList<int> emptyRecords;
    int dropped = 0;
    for (const Record& r : orders.records) {
        if (r.fields.join(QString()).trimmed().isEmpty()) {
            emptyRecords << r.line;
            continue;
        }
        const QString id = r.fields.value(customerId).trimmed();
        const std::optional<qint64> amount = tenThousandths(r.fields.value(sales));
        QVERIFY2(amount, qPrintable(r.fields.value(sales)));
        spend[id] += *amount;
        ++lineCount[id];
        orderIds[id].insert(r.fields.value(orderId));
        if (droppedByAuthor.contains(r.fields.value(productId))) {
            ++dropped;
            droppedSpend[id] += *amount;
            continue;
        }
        authorSpend[id] += roundHalfAway(*amount, 10);
        authorOrderIds[id].insert(r.fields.value(orderId));
    }
    QCOMPARE(emptyRecords.size(), 1864);
    QCOMPARE(dropped, 14);

    // First, the test's reading of the raw files reproduces the published numbers exactly, so
    // the engine is compared below with figures that mean the same thing.
    QCOMPARE(rank.records.size(), std::size_t(kSuperstoreCustomers));
    const int rankId = rank.column("customer_id");
    const int rankSales = rank.column("total_sales");
    for (const Record& r : rank.records) {
        const QString id = r.fields.value(rankId);
        QCOMPARE(tenThousandths(r.fields.value(rankSales)).value_or(-1), authorSpend.value(id));
    }
    const int loyalId = loyalty.column("customer_id");
    const int loyalOrders = loyalty.column("total_orders");
    QSet<QString> loyal;
    for (const Record& r : loyalty.records) {
        loyal.insert(r.fields.value(loyalId));
        QCOMPARE(r.fields.value(loyalOrders).toLongLong(),
                 qint64(authorOrderIds.value(r.fields.value(loyalId)).size()));
    }
    for (auto it = authorOrderIds.cbegin(); it != authorOrderIds.cend(); ++it)
        QCOMPARE(loyal.contains(it.key()), it.value().size() > 5); // the query's HAVING > 5

    // The engine, from the raw files with the columns mapped.
    Run run;
    const QList<Choice> choices = {
        {"table", "customer_info=Customers.csv"},
        {"table", "purchase_transactions=Orders.csv"},
        {"table", "product_catalog=Products.csv"},
        {"map", "customer_info.customer_id=CustomerID"},
        {"map", "customer_info.first_name=CustomerName"},
        {"map", "purchase_transactions.customer_id=CustomerID"},
        {"map", "purchase_transactions.transaction_id=Order ID"},
        {"map", "purchase_transactions.total_amount=Sales"},
        {"map", "purchase_transactions.purchase_date=Order Date"},
        {"map", "purchase_transactions.product_id=Product ID"},
    };
    QVERIFY2(build(root + "/Data", choices, QDate(2018, 1, 1), run, error), qPrintable(error));
    QVERIFY2(run.outcome.status == BuildStatus::Ok, englishText(run.outcome.error).c_str());
    QCOMPARE(run.table().rowCount(), std::size_t(kSuperstoreCustomers));
    const Customer360& t = run.table();
    QString diff = compareByCustomer(
        run, spend, [&](qsizetype r) { return t.totalSpend[r]; }, "total_spend");
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QHash<QString, qint64> orderCounts;
    for (auto it = orderIds.cbegin(); it != orderIds.cend(); ++it)
        orderCounts.insert(it.key(), it.value().size());
    diff = compareByCustomer(
        run, orderCounts, [&](qsizetype r) { return t.totalPurchases[r]; }, "total_purchases");
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // And against the published files directly: the engine's exact total less the dropped lines
    // is the published total up to the author's rounding, at most half a thousandth per line;
    // its order count less the orders that held only dropped lines is the published count.
    for (const Record& r : rank.records) {
        const QString id = r.fields.value(rankId);
        QVERIFY2(run.rowOf.contains(id), qPrintable(id));
        const qint64 engine = t.totalSpend[run.rowOf[id]] - droppedSpend.value(id);
        const qint64 published = *tenThousandths(r.fields.value(rankSales));
        QVERIFY2(qAbs(engine - published) <= 5 * lineCount.value(id),
                 qPrintable(QString("%1: engine %2 vs published %3 (ten-thousandths)")
                                .arg(id)
                                .arg(engine)
                                .arg(published)));
    }
    for (const Record& r : loyalty.records) {
        const QString id = r.fields.value(loyalId);
        const qint64 onlyDropped = orderIds.value(id).size() - authorOrderIds.value(id).size();
        QCOMPARE(t.totalPurchases[run.rowOf.value(id)] - onlyDropped,
                 r.fields.value(loyalOrders).toLongLong());
    }

    // Windows-1252 names decoded: the first row's name of each customer, as Qt decodes it.
    QHash<QString, QString> names;
    for (const Record& r : customers.records)
        if (!names.contains(r.fields.value(0).trimmed()))
            names.insert(r.fields.value(0).trimmed(), r.fields.value(1));
    QVERIFY(names.values().contains(QString::fromUtf8("Peter Bühler")));
    diff = compareTextByCustomer(run, names, Column::FirstName);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Nothing is dropped silently: the empty records are read and rejected (no customer id),
    // each listed with its line; the repeated customers and products are duplicates.
    const TableReport& purchases = run.report("purchase_transactions");
    QCOMPARE(purchases.rowsRead, u64(qint64(orders.records.size())));
    QCOMPARE(purchases.blankLines, u64(orders.blankLines));
    QCOMPARE(purchases.loaded, u64(qint64(orders.records.size()) - emptyRecords.size()));
    QCOMPARE(purchases.rejected, u64(emptyRecords.size()));
    QList<int> rejectedLines;
    for (const Issue& issue : purchases.issues) {
        QCOMPARE(issue.severity, Severity::Rejected);
        QCOMPARE(QString::fromStdString(issue.column), QStringLiteral("CustomerID"));
        rejectedLines << static_cast<int>(issue.line);
    }
    QCOMPARE(rejectedLines, emptyRecords);
    const TableReport& customerReport = run.report("customer_info");
    QCOMPARE(customerReport.rowsRead, u64(qint64(customers.records.size())));
    QCOMPARE(customerReport.loaded, u64(kSuperstoreCustomers));
    QCOMPARE(customerReport.duplicates, customerReport.rowsRead - customerReport.loaded);
    const QString unaccounted = unaccountedRows(run.outcome.report);
    QVERIFY2(unaccounted.isEmpty(), qPrintable(unaccounted));
}

QTEST_GUILESS_MAIN(TestRealData)

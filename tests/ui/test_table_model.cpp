// The workbench's table model: a well-behaved Qt model over a core selection.
#include "customer_table_model.h"
#include "engine/build.h"
#include "generate/generator.h"
#include "generated_customers.h"
#include "language.h"
#include "output/workspace_output.h"
#include "preferences_dialog.h"
#include "query/customer_query.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;

class TestTableModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString workspace_;
    std::shared_ptr<Customer360> table_;

private slots:
    void initTestCase() {
        // The English plural forms ("1 customer", "2 customers") come from a translation.
        c360::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        std::string error;
        BuildOutcome outcome;
        workspace_ = dir_.filePath("w.c360");
        QVERIFY2(test::buildGeneratedCustomers(dir_.filePath("src").toStdString(), 300, 4, outcome,
                                               error, workspace_.toStdString()),
                 error.c_str());
        table_ = std::make_shared<Customer360>(std::move(outcome.table));
    }

    void shouldBeAWellBehavedModelThroughResets() {
        ui::CustomerTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setTable(table_);
        QCOMPARE(model.rowCount(), static_cast<int>(table_->rowCount()));
        QCOMPARE(model.columnCount(), 29);
        CustomerFilter high;
        high.segments = {ValueSegment::High};
        model.setRows(selectRows(*table_, high));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < static_cast<int>(table_->rowCount()));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        model.setLocale(QLocale(QLocale::German));
    }

    void shouldShowTheSelectedRowsInTheirOrder_data() {
        QTest::addColumn<int>("column");
        QTest::newRow("customer_id") << int(Column::CustomerId);
        QTest::newRow("status as text") << int(Column::CustomerStatusColumn);
        QTest::newRow("segment as text") << int(Column::CustomerValueSegment);
    }
    void shouldShowTheSelectedRowsInTheirOrder() {
        QFETCH(int, column);
        ui::CustomerTableModel model;
        model.setTable(table_);
        std::vector<std::uint32_t> rows = selectRows(*table_, {});
        sortRows(*table_, rows, Column::TotalSpend, true);
        model.setRows(rows);
        for (int r = 0; r < 20; ++r) {
            std::string expected;
            table_->appendCell(expected, static_cast<Column>(column),
                               rows[static_cast<std::size_t>(r)]);
            QCOMPARE(model.data(model.index(r, column)).toString(),
                     QString::fromStdString(expected));
        }
    }

    void shouldFormatNumbersAndDatesInTheLocale() {
        ui::CustomerTableModel model;
        model.setTable(table_);
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        // A row with a spend over 1000 and a last purchase date.
        int row = -1;
        for (std::size_t i = 0; i < table_->rowCount() && row < 0; ++i)
            if (table_->totalSpend[i] > 1000 * kMoneyScale &&
                table_->lastPurchaseDate[i] != kNullDate)
                row = static_cast<int>(i);
        QVERIFY(row >= 0);
        const QString spend = model.data(model.index(row, int(Column::TotalSpend))).toString();
        QVERIFY2(spend.contains('.') && spend.contains(','), qPrintable(spend)); // 1.234,56
        const QString date = model.data(model.index(row, int(Column::LastPurchaseDate))).toString();
        // 31.01.2025: the day, month and four-digit year of the stored date, never 31.01.25.
        const CivilDate civil = civilFromDays(table_->lastPurchaseDate[row]);
        QCOMPARE(date, QString("%1.%2.%3")
                           .arg(civil.day, 2, 10, QChar('0'))
                           .arg(civil.month, 2, 10, QChar('0'))
                           .arg(civil.year));
        QCOMPARE(model.headerData(int(Column::TotalSpend), Qt::Horizontal).toString(),
                 QString("Total spend"));
    }

    void shouldChooseTheWorkbenchLanguage_data() {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QStringList>("desktop");
        QTest::addColumn<QString>("expected");
        QTest::newRow("desktop German") << "" << QStringList{"de-DE", "en-US"} << "de";
        QTest::newRow("Austrian falls back to German") << "" << QStringList{"de_AT"} << "de";
        QTest::newRow("first language we have") << "" << QStringList{"pt-BR", "fr-CA"} << "fr";
        QTest::newRow("none we have: English") << "" << QStringList{"ja-JP", "pt"} << "en";
        QTest::newRow("nothing at all: English") << "" << QStringList{} << "en";
        QTest::newRow("the choice wins") << "es" << QStringList{"de-DE"} << "es";
        QTest::newRow("English chosen on a German desktop") << "en" << QStringList{"de"} << "en";
        QTest::newRow("an unknown choice follows the desktop")
            << "xx" << QStringList{"fr-FR"} << "fr";
    }

    void shouldChooseTheWorkbenchLanguage() {
        QFETCH(QString, chosen);
        QFETCH(QStringList, desktop);
        QFETCH(QString, expected);
        QCOMPARE(ui::resolveLanguage(chosen, desktop), expected);
    }

    // Preferences keep the language and the start choice in the settings, and say that a new
    // language waits for the next start only when it differs from the running one.
    void shouldSaveThePreferences() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("prefs.ini"), QSettings::IniFormat);
        ui::PreferencesDialog dialog(settings, "en");
        QComboBox* language = nullptr;
        QCheckBox* reopen = nullptr;
        for (QComboBox* c : dialog.findChildren<QComboBox*>())
            if (c->accessibleName() == "Language")
                language = c;
        for (QCheckBox* c : dialog.findChildren<QCheckBox*>())
            if (c->accessibleName() == "Open the last workspace at start")
                reopen = c;
        QVERIFY(language && reopen);
        QVERIFY(reopen->isChecked());
        language->setCurrentIndex(language->findData(QString("en")));
        QVERIFY(dialog.restartNote().isEmpty());
        language->setCurrentIndex(language->findData(QString("de")));
        QCOMPARE(language->currentText(), QString("Deutsch"));
        QCOMPARE(dialog.restartNote(),
                 QString("The workbench shows the new language the next time it starts."));
        reopen->setChecked(false);
        dialog.accept();
        QCOMPARE(settings.value(ui::kLanguageKey).toString(), QString("de"));
        QCOMPARE(settings.value(ui::kReopenLastWorkspaceKey).toBool(), false);

        ui::PreferencesDialog again(settings, "de");
        for (QComboBox* c : again.findChildren<QComboBox*>())
            if (c->accessibleName() == "Language") {
                QCOMPARE(c->currentData().toString(), QString("de"));
                c->setCurrentIndex(0); // as the desktop
            }
        again.accept();
        QVERIFY(!settings.contains(ui::kLanguageKey));
    }

    void shouldNameEmptyCellsForScreenReaders() {
        ui::CustomerTableModel model;
        model.setTable(table_);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, int(Column::Age));
            if (model.data(i).toString().isEmpty()) {
                QCOMPARE(model.data(i, Qt::AccessibleTextRole).toString(), QString("no value"));
                return;
            }
        }
        QFAIL("the generated data has customers without an age");
    }
};

QTEST_MAIN(TestTableModel)
#include "test_table_model.moc"

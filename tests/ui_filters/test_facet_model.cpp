// FacetListModel and the reading of typed bounds, on their own.
#include "facet_list_model.h"
#include "range_filter_editor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace c360;

namespace {

const QLocale kUs(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);

QLocale localeNamed(const QString& name) {
    return name == QLatin1String("de") ? kGerman : kUs;
}

std::optional<double> opt(double v) {
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

const double kNone = std::nan("");

} // namespace

Q_DECLARE_METATYPE(std::optional<double>)

class TestFacetModel : public QObject {
    Q_OBJECT

private slots:
    void shouldStayAWellBehavedModelWhileCountsAndItemsChange() {
        ui::FacetListModel model(kUs);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setItems(
            {{"a", "Alpha", 1, false}, {"b", "Beta", 2, false}, {"", "(none)", 3, false}});
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy edits(&model, &ui::FacetListModel::checksEdited);
        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(edits.count(), 1); // the user's tick is reported
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setCounts({10, 2, 30});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 2); // only the rows whose count changed
        QCOMPARE(model.checkedKeys(), QSet<QString>{"b"});
        model.setItems(
            {{"a", "Alpha", 5, false}, {"b", "Beta", 6, false}, {"", "(none)", 7, false}});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.checkedKeys(), QSet<QString>{"b"});
        model.setItems({{"b", "Beta", 1, false}, {"c", "Gamma", 1, false}});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.checkedKeys(), QSet<QString>{"b"});
        model.setCheckedKeys({"c"});
        QCOMPARE(model.checkedKeys(), QSet<QString>{"c"});
        QCOMPARE(edits.count(), 1); // following a filter is not an edit
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldAnnounceCountsInTheLocale_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("spoken");
        QTest::newRow("en") << "en"
                            << "High (1,234)"
                            << "High, 1,234 customers";
        QTest::newRow("de") << "de"
                            << "High (1.234)"
                            << "High, 1.234 customers";
    }
    void shouldAnnounceCountsInTheLocale() {
        QFETCH(QString, locale);
        QFETCH(QString, display);
        QFETCH(QString, spoken);
        ui::FacetListModel model(localeNamed(locale));
        model.setItems({{"2", "High", 1234, false}});
        QCOMPARE(model.data(model.index(0)).toString(), display);
        QCOMPARE(model.data(model.index(0), Qt::AccessibleTextRole).toString(), spoken);
        QVERIFY(model.data(model.index(0), Qt::AccessibleDescriptionRole)
                    .toString()
                    .contains(localeNamed(locale).toString(1234)));
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);
    }

    void shouldReadBoundsAsPeopleType_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("date");
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<double>>("expected");
        QTest::newRow("German grouping") << "de" << false << "1.234,5" << opt(1234.5);
        QTest::newRow("US grouping") << "en" << false << "1,234.5" << opt(1234.5);
        QTest::newRow("plain") << "de" << false << " 42 " << opt(42);
        QTest::newRow("negative") << "en" << false << "-0.25" << opt(-0.25);
        QTest::newRow("not a number") << "en" << false << "abc" << opt(kNone);
        const double jan31 = daysFromCivil(2025, 1, 31);
        QTest::newRow("ISO date") << "de" << true << "2025-01-31" << opt(jan31);
        QTest::newRow("dotted date") << "en" << true << "31.01.2025" << opt(jan31);
        QTest::newRow("US short date") << "en" << true << "1/31/2025" << opt(jan31);
        QTest::newRow("US two-digit year") << "en" << true << "1/31/25" << opt(jan31);
        QTest::newRow("German short date") << "de" << true << "31.01.25" << opt(jan31);
        QTest::newRow("impossible date") << "en" << true << "2025-02-30" << opt(kNone);
        QTest::newRow("not a date") << "de" << true << "soon" << opt(kNone);
    }
    void shouldReadBoundsAsPeopleType() {
        QFETCH(QString, locale);
        QFETCH(bool, date);
        QFETCH(QString, text);
        QFETCH(std::optional<double>, expected);
        std::optional<double> got;
        if (date) {
            if (auto d = ui::RangeFilterEditor::parseDate(text, localeNamed(locale)))
                got = *d;
        } else {
            got = ui::RangeFilterEditor::parseNumber(text, localeNamed(locale));
        }
        QCOMPARE(got, expected);
    }
};

int runFacetModelTests(int argc, char** argv) {
    TestFacetModel tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "test_facet_model.moc"

// The workbench started in German, French or Spanish, read the way a screen reader reads it:
// every name, description and value of the accessibility tree of the main window and of each
// dialog its menus open, every menu entry and tooltip. None may still be English — neither a
// source string of the workbench that has a translation, nor an English sentence that never
// went through tr() (caught by English function words), nor Qt's own buttons.
#include "columns_dialog.h"
#include "engine/build.h"
#include "export_dialog.h"
#include "generated_customers.h"
#include "import_dialog.h"
#include "language.h"
#include "main_window.h"
#include "preferences_dialog.h"
#include "report_issues_model.h"
#include "segments_dock.h"
#include "shortcuts_dialog.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace c360;

namespace {

QString withoutAccelerator(QString text) {
    // "&&" is a literal ampersand; a single "&" marks the Alt key letter.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

// The English of every message in a .ts file whose translation differs from it: whole texts
// (without placeholders) and the longest literal run of those with placeholders.
struct EnglishSources {
    std::set<QString> whole;
    std::set<QString> fragments;
};

EnglishSources englishSources(const QString& tsFile) {
    EnglishSources english;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return english;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    bool inMessage = false;
    const QRegularExpression placeholder(QStringLiteral("%L?n|%\\d+"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            inMessage = true;
            source.clear();
            translations.clear();
        } else if (inMessage && xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (inMessage && xml.isStartElement() &&
                   (xml.name() == QLatin1String("translation") ||
                    xml.name() == QLatin1String("numerusform"))) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty())
                translations << withoutAccelerator(text);
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            const QString plain = withoutAccelerator(source);
            if (translations.contains(plain))
                continue; // the same in both languages ("OK", "CSV (UTF-8)")
            if (!source.contains(placeholder)) {
                english.whole.insert(plain);
                continue;
            }
            QString longest;
            for (const QString& part : plain.split(placeholder))
                if (part.trimmed().size() > longest.size())
                    longest = part.trimmed();
            // A fragment shorter than two words ("%1: %2", "%1 (%2)") says nothing.
            if (longest.count(QLatin1Char(' ')) >= 1 && longest.size() >= 8)
                english.fragments.insert(longest);
        }
    }
    return english;
}

struct Text {
    QString where;
    QString text;
    bool isData = false; // a table cell or list item: the user's own values, not our words
};

void collectAccessible(QAccessibleInterface* iface, const QString& where, bool underData,
                       QList<Text>& out, int depth) {
    if (!iface || !iface->isValid() || depth > 12)
        return;
    const QAccessible::Role role = iface->role();
    const bool data = underData || role == QAccessible::Cell || role == QAccessible::ListItem ||
                      role == QAccessible::TreeItem || role == QAccessible::Row;
    const QString here = where + QLatin1Char('/') + QString::number(int(role), 16);
    for (const QAccessible::Text kind :
         {QAccessible::Name, QAccessible::Description, QAccessible::Help}) {
        const QString text = iface->text(kind).trimmed();
        if (!text.isEmpty())
            out.append({here, text, data});
    }
    // The rows of a big table are data; its column headers are ours and stay in.
    const int children = std::min(iface->childCount(), 200);
    for (int i = 0; i < children; ++i)
        collectAccessible(iface->child(i), here, data, out, depth + 1);
}

QList<Text> textsOf(QWidget* window) {
    QList<Text> texts;
    texts.append({QStringLiteral("window title"), window->windowTitle(), false});
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* w : widgets) {
        const QString where =
            QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
        if (!w->toolTip().isEmpty())
            texts.append({where + QStringLiteral(" tooltip"), w->toolTip(), false});
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            texts.append({where + QStringLiteral(" title"), dock->windowTitle(), false});
        // The notes of an inspection are sentences of ours, whatever a text field's role says.
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w); edit && edit->isReadOnly())
            for (const QString& line : edit->toPlainText().split(QLatin1Char('\n')))
                if (!line.trimmed().isEmpty())
                    texts.append({where + QStringLiteral(" text"), line.trimmed(), false});
        if (auto* menu = qobject_cast<QMenu*>(w))
            texts.append(
                {where + QStringLiteral(" title"), withoutAccelerator(menu->title()), false});
        if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w)) {
            for (const QAccessible::Text kind :
                 {QAccessible::Name, QAccessible::Description, QAccessible::Help})
                if (const QString text = iface->text(kind).trimmed(); !text.isEmpty())
                    texts.append({where, text, false});
            // Item views: their headers and items, where a data cell is marked as such.
            if (qobject_cast<QAbstractItemView*>(w))
                for (int i = 0; i < std::min(iface->childCount(), 400); ++i)
                    collectAccessible(iface->child(i), where, false, texts, 1);
        }
    }
    for (QAction* action : window->findChildren<QAction*>()) {
        const QString where = QStringLiteral("action ") + action->objectName();
        for (const QString& text : {withoutAccelerator(action->text()), action->toolTip(),
                                    action->statusTip(), action->whatsThis()})
            if (!text.trimmed().isEmpty())
                texts.append({where, text.trimmed(), false});
    }
    return texts;
}

// Words that occur in nearly every English sentence and in no German, French or Spanish one.
const QRegularExpression& englishWords() {
    static const QRegularExpression words(
        QStringLiteral("\\b(the|of|and|with|without|customers?|from|this|will|cannot|"
                       "[Cc]ancel|[Cc]lose|[Ss]how|[Hh]ide|[Oo]pen|[Ss]ave|[Ff]ile|[Ee]dit|"
                       "[Vv]iew|[Hh]elp|[Ss]earch|[Rr]eset)\\b"));
    return words;
}

// Translators installed for one test row, removed when it ends.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& language) {
        before_ = qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
        file_ = ui::installTranslations(*qApp, language);
    }
    ~ScopedLanguage() {
        for (QTranslator* t : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly))
            if (!before_.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
    }
    QString file() const { return file_; }

private:
    QList<QTranslator*> before_;
    QString file_;
};

} // namespace

class TestLanguageWalk : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString workspace_;

    std::unique_ptr<ui::MainWindow> openMain(QSettings& settings, const QString& language) {
        auto main = std::make_unique<ui::MainWindow>(&settings);
        main->setRunningLanguage(language);
        main->resize(1600, 1000);
        QSignalSpy opened(main.get(), &ui::MainWindow::workspaceOpened);
        main->openWorkspace(workspace_);
        if (!opened.wait(30000) || !main->controller()->waitForResult())
            return nullptr;
        main->show();
        // Every dock shown, so their words are read too.
        for (QDockWidget* dock : main->findChildren<QDockWidget*>())
            dock->show();
        if (!QTest::qWaitForWindowExposed(main.get()))
            return nullptr;
        auto* segments = main->findChild<ui::SegmentsDock*>();
        if (segments && segments->model()->rowCount() == 0)
            segments->saveCurrentFilters(QStringLiteral("Stammkunden"));
        QTest::qWait(50);
        return main;
    }

    QDialog* openDialog(const QString& which, ui::MainWindow& main, QSettings& settings,
                        const QString& language) {
        if (which == "export dialog")
            return new ui::ExportDialog(main.controller()->table(),
                                        main.controller()->result()->rows,
                                        main.tableView()->visibleColumnsInViewOrder(), &main);
        if (which == "import dialog")
            return new ui::ImportDialog(&main);
        if (which == "import dialog after a build") {
            // The demo sources are messy on purpose: notes, rejected rows and warnings to read.
            auto* dialog = new ui::ImportDialog(&main);
            dialog->setSourcePath(QStringLiteral(C360_SOURCE_DIR "/resources/demo"));
            if (!dialog->inspectJob().waitForResult())
                return dialog;
            dialog->selectTable(0);
            dialog->setOutputPath(dir_.filePath(QStringLiteral("built-%1.c360").arg(language)));
            if (dialog->startBuild())
                dialog->buildJob().waitForFinished();
            QTest::qWait(50); // the result reaches the dialog through a queued signal
            return dialog;
        }
        if (which == "columns dialog") {
            std::vector<Column> order;
            const QHeaderView* header = main.tableView()->horizontalHeader();
            for (int visual = 0; visual < header->count(); ++visual)
                order.push_back(static_cast<Column>(header->logicalIndex(visual)));
            return new ui::ColumnsDialog(order, main.tableView()->visibleColumnsInViewOrder(),
                                         &main);
        }
        if (which == "shortcuts dialog")
            return new ui::ShortcutsDialog(main.menuBar(), &main);
        if (which == "preferences dialog")
            return new ui::PreferencesDialog(settings, language, &main);
        return nullptr;
    }

private slots:
    void initTestCase() {
        std::string error;
        BuildOutcome outcome;
        workspace_ = dir_.filePath("w.c360");
        QVERIFY2(test::buildGeneratedCustomers(dir_.filePath("src").toStdString(), 600, 31, outcome,
                                               error, workspace_.toStdString()),
                 error.c_str());
    }

    void shouldSpeakOnlyTheChosenLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("which");
        for (const char* language : {"de", "fr", "es"})
            for (const char* which :
                 // After a build the import dialog shows the engine's notes and problems, worded
                 // by ui/messages.h from kinds with arguments: they must be translated too.
                 {"main window", "export dialog", "import dialog", "import dialog after a build",
                  "columns dialog", "shortcuts dialog", "preferences dialog"})
                QTest::addRow("%s, %s", language, which)
                    << QString::fromLatin1(language) << QString::fromLatin1(which);
    }

    void shouldSpeakOnlyTheChosenLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, which);
        const ScopedLanguage scoped(language);
        QVERIFY2(!scoped.file().isEmpty(), "the language's translation did not load");
        const EnglishSources english = englishSources(
            QStringLiteral(C360_SOURCE_DIR "/translations/c360_%1.ts").arg(language));
        QVERIFY(english.whole.size() > 100);

        QFile::remove(dir_.filePath("language.ini"));
        QSettings settings(dir_.filePath("language.ini"), QSettings::IniFormat);
        const auto main = openMain(settings, language);
        QVERIFY(main);
        QPointer<QDialog> dialog = openDialog(which, *main, settings, language);
        if (which != "main window") {
            QVERIFY(dialog);
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
        }
        QWidget* window = dialog ? static_cast<QWidget*>(dialog) : main.get();

        QStringList problems;
        const QList<Text> texts = textsOf(window);
        for (const Text& t : texts) {
            const QString plain = withoutAccelerator(t.text);
            if (english.whole.count(plain))
                problems << QStringLiteral("%1: \"%2\" is the English source").arg(t.where, plain);
            else if (!t.isData)
                for (const QString& fragment : english.fragments)
                    if (plain.contains(fragment))
                        problems << QStringLiteral("%1: \"%2\" holds the English \"%3\"")
                                        .arg(t.where, plain, fragment);
            if (!t.isData)
                if (const auto match = englishWords().match(plain); match.hasMatch())
                    problems << QStringLiteral("%1: \"%2\" has the English word \"%3\"")
                                    .arg(t.where, plain, match.captured(1));
        }
        // The issues' reasons and kinds are our words too, though they sit in table cells.
        if (auto* issues = window->findChild<QTableView*>(QStringLiteral("issuesView"))) {
            QAbstractItemModel* model = issues->model();
            for (int r = 0; r < std::min(model->rowCount(), 200); ++r)
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QString header = model->headerData(c, Qt::Horizontal).toString();
                    const QString text = model->index(r, c).data().toString();
                    if (header == ui::ReportIssuesModel::tr("Reason") ||
                        header == ui::ReportIssuesModel::tr("Kind"))
                        if (const auto match = englishWords().match(text); match.hasMatch())
                            problems
                                << QStringLiteral("issue %1: \"%2\" has the English word \"%3\"")
                                       .arg(r)
                                       .arg(text, match.captured(1));
                }
            if (which == "import dialog after a build")
                QVERIFY2(model->rowCount() > 0, "the demo's build listed no issues to read");
        }
        problems.removeDuplicates();
        QVERIFY2(texts.size() > 8, "too few texts read: the walk found nothing");
        QVERIFY2(problems.isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 of %2 texts:\n  ").arg(problems.size()).arg(texts.size()) +
                     problems.join(QStringLiteral("\n  "))));
        delete dialog;
    }
};

QTEST_MAIN(TestLanguageWalk)
#include "test_language_walk.moc"

// The whole workbench as a keyboard and screen-reader user meets it: every control of the
// main window and of the dialogs its menus open has a name and the role of what it is, Tab
// visits every control once in pane order and leaves the table, the match count is announced
// in a way the Linux bridge forwards, Help → Keyboard shortcuts lists every menu shortcut and no
// key does two things, and focus shows on every control.
#include "columns_dialog.h"
#include "engine/build.h"
#include "export_dialog.h"
#include "filter_dock.h"
#include "generate/generator.h"
#include "generated_customers.h"
#include "import_dialog.h"
#include "language.h"
#include "main_window.h"
#include "output/workspace_output.h"
#include "query/customer_query.h"
#include "segments_dock.h"
#include "shortcuts_dialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

#include <map>

using namespace c360;

namespace {

QString describe(const QWidget* w) {
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QLatin1Char('#') + w->objectName();
    if (QAccessibleInterface* iface =
            QAccessible::queryAccessibleInterface(const_cast<QWidget*>(w)))
        text += QStringLiteral(" \"%1\"").arg(iface->text(QAccessible::Name));
    return text;
}

QString roleName(QAccessible::Role role) {
    static const std::map<QAccessible::Role, const char*> names{
        {QAccessible::Button, "Button"},
        {QAccessible::CheckBox, "CheckBox"},
        {QAccessible::RadioButton, "RadioButton"},
        {QAccessible::ComboBox, "ComboBox"},
        {QAccessible::EditableText, "EditableText"},
        {QAccessible::SpinBox, "SpinBox"},
        {QAccessible::Table, "Table"},
        {QAccessible::List, "List"},
        {QAccessible::Tree, "Tree"},
        {QAccessible::PageTabList, "PageTabList"},
        {QAccessible::Chart, "Chart"},
        {QAccessible::Graphic, "Graphic"},
        {QAccessible::Client, "Client"},
        {QAccessible::Pane, "Pane"},
        {QAccessible::Grouping, "Grouping"},
        {QAccessible::NoRole, "NoRole"},
        {QAccessible::ButtonMenu, "ButtonMenu"},
        {QAccessible::ButtonDropDown, "ButtonDropDown"},
        {QAccessible::Slider, "Slider"},
        {QAccessible::ScrollBar, "ScrollBar"},
    };
    const auto it = names.find(role);
    return it != names.end() ? QString::fromLatin1(it->second)
                             : QStringLiteral("role 0x%1").arg(int(role), 0, 16);
}

// The roles a control of this class must have; empty for a class this test does not know (it
// then only must not be a bare container).
QList<QAccessible::Role> expectedRoles(const QWidget* w) {
    using R = QAccessible::Role;
    if (qobject_cast<const QCheckBox*>(w))
        return {R::CheckBox};
    if (qobject_cast<const QRadioButton*>(w))
        return {R::RadioButton};
    if (const auto* button = qobject_cast<const QPushButton*>(w))
        // Qt reports a checkable push button ("View as table") as a toggle: CheckBox.
        return button->isCheckable() ? QList<R>{R::CheckBox, R::Button} : QList<R>{R::Button};
    if (qobject_cast<const QToolButton*>(w))
        return {R::Button, R::ButtonMenu, R::ButtonDropDown};
    if (qobject_cast<const QComboBox*>(w))
        return {R::ComboBox};
    if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
        qobject_cast<const QTextEdit*>(w))
        return {R::EditableText};
    if (qobject_cast<const QAbstractSpinBox*>(w))
        return {R::SpinBox};
    if (qobject_cast<const QTabBar*>(w))
        return {R::PageTabList};
    if (qobject_cast<const QTableView*>(w))
        return {R::Table};
    if (qobject_cast<const QListView*>(w))
        return {R::List};
    if (qobject_cast<const QTreeView*>(w))
        return {R::Tree};
    // A chart that takes the focus must say it is a chart: a screen reader announces Client as
    // "filler" and the user does not learn that Left/Right walk its bars.
    if (qobject_cast<const QChartView*>(w))
        return {R::Chart, R::Graphic};
    return {};
}

// Shown, or only hidden as a page a stack (tab widget, "View as table") can switch to.
bool reachable(const QWidget* w, const QWidget* window) {
    for (const QWidget* p = w; p && p != window; p = p->parentWidget())
        if (p->isHidden() && !qobject_cast<const QStackedWidget*>(p->parentWidget()))
            return false;
    return true;
}

bool isTabStop(const QWidget* w) {
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
}

// Every control that can take the focus by keyboard, in focus-chain order.
QList<QWidget*> focusableControls(QWidget* window, bool includeStackedPages) {
    QList<QWidget*> out;
    for (QWidget* w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w->window() != window || !isTabStop(w))
            continue;
        if (includeStackedPages ? reachable(w, window) : w->isVisible())
            out.append(w);
    }
    return out;
}

// The tab stops Tab must visit: visible and enabled.
QList<QWidget*> tabStops(QWidget* window) {
    QList<QWidget*> out;
    for (QWidget* w : focusableControls(window, false))
        if (w->isEnabled())
            out.append(w);
    return out;
}

QString labelOf(QAccessibleInterface* iface) {
    const auto relations = iface->relations(QAccessible::Label);
    for (const auto& relation : relations)
        if (relation.first && !relation.first->text(QAccessible::Name).trimmed().isEmpty())
            return relation.first->text(QAccessible::Name);
    return {};
}

// What a screen reader hears when the count changes.
struct Announcement {
    QAccessible::Event type;
    QObject* object;
    QString text;
    bool forwardedOnLinux; // the AT-SPI bridge sends it on (qt 6.4 atspiadaptor.cpp)
};
std::vector<Announcement> g_announcements;

void recordAccessibilityUpdate(QAccessibleEvent* event) {
    QAccessibleInterface* iface = event->accessibleInterface();
    if (event->type() == QAccessible::ValueChanged) {
        const auto* change = static_cast<QAccessibleValueChangeEvent*>(event);
        // The bridge drops a value change of an object without a value interface (other than a
        // combo box) with the warning "ValueChanged event and no ValueInterface or ComboBox".
        const bool forwarded =
            iface && (iface->valueInterface() || iface->role() == QAccessible::ComboBox);
        g_announcements.push_back(
            {event->type(), event->object(), change->value().toString(), forwarded});
    } else if (event->type() == QAccessible::NameChanged) {
        g_announcements.push_back({event->type(), event->object(),
                                   iface ? iface->text(QAccessible::Name) : QString(), true});
    }
}

// A key's text in one form, for comparing.
QString keyText(const QKeySequence& key) {
    return key.toString(QKeySequence::PortableText);
}

// Keys claimed twice in `window`: actions, QShortcuts, and the Alt+letter of menu titles, buddy
// labels, buttons and tabs all live in one shortcut map, where a key claimed twice fires
// neither ("Ambiguous shortcut overload") or only moves between the claimants.
QStringList keyClashes(QWidget* window) {
    std::map<QString, QStringList> owners;
    for (QAction* action : window->findChildren<QAction*>()) {
        // The same action may sit in a menu and on the table: one owner.
        const QString name = "action " + QString(action->text()).remove('&');
        for (const QKeySequence& key : action->shortcuts())
            if (!owners[keyText(key)].contains(name))
                owners[keyText(key)] << name;
    }
    // A QShortcut bound to one widget only clashes while that widget has the focus; the
    // window-wide ones are compared here.
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        const auto* owner = qobject_cast<const QWidget*>(shortcut->parent());
        if (shortcut->context() != Qt::WidgetShortcut && owner)
            owners[keyText(shortcut->key())] << "shortcut on " + describe(owner);
    }
    if (auto* main = qobject_cast<QMainWindow*>(window))
        for (const QAction* top : main->menuBar()->actions())
            if (const QKeySequence key = QKeySequence::mnemonic(top->text()); !key.isEmpty())
                owners[keyText(key)] << "menu " + QString(top->text()).remove('&');
    for (const QLabel* label : window->findChildren<QLabel*>())
        if (label->buddy() && label->isVisible())
            if (const QKeySequence key = QKeySequence::mnemonic(label->text()); !key.isEmpty())
                owners[keyText(key)] << "label " + QString(label->text()).remove('&');
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>())
        if (button->isVisible())
            if (const QKeySequence key = QKeySequence::mnemonic(button->text()); !key.isEmpty())
                owners[keyText(key)] << "button " + QString(button->text()).remove('&');
    for (const QTabBar* tabs : window->findChildren<QTabBar*>())
        if (tabs->isVisible())
            for (int i = 0; i < tabs->count(); ++i)
                if (const QKeySequence key = QKeySequence::mnemonic(tabs->tabText(i));
                    !key.isEmpty())
                    owners[keyText(key)] << "tab " + QString(tabs->tabText(i)).remove('&');
    QStringList clashes;
    for (const auto& [key, who] : owners)
        if (who.size() > 1)
            clashes << key + ": " + who.join(" / ");
    return clashes;
}

} // namespace

class TestAccessibilityWalk : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString workspace_;
    std::shared_ptr<Customer360> table_;

    // The main window on the test workspace, shown at the size the app uses, plus (for a
    // dialog row) that dialog, constructed as the menu action would.
    struct Scene {
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<ui::MainWindow> main;
        QPointer<QDialog> dialog; // parented to main
        QWidget* window() const { return dialog ? static_cast<QWidget*>(dialog) : main.get(); }
    };

    std::unique_ptr<Scene> makeScene(const QString& which) {
        auto scene = std::make_unique<Scene>();
        QFile::remove(dir_.filePath("a11y.ini"));
        scene->settings =
            std::make_unique<QSettings>(dir_.filePath("a11y.ini"), QSettings::IniFormat);
        scene->main = std::make_unique<ui::MainWindow>(scene->settings.get());
        scene->main->resize(1600, 1000);
        QSignalSpy opened(scene->main.get(), &ui::MainWindow::workspaceOpened);
        // A saved segment enables the dock's Apply, Rename, Duplicate and Delete buttons; it is
        // saved in a copy so the other rows see the workspace without one.
        const bool withSegment = which == "main window with a saved segment";
        const QString path = withSegment ? dir_.filePath("segment.c360") : workspace_;
        if (withSegment && (!QFile::exists(path) && !QFile::copy(workspace_, path)))
            return nullptr;
        scene->main->openWorkspace(path);
        if (!opened.wait(30000) || !scene->main->controller()->waitForResult())
            return nullptr;
        scene->main->show();
        if (!QTest::qWaitForWindowActive(scene->main.get()))
            return nullptr;
        ui::MainWindow& main = *scene->main;
        if (withSegment) {
            auto* segments = main.findChild<ui::SegmentsDock*>();
            if (!segments || (segments->model()->rowCount() == 0 &&
                              !segments->saveCurrentFilters(QStringLiteral("Everyone"))))
                return nullptr;
            segments->listView()->setCurrentIndex(segments->model()->index(0, 0));
        }
        if (which == "export dialog") {
            scene->dialog =
                new ui::ExportDialog(main.controller()->table(), main.controller()->result()->rows,
                                     main.tableView()->visibleColumnsInViewOrder(), &main);
        } else if (which == "import dialog") {
            scene->dialog = new ui::ImportDialog(&main);
        } else if (which == "columns dialog") {
            std::vector<Column> order;
            const QHeaderView* header = main.tableView()->horizontalHeader();
            for (int visual = 0; visual < header->count(); ++visual)
                order.push_back(static_cast<Column>(header->logicalIndex(visual)));
            scene->dialog =
                new ui::ColumnsDialog(order, main.tableView()->visibleColumnsInViewOrder(), &main);
        } else if (which == "shortcuts dialog") {
            scene->dialog = new ui::ShortcutsDialog(main.menuBar(), &main);
        }
        if (scene->dialog) {
            scene->dialog->show();
            scene->dialog->activateWindow();
            if (!QTest::qWaitForWindowActive(scene->dialog) ||
                !QTest::qWaitFor([&] { return QApplication::activeWindow() == scene->dialog; }))
                return nullptr;
        }
        return scene;
    }

    static void addWindowRows() {
        QTest::addColumn<QString>("which");
        for (const char* which :
             {"main window", "main window with a saved segment", "export dialog", "import dialog",
              "columns dialog", "shortcuts dialog"})
            QTest::newRow(which) << QString::fromLatin1(which);
    }

private slots:
    void initTestCase() {
        // The English plural forms ("1 customer", "2 customers") come from a translation.
        c360::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        std::string error;
        BuildOutcome outcome;
        workspace_ = dir_.filePath("w.c360");
        QVERIFY2(test::buildGeneratedCustomers(dir_.filePath("src").toStdString(), 1500, 23,
                                               outcome, error, workspace_.toStdString()),
                 error.c_str());
        table_ = std::make_shared<Customer360>(std::move(outcome.table));
    }

    void shouldNameEveryFocusableWidget_data() { addWindowRows(); }
    void shouldNameEveryFocusableWidget() {
        QFETCH(QString, which);
        const auto scene = makeScene(which);
        QVERIFY(scene);
        const QList<QWidget*> controls = focusableControls(scene->window(), true);
        QVERIFY2(!controls.isEmpty(), "no focusable control found");
        QStringList problems;
        for (QWidget* w : controls) {
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            if (!iface) {
                problems << describe(w) + ": no accessible interface";
                continue;
            }
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                problems << describe(w) + ": empty accessible name";
            const QAccessible::Role role = iface->role();
            const QList<QAccessible::Role> expected = expectedRoles(w);
            if (!expected.isEmpty() && !expected.contains(role)) {
                QStringList wanted;
                for (const QAccessible::Role r : expected)
                    wanted << roleName(r);
                problems << describe(w) +
                                QStringLiteral(": role %1, expected %2")
                                    .arg(roleName(role), wanted.join(QStringLiteral(" or ")));
            }
            if (expected.isEmpty() && (role == QAccessible::Client || role == QAccessible::NoRole ||
                                       role == QAccessible::Grouping || role == QAccessible::Pane))
                problems << describe(w) + QStringLiteral(": a container (%1) in the tab order")
                                              .arg(roleName(role));
            // Qt 6.4 on Linux announces a combo by its current item: only a buddy label names it.
            if (qobject_cast<QComboBox*>(w) && labelOf(iface).isEmpty())
                problems << describe(w) + ": combo box without a buddy label";
        }
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                QStringLiteral("%1 of %2 controls:\n  ").arg(problems.size()).arg(controls.size()) +
                problems.join(QStringLiteral("\n  "))));
    }

    void shouldFollowALogicalTabOrder_data() { addWindowRows(); }
    void shouldFollowALogicalTabOrder() {
        QFETCH(QString, which);
        const auto scene = makeScene(which);
        QVERIFY(scene);
        QWidget* window = scene->window();
        const QList<QWidget*> stops = tabStops(window);
        QVERIFY(stops.size() > 1);
        QWidget* first = stops.first();
        first->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), first);

        QList<QWidget*> visited{first};
        QString failure;
        for (int presses = 0; presses <= 2 * stops.size(); ++presses) {
            QWidget* from = QApplication::focusWidget();
            QTest::keyClick(from, Qt::Key_Tab);
            QWidget* to = QApplication::focusWidget();
            if (!to) {
                failure = QStringLiteral("focus lost after Tab on %1").arg(describe(from));
                break;
            }
            if (to == from) {
                failure = QStringLiteral("stuck on %1").arg(describe(from));
                break;
            }
            if (to == first)
                break;
            if (visited.contains(to)) {
                failure = QStringLiteral("%1 visited twice before wrapping").arg(describe(to));
                break;
            }
            visited.append(to);
        }
        QStringList order;
        for (const QWidget* w : visited)
            order << describe(w);
        const QString orderText = QStringLiteral("\nvisited order:\n  ") + order.join("\n  ");
        qInfo().noquote() << "Tab order of the" << which << orderText;
        QVERIFY2(failure.isEmpty(), qPrintable(failure + orderText));
        QStringList missed, extra;
        for (QWidget* w : stops)
            if (!visited.contains(w))
                missed << describe(w);
        for (QWidget* w : visited)
            if (!stops.contains(w))
                extra << describe(w);
        if (!missed.isEmpty()) {
            QStringList chain;
            for (const QWidget* w : stops)
                chain << describe(w);
            qInfo().noquote() << "Tab stops in focus-chain order:\n  " + chain.join("\n  ");
        }
        QVERIFY2(missed.isEmpty(),
                 qPrintable("never reached by Tab:\n  " + missed.join("\n  ") + orderText));
        QVERIFY2(extra.isEmpty(), qPrintable("Tab stopped on unexpected widgets:\n  " +
                                             extra.join("\n  ") + orderText));

        if (scene->dialog)
            return;
        // Panes are walked one after the other: leaving a pane by Tab never comes back to it
        // before the wrap.
        ui::MainWindow& main = *scene->main;
        QList<QWidget*> panes{main.centralWidget()};
        for (QDockWidget* dock : main.findChildren<QDockWidget*>())
            panes.append(dock);
        const auto paneOf = [&panes](const QWidget* w) {
            for (qsizetype i = 0; i < panes.size(); ++i)
                if (panes[i]->isAncestorOf(w))
                    return int(i);
            return -1;
        };
        QList<int> paneRuns;
        for (const QWidget* w : visited)
            if (paneRuns.isEmpty() || paneRuns.last() != paneOf(w))
                paneRuns.append(paneOf(w));
        if (paneRuns.size() > 1 && paneRuns.first() == paneRuns.last())
            paneRuns.removeLast(); // the walk started inside a pane and came round to it
        QStringList runNames;
        for (const int p : paneRuns)
            runNames << (p < 0 ? QStringLiteral("(outside the panes)")
                               : QString::fromLatin1(panes[p]->metaObject()->className()));
        QVERIFY2(QSet<int>(paneRuns.begin(), paneRuns.end()).size() == paneRuns.size(),
                 qPrintable("Tab leaves a pane and comes back to it: " + runNames.join(" → ") +
                            orderText));

        // The customer table is a tab stop, not a trap: Tab and Shift+Tab leave it.
        auto* table = main.tableView();
        QVERIFY(!table->tabKeyNavigation());
        QVERIFY(table->model()->rowCount() > 0);
        for (const bool back : {false, true}) {
            table->setFocus(Qt::TabFocusReason);
            table->setCurrentIndex(table->model()->index(0, 0));
            QTest::keyClick(table, back ? Qt::Key_Backtab : Qt::Key_Tab,
                            back ? Qt::ShiftModifier : Qt::NoModifier);
            QVERIFY2(QApplication::focusWidget() != table,
                     back ? "Shift+Tab stays in the table" : "Tab stays in the table");
            QCOMPARE(table->currentIndex(), table->model()->index(0, 0));
        }
    }

    void shouldAnnounceTheMatchCount() {
        // The handler goes in first: events then reach it instead of the platform bridge, which
        // would wait on an accessibility bus that a test session does not have.
        struct Recording {
            QAccessible::UpdateHandler previous =
                QAccessible::installUpdateHandler(recordAccessibilityUpdate);
            ~Recording() {
                QAccessible::setActive(false);
                QAccessible::installUpdateHandler(previous);
            }
        } recording;
        QAccessible::setActive(true);
        if (!QAccessible::isActive())
            // The offscreen platform has no accessibility backend: Qt sends no events at all.
            // Run on xcb (e.g. under xvfb-run with QT_QPA_PLATFORM=xcb) to check them.
            QSKIP("no accessibility backend on this platform; events cannot be observed");
        const auto scene = makeScene("main window");
        QVERIFY(scene);
        ui::MainWindow& main = *scene->main;
        QLabel* count = main.countLabel();
        auto* dock = main.findChild<ui::FilterDock*>();
        QVERIFY(dock);
        QListView* segments = dock->facetView(ui::FilterDock::Facet::Segment);
        // The first value-segment item is High; Space ticks it, as a keyboard user does.
        const QModelIndex high = segments->model()->index(0, 0);
        QVERIFY(high.data().toString().contains("High"));

        g_announcements.clear();
        segments->setFocus(Qt::TabFocusReason);
        segments->setCurrentIndex(high);
        QTest::keyClick(segments, Qt::Key_Space);
        QVERIFY(main.controller()->waitForResult());
        QCOMPARE(main.controller()->filter().segments, std::set<ValueSegment>{ValueSegment::High});

        std::size_t high_count = 0;
        for (std::size_t r = 0; r < table_->rowCount(); ++r)
            high_count += table_->valueSegment[r] == ValueSegment::High;
        const QString expected =
            QStringLiteral("%1 of %2 customers")
                .arg(QLocale().toString(static_cast<qulonglong>(high_count)),
                     QLocale().toString(static_cast<qulonglong>(table_->rowCount())));
        QCOMPARE(count->text(), expected);

        QStringList heard;
        bool announced = false, forwarded = false;
        for (const Announcement& a : g_announcements) {
            if (a.object != count)
                continue;
            heard << QStringLiteral("%1 \"%2\"%3")
                         .arg(a.type == QAccessible::ValueChanged ? "ValueChanged" : "NameChanged",
                              a.text, a.forwardedOnLinux ? "" : " (dropped by the AT-SPI bridge)");
            if (a.text == expected) {
                announced = true;
                forwarded = forwarded || a.forwardedOnLinux;
            }
        }
        QVERIFY2(announced,
                 qPrintable("the count label never announced \"" + expected +
                            "\"; heard: " + heard.join("; ") +
                            QStringLiteral(" (%1 events in all)").arg(g_announcements.size())));
        QVERIFY2(forwarded, qPrintable("\"" + expected +
                                       "\" is only announced by events the Linux bridge drops; "
                                       "heard: " +
                                       heard.join("; ")));
    }

    void shouldListEveryMenuShortcutInTheHelp() {
        const auto scene = makeScene("main window");
        QVERIFY(scene);
        ui::MainWindow& main = *scene->main;
        QList<QAction*> menuActions;
        std::function<void(const QMenu*)> collect = [&](const QMenu* menu) {
            for (QAction* action : menu->actions()) {
                if (action->menu())
                    collect(action->menu());
                else if (!action->isSeparator())
                    menuActions.append(action);
            }
        };
        for (QAction* top : main.menuBar()->actions())
            if (top->menu())
                collect(top->menu());

        ui::ShortcutsDialog help(main.menuBar(), &main);
        QTableWidget* table = help.table();
        QStringList missing;
        int withShortcut = 0;
        for (const QAction* action : menuActions) {
            for (const QKeySequence& key : action->shortcuts()) {
                ++withShortcut;
                const QString keys = key.toString(QKeySequence::NativeText);
                const QString name = QString(action->text()).remove('&');
                bool listed = false;
                for (int row = 0; row < table->rowCount() && !listed; ++row) {
                    const QString rowAction = table->item(row, 1)->text();
                    listed = !rowAction.isEmpty() && name.startsWith(rowAction) &&
                             table->item(row, 2)->text().split(", ").contains(keys);
                }
                if (!listed)
                    missing << QStringLiteral("%1 (%2)").arg(name, keys);
            }
        }
        QVERIFY(withShortcut > 10);
        QVERIFY2(missing.isEmpty(),
                 qPrintable("not in Help → Keyboard shortcuts: " + missing.join(", ")));

        // Inside each menu the underlined letters differ.
        QStringList menuClashes;
        std::function<void(const QMenu*)> checkMenu = [&](const QMenu* menu) {
            std::map<QString, QStringList> letters;
            for (const QAction* action : menu->actions()) {
                if (action->menu())
                    checkMenu(action->menu());
                if (const QKeySequence key = QKeySequence::mnemonic(action->text()); !key.isEmpty())
                    letters[keyText(key)] << QString(action->text()).remove('&');
            }
            for (const auto& [key, who] : letters)
                if (who.size() > 1)
                    menuClashes << QString(menu->title()).remove('&') + " " + key + ": " +
                                       who.join(" / ");
        };
        for (const QAction* top : main.menuBar()->actions())
            if (top->menu())
                checkMenu(top->menu());
        QVERIFY2(menuClashes.isEmpty(),
                 qPrintable("menu letters claimed twice:\n  " + menuClashes.join("\n  ")));
    }

    void shouldNotClaimAKeyTwice_data() { addWindowRows(); }
    void shouldNotClaimAKeyTwice() {
        QFETCH(QString, which);
        const auto scene = makeScene(which);
        QVERIFY(scene);
        const QStringList clashes = keyClashes(scene->window());
        QVERIFY2(clashes.isEmpty(), qPrintable("keys claimed twice:\n  " + clashes.join("\n  ")));
    }

    void shouldShowFocus_data() { addWindowRows(); }
    void shouldShowFocus() {
        QFETCH(QString, which);
        const auto scene = makeScene(which);
        QVERIFY(scene);
        QWidget* window = scene->window();
        // As after a Tab key: styles draw the focus frame only after a keyboard focus change.
        window->setAttribute(Qt::WA_KeyboardFocusChange);
        const QList<QWidget*> stops = tabStops(window);
        QVERIFY(stops.size() > 1);
        QStringList problems;
        for (qsizetype i = 0; i < stops.size(); ++i) {
            QWidget* w = stops[i];
            QWidget* other = stops[(i + 1) % stops.size()];
            if (w->focusPolicy() == Qt::NoFocus)
                problems << describe(w) + ": NoFocus";
            other->setFocus(Qt::TabFocusReason);
            const QImage unfocused = w->grab().toImage();
            w->setFocus(Qt::TabFocusReason);
            if (!w->hasFocus()) {
                problems << describe(w) + ": does not take the focus";
                continue;
            }
            const QImage focused = w->grab().toImage();
            if (focused == unfocused)
                problems << describe(w) + ": looks the same with and without focus";
        }
        if (!scene->dialog) {
            const auto charts = scene->main->findChildren<QChartView*>();
            QCOMPARE(charts.size(), qsizetype(6));
            for (QChartView* chart : charts) {
                if ((chart->focusPolicy() & Qt::StrongFocus) != Qt::StrongFocus)
                    problems << describe(chart) +
                                    ": a chart that does not take Tab and click focus";
                if (!stops.contains(chart))
                    problems << describe(chart) + ": a chart that is not a tab stop";
            }
        }
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                QStringLiteral("%1 of %2 controls:\n  ").arg(problems.size()).arg(stops.size()) +
                problems.join("\n  ")));
    }
};

QTEST_MAIN(TestAccessibilityWalk)
#include "test_accessibility_walk.moc"

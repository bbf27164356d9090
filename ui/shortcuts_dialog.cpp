#include "shortcuts_dialog.h"
#include "language.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c360::ui {

namespace {

QString plainText(QString text) {
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

void addRow(QTableWidget* table, const QString& where, const QString& what, const QString& keys) {
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(where));
    table->setItem(row, 1, new QTableWidgetItem(what));
    table->setItem(row, 2, new QTableWidgetItem(keys));
}

void addMenu(QTableWidget* table, const QMenu* menu, const QString& path) {
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu* sub = action->menu()) {
            addMenu(table, sub, path + QStringLiteral(" → ") + plainText(sub->title()));
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            addRow(table, path, plainText(action->text()), keys.join(QStringLiteral(", ")));
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent), table_(new QTableWidget(0, 3)) {
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(860, 680);
    table_->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    table_->setAccessibleName(tr("Keyboard shortcuts"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setTabKeyNavigation(false);
    table_->verticalHeader()->setVisible(false);
    for (const QAction* action : menus->actions())
        if (const QMenu* menu = action->menu())
            addMenu(table_, menu, plainText(menu->title()));

    const QString anywhere = tr("Anywhere");
    addRow(table_, anywhere, tr("Next pane (filters, table, charts, saved segments)"),
           nativeKeys("F6"));
    addRow(table_, anywhere, tr("Previous pane"), nativeKeys("Shift+F6"));
    addRow(table_, anywhere, tr("Next or previous control"), nativeKeys("Tab, Shift+Tab"));
    addRow(table_, tr("Table"), tr("Move by page, to the first or last customer"),
           nativeKeys("Page Up, Page Down, Ctrl+Home, Ctrl+End"));
    addRow(table_, tr("Table"), tr("Sort by this column (click the header with the mouse)"),
           tr("see View menu"));
    addRow(table_, tr("Filter lists"), tr("Tick or untick the current value"), nativeKeys("Space"));
    addRow(table_, tr("Charts"), tr("Move between bars or slices"), nativeKeys("Left, Right"));
    addRow(table_, tr("Charts"), tr("Filter by the chosen bar or slice"),
           nativeKeys("Enter, Space"));
    addRow(table_, tr("Charts"), tr("First or last bar or slice"), nativeKeys("Home, End"));
    addRow(table_, tr("Charts, as table"), tr("Filter by the current row"), nativeKeys("Enter"));
    addRow(table_, tr("Filter chips"), tr("Remove this filter"), nativeKeys("Space, Enter"));
    addRow(table_, tr("Saved segments"), tr("Apply, rename, duplicate, delete the chosen one"),
           nativeKeys("Enter, F2, Ctrl+D, Delete"));
    addRow(table_, tr("Columns dialog"), tr("Move the current column up or down"),
           nativeKeys("Alt+Up, Alt+Down"));
    addRow(table_, tr("Dialogs"), tr("Cancel a running export or build; close"), nativeKeys("Esc"));
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* label = new QLabel(tr("&Shortcuts:"));
    label->setBuddy(table_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    // Not a default button: Fusion draws a default button alike with and without focus, and
    // Esc closes the dialog anyway.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons);
}

} // namespace c360::ui

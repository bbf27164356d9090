// Help → Keyboard shortcuts: every menu action with its shortcut, read from the actions
// themselves so the list cannot drift from what the keys do, plus the keys that work inside
// widgets (F6, Space in lists, Enter on a chart).
#pragma once

#include <QDialog>

class QAction;
class QMenuBar;
class QTableWidget;

namespace c360::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
    QTableWidget* table() const noexcept { return table_; }

private:
    QTableWidget* table_;
};

} // namespace c360::ui

// View → Columns…: which columns the table shows and in what order, by keyboard as well as by
// mouse (dragging header sections is mouse-only). Ticked items are shown; Move up/Move down
// (Alt+Up/Alt+Down) reorder.
#pragma once

#include "engine/customer360.h"

#include <QDialog>

#include <vector>

class QListWidget;
class QPushButton;

namespace c360::ui {

class ColumnsDialog : public QDialog {
    Q_OBJECT

public:
    // `order` is every column in view order; `visible` says which are shown.
    ColumnsDialog(const std::vector<Column>& order, const std::vector<Column>& visible,
                  QWidget* parent = nullptr);

    // The shown columns in the chosen order.
    std::vector<Column> visibleColumns() const;
    QListWidget* list() const noexcept { return list_; }

public slots:
    void moveCurrent(int step);
    void showAll();

private:
    void updateButtons();

    QListWidget* list_;
    QPushButton* up_;
    QPushButton* down_;
};

} // namespace c360::ui

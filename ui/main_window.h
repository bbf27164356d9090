// The workbench's main window: the customer table, a search box and the count of matching
// customers. Docks (filters, charts, segments) come as their own classes (issue #4).
#pragma once

#include "customer_table_model.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace c360::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a workspace written by `c360 build -o X.c360`; false with a message shown.
    bool openWorkspace(const QString& path);

private:
    void chooseWorkspace();
    void applySearch();
    void updateCount();

    CustomerTableModel* model_;
    QTableView* table_;
    QLineEdit* search_;
    QLabel* count_;
    QTimer* searchDelay_;
    std::shared_ptr<const Customer360> data_;
};

} // namespace c360::ui

#include "columns_dialog.h"

#include "customer_table_model.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace c360::ui {

ColumnsDialog::ColumnsDialog(const std::vector<Column>& order, const std::vector<Column>& visible,
                             QWidget* parent)
    : QDialog(parent), list_(new QListWidget), up_(new QPushButton(tr("Move &up"))),
      down_(new QPushButton(tr("Move &down"))) {
    setWindowTitle(tr("Columns"));
    auto* label = new QLabel(tr("&Shown columns, in table order (Space shows or hides one):"));
    label->setBuddy(list_);
    list_->setAccessibleName(tr("Columns"));
    list_->setAccessibleDescription(
        //: %1 and %2 are keys ("Alt+Up", "Alt+Down"), named as the keyboard labels them.
        tr("Ticked columns are shown. %1 and %2 move the current column.")
            .arg(QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText),
                 QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText)));
    for (const Column column : order) {
        auto* item = new QListWidgetItem(CustomerTableModel::columnTitle(column), list_);
        item->setData(Qt::UserRole, static_cast<int>(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool shown = std::find(visible.begin(), visible.end(), column) != visible.end();
        item->setCheckState(shown ? Qt::Checked : Qt::Unchecked);
    }
    list_->setCurrentRow(0);

    // Actions rather than button shortcuts, so the keys work while the list has the focus.
    auto* moveUp = new QAction(this);
    moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    addAction(moveUp);
    auto* moveDown = new QAction(this);
    moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
    addAction(moveDown);
    up_->setToolTip(QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText));
    down_->setToolTip(QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText));
    up_->setAccessibleName(tr("Move column up"));
    down_->setAccessibleName(tr("Move column down"));
    auto* all = new QPushButton(tr("Show &all"));
    all->setAccessibleName(tr("Show all columns"));
    connect(up_, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down_, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(all, &QPushButton::clicked, this, &ColumnsDialog::showAll);
    connect(list_, &QListWidget::currentRowChanged, this, &ColumnsDialog::updateButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* side = new QVBoxLayout;
    side->addWidget(up_);
    side->addWidget(down_);
    side->addWidget(all);
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(list_, 1);
    row->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(buttons);
    updateButtons();
}

std::vector<Column> ColumnsDialog::visibleColumns() const {
    std::vector<Column> columns;
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->checkState() == Qt::Checked)
            columns.push_back(static_cast<Column>(list_->item(i)->data(Qt::UserRole).toInt()));
    return columns;
}

void ColumnsDialog::moveCurrent(int step) {
    const int from = list_->currentRow();
    const int to = from + step;
    if (from < 0 || to < 0 || to >= list_->count())
        return;
    QListWidgetItem* item = list_->takeItem(from);
    list_->insertItem(to, item);
    list_->setCurrentRow(to);
    list_->setFocus();
}

void ColumnsDialog::showAll() {
    for (int i = 0; i < list_->count(); ++i)
        list_->item(i)->setCheckState(Qt::Checked);
}

void ColumnsDialog::updateButtons() {
    const int row = list_->currentRow();
    up_->setEnabled(row > 0);
    down_->setEnabled(row >= 0 && row + 1 < list_->count());
}

} // namespace c360::ui

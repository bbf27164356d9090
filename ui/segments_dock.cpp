#include "segments_dock.h"
#include "language.h"
#include "messages.h"

#include <QAccessible>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace c360::ui {

namespace {

QPushButton* makeButton(const QString& text, const QString& accessibleName,
                        const QString& description, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    return button;
}

} // namespace

SegmentsDock::SegmentsDock(QueryController* controller, QWidget* parent)
    : QDockWidget(tr("Saved segments"), parent), controller_(controller),
      model_(new SavedSegmentsModel(this)),
      newestSizes_(std::make_shared<std::atomic<std::uint64_t>>(0)) {
    setObjectName(QStringLiteral("segmentsDock"));
    // One worker: a newer count queues behind an older one, which notices and stops early.
    pool_.setMaxThreadCount(1);

    auto* content = new QWidget(this);
    saveButton_ =
        makeButton(tr("Save current filters…"), tr("Save current filters as a segment"),
                   tr("Saves the filters now applied under a name, in the workspace"), content);
    list_ = new QListView(content);
    list_->setModel(model_);
    list_->setAccessibleName(tr("Saved segments"));
    list_->setAccessibleDescription(
        //: %1 to %4 are keys (Enter, F2, Ctrl+D, Delete), named as the keyboard labels them.
        tr("Each segment with its number of customers. %1 applies the segment, %2 renames it, "
           "%3 duplicates it, %4 deletes it.")
            .arg(nativeKeys("Enter"), nativeKeys("F2"), nativeKeys("Ctrl+D"),
                 nativeKeys("Delete")));
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers); // F2 renames through the store
    list_->setTabKeyNavigation(false);
    list_->setUniformItemSizes(true);
    applyButton_ = makeButton(tr("Apply"), tr("Apply segment"),
                              tr("Replaces the current filters with the selected segment's (%1)")
                                  .arg(nativeKeys("Enter")),
                              content);
    renameButton_ = makeButton(
        tr("Rename…"), tr("Rename segment"),
        tr("Gives the selected segment another name (%1)").arg(nativeKeys("F2")), content);
    duplicateButton_ = makeButton(
        tr("Duplicate"), tr("Duplicate segment"),
        tr("Saves a copy of the selected segment next to it (%1)").arg(nativeKeys("Ctrl+D")),
        content);
    deleteButton_ = makeButton(
        tr("Delete"), tr("Delete segment"),
        tr("Deletes the selected segment after asking (%1)").arg(nativeKeys("Delete")), content);
    message_ = new QLabel(content);
    message_->setWordWrap(true);
    message_->hide();

    auto* buttons = new QGridLayout;
    buttons->addWidget(applyButton_, 0, 0);
    buttons->addWidget(renameButton_, 0, 1);
    buttons->addWidget(duplicateButton_, 1, 0);
    buttons->addWidget(deleteButton_, 1, 1);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(saveButton_);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);
    layout->addWidget(message_);
    setWidget(content);
    // Reading order is tab order: save, the list, then what acts on the selected segment.
    setTabOrder(saveButton_, list_);
    setTabOrder(list_, applyButton_);
    setTabOrder(applyButton_, renameButton_);
    setTabOrder(renameButton_, duplicateButton_);
    setTabOrder(duplicateButton_, deleteButton_);

    connect(saveButton_, &QPushButton::clicked, this, &SegmentsDock::promptSaveCurrentFilters);
    connect(applyButton_, &QPushButton::clicked, this, &SegmentsDock::applySelected);
    connect(renameButton_, &QPushButton::clicked, this, &SegmentsDock::promptRenameSelected);
    connect(duplicateButton_, &QPushButton::clicked, this, &SegmentsDock::duplicateSelected);
    connect(deleteButton_, &QPushButton::clicked, this, &SegmentsDock::confirmDeleteSelected);
    // Enter (and a double click) on an item applies it.
    connect(list_, &QListView::activated, this, &SegmentsDock::applySelected);
    const auto listKey = [this](const QKeySequence& key, void (SegmentsDock::*slot)()) {
        auto* shortcut = new QShortcut(key, list_);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    listKey(QKeySequence(Qt::Key_F2), &SegmentsDock::promptRenameSelected);
    listKey(QKeySequence(Qt::Key_Delete), &SegmentsDock::confirmDeleteSelected);
    listKey(QKeySequence(Qt::CTRL | Qt::Key_D), &SegmentsDock::duplicateSelected);
    connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SegmentsDock::updateButtons);
    // A new table changes every segment's size (the segments themselves stay).
    connect(controller_, &QueryController::tableChanged, this, [this] {
        countSizes();
        updateButtons();
    });
    updateButtons();
}

SegmentsDock::~SegmentsDock() {
    newestSizes_->store(UINT64_MAX); // a running count stops at its next segment
    pool_.waitForDone();
}

void SegmentsDock::setWorkspacePath(const QString& path) {
    workspacePath_ = path;
    showMessage({});
    reload();
}

QString SegmentsDock::message() const {
    return message_->text();
}

void SegmentsDock::showMessage(const QString& text) {
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        // Screen readers hear the outcome without moving focus to the label.
        QAccessibleEvent event(message_, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QString SegmentsDock::selectedName() const {
    const QModelIndex current = list_->currentIndex();
    return current.isValid() ? current.data(SavedSegmentsModel::NameRole).toString() : QString();
}

void SegmentsDock::select(const QString& name) {
    const int row = model_->rowOfName(name);
    if (row >= 0)
        list_->setCurrentIndex(model_->index(row));
    updateButtons();
}

void SegmentsDock::updateButtons() {
    const bool chosen = list_->currentIndex().isValid();
    applyButton_->setEnabled(chosen);
    renameButton_->setEnabled(chosen);
    duplicateButton_->setEnabled(chosen);
    deleteButton_->setEnabled(chosen);
    saveButton_->setEnabled(!workspacePath_.isEmpty() && controller_->table());
}

void SegmentsDock::reload() {
    const QString keep = selectedName();
    std::vector<SavedSegment> segments;
    if (!workspacePath_.isEmpty()) {
        Message error;
        if (!listSavedSegments(workspacePath_.toStdString(), segments, error)) {
            segments.clear();
            showMessage(messageText(error));
        }
    }
    model_->setSegments(std::move(segments));
    if (!keep.isEmpty() && model_->rowOfName(keep) >= 0)
        select(keep);
    else if (model_->rowCount() > 0)
        list_->setCurrentIndex(model_->index(0));
    updateButtons();
    emit segmentsChanged();
    countSizes();
}

void SegmentsDock::countSizes() {
    const std::uint64_t generation = ++sizesRequested_;
    newestSizes_->store(generation);
    const std::shared_ptr<const Customer360> table = controller_->table();
    if (!table || model_->rowCount() == 0) {
        sizesDelivered_ = generation;
        emit sizesUpdated();
        return;
    }
    std::vector<CustomerFilter> filters;
    for (const SavedSegment& s : model_->segments())
        filters.push_back(s.filter);
    pool_.start([this, generation, table, filters = std::move(filters), newest = newestSizes_] {
        std::vector<std::uint64_t> sizes;
        for (const CustomerFilter& filter : filters) {
            if (newest->load() != generation)
                return; // overtaken by a newer list or table
            sizes.push_back(selectRows(*table, filter).size());
        }
        // Queued to the dock's thread; dropped by Qt if the dock is gone.
        QMetaObject::invokeMethod(
            this,
            [this, generation, sizes = std::move(sizes)] {
                if (generation != sizesRequested_)
                    return; // stale
                sizesDelivered_ = generation;
                model_->setSizes(sizes);
                emit sizesUpdated();
            },
            Qt::QueuedConnection);
    });
}

bool SegmentsDock::saveCurrentFilters(const QString& name) {
    if (workspacePath_.isEmpty()) {
        showMessage(tr("Open a workspace first: segments are saved in it."));
        return false;
    }
    Message error;
    if (!saveSegment(workspacePath_.toStdString(), name.toStdString(), controller_->filter(),
                     error)) {
        showMessage(messageText(error));
        return false;
    }
    const QString saved = QString::fromStdString(trimmedSegmentName(name.toStdString()));
    reload();
    select(saved);
    showMessage(tr("Saved the current filters as “%1”.").arg(saved));
    return true;
}

bool SegmentsDock::applySegment(const QString& name) {
    const int row = model_->rowOfName(name);
    if (row < 0) {
        showMessage(tr("There is no saved segment named “%1”.").arg(name));
        return false;
    }
    const SavedSegment& segment = model_->segments()[static_cast<std::size_t>(row)];
    const QString applied = QString::fromStdString(segment.name);
    controller_->setFilter(segment.filter);
    showMessage(tr("Applied “%1”.").arg(applied));
    emit segmentApplied(applied);
    return true;
}

bool SegmentsDock::renameSegment(const QString& name, const QString& newName) {
    Message error;
    if (!c360::renameSegment(workspacePath_.toStdString(), name.toStdString(),
                             newName.toStdString(), error)) {
        showMessage(messageText(error));
        return false;
    }
    const QString renamed = QString::fromStdString(trimmedSegmentName(newName.toStdString()));
    reload();
    select(renamed);
    showMessage(tr("Renamed “%1” to “%2”.").arg(name, renamed));
    return true;
}

bool SegmentsDock::duplicateSegment(const QString& name) {
    Message error;
    std::string copyName;
    if (!c360::duplicateSegment(workspacePath_.toStdString(), name.toStdString(), copyName,
                                error)) {
        showMessage(messageText(error));
        return false;
    }
    reload();
    select(QString::fromStdString(copyName));
    showMessage(tr("Saved a copy as “%1”.").arg(QString::fromStdString(copyName)));
    return true;
}

bool SegmentsDock::deleteSegment(const QString& name) {
    const int row = model_->rowOfName(name);
    Message error;
    if (!c360::deleteSegment(workspacePath_.toStdString(), name.toStdString(), error)) {
        showMessage(messageText(error));
        return false;
    }
    reload();
    // The neighbour takes the deleted one's place, so repeated deletes walk the list.
    if (model_->rowCount() > 0)
        list_->setCurrentIndex(model_->index(std::clamp(row, 0, model_->rowCount() - 1)));
    updateButtons();
    showMessage(tr("Deleted “%1”.").arg(name));
    return true;
}

void SegmentsDock::promptSaveCurrentFilters() {
    if (workspacePath_.isEmpty()) {
        showMessage(tr("Open a workspace first: segments are saved in it."));
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save current filters"), tr("Segment name:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok)
        return;
    const int existing = model_->rowOfName(name);
    if (existing >= 0 &&
        QMessageBox::question(
            this, tr("Replace segment"),
            tr("There is already a segment named “%1”. Replace it with the current filters?")
                .arg(model_->index(existing).data(SavedSegmentsModel::NameRole).toString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    saveCurrentFilters(name);
}

void SegmentsDock::applySelected() {
    const QString name = selectedName();
    if (name.isEmpty()) {
        showMessage(tr("Choose a segment in the list first."));
        return;
    }
    applySegment(name);
}

void SegmentsDock::promptRenameSelected() {
    const QString name = selectedName();
    if (name.isEmpty()) {
        showMessage(tr("Choose a segment in the list first."));
        return;
    }
    bool ok = false;
    const QString newName =
        QInputDialog::getText(this, tr("Rename segment"), tr("New name for “%1”:").arg(name),
                              QLineEdit::Normal, name, &ok);
    if (ok && newName.trimmed() != name)
        renameSegment(name, newName);
    list_->setFocus();
}

void SegmentsDock::duplicateSelected() {
    const QString name = selectedName();
    if (name.isEmpty()) {
        showMessage(tr("Choose a segment in the list first."));
        return;
    }
    duplicateSegment(name);
}

void SegmentsDock::confirmDeleteSelected() {
    const QString name = selectedName();
    if (name.isEmpty()) {
        showMessage(tr("Choose a segment in the list first."));
        return;
    }
    if (QMessageBox::question(this, tr("Delete segment"),
                              tr("Delete the saved segment “%1”? This cannot be undone.").arg(name),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) == QMessageBox::Yes)
        deleteSegment(name);
    list_->setFocus();
}

} // namespace c360::ui

// The "Saved segments" dock: the workspace's saved segments with their sizes, and buttons to
// save the current filters under a name, apply, rename, duplicate and delete. Segments live in
// the workspace file (core/workspace/segment_store); filters come from and go to the shared
// QueryController. Sizes are counted on a worker thread; a generation number drops counts
// that a newer list or table has overtaken.
#pragma once

#include "query_controller.h"
#include "saved_segments_model.h"

#include <QDockWidget>
#include <QThreadPool>

#include <algorithm>

#include <atomic>
#include <memory>

class QLabel;
class QListView;
class QPushButton;

namespace c360::ui {

class SegmentsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit SegmentsDock(QueryController* controller, QWidget* parent = nullptr);
    ~SegmentsDock() override;

    // The workspace whose segments are shown and changed; "" shows none. Reloads the list.
    void setWorkspacePath(const QString& path);
    QString workspacePath() const { return workspacePath_; }

    SavedSegmentsModel* model() const noexcept { return model_; }
    QListView* listView() const noexcept { return list_; }
    // The last error or confirmation, as shown in the dock ("" when none).
    QString message() const;
    // True once the sizes of the current list are in the model.
    bool sizesReady() const noexcept { return sizesDelivered_ == sizesRequested_; }

public slots:
    // The operations without dialogs (the buttons ask for names and confirmation, then call
    // these). Each returns false and shows why in the dock when it cannot be done.
    bool saveCurrentFilters(const QString& name);
    bool applySegment(const QString& name);
    bool renameSegment(const QString& name, const QString& newName);
    bool duplicateSegment(const QString& name);
    bool deleteSegment(const QString& name);
    void reload();

    // The interactive versions, on the selected segment, as the buttons and keys run them.
    void promptSaveCurrentFilters();
    void applySelected();
    void promptRenameSelected();
    void duplicateSelected();
    void confirmDeleteSelected();

signals:
    void segmentApplied(const QString& name);
    void segmentsChanged(); // the list was reloaded
    void sizesUpdated();    // the sizes of the current list are in the model

private:
    QString selectedName() const;
    void select(const QString& name);
    void showMessage(const QString& text);
    void updateButtons();
    void countSizes();

    QueryController* controller_;
    QString workspacePath_;
    SavedSegmentsModel* model_;
    QListView* list_;
    QLabel* message_;
    QPushButton* saveButton_;
    QPushButton* applyButton_;
    QPushButton* renameButton_;
    QPushButton* duplicateButton_;
    QPushButton* deleteButton_;
    std::uint64_t sizesRequested_ = 0;
    std::uint64_t sizesDelivered_ = 0;
    std::shared_ptr<std::atomic<std::uint64_t>> newestSizes_;
    QThreadPool pool_;
};

} // namespace c360::ui

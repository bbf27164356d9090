// The saved segments as a list: one row per segment, reading "High spenders — 1,234 customers"
// (to the eye and to a screen reader). The segments come from the workspace (segment_store);
// their sizes are computed elsewhere, off the UI thread, and handed in when ready.
#pragma once

#include "workspace/segment_store.h"

#include <QAbstractListModel>
#include <QLocale>

#include <cstdint>
#include <optional>
#include <vector>

namespace c360::ui {

class SavedSegmentsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // QString: the segment's name alone
        SizeRole,                    // qulonglong customers matching, or invalid while counted
    };

    explicit SavedSegmentsModel(QObject* parent = nullptr);

    // Replaces the list; sizes become unknown until setSizes().
    void setSegments(std::vector<SavedSegment> segments);
    const std::vector<SavedSegment>& segments() const noexcept { return segments_; }
    // One size per segment, in list order; a list of another length is ignored.
    void setSizes(const std::vector<std::uint64_t>& sizes);
    void setLocale(const QLocale& locale);

    // What the segment keeps, in words: "Value segment: High. Total spend: 500 to 1,000." The
    // rows' tooltip and accessible description.
    QString describe(const CustomerFilter& filter) const;

    // -1 when no segment has that name (ignoring case, as the store compares names).
    int rowOfName(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString label(int row) const;

    std::vector<SavedSegment> segments_;
    std::vector<std::optional<std::uint64_t>> sizes_;
    QLocale locale_;
};

} // namespace c360::ui

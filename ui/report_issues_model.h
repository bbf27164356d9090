// The build report's issues (every table's, in the report's order) as a table: file, line,
// column, kind (rejected row or warning) and reason, for the import dialog and its CSV export.
#pragma once

#include "engine/build_report.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace c360::ui {

class ReportIssuesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FileColumn, LineColumn, SourceColumn, KindColumn, ReasonColumn, ColumnCount };

    explicit ReportIssuesModel(QObject* parent = nullptr);

    void setReport(const BuildReport& report);
    void clear();
    const std::vector<Issue>& issues() const noexcept { return issues_; }
    // All issues the build counted; more than issues().size() when tables had more than the
    // listed maximum.
    std::uint64_t issuesTotal() const noexcept { return issuesTotal_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Issue> issues_;
    std::uint64_t issuesTotal_ = 0;
};

// Writes the issues as CSV (UTF-8, comma, header file,line,column,kind,reason) through a
// temporary file that is renamed into place. False with a sentence in `error`.
bool writeIssuesCsv(const std::vector<Issue>& issues, const QString& path, QString& error);

} // namespace c360::ui

#include "report_issues_model.h"
#include "messages.h"

#include <QFileInfo>
#include <QSaveFile>

namespace c360::ui {

namespace {

QString kindText(Severity severity) {
    return severity == Severity::Rejected ? ReportIssuesModel::tr("Rejected row")
                                          : ReportIssuesModel::tr("Warning");
}

// RFC 4180 quoting: quotes around a value holding the delimiter, a quote or a line break.
QByteArray csvField(const QString& value) {
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

ReportIssuesModel::ReportIssuesModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReportIssuesModel::setReport(const BuildReport& report) {
    beginResetModel();
    issues_.clear();
    issuesTotal_ = 0;
    for (const TableReport& table : report.tables) {
        issues_.insert(issues_.end(), table.issues.begin(), table.issues.end());
        issuesTotal_ += table.issuesTotal;
    }
    endResetModel();
}

void ReportIssuesModel::clear() {
    beginResetModel();
    issues_.clear();
    issuesTotal_ = 0;
    endResetModel();
}

int ReportIssuesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(issues_.size());
}

int ReportIssuesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportIssuesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Issue& issue = issues_[static_cast<std::size_t>(index.row())];
    const QString file = QString::fromStdString(issue.file);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(file).fileName();
        case LineColumn:
            return issue.line ? QString::number(issue.line) : QString();
        case SourceColumn:
            return QString::fromStdString(issue.column);
        case KindColumn:
            return kindText(issue.severity);
        case ReasonColumn:
            return messageText(issue.reason);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return file;
        if (index.column() == ReasonColumn && !issue.raw.empty())
            return tr("%1\nThe row: %2")
                .arg(messageText(issue.reason), QString::fromStdString(issue.raw));
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == SourceColumn && issue.column.empty())
            return tr("no column");
        if (index.column() == LineColumn && issue.line == 0)
            return tr("no line");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ReportIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case SourceColumn:
        return tr("Column");
    case KindColumn:
        return tr("Kind");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

bool writeIssuesCsv(const std::vector<Issue>& issues, const QString& path, QString& error) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        error = ReportIssuesModel::tr("Cannot write %1: %2. Choose a folder you may write to.")
                    .arg(path, out.errorString());
        return false;
    }
    QByteArray text = "file,line,column,kind,reason\n";
    for (const Issue& issue : issues) {
        text += csvField(QString::fromStdString(issue.file)) + ',' +
                QByteArray::number(static_cast<qulonglong>(issue.line)) + ',' +
                csvField(QString::fromStdString(issue.column)) + ',' +
                csvField(QString::fromStdString(std::string(severityName(issue.severity)))) + ',' +
                // As the dialog shows it, in the user's language: the file is for the user.
                csvField(messageText(issue.reason)) + '\n';
    }
    out.write(text);
    if (!out.commit()) {
        error = ReportIssuesModel::tr("Writing %1 failed: %2. Nothing was written.")
                    .arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace c360::ui

// What the import dialog shows of an inspection (see engine/inspection.h): one row per source
// table, the selected table's column mapping, and its first rows as parsed. Three small models
// that copy what they show, so a new inspection can replace the old one at any time.
#pragma once

#include "engine/inspection.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace c360::ui {

// "Comma (,)", "Semicolon (;)", "Tab", ...; the text itself when unknown; empty for none.
QString delimiterDisplayName(const std::string& delimiter);
// "Point (.)" or "Comma (,)".
QString decimalMarkDisplayName(const std::string& mark);

class SourceTablesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TableColumn,
        FilesColumn,
        EncodingColumn,
        DelimiterColumn,
        DecimalMarkColumn,
        RowsColumn,
        RejectedColumn,
        ProblemsColumn,
        ColumnCount
    };

    explicit SourceTablesModel(QObject* parent = nullptr);

    void setInspection(const SourceInspection& inspection);
    void clear();
    const SourceInspection& inspection() const noexcept { return inspection_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString problems(const TableInspection& table, const TableReport* report) const;

    SourceInspection inspection_;
};

// The contract's columns of one table and the source header that feeds each.
class ColumnMappingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ContractColumn, RequiredColumn, HeaderColumn, ColumnCount };

    explicit ColumnMappingModel(QObject* parent = nullptr);
    void setColumns(std::vector<ColumnMatch> columns);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ColumnMatch> columns_;
};

// The first rows of one table, under the file's own headers.
class SampleRowsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit SampleRowsModel(QObject* parent = nullptr);
    void setSample(std::vector<std::string> headers, std::vector<std::vector<std::string>> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<std::string> headers_;
    std::vector<std::vector<std::string>> rows_;
};

} // namespace c360::ui

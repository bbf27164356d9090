// Real exports, imported the way a user would (tables chosen by file or pattern, columns
// mapped, encoding, delimiter and decimal mark detected), checked against numbers computed
// independently: by reading the same files with Qt in the test, by SQL run by SQLite, and by
// another author's published query results.
//
// The data lives in ../shared/data (see its README.md and each folder's SOURCE.txt); it is never
// copied into the repository. Without it every test skips with a message.
//
// One test class, its slots defined in two files: test_realdata.cpp (the Superstore CSV
// exports) and test_realdata_sql.cpp (SQLite databases and the UCI files read as one table).
#pragma once

#include <QObject>

class TestRealData : public QObject {
    Q_OBJECT

private slots:
    // --- Superstore: one export re-saved in five dialects ----------------------------------------

    void shouldImportEachSuperstoreDialect_data();
    void shouldImportEachSuperstoreDialect();
    void shouldAgreeAcrossSuperstoreDialects();
    void shouldRefuseAnExcelWorkbookSavedAsCsv();

    // --- Superstore split into three tables, against another author's results -------------------

    void shouldReproduceThePublishedSuperstoreResults();

    // --- SQLite databases with views named like the contract's tables ----------------------------

    void shouldMatchSqlOverSqliteViews_data();
    void shouldMatchSqlOverSqliteViews();

    // --- 20 daily files read as one table --------------------------------------------------------

    void shouldReadDailyFilesAsOneTable_data();
    void shouldReadDailyFilesAsOneTable();
};

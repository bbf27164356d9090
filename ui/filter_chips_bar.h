// The active filters as a row of chips above the table: one button per part ("Segment: High",
// "Total spend ≥ 1,000", "Search: anna"); activating a chip (click, Space or Enter) removes that
// part from the controller's filter.
#pragma once

#include <QLocale>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace c360::ui {

class QueryController;

class FilterChipsBar : public QWidget {
    Q_OBJECT

public:
    FilterChipsBar(QueryController* controller, const QLocale& locale, QWidget* parent = nullptr);

    // The chips now shown, in order (for tests and for focus handling).
    QList<QPushButton*> chips() const;
    QLabel* emptyLabel() const noexcept { return empty_; }

private:
    void rebuild();
    void removePart(int index);

    QueryController* controller_;
    QLocale locale_;
    QHBoxLayout* row_;
    QLabel* empty_;
    QList<QPushButton*> chips_;
    int focusAfterRebuild_ = -1; // chip to focus once a removal has rebuilt the row
};

} // namespace c360::ui

// Dates, money and reals as the contract reads and writes them (core/values).
//
// One test class, its slots defined by topic in three files: test_values.cpp (the entry point
// and the dates), test_values_money.cpp (money) and test_values_reals.cpp (reals). The slots run
// in the order declared here.
#pragma once

#include "values/date.h"
#include "values/number.h"

#include <QObject>

namespace valuestest {

// Status names, so that a failing QCOMPARE shows the name rather than a number.
inline const char* statusName(c360::DateStatus s) {
    switch (s) {
    case c360::DateStatus::Ok:
        return "Ok";
    case c360::DateStatus::Invalid:
        return "Invalid";
    case c360::DateStatus::Ambiguous:
        return "Ambiguous";
    }
    return "?";
}

inline const char* statusName(c360::NumberStatus s) {
    switch (s) {
    case c360::NumberStatus::Ok:
        return "Ok";
    case c360::NumberStatus::Rounded:
        return "Rounded";
    case c360::NumberStatus::Invalid:
        return "Invalid";
    case c360::NumberStatus::Overflow:
        return "Overflow";
    }
    return "?";
}

} // namespace valuestest

class TestValues : public QObject {
    Q_OBJECT

private slots:
    void shouldParseDates_data();
    void shouldParseDates();
    void shouldKeepBothReadingsOfSlashDates_data();
    void shouldKeepBothReadingsOfSlashDates();
    void shouldParseStrictIsoDates_data();
    void shouldParseStrictIsoDates();
    void shouldRoundTripDayNumbers_data();
    void shouldRoundTripDayNumbers();
    void shouldFormatDates_data();
    void shouldFormatDates();
    void shouldKnowToday();

    void shouldParseMoney_data();
    void shouldParseMoney();
    void shouldAddMoneyExactly();
    void shouldFormatMoney_data();
    void shouldFormatMoney();
    void shouldRoundTripMoney();

    void shouldParseReals_data();
    void shouldParseReals();
    void shouldFormatRealsShortest_data();
    void shouldFormatRealsShortest();
    void shouldRoundTripRandomReals();
    void shouldReadFormattedRealsAsMoney();
};

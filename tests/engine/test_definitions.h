// The contract's definitions, one edge at a time.
//
// Each test writes a few tiny source files into a temporary folder, builds customer_360 with
// the engine and asserts the values (or report entries) the contract
// (/work/shared/spec/customer_360.md) prescribes. Expected values are derived from the
// contract's text, never from the engine's output.
//
// One test class, its slots defined by topic in three files: test_definitions.cpp (the derived
// values), test_definitions_rows.cpp (rows kept, left out, rejected; missing input) and
// test_definitions_formats.cpp (keys, column names, date formats). The slots run in the order
// declared here.
#pragma once

#include <QObject>

class TestDefinitions : public QObject {
    Q_OBJECT

private slots:
    // --- age -------------------------------------------------------------------------------------

    void shouldComputeAgeInCompletedYears_data();
    void shouldComputeAgeInCompletedYears();

    // --- value segment ---------------------------------------------------------------------------

    void shouldSegmentBySpend_data();
    void shouldSegmentBySpend();

    // --- customer status -------------------------------------------------------------------------

    void shouldSetStatusByRecency_data();
    void shouldSetStatusByRecency();

    // --- favourites ------------------------------------------------------------------------------

    void shouldPickFavouritesIndependently_data();
    void shouldPickFavouritesIndependently();
    void shouldAggregatePurchasesWhateverTheLineOrder_data();
    void shouldAggregatePurchasesWhateverTheLineOrder();

    // --- duplicates and the snapshot rule on customers -------------------------------------------

    void shouldKeepTheFirstOfDuplicateCustomers();

    // --- orphans ---------------------------------------------------------------------------------

    void shouldCountOrphansPerTable_data();
    void shouldCountOrphansPerTable();
    void shouldMatchEveryRowOfARunOfTheSameCustomer_data();
    void shouldMatchEveryRowOfARunOfTheSameCustomer();
    void shouldMatchRowsOutOfCustomerOrder_data();
    void shouldMatchRowsOutOfCustomerOrder();

    // --- snapshot rule ---------------------------------------------------------------------------

    void shouldLeaveOutRowsAfterAsOf_data();
    void shouldLeaveOutRowsAfterAsOf();

    // --- money -----------------------------------------------------------------------------------

    void shouldSumMoneyExactly_data();
    void shouldSumMoneyExactly();
    void shouldRoundMoreThanFourDecimalsHalfEven_data();
    void shouldRoundMoreThanFourDecimalsHalfEven();

    // --- registration ----------------------------------------------------------------------------

    void shouldMeasureDaysSinceRegistration_data();
    void shouldMeasureDaysSinceRegistration();

    // --- bad input -------------------------------------------------------------------------------

    void shouldRejectAnAmountThatDoesNotParse_data();
    void shouldRejectAnAmountThatDoesNotParse();
    void shouldRejectAnEmptyKey_data();
    void shouldRejectAnEmptyKey();
    void shouldRejectRaggedRowsOnTheirPhysicalLine_data();
    void shouldRejectRaggedRowsOnTheirPhysicalLine();
    void shouldReportAnUnterminatedQuoteOnTheLineItStarts();
    void shouldFailWhenARequiredColumnIsMissing_data();
    void shouldFailWhenARequiredColumnIsMissing();
    void shouldExplainAMissingCustomerInfo_data();
    void shouldExplainAMissingCustomerInfo();
    void shouldTreatAMissingOptionalTableAsEmpty_data();
    void shouldTreatAMissingOptionalTableAsEmpty();

    // --- keys and column names -------------------------------------------------------------------

    void shouldCompareIdsAsOpaqueTrimmedText_data();
    void shouldCompareIdsAsOpaqueTrimmedText();
    void shouldMatchColumnNamesLoosely_data();
    void shouldMatchColumnNamesLoosely();
    void shouldCountBlankLinesAndKeepPhysicalLineNumbers();

    // --- date formats ----------------------------------------------------------------------------

    void shouldSettleSlashDatesPerColumn_data();
    void shouldSettleSlashDatesPerColumn();
    void shouldFollowTheFileWhenAColumnHasNoEvidence_data();
    void shouldFollowTheFileWhenAColumnHasNoEvidence();
    void shouldReadDayMonthYearWithDots_data();
    void shouldReadDayMonthYearWithDots();
    void shouldTakeTheDatePartOfDateTimes_data();
    void shouldTakeTheDatePartOfDateTimes();
};

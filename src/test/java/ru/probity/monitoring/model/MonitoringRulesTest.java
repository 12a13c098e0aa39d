package ru.probity.monitoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The periods of a form, the lifecycle of a report and when a correction needs its reason. */
class MonitoringRulesTest {

    @Test
    void aPeriodsDaysFollowFromItsKindYearAndNumber() {
        assertThat(PeriodKind.QUARTER.from(2026, 3)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(PeriodKind.QUARTER.to(2026, 3)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(PeriodKind.QUARTER.to(2024, 1)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PeriodKind.HALF_YEAR.from(2026, 2)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(PeriodKind.HALF_YEAR.to(2026, 2)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(PeriodKind.YEAR.to(2026, 1)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(PeriodKind.QUARTER.valid(5)).isFalse();
        assertThat(PeriodKind.HALF_YEAR.valid(3)).isFalse();
        assertThat(PeriodKind.YEAR.valid(1)).isTrue();
        assertThatThrownBy(() -> PeriodKind.QUARTER.from(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLastFinishedPeriodIsTheOneBeforeToday() {
        assertThat(PeriodKind.QUARTER.lastFinished(LocalDate.of(2026, 12, 7))).containsExactly(2026, 3);
        assertThat(PeriodKind.QUARTER.lastFinished(LocalDate.of(2027, 1, 1))).containsExactly(2026, 4);
        assertThat(PeriodKind.HALF_YEAR.lastFinished(LocalDate.of(2026, 3, 1))).containsExactly(2025, 2);
        assertThat(PeriodKind.YEAR.lastFinished(LocalDate.of(2026, 6, 30))).containsExactly(2025, 1);
    }

    @Test
    void aReportIsFilledInUntilSubmittedAndReviewedOnlyThen() {
        assertThat(ReportStatus.ASSIGNED.canMoveTo(ReportStatus.SUBMITTED)).isTrue();
        assertThat(ReportStatus.RETURNED.canMoveTo(ReportStatus.SUBMITTED)).isTrue();
        assertThat(ReportStatus.SUBMITTED.canMoveTo(ReportStatus.ACCEPTED)).isTrue();
        assertThat(ReportStatus.SUBMITTED.canMoveTo(ReportStatus.RETURNED)).isTrue();
        assertThat(ReportStatus.DRAFT.canMoveTo(ReportStatus.ACCEPTED)).isFalse();
        assertThat(ReportStatus.ACCEPTED.canMoveTo(ReportStatus.SUBMITTED)).isFalse();
        assertThat(ReportStatus.ACCEPTED.fillable()).isFalse();
        assertThat(ReportStatus.SUBMITTED.reviewable()).isTrue();
    }

    @Test
    void onlyANumberThatDiffersFromThePreFilledOneIsACorrection() {
        assertThat(ReportValues.corrected(null, BigDecimal.TEN)).isFalse();
        assertThat(ReportValues.corrected(new BigDecimal("7"), new BigDecimal("7.00")))
                .isFalse();
        assertThat(ReportValues.corrected(new BigDecimal("7"), new BigDecimal("9")))
                .isTrue();
        assertThat(ReportValues.corrected(new BigDecimal("7"), null)).isTrue();
        assertThat(ReportValues.present(ValueKind.TEXT, null, null, "  ", null)).isFalse();
        assertThat(ReportValues.present(ValueKind.YES_NO, null, false, null, null))
                .isTrue();
        assertThat(ReportValues.present(ValueKind.FILE, null, null, null, "plan.pdf"))
                .isTrue();
    }
}

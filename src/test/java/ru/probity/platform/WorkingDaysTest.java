package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The production calendar of ТК РФ ст.112 and the Government's moves (docs/legal-rules.md G4). */
class WorkingDaysTest {

    @Test
    void weekendsAreSkipped() {
        // Friday 4 December 2026 + 1 working day = Monday 7 December
        assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 4), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 7), 5)).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void thePublicHolidaysOfArticle112AreDaysOff() {
        // Wednesday 4 November 2026 (День народного единства): Tuesday + 1 = Thursday
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 4))).isFalse();
        assertThat(WorkingDays.plus(LocalDate.of(2026, 11, 3), 1)).isEqualTo(LocalDate.of(2026, 11, 5));
        // Friday 12 June 2026
        assertThat(WorkingDays.plus(LocalDate.of(2026, 6, 11), 1)).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOffButNotInJanuary() {
        // Sunday 8 March 2026 → Monday 9 March off (ст.112 ч.2)
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 3, 9))).isFalse();
        assertThat(WorkingDays.plus(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 10));
        // Saturday 9 May 2026 → Monday 11 May off; Tuesday 12 May works
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 11))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 12))).isTrue();
        // Saturday 1 May 2027 → Monday 3 May off
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
        // the January weekends are moved by the Government's decree only: Saturday 2 January 2027 gives nothing
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 1, 11))).isTrue();
    }

    @Test
    void theGovernmentsMovesOf2026ComeFromTheCalendarFile() {
        // 3 January → Friday 9 January, 4 January → Thursday 31 December
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 1, 9))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        // the New Year: Wednesday 30 December 2026 + 1 working day = Monday 11 January 2027
        assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 1, 11));
        // the January holidays of 2026 end on Sunday 11 January
        assertThat(WorkingDays.plus(LocalDate.of(2026, 1, 1), 1)).isEqualTo(LocalDate.of(2026, 1, 12));
    }
}

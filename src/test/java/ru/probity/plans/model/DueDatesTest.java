package ru.probity.plans.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Test
    void aDateIsItsOwnDueDate() {
        assertThat(DueDates.of(TermKind.DATE, LocalDate.of(2025, 3, 15), FROM, TO))
                .containsExactly(LocalDate.of(2025, 3, 15));
    }

    @Test
    void aPeriodicTermIsDueAtTheEndOfEachQuarterHalfYearYearOrMonthWithinThePeriod() {
        assertThat(DueDates.of(TermKind.QUARTERLY, null, FROM, TO))
                .containsExactly(
                        LocalDate.of(2025, 3, 31),
                        LocalDate.of(2025, 6, 30),
                        LocalDate.of(2025, 9, 30),
                        LocalDate.of(2025, 12, 31));
        assertThat(DueDates.of(TermKind.HALF_YEARLY, null, FROM, TO))
                .containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31));
        assertThat(DueDates.of(TermKind.ANNUALLY, null, FROM, LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31));
        assertThat(DueDates.of(TermKind.MONTHLY, null, FROM, TO)).hasSize(12).contains(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aPeriodStartingWithinAQuarterCountsOnlyTheEndsWithinIt() {
        assertThat(DueDates.of(TermKind.QUARTERLY, null, LocalDate.of(2025, 5, 10), LocalDate.of(2025, 11, 30)))
                .containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30));
    }
}

package ru.probity.agreements.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status of an agreement and of an obligation from their dates. */
class AgreementRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void anAgreementIsTerminatedFromTheDayOfTerminationExpiredAfterItsTermActiveOtherwise() {
        assertThat(AgreementStatus.of(null, null, TODAY)).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(AgreementStatus.of(TODAY, null, TODAY)).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(AgreementStatus.of(TODAY.minusDays(1), null, TODAY)).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(AgreementStatus.of(null, TODAY, TODAY)).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(AgreementStatus.of(null, TODAY.plusDays(1), TODAY)).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(AgreementStatus.of(TODAY.minusDays(5), TODAY.minusDays(10), TODAY))
                .isEqualTo(AgreementStatus.TERMINATED);
    }

    @Test
    void anObligationIsDoneOnceExecutedOverdueAfterItsTerm() {
        assertThat(ObligationStatus.of(TODAY.minusDays(1), null, TODAY)).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(ObligationStatus.of(TODAY, null, TODAY)).isEqualTo(ObligationStatus.IN_PROGRESS);
        assertThat(ObligationStatus.of(null, null, TODAY)).isEqualTo(ObligationStatus.IN_PROGRESS);
        assertThat(ObligationStatus.of(TODAY.minusDays(1), TODAY, TODAY)).isEqualTo(ObligationStatus.DONE);
    }
}

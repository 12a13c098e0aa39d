package ru.probity.declarations.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The terms of filing and the stages of a referral to the commission. */
class TermsTest {

    @Test
    void theTermsOfFilingCorrectionAndPublication() {
        assertThat(Terms.annualDeadline(2024)).isEqualTo(LocalDate.of(2025, 4, 30));
        LocalDate due = LocalDate.of(2025, 4, 30);
        assertThat(Terms.correctionsUntil(due)).isEqualTo(LocalDate.of(2025, 5, 30));
        assertThat(Terms.correctionTaken(due, LocalDate.of(2025, 5, 30))).isTrue();
        assertThat(Terms.correctionTaken(due, LocalDate.of(2025, 5, 31))).isFalse();
        LocalDate today = LocalDate.of(2025, 3, 1);
        assertThat(Terms.reportingYear(1999, today)).isFalse();
        assertThat(Terms.reportingYear(2000, today)).isTrue();
        assertThat(Terms.reportingYear(2025, today)).isTrue();
        assertThat(Terms.reportingYear(2026, today)).isFalse();
        // 30 April 2026 is a Thursday: 14 working days later, skipping 1 May, 9 May (a Saturday) and
        // Monday 11 May that its day off moves to (ТК РФ ст.112), is Friday 22 May
        assertThat(Terms.publicationTerm(2025)).isEqualTo(LocalDate.of(2026, 5, 22));
    }

    @Test
    void aVersionGoesToTheCommissionOnceAndItsDecisionMayComeAgain() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThat(CommissionStage.of(null, null)).isEqualTo(CommissionStage.NOT_SENT);
        assertThat(CommissionStage.of(day, null)).isEqualTo(CommissionStage.SENT);
        assertThat(CommissionStage.of(day, day)).isEqualTo(CommissionStage.DECIDED);
        assertThat(CommissionStage.NOT_SENT.canMoveTo(CommissionStage.SENT)).isTrue();
        assertThat(CommissionStage.NOT_SENT.canMoveTo(CommissionStage.DECIDED)).isFalse();
        assertThat(CommissionStage.SENT.canMoveTo(CommissionStage.SENT)).isFalse();
        assertThat(CommissionStage.SENT.canMoveTo(CommissionStage.DECIDED)).isTrue();
        assertThat(CommissionStage.DECIDED.canMoveTo(CommissionStage.SENT)).isFalse();
        assertThat(CommissionStage.DECIDED.canMoveTo(CommissionStage.DECIDED)).isTrue();
        assertThat(ReminderKind.of(true)).isEqualTo(ReminderKind.OVERDUE);
        assertThat(ReminderKind.of(false).mailKey()).isEqualTo("due");
    }
}

package ru.probity.commission.model;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.commission.model.CaseStatus.DECIDED;
import static ru.probity.commission.model.CaseStatus.PENDING;
import static ru.probity.commission.model.CaseStatus.SCHEDULED;

import org.junit.jupiter.api.Test;

/** A case waits, goes on an agenda and back, and is decided once; a meeting closes once. */
class LifecycleTest {

    @Test
    void aCaseGoesOnAnAgendaAndIsDecidedThereOrWaitsAgain() {
        assertThat(PENDING.canMoveTo(SCHEDULED)).isTrue();
        assertThat(PENDING.canMoveTo(DECIDED)).isFalse();
        assertThat(SCHEDULED.canMoveTo(SCHEDULED)).isFalse();
        assertThat(SCHEDULED.canMoveTo(DECIDED)).isTrue();
        assertThat(SCHEDULED.canMoveTo(PENDING)).isTrue();
        for (CaseStatus next : CaseStatus.values()) {
            assertThat(DECIDED.canMoveTo(next)).isFalse();
        }
        assertThat(PENDING.open()).isTrue();
        assertThat(SCHEDULED.open()).isTrue();
        assertThat(DECIDED.open()).isFalse();
    }

    @Test
    void aMeetingClosesOnce() {
        assertThat(MeetingStatus.PLANNED.canMoveTo(MeetingStatus.CLOSED)).isTrue();
        assertThat(MeetingStatus.CLOSED.canMoveTo(MeetingStatus.CLOSED)).isFalse();
        assertThat(MeetingStatus.CLOSED.canMoveTo(MeetingStatus.PLANNED)).isFalse();
    }
}

package ru.probity.council.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The lifecycle of a council's assignment, its overdue rule and a membership's dates. */
class AssignmentStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theExecutorReportsAndTheSecretaryAcceptsOrReturns() {
        assertThat(AssignmentStatus.OPEN.canMoveTo(AssignmentStatus.REPORTED)).isTrue();
        assertThat(AssignmentStatus.OPEN.canMoveTo(AssignmentStatus.DONE)).isFalse();
        assertThat(AssignmentStatus.REPORTED.canMoveTo(AssignmentStatus.DONE)).isTrue();
        assertThat(AssignmentStatus.REPORTED.canMoveTo(AssignmentStatus.RETURNED))
                .isTrue();
        assertThat(AssignmentStatus.REPORTED.canMoveTo(AssignmentStatus.REPORTED))
                .isFalse();
        assertThat(AssignmentStatus.RETURNED.canMoveTo(AssignmentStatus.REPORTED))
                .isTrue();
        for (AssignmentStatus next : AssignmentStatus.values()) {
            assertThat(AssignmentStatus.DONE.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void overdueIsPastTheTermStillWaitingOnTheExecutor() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(AssignmentStatus.OPEN.overdue(yesterday, TODAY)).isTrue();
        assertThat(AssignmentStatus.RETURNED.overdue(yesterday, TODAY)).isTrue();
        assertThat(AssignmentStatus.OPEN.overdue(TODAY, TODAY))
                .as("the last day itself")
                .isFalse();
        assertThat(AssignmentStatus.REPORTED.overdue(yesterday, TODAY))
                .as("waits on the secretary")
                .isFalse();
        assertThat(AssignmentStatus.DONE.overdue(yesterday, TODAY)).isFalse();
        assertThat(AssignmentStatus.OPEN.overdue(null, TODAY)).isFalse();
    }

    @Test
    void aMembershipRunsFromItsFirstToItsLastDay() {
        Membership open = new Membership(TODAY, null);
        assertThat(open.activeOn(TODAY)).isTrue();
        assertThat(open.activeOn(TODAY.minusDays(1))).isFalse();
        assertThat(open.activeOn(TODAY.plusYears(5))).isTrue();
        Membership ended = new Membership(TODAY.minusYears(1), TODAY.minusDays(1));
        assertThat(ended.activeOn(TODAY.minusDays(1))).isTrue();
        assertThat(ended.activeOn(TODAY)).isFalse();
        assertThat(new Membership(TODAY, TODAY.minusDays(1)).valid()).isFalse();
        assertThat(new Membership(null, null).valid()).isFalse();
        assertThat(new Membership(TODAY, TODAY).valid()).isTrue();
    }

    @Test
    void anAnnouncedMeetingIsHeldOnce() {
        assertThat(MeetingStatus.ANNOUNCED.canMoveTo(MeetingStatus.HELD)).isTrue();
        assertThat(MeetingStatus.HELD.canMoveTo(MeetingStatus.HELD)).isFalse();
        assertThat(Presence.REPLACED.counted()).isTrue();
        assertThat(Presence.ABSENT.counted()).isFalse();
    }
}

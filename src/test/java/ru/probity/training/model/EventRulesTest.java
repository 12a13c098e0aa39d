package ru.probity.training.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventRulesTest {

    @Test
    void anEnrolmentIsCancelledAndMayBeEnrolledAgainButNotTwiceTheSame() {
        assertThat(EnrolmentStatus.ENROLLED.canMoveTo(EnrolmentStatus.CANCELLED))
                .isTrue();
        assertThat(EnrolmentStatus.CANCELLED.canMoveTo(EnrolmentStatus.ENROLLED))
                .isTrue();
        assertThat(EnrolmentStatus.ENROLLED.canMoveTo(EnrolmentStatus.ENROLLED)).isFalse();
        assertThat(EnrolmentStatus.CANCELLED.canMoveTo(EnrolmentStatus.CANCELLED))
                .isFalse();
    }

    @Test
    void onlyTheOnboardingJobNeitherLetsItsParticipantsWithdrawNorEnrolsTheCancelledAgain() {
        assertThat(EnrolmentSource.SELF.withdrawableBySelf()).isTrue();
        assertThat(EnrolmentSource.OFFICER.withdrawableBySelf()).isTrue();
        assertThat(EnrolmentSource.ONBOARDING.withdrawableBySelf()).isFalse();
        assertThat(EnrolmentSource.OFFICER.reenrolsCancelled()).isTrue();
        assertThat(EnrolmentSource.ONBOARDING.reenrolsCancelled()).isFalse();
    }

    @Test
    void seatsAreCountedWithinTheCapacityAndItNeverGoesBelowThoseEnrolled() {
        Seats unlimited = new Seats(null, 40);
        assertThat(unlimited.left()).isNull();
        assertThat(unlimited.room()).isNull();
        assertThat(unlimited.hasRoom()).isTrue();
        assertThat(unlimited.full()).isFalse();
        assertThat(unlimited.canResizeTo(40)).isTrue();
        assertThat(unlimited.canResizeTo(39)).isFalse();

        Seats three = new Seats(3, 2);
        assertThat(three.left()).isEqualTo(1);
        assertThat(three.room()).isEqualTo(1);
        assertThat(three.hasRoom()).isTrue();
        Seats full = new Seats(3, 3);
        assertThat(full.full()).isTrue();
        assertThat(full.hasRoom()).isFalse();
        assertThat(full.left()).isZero();
        assertThat(full.canResizeTo(null)).isTrue();
        assertThat(full.canResizeTo(2)).isFalse();
    }

    @Test
    void attendanceIsAllSomeOrNoneOfTheSessions() {
        assertThat(Attendance.of(2, 2)).isEqualTo(Attendance.ALL);
        assertThat(Attendance.of(2, 1)).isEqualTo(Attendance.PARTIAL);
        assertThat(Attendance.of(2, 0)).isEqualTo(Attendance.NONE);
        assertThat(Attendance.of(0, 0)).isEqualTo(Attendance.NONE);
    }

    @Test
    void postsAreTheWordsBetweenCommasSemicolonsAndLines() {
        assertThat(Posts.words(" начальник, специалист;\nводитель ,, "))
                .containsExactly("начальник", "специалист", "водитель");
        assertThat(Posts.words(null)).isEmpty();
    }

    @Test
    void anExamineePassedFailedIsTakingTheTestOrHasNotStarted() {
        assertThat(ExamineeStatus.of(true, true, 1)).isEqualTo(ExamineeStatus.PASSED);
        assertThat(ExamineeStatus.of(false, true, 2)).isEqualTo(ExamineeStatus.FAILED);
        assertThat(ExamineeStatus.of(false, false, 1)).isEqualTo(ExamineeStatus.IN_PROGRESS);
        assertThat(ExamineeStatus.of(false, false, 0).messageKey()).isEqualTo("training.analysis.notStarted");
    }
}

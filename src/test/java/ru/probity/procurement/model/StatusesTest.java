package ru.probity.procurement.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lifecycles of findings and of register files, as the workflows ask them. */
class StatusesTest {

    @Test
    void aFindingIsTakenUnderReviewThenDecidedAndADecisionOnlyReopened() {
        assertThat(FindingStatus.NEW.next()).containsExactly(FindingStatus.UNDER_REVIEW);
        assertThat(FindingStatus.UNDER_REVIEW.next()).containsExactly(FindingStatus.CONFIRMED, FindingStatus.DISMISSED);
        assertThat(FindingStatus.CONFIRMED.canMoveTo(FindingStatus.UNDER_REVIEW))
                .isTrue();
        assertThat(FindingStatus.DISMISSED.canMoveTo(FindingStatus.CONFIRMED)).isFalse();
        assertThat(FindingStatus.STALE.canMoveTo(FindingStatus.UNDER_REVIEW)).isTrue();
        assertThat(FindingStatus.NEW.canMoveTo(FindingStatus.CONFIRMED)).isFalse();
        assertThat(FindingStatus.GONE.next()).isEmpty();
        assertThat(FindingStatus.parse("CONFIRMED").decision()).isTrue();
        assertThat(FindingStatus.parse("nonsense")).isNull();
        assertThat(FindingStatus.values())
                .filteredOn(FindingStatus::open)
                .containsExactly(FindingStatus.NEW, FindingStatus.UNDER_REVIEW);
    }

    @Test
    void onlyAPendingRegisterFileIsDecidedOnAndOnce() {
        assertThat(RegisterFileStatus.PENDING.canMoveTo(RegisterFileStatus.ACCEPTED))
                .isTrue();
        assertThat(RegisterFileStatus.PENDING.canMoveTo(RegisterFileStatus.REJECTED))
                .isTrue();
        assertThat(RegisterFileStatus.ACCEPTED.canMoveTo(RegisterFileStatus.REJECTED))
                .isFalse();
        assertThat(RegisterFileStatus.REGION.canMoveTo(RegisterFileStatus.ACCEPTED))
                .isFalse();
        assertThat(RegisterFileStatus.ACCEPTED.extracts()).isEqualTo(ExtractStatus.REGION);
        assertThat(RegisterFileStatus.REJECTED.extracts()).isEqualTo(ExtractStatus.REJECTED);
    }
}

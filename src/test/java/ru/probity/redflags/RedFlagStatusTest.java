package ru.probity.redflags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The review of a red flag: dismissed at once or sent to review, decided, reopened; never a gone one. */
class RedFlagStatusTest {

    @Test
    void theWorkflowsMoves() {
        assertThat(RedFlagStatus.NEW.next())
                .containsExactlyInAnyOrder(RedFlagStatus.UNDER_REVIEW, RedFlagStatus.DISMISSED);
        assertThat(RedFlagStatus.UNDER_REVIEW.next())
                .containsExactlyInAnyOrder(RedFlagStatus.CONFIRMED, RedFlagStatus.DISMISSED);
        assertThat(RedFlagStatus.CONFIRMED.canMoveTo(RedFlagStatus.UNDER_REVIEW))
                .isTrue();
        assertThat(RedFlagStatus.DISMISSED.canMoveTo(RedFlagStatus.CONFIRMED)).isFalse();
        assertThat(RedFlagStatus.GONE.next()).isEmpty();
        assertThat(RedFlagStatus.NEW.canMoveTo(RedFlagStatus.CONFIRMED)).isFalse();
        assertThat(RedFlagStatus.parse("DELETED")).isNull();
        assertThat(RedFlagStatus.parse(null)).isNull();
    }

    @Test
    void numbersAreWrittenTheRussianWay() {
        assertThat(RedFlagRows.Row.number(1)).isEqualTo("1");
        assertThat(RedFlagRows.Row.number(1_250_000)).isEqualTo("1 250 000");
        assertThat(RedFlagRows.Row.number(0.3)).isEqualTo("0,30");
    }
}

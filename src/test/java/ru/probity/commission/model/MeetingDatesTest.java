package ru.probity.commission.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingDatesTest {

    @Test
    void aMeetingOfTheTenthIsNotHeldOnTheSeventh() {
        LocalDate heldOn = LocalDate.of(2026, 12, 10);
        assertThat(MeetingDates.held(heldOn, LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(MeetingDates.held(heldOn, heldOn)).isTrue();
        assertThat(MeetingDates.held(heldOn, LocalDate.of(2026, 12, 11))).isTrue();
    }
}

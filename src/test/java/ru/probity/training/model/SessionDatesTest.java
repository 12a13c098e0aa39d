package ru.probity.training.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionDatesTest {

    private static final Instant START = Instant.parse("2026-12-10T07:00:00Z");

    @Test
    void attendanceIsMarkedFromTheSessionsStartOn() {
        assertThat(SessionDates.attendanceOpen(START, START.minusSeconds(60))).isFalse();
        assertThat(SessionDates.attendanceOpen(START, START)).isTrue();
        assertThat(SessionDates.attendanceOpen(START, START.plusSeconds(3600))).isTrue();
    }

    @Test
    void aCertificateWaitsForTheLastSession() {
        List<Instant> starts = List.of(START, START.plusSeconds(7 * 86400));
        assertThat(SessionDates.certificateOpen(starts, START.plusSeconds(86400)))
                .isFalse();
        assertThat(SessionDates.certificateOpen(starts, START.plusSeconds(7 * 86400)))
                .isTrue();
        assertThat(SessionDates.certificateOpen(List.of(), START)).isFalse();
    }
}

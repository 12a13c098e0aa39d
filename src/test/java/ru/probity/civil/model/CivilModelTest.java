package ru.probity.civil.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the civil area without Spring: the discussion's stage, the ЕГРЮЛ outcome, the month grid, iCalendar. */
class CivilModelTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void theStageFollowsTheTimesAndTheSeats() {
        Instant later = NOW.plusSeconds(86_400);
        Instant muchLater = NOW.plusSeconds(2 * 86_400);
        assertThat(DiscussionStage.of(false, later, muchLater, 5, 0, false, NOW))
                .isEqualTo(DiscussionStage.DRAFT);
        assertThat(DiscussionStage.of(true, later, muchLater, 5, 4, false, NOW)).isEqualTo(DiscussionStage.OPEN);
        assertThat(DiscussionStage.of(true, later, muchLater, null, 400, false, NOW))
                .isEqualTo(DiscussionStage.OPEN);
        assertThat(DiscussionStage.of(true, later, muchLater, 5, 5, false, NOW)).isEqualTo(DiscussionStage.FULL);
        assertThat(DiscussionStage.of(true, NOW, muchLater, 5, 0, false, NOW)).isEqualTo(DiscussionStage.CLOSED);
        assertThat(DiscussionStage.of(true, NOW.minusSeconds(60), NOW, 5, 0, false, NOW))
                .isEqualTo(DiscussionStage.HELD);
        assertThat(DiscussionStage.of(true, NOW.minusSeconds(60), NOW, 5, 0, true, NOW))
                .isEqualTo(DiscussionStage.RESULTS);
        assertThat(DiscussionStage.FULL.registrationOpen()).isFalse();
        assertThat(DiscussionStage.FULL.questionsOpen()).isTrue();
        assertThat(DiscussionStage.HELD.questionsOpen()).isFalse();
    }

    @Test
    void theEgrulOutcome() {
        assertThat(EgrulStatus.of(false, false, null)).isEqualTo(EgrulStatus.NOT_LOADED);
        assertThat(EgrulStatus.of(true, false, null)).isEqualTo(EgrulStatus.NOT_FOUND);
        assertThat(EgrulStatus.of(true, true, null)).isEqualTo(EgrulStatus.VERIFIED);
        assertThat(EgrulStatus.of(true, true, LocalDate.of(2020, 1, 1))).isEqualTo(EgrulStatus.TERMINATED);
        assertThat(EgrulStatus.NOT_FOUND.warning()).isTrue();
        assertThat(EgrulStatus.NOT_LOADED.warning()).isFalse();
    }

    @Test
    void theMonthGridRunsFromMondayToSunday() {
        MonthGrid<String> grid = MonthGrid.of(YearMonth.of(2026, 12), Map.of(LocalDate.of(2026, 12, 19), List.of("x")));
        assertThat(grid.weeks()).hasSize(5).allSatisfy(week -> assertThat(week).hasSize(7));
        assertThat(grid.weeks().getFirst().getFirst().date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(grid.weeks().getFirst().getFirst().inMonth()).isFalse();
        assertThat(grid.weeks().getLast().getLast().date()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(grid.weeks().get(2).get(5).events()).containsExactly("x");
        assertThat(grid.previous()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void theICalendarIsEscapedAndFolded() {
        String ics = ICalendar.write(
                "Календарь",
                List.of(
                        new ICalendar.Event(
                                "a-1",
                                NOW,
                                null,
                                "Обсуждение; бюджет, план",
                                "Строка\nвторая",
                                "Калуга",
                                "https://example.org/public/1/discussions/1"),
                        new ICalendar.Event(
                                "b-2",
                                null,
                                LocalDate.of(2026, 12, 24),
                                "Круглый стол " + "о".repeat(80),
                                null,
                                null,
                                null)),
                NOW);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics)
                .contains("DTSTART:20261207T120000Z", "DTEND:20261207T133000Z", "SUMMARY:Обсуждение\\; бюджет\\, план");
        assertThat(ics)
                .contains("DESCRIPTION:Строка\\nвторая", "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261225");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Круглый стол " + "о".repeat(80));
    }
}

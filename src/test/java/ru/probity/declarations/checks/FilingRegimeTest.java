package ru.probity.declarations.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.probity.declarations.checks.FilingRegime.Change;
import ru.probity.declarations.checks.FilingRegime.Mode;
import ru.probity.declarations.checks.FilingRegime.Trigger;

class FilingRegimeTest {

    private final FilingRegime federal = FilingRegime.federal();

    @Test
    void municipalServantsAndInstitutionHeadsFileOnEventsFromTheReportingYear2026() {
        for (String category : List.of("MUNICIPAL_SERVANT", "INSTITUTION_HEAD")) {
            assertThat(federal.filesAnnually(category, 2024)).isTrue();
            assertThat(federal.filesAnnually(category, 2025)).isTrue();
            assertThat(federal.filesAnnually(category, 2026)).isFalse();
            assertThat(federal.filesAnnually(category, 2027)).isFalse();
            assertThat(federal.modeOn(category, LocalDate.of(2025, 12, 31))).isEqualTo(Mode.ANNUAL);
            assertThat(federal.modeOn(category, LocalDate.of(2026, 1, 1))).isEqualTo(Mode.EVENTS);
        }
    }

    @Test
    void theOtherCategoriesAndAnUnstatedOneStillFileAnnually() {
        for (String category :
                new String[] {"MUNICIPAL_POST", "REGIONAL_CIVIL_SERVANT", "REGIONAL_POST", "OTHER", null}) {
            assertThat(federal.filesAnnually(category, 2026)).as(category).isTrue();
            assertThat(federal.filesAnnually(category, 2030)).as(category).isTrue();
        }
        assertThat(federal.eventOnly(2025)).isEmpty();
        assertThat(federal.eventOnly(2026)).containsExactly("INSTITUTION_HEAD", "MUNICIPAL_SERVANT");
    }

    @Test
    void aDealObligesOnlyUnderTheEventRegimeTheOtherEventsAlways() {
        LocalDate before = LocalDate.of(2025, 6, 1);
        LocalDate after = LocalDate.of(2026, 6, 1);
        assertThat(federal.obligingEvents("MUNICIPAL_SERVANT", after))
                .containsExactlyInAnyOrder(
                        Trigger.ENTRY, Trigger.APPOINTMENT, Trigger.TRANSFER, Trigger.RESERVE, Trigger.DEAL);
        assertThat(federal.obligingEvents("MUNICIPAL_SERVANT", before)).doesNotContain(Trigger.DEAL);
        assertThat(federal.obligingEvents("REGIONAL_CIVIL_SERVANT", after))
                .containsExactlyInAnyOrder(Trigger.ENTRY, Trigger.APPOINTMENT, Trigger.TRANSFER, Trigger.RESERVE);
    }

    @Test
    void aDealIsDueOnThirtyAprilOfTheNextYear() {
        assertThat(FilingRegime.dealDeadline(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(FilingRegime.dealDeadline(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void aRegionMovesACategoryByItsOwnDatesAndBackAgain() {
        var regional = new FilingRegime(Map.of(
                "MUNICIPAL_POST",
                List.of(
                        new Change(LocalDate.of(2028, 1, 1), Mode.ANNUAL),
                        new Change(LocalDate.of(2025, 12, 31), Mode.EVENTS))));
        assertThat(regional.filesAnnually("MUNICIPAL_POST", 2024)).isTrue();
        assertThat(regional.filesAnnually("MUNICIPAL_POST", 2025)).isFalse();
        assertThat(regional.filesAnnually("MUNICIPAL_POST", 2027)).isFalse();
        assertThat(regional.filesAnnually("MUNICIPAL_POST", 2028)).isTrue();
        // not listed: annual, whatever the federal model says
        assertThat(regional.filesAnnually("MUNICIPAL_SERVANT", 2026)).isTrue();
    }
}

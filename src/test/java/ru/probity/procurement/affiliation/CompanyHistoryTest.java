package ru.probity.procurement.affiliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;

class CompanyHistoryTest {

    private static Company extract(LocalDate date, PersonLink director) {
        return new Company(
                "4027000017",
                null,
                null,
                "ООО «РОМАШКА»",
                null,
                null,
                null,
                null,
                null,
                null,
                date,
                List.of(director),
                List.of());
    }

    private static PersonLink director(String inn, String lastName) {
        return new PersonLink(
                inn,
                new PersonName(lastName, "ИВАН", "ИВАНОВИЧ"),
                CompanyRole.DIRECTOR,
                "ДИРЕКТОР",
                null,
                LocalDate.of(2015, 1, 1),
                null);
    }

    @Test
    void aDirectorMissingFromTheNewerExtractBecomesATieEndedOnItsDate() {
        var older = extract(LocalDate.of(2024, 3, 1), director("402700000001", "ПЕТРОВ"));
        var newer = extract(LocalDate.of(2025, 6, 1), director("402700000002", "СИДОРОВ"));

        Company merged = CompanyHistory.current(List.of(newer, older));

        assertThat(merged.extractDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(merged.people())
                .extracting(PersonLink::inn, PersonLink::until)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("402700000002", null),
                        org.assertj.core.groups.Tuple.tuple("402700000001", LocalDate.of(2025, 6, 1)));
    }

    @Test
    void aDirectorInBothExtractsStaysCurrent() {
        var same = director("402700000001", "ПЕТРОВ");
        Company merged = CompanyHistory.current(
                List.of(extract(LocalDate.of(2024, 3, 1), same), extract(LocalDate.of(2025, 6, 1), same)));
        assertThat(merged.people())
                .singleElement()
                .extracting(PersonLink::until)
                .isNull();
    }
}

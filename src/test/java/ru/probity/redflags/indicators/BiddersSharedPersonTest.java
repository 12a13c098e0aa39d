package ru.probity.redflags.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.redflags.indicators.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Procedure;

class BiddersSharedPersonTest {

    private static final PersonName IVANOV = new PersonName("ИВАНОВ", "ИВАН", "ИВАНОВИЧ");

    @Test
    void firesWhenTheWinnersDirectorFoundedTheOtherBidder() {
        Dataset data = purchase(
                company(
                        "4027111111",
                        new PersonLink("402700000001", IVANOV, CompanyRole.DIRECTOR, "ДИРЕКТОР", null, null, null)),
                company(
                        "4027222222",
                        new PersonLink("402700000001", IVANOV, CompanyRole.FOUNDER, null, null, null, null)));

        assertThat(run(new BiddersSharedPerson(), data)).singleElement().satisfies(flag -> {
            assertThat(flag.value()).isEqualTo(1);
            assertThat(flag.explanation())
                    .contains("ИВАНОВ ИВАН ИВАНОВИЧ (ИНН 402700000001)", "руководитель / учредитель", "ИНН 4027222222");
            assertThat(flag.documents()).contains("egrul:4027111111", "egrul:4027222222");
        });
    }

    @Test
    void firesByNameWhenARegisterGivesNoInn() {
        Dataset data = purchase(
                company("4027111111", new PersonLink(null, IVANOV, CompanyRole.DIRECTOR, "ДИРЕКТОР", null, null, null)),
                company(
                        "4027222222",
                        new PersonLink(
                                "402700000001",
                                new PersonName("Иванов", "Иван", "Иванович"),
                                CompanyRole.DIRECTOR,
                                "ДИРЕКТОР",
                                null,
                                null,
                                null)));

        assertThat(run(new BiddersSharedPerson(), data)).hasSize(1);
    }

    @Test
    void silentOnNamesakesWithDifferentInnsAndOnADirectorWhoLeft() {
        Dataset namesakes = purchase(
                company(
                        "4027111111",
                        new PersonLink("402700000001", IVANOV, CompanyRole.DIRECTOR, "ДИРЕКТОР", null, null, null)),
                company(
                        "4027222222",
                        new PersonLink("402700000002", IVANOV, CompanyRole.DIRECTOR, "ДИРЕКТОР", null, null, null)));
        Dataset left = purchase(
                company(
                        "4027111111",
                        new PersonLink("402700000001", IVANOV, CompanyRole.DIRECTOR, "ДИРЕКТОР", null, null, null)),
                company(
                        "4027222222",
                        new PersonLink(
                                "402700000001",
                                IVANOV,
                                CompanyRole.DIRECTOR,
                                "ДИРЕКТОР",
                                null,
                                null,
                                LocalDate.of(2020, 1, 1))));

        assertThat(run(new BiddersSharedPerson(), namesakes)).isEmpty();
        assertThat(run(new BiddersSharedPerson(), left)).isEmpty();
    }

    private static Dataset purchase(Company winner, Company other) {
        return Dataset.builder()
                .notice(notice("P1", Procedure.ELECTRONIC_AUCTION, "1000000"))
                .protocol(protocol(
                        "P1",
                        bid("1", winner.inn(), "900000", true, true),
                        bid("2", other.inn(), "950000", true, false)))
                .contract(contract("C1", "P1", winner.inn(), "900000"))
                .company(winner)
                .company(other)
                .build();
    }

    private static Company company(String inn, PersonLink person) {
        return new Company(
                inn,
                null,
                null,
                "ООО " + inn,
                null,
                null,
                null,
                null,
                LocalDate.of(2015, 1, 1),
                null,
                LocalDate.of(2024, 1, 1),
                List.of(person),
                List.of());
    }
}

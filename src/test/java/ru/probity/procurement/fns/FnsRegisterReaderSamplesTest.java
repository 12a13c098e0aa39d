package ru.probity.procurement.fns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;

/** The two real FNS open-data samples are read field by field. */
class FnsRegisterReaderSamplesTest {

    private final List<Company> companies = new ArrayList<>();
    private final List<Entrepreneur> entrepreneurs = new ArrayList<>();

    private ReadSummary read(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fns/" + resource)) {
            return FnsRegisterReader.read(in, resource, companies::add, entrepreneurs::add);
        }
    }

    @Test
    void readsTheEgrulSampleExactly() throws Exception {
        ReadSummary summary = read("egrul-open-data-4.05-one-company.xml");

        assertThat(summary.companies()).isEqualTo(1);
        assertThat(summary.entrepreneurs()).isZero();
        assertThat(summary.persons()).isEqualTo(2);
        assertThat(summary.legalFounders()).isZero();
        assertThat(summary.skippedFounders()).isZero();
        assertThat(summary.bytes()).isEqualTo(10346);
        assertThat(entrepreneurs).isEmpty();

        PersonName olga = new PersonName("РАСТОРГУЕВА", "ОЛЬГА", "АЛЕКСАНДРОВНА");
        LocalDate created = LocalDate.of(2014, 7, 30);
        assertThat(companies)
                .containsExactly(new Company(
                        "7810468350",
                        "184101001",
                        "1147847267039",
                        "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"АПТРЕЙД\"",
                        "ООО \"АПТРЕЙД\"",
                        "426063, УДМУРТСКАЯ РЕСПУБЛИКА, ГОРОД ИЖЕВСК, УЛИЦА ОРДЖОНИКИДЗЕ, ДОМ 31, КВАРТИРА 5",
                        null,
                        null,
                        created,
                        null,
                        LocalDate.of(2018, 1, 11),
                        List.of(
                                new PersonLink(
                                        "592004603004",
                                        olga,
                                        CompanyRole.DIRECTOR,
                                        "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР",
                                        null,
                                        created,
                                        null),
                                new PersonLink(
                                        "592004603004",
                                        olga,
                                        CompanyRole.FOUNDER,
                                        null,
                                        new BigDecimal("100"),
                                        created,
                                        null)),
                        List.of()));
        assertThat(companies.getFirst().displayName()).isEqualTo("ООО \"АПТРЕЙД\"");
    }

    @Test
    void readsTheEgripSampleExactly() throws Exception {
        ReadSummary summary = read("egrip-open-data-4.04-one-entrepreneur.xml");

        assertThat(summary.entrepreneurs()).isEqualTo(1);
        assertThat(summary.companies()).isZero();
        assertThat(summary.persons()).isZero();
        assertThat(summary.bytes()).isEqualTo(10407);
        assertThat(companies).isEmpty();
        assertThat(entrepreneurs)
                .containsExactly(new Entrepreneur(
                        "781435122782",
                        "308784733200657",
                        new PersonName("ШАДЕКО", "ВИКТОРИЯ", "ВИКТОРОВНА"),
                        null,
                        "Город Санкт-Петербург",
                        LocalDate.of(2008, 11, 27),
                        null,
                        LocalDate.of(2018, 1, 19)));
    }
}

package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.Uploads;

/**
 * Hole 13 of issue 14, the registers' part: reading a company card (the personal INNs of its
 * directors and founders) left no trace in the access log, and a registers CSV of a company already
 * known from an ЕГРЮЛ XML failed with a NullPointerException shown to the user.
 */
@Tag("security")
class Hole13RegisterCardAndCsvTest extends SecurityTest {

    private int cardReads(String username, String inn) {
        return jdbc.sql("select count(*) from access_log where username = ? and action = 'READ'"
                        + " and subject_type = 'REGISTER_COMPANY' and subject_id = ?")
                .params(username, Long.parseLong(inn))
                .query(Integer.class)
                .single();
    }

    @Test
    void readingACompanyCardIsWrittenToTheAccessLog() throws Exception {
        String inn = jdbc.sql("select inn from register_company where is_current and person_inns <> '{}' limit 1")
                .query(String.class)
                .single();
        int before = cardReads("kaluga.officer", inn);

        mvc.perform(get("/registers/companies/" + inn).with(as("kaluga.officer")))
                .andExpect(status().isOk());

        assertThat(cardReads("kaluga.officer", inn)).isEqualTo(before + 1);
        assertThat(jdbc.sql("select organization_id from access_log where username = 'kaluga.officer'"
                                + " and subject_type = 'REGISTER_COMPANY' order by id desc limit 1")
                        .query(Long.class)
                        .single())
                .isEqualTo(organizationId(KALUGA));
    }

    @Test
    void aRegistersCsvOfACompanyKnownFromXmlIsImportedAndBecomesCurrent() throws Exception {
        String inn = Identifiers.completeOrganizationInn("402766601");
        String xml;
        try (var in = getClass().getResourceAsStream("/fns/egrul-open-data-4.05-one-company.xml")) {
            xml = new String(in.readAllBytes(), Charset.forName("windows-1251")).replace("7810468350", inn);
        }
        assertThat(Uploads.upload(
                        mvc,
                        "/registers/import",
                        as("region.admin"),
                        new MockMultipartFile(
                                "files",
                                "known.xml",
                                "application/xml",
                                xml.getBytes(Charset.forName("windows-1251")))))
                .contains("компаний 1");
        String csv = "kind;inn;ogrn;name;address;email;person_inn;last_name;first_name;middle_name;role;share_percent;"
                + "founder_inn;founder_name\n"
                + "company;" + inn + ";;\"ООО \"\"АПТРЕЙД\"\"\";г. Калуга;;;ПЕТРОВА;ОЛЬГА;;director;;;\n";

        String page = Uploads.upload(
                mvc,
                "/registers/import",
                as("region.admin"),
                new MockMultipartFile("files", "known.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(page).contains("компаний 1").contains("новых выписок 1").doesNotContain("Exception");
        // a CSV states the company as of the day it is loaded
        assertThat(jdbc.sql("select extract_date from register_company where inn = ? and is_current")
                        .param(inn)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.now());
    }
}

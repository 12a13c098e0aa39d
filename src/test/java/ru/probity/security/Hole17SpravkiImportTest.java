package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.declarations.SpravkiFixture;

/**
 * Hole 17 (issue 17, item 2): the import of «Справки БК» packages files a declaration for whoever
 * the package names. An officer matches packages only among the employees of his own subtree —
 * a package of an employee of another municipality is reported as not matched and nothing is
 * written, and the other municipality's campaign is closed to him; an employee imports only his own
 * package; the upload needs the CSRF token.
 */
@Tag("security")
class Hole17SpravkiImportTest extends SecurityTest {

    private static final String SAMPLE = "family-three.xsb";

    private int declarations() {
        return jdbc.sql("select count(*) from declaration").query(Integer.class).single();
    }

    private static MockMultipartFile sample() {
        return new MockMultipartFile("files", SAMPLE, "application/octet-stream", SpravkiFixture.sample(SAMPLE));
    }

    /** The campaign of the organization for the year, opened when there is none. */
    private long campaignOf(long organization, int year) {
        jdbc.sql("""
                insert into declaration_campaign (organization_id, year, deadline, opened_by)
                values (?, ?, ?, 'test') on conflict (organization_id, year) do nothing""").params(organization, year, LocalDate.of(year + 1, 4, 30)).update();
        return jdbc.sql("select id from declaration_campaign where organization_id = ? and year = ?")
                .params(organization, year)
                .query(Long.class)
                .single();
    }

    @Test
    void anOfficerOfAnotherMunicipalityCannotImportAPackageOfAnEmployeeOutsideHisSubtree() throws Exception {
        SpravkiFixture.Place p = SpravkiFixture.place(jdbc, organizationId(OBNINSK), SAMPLE, true);
        long kalugaCampaign = campaignOf(organizationId(KALUGA), p.year());
        int before = declarations();

        String page = SpravkiFixture.upload(mvc, as("kaluga.officer"), kalugaCampaign, sample());

        assertThat(page).contains("data-outcome=\"unmatched\"").doesNotContain("data-outcome=\"imported\"");
        assertThat(declarations()).isEqualTo(before);
        // his batch's page is his own: Obninsk's officer is refused it
        long batch =
                jdbc.sql("select max(id) from spravki_batch").query(Long.class).single();
        mvc.perform(get("/declarations/spravki/batches/" + batch).with(as("kaluga.officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/declarations/spravki/batches/" + batch).with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/declarations/spravki/batches/" + batch + "/progress").with(as("obninsk.officer")))
                .andExpect(status().isForbidden());

        // Obninsk's campaign itself is closed to him
        mvc.perform(multipart("/declarations/campaigns/" + p.campaign() + "/spravki")
                        .file(sample())
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(declarations()).isEqualTo(before);

        // and so is the form's page of an Obninsk obligation
        mvc.perform(multipart("/declarations/obligations/" + p.obligation() + "/spravki")
                        .file(sample())
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(declarations()).isEqualTo(before);
    }

    @Test
    void anEmployeeCannotImportSomeoneElsesPackage() throws Exception {
        SpravkiFixture.Place p = SpravkiFixture.place(jdbc, organizationId(OBNINSK), SAMPLE, true);
        int before = declarations();

        String page = mvc.perform(multipart("/declarations/spravki")
                        .file(sample())
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("data-outcome=\"refused\"").contains("Пакет подан не на вас");
        assertThat(declarations()).isEqualTo(before);

        // the declarant himself imports it
        String login = "spravki.own" + System.nanoTime();
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                values (?, 'not-used', 'Тестовый пользователь', 'EMPLOYEE', ?, ?, 'test')""").params(login, p.organization(), p.employee()).update();
        String own = mvc.perform(multipart("/declarations/spravki")
                        .file(sample())
                        .with(as(login))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains("data-outcome=\"imported\"");
        assertThat(declarations()).isEqualTo(before + 1);
    }

    @Test
    void theUploadNeedsTheCsrfToken() throws Exception {
        int before = declarations();
        mvc.perform(multipart("/declarations/spravki").file(sample()).with(as("ugh.employee")))
                .andExpect(status().isForbidden());
        assertThat(declarations()).isEqualTo(before);
    }

    @Test
    void anOfficerCannotImportThePackageOfHisRelative() throws Exception {
        SpravkiFixture.Place p = SpravkiFixture.place(jdbc, organizationId(OBNINSK), SAMPLE, true);
        // an officer of Obninsk whose brother (by the registry: the same СНИЛС) is the package's declarant
        long officerEmployee =
                jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, created_by, updated_by)
                values (?, 'Родственников', 'Олег', 'Специалист по кадрам', 'test', 'test') returning id""").param(p.organization()).query(Long.class).single();
        jdbc.sql("""
                insert into relative (employee_id, relation, last_name, first_name, middle_name, snils, created_by, updated_by)
                select ?, 'SIBLING', last_name, first_name, middle_name, snils, 'test', 'test' from employee where id = ?""").params(officerEmployee, p.employee()).update();
        String login = "spravki.kin" + System.nanoTime();
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                select ?, password_hash, 'Проверка Интереса', role, organization_id, ?, 'test'
                from app_user where username = 'obninsk.officer'""").params(login, officerEmployee).update();
        int before = declarations();

        String page = SpravkiFixture.upload(mvc, as(login), p.campaign(), sample());

        assertThat(page).contains("data-outcome=\"unmatched\"").contains("вносит другой сотрудник кадровой службы");
        assertThat(declarations()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from access_log where username = ? and action = 'REFUSED'")
                        .param(login)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPackageOverTheUploadLimitIsRefusedByItsSize() throws Exception {
        int before = declarations();
        byte[] big = new byte
                [(int) ru.probity.platform.UploadLimits.current()
                                .declarationFile()
                                .toBytes()
                        + 1];
        java.util.Arrays.fill(big, (byte) 'A');

        String page = mvc.perform(multipart("/declarations/spravki")
                        .file(new MockMultipartFile("files", "big.xsb", "application/octet-stream", big))
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("data-outcome=\"refused\"").contains("слишком большой");
        assertThat(declarations()).isEqualTo(before);
    }
}

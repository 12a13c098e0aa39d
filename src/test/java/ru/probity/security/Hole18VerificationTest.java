package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.declarations.Campaigns;
import ru.probity.declarations.DeclarationFixtures;
import ru.probity.declarations.Declarations;
import ru.probity.declarations.VerificationKind;
import ru.probity.declarations.Verifications;

/**
 * Hole 18 (issue 18, item 2): the проверки of servants hold personal data and decide penalties. Only
 * an officer of the servant's subtree starts, reads and runs one — never the servant himself, an
 * officer of another subtree, a head, and never an officer on his own case (273-ФЗ ст.10–11); every
 * step needs the CSRF token and every read is in the access log.
 */
@Tag("security")
class Hole18VerificationTest extends SecurityTest {

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    @Autowired
    Verifications verifications;

    private CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private long employee(String lastName) {
        return jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, declaration_required,
                                      created_by, updated_by)
                values (?, ?, 'Пётр', 'специалист', true, 'test', 'test') returning id""")
                .params(organizationId(UGH), lastName)
                .query(Long.class)
                .single();
    }

    private long verificationOf(long declaration, String by) {
        return verifications.start(
                current(by),
                declaration,
                new Verifications.Start(
                        VerificationKind.DECLARATION,
                        "AUTHORITIES",
                        "Прокуратура, письмо № 3",
                        "Глава",
                        null,
                        LocalDate.now().minusDays(1)));
    }

    private String body(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void onlyAnOfficerOfTheSubtreeReadsAndRunsAVerification() throws Exception {
        long employee = employee("Охраняев");
        long declaration = DeclarationFixtures.declarationOf(
                campaigns, declarations, current("ugh.officer"), employee, "Охраняев");
        long id = verificationOf(declaration, "ugh.officer");

        for (String outsider : new String[] {"obninsk.officer", "ugh.head", "ugh.employee"}) {
            mvc.perform(get("/verifications/" + id).with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(post("/verifications/" + id + "/notified").with(csrf()).with(as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/declarations/" + declaration + "/verifications")
                            .param("kind", "DECLARATION")
                            .param("ground", "AUTHORITIES")
                            .param("groundSource", "Прокуратура")
                            .param("decidedBy", "Глава")
                            .with(csrf())
                            .with(as(outsider)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/verifications").with(as("ugh.employee"))).andExpect(status().isForbidden());
        assertThat(body("obninsk.officer", "/verifications")).doesNotContain("Охраняев");
        // no CSRF token, no step
        mvc.perform(post("/verifications/" + id + "/notified").with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select notified_on from verification where id = ?")
                        .param(id)
                        .query(LocalDate.class)
                        .optional())
                .isEmpty();

        // the officer reads it, and the read is logged
        mvc.perform(get("/verifications/" + id).with(as("ugh.officer"))).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        select count(*) from access_log
                        where username = 'ugh.officer' and subject_type = 'VERIFICATION' and subject_id = ?
                          and action = 'READ'""").param(id).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(body("ugh.officer", "/verifications")).contains("Охраняев");
    }

    @Test
    void anOfficerRunsNoVerificationOfHimself() throws Exception {
        // an officer of the department linked to his own employee record
        long self = employee("Самопроверкин");
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                select 'sec18.officer', password_hash, 'Самопроверкин Пётр', role, organization_id, ?, 'test'
                from app_user where username = 'ugh.officer'""").param(self).update();
        long declaration = DeclarationFixtures.declarationOf(
                campaigns, declarations, current("kaluga.officer"), self, "Самопроверкин");
        mvc.perform(post("/declarations/" + declaration + "/verifications")
                        .param("kind", "DECLARATION")
                        .param("ground", "AUTHORITIES")
                        .param("groundSource", "Прокуратура")
                        .param("decidedBy", "Глава")
                        .with(csrf())
                        .with(as("sec18.officer")))
                .andExpect(status().isForbidden());
        // another officer of the department does; the officer himself neither sees nor opens it
        long id = verificationOf(declaration, "ugh.officer");
        mvc.perform(get("/verifications/" + id).with(as("sec18.officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/verifications/" + id + "/notified").with(csrf()).with(as("sec18.officer")))
                .andExpect(status().isForbidden());
        assertThat(body("sec18.officer", "/verifications")).doesNotContain("/verifications/" + id + "\"");
        assertThat(body("ugh.officer", "/verifications")).contains("/verifications/" + id + "\"");
    }
}

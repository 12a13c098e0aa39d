package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Issue 16, item 1: a person moved to another organization in the people registry kept his account
 * in the old one — an officer transferred out of УГХ still saw and changed УГХ's people. Now the
 * account follows the card at once (form, API, people import), an elevated role granted for the old
 * organization is withdrawn (the account is an employee's in the new one), and its sessions end.
 */
@Tag("security")
class Hole16TransferTest extends SecurityTest {

    private static final String FLAGS = "\"declarationRequired\": false, \"headOfCustomer\": false,"
            + " \"contractServiceHead\": false, \"contractManager\": false, \"procurementCommissionMember\": false";

    private long person(String organization, String lastName) {
        return jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, created_by, updated_by)
                values (?, ?, 'Пётр', 'Специалист', 'test', 'test') returning id""")
                .params(organizationId(organization), lastName)
                .query(Long.class)
                .single();
    }

    /** An account of the person with the demo password and the role, in his organization. */
    private void account(String username, long employee, String role) {
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                select ?, (select password_hash from app_user where username = 'ugh.officer'), 'Переводов Пётр', ?,
                       e.organization_id, e.id, 'test'
                from employee e where e.id = ?""").params(username, role, employee).update();
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(login(username, DEMO_PASSWORD, "127.8.16.1"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    private String roleOf(String username) {
        return jdbc.sql("select role || ' ' || organization_id from app_user where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    /** A subordinate of Kaluga other than УГХ (inside kaluga.officer's subtree, outside УГХ's). */
    private long otherKalugaOrganization() {
        return jdbc.sql("""
                select id from organization where parent_id = (select id from organization where name = ?)
                  and name <> ? and active order by id limit 1""").params(KALUGA, UGH).query(Long.class).single();
    }

    @Test
    void anOfficerMovedOutOfUghLosesUghAndHisOfficersRoleAtOnce() throws Exception {
        String username = "transfer.officer" + System.nanoTime();
        long employee = person(UGH, "Переводов");
        account(username, employee, "ANTICORRUPTION_OFFICER");
        Cookie session = signIn(username);
        mvc.perform(get("/people").cookie(session)).andExpect(status().isOk());
        long ughPerson = employeeOf(UGH);
        mvc.perform(get("/people/" + ughPerson).cookie(session)).andExpect(status().isOk());

        long target = otherKalugaOrganization();
        mvc.perform(put("/api/v1/employees/" + employee)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + target
                                + ", \"lastName\": \"Переводов\", \"firstName\": \"Пётр\", \"post\": \"Специалист\","
                                + FLAGS + "}")
                        .with(as("kaluga.officer")))
                .andExpect(status().is2xxSuccessful());

        assertThat(roleOf(username)).isEqualTo("EMPLOYEE " + target);
        // the old session is over; signed in again he is an employee of the new organization
        mvc.perform(get("/people").cookie(session)).andExpect(redirectedUrl("/login"));
        Cookie again = signIn(username);
        mvc.perform(get("/people/" + ughPerson).cookie(again)).andExpect(status().isForbidden());
        mvc.perform(get("/people/" + employee).cookie(again)).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        select count(*) from access_log where action = 'UPDATE' and subject_type = 'USER'
                          and subject_id = (select id from app_user where username = ?)
                          and details like 'moved with employee % role ANTICORRUPTION_OFFICER withdrawn%'""").param(username).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aMoveInsideTheOldSubtreeDoesNotKeepAnElevatedRoleEither() throws Exception {
        String username = "transfer.head" + System.nanoTime();
        long employee = person(KALUGA, "Вниз");
        account(username, employee, "ORGANIZATION_HEAD");
        mvc.perform(put("/api/v1/employees/" + employee)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + organizationId(UGH)
                                + ", \"lastName\": \"Вниз\", \"firstName\": \"Пётр\", \"post\": \"Специалист\"," + FLAGS
                                + "}")
                        .with(as("kaluga.officer")))
                .andExpect(status().is2xxSuccessful());
        assertThat(roleOf(username)).isEqualTo("EMPLOYEE " + organizationId(UGH));
    }

    @Test
    void aPeopleImportMovesTheAccountToo() throws Exception {
        String username = "transfer.import" + System.nanoTime();
        long employee = person(UGH, "Импортный");
        account(username, employee, "EMPLOYEE");
        long target = otherKalugaOrganization();
        String csv = "Код сотрудника;Код организации;Фамилия;Имя;Должность\r\n" + employee + ";" + target
                + ";Импортный;Пётр;Специалист\r\n";
        mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile(
                                "file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("import-success")));
        assertThat(roleOf(username)).isEqualTo("EMPLOYEE " + target);
        // the old organization's officer no longer administers the account
        long id = jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
        mvc.perform(multipart("/admin/users/" + id + "/password").with(csrf()).with(as("ugh.officer")))
                .andExpect(status().isForbidden());
    }
}

package ru.probity.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import ru.probity.IntegrationTest;

/**
 * Issue 16, item 1: accounts for every employee of a subtree in one action, with a sheet of
 * one-time passwords; a dismissed person's account closes; the officer's password reset.
 */
class ProvisioningTest extends IntegrationTest {

    /** A leaf organization of Obninsk's subtree with active employees, none of them with an account. */
    private long leafOfObninsk() {
        return jdbc.sql("""
                select o.id from organization o
                where o.path like (select path from organization where name = ?) || '_%'
                  and not exists (select 1 from organization c where c.parent_id = o.id)
                  and (select count(*) from employee e where e.organization_id = o.id and e.active) >= 3
                  and not exists (select 1 from employee e join app_user u on u.employee_id = e.id
                                  where e.organization_id = o.id)
                  -- an organization of the demo registry, not one another test made for its own people
                  and not exists (select 1 from employee e where e.organization_id = o.id
                                  and e.last_name || e.first_name || coalesce(e.middle_name, '') ~ '[0-9]')
                order by o.id desc limit 1""").param(OBNINSK).query(Long.class).single();
    }

    private int accountsOf(long organizationId) {
        return jdbc.sql("""
                select count(*) from app_user u join employee e on e.id = u.employee_id
                where e.organization_id = ?""").param(organizationId).query(Integer.class).single();
    }

    private int activeEmployees(long organizationId) {
        return jdbc.sql("select count(*) from employee where organization_id = ? and active")
                .param(organizationId)
                .query(Integer.class)
                .single();
    }

    private record Slip(String login, String name, String organization, String password, String howTo) {}

    private static List<Slip> slips(byte[] xlsx) throws Exception {
        List<Slip> slips = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Итог");
            for (int s = 1; s < book.getNumberOfSheets(); s++) {
                Sheet sheet = book.getSheetAt(s);
                Row header = sheet.getRow(0);
                assertThat(f.formatCellValue(header.getCell(0))).isEqualTo("Логин");
                assertThat(f.formatCellValue(header.getCell(3))).isEqualTo("Одноразовый пароль");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    slips.add(new Slip(
                            f.formatCellValue(row.getCell(0)),
                            f.formatCellValue(row.getCell(1)),
                            f.formatCellValue(row.getCell(2)),
                            f.formatCellValue(row.getCell(3)),
                            f.formatCellValue(row.getCell(4))));
                }
            }
        }
        return slips;
    }

    @Test
    void provisioningTwiceCreatesOnceAndTheSheetHoldsEveryAccount() throws Exception {
        long organization = leafOfObninsk();
        int employees = activeEmployees(organization);

        mvc.perform(get("/admin/users/provision")
                        .param("organizationId", String.valueOf(organization))
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Будет создано учётных записей: " + employees)));

        byte[] sheet = mvc.perform(post("/admin/users/provision")
                        .param("organizationId", String.valueOf(organization))
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")))
                .andExpect(header().string("X-Accounts-Created", String.valueOf(employees)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(accountsOf(organization)).isEqualTo(employees);
        List<Slip> slips = slips(sheet);
        assertThat(slips).hasSize(employees);
        for (Slip slip : slips) {
            assertThat(slip.login()).matches("[a-z0-9-]+\\.[a-z]{1,2}[0-9]*");
            assertThat(slip.password()).hasSize(17);
            assertThat(slip.howTo()).contains("http://localhost:8080");
            // the one-time password is not kept in clear; the account belongs to its person
            assertThat(jdbc.sql("""
                            select count(*) from app_user u join employee e on e.id = u.employee_id
                            where u.username = ? and u.role = 'EMPLOYEE' and u.must_change_password
                              and not u.technical and u.password_hash <> ?
                              -- a generated secret of ~96 bits: its salted SHA-256 (OneTimePasswordHash)
                              and u.password_hash like '{otp-sha256}%$%'
                              and u.full_name = ? and e.last_name || ' ' || e.first_name
                                || coalesce(' ' || e.middle_name, '') = ?""")
                            .params(slip.login(), slip.password(), slip.name(), slip.name())
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("""
                            select count(*) from access_log where username = 'obninsk.officer' and action = 'CREATE'
                              and subject_type = 'USER' and details like '%provisioned%'
                              and subject_id = (select id from app_user where username = ?)""").param(slip.login()).query(Integer.class).single())
                    .isEqualTo(1);
        }

        // the second run creates nothing and reports everyone as skipped
        byte[] again = mvc.perform(post("/admin/users/provision")
                        .param("organizationId", String.valueOf(organization))
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Accounts-Created", "0"))
                .andExpect(header().string("X-Accounts-Skipped", String.valueOf(employees)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(slips(again)).isEmpty();
        assertThat(accountsOf(organization)).isEqualTo(employees);

        // a created account signs in only to change its password
        Slip first = slips.get(0);
        mvc.perform(get("/api/v1/organizations").with(httpBasic(first.login(), first.password())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("сменить")));
        mvc.perform(get("/").with(as(first.login()))).andExpect(redirectedUrl("/account/password"));

        // the officer's reset: a new one-time password, shown once; the old one no longer works
        long id = jdbc.sql("select id from app_user where username = ?")
                .param(first.login())
                .query(Long.class)
                .single();
        String page = mvc.perform(
                        post("/admin/users/" + id + "/password").with(csrf()).with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String password = page.replaceAll("(?s).*id=\"one-time-password\">([^<]+)<.*", "$1");
        assertThat(password).hasSize(17).isNotEqualTo(first.password());
        mvc.perform(get("/api/v1/organizations").with(httpBasic(first.login(), first.password())))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organizations").with(httpBasic(first.login(), password)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("сменить")));
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = 'obninsk.officer'
                          and action = 'PASSWORD_CHANGED' and subject_type = 'USER' and subject_id = ?""").param(id).query(Integer.class).single()).isEqualTo(1);
        // an officer of another municipality cannot reset it
        mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(as("kaluga.officer")))
                .andExpect(status().isForbidden());

        // the person is deactivated in the registry: the account is disabled at once
        long employee = jdbc.sql("select employee_id from app_user where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        mvc.perform(post("/people/" + employee + "/active")
                        .param("active", "false")
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select enabled from app_user where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        mvc.perform(get("/api/v1/organizations").with(httpBasic(first.login(), password)))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("""
                        select count(*) from access_log where action = 'UPDATE' and subject_type = 'USER'
                          and subject_id = ? and details like 'disabled: employee % deactivated%'""").param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aDismissedPersonCannotSignIn() throws Exception {
        long organization = leafOfObninsk();
        String body = mvc.perform(post("/api/v1/users/provision")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + organization + "}")
                        .with(as("region.admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created.length()").value(activeEmployees(organization)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var found = java.util.regex.Pattern.compile("\"username\":\"([^\"]+)\".*?\"password\":\"([^\"]+)\"")
                .matcher(body);
        assertThat(found.find()).isTrue();
        String login = found.group(1);
        String password = found.group(2);
        assertThat(found.find()).isTrue();
        String otherLogin = found.group(1);
        String otherPassword = found.group(2);
        mvc.perform(get("/api/v1/organizations").with(httpBasic(login, password)))
                .andExpect(status().isForbidden());

        // the officer enters the dismissal date (today) on the card through the API: the account closes
        long employee = jdbc.sql("select employee_id from app_user where username = ?")
                .param(login)
                .query(Long.class)
                .single();
        String card = mvc.perform(get("/api/v1/employees/" + employee).with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String dismissed =
                card.replaceFirst("\"dismissedOn\":null", "\"dismissedOn\":\"" + java.time.LocalDate.now() + "\"");
        assertThat(dismissed).isNotEqualTo(card);
        mvc.perform(put("/api/v1/employees/" + employee)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(dismissed)
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select enabled from app_user where username = ?")
                        .param(login)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        mvc.perform(get("/api/v1/organizations").with(httpBasic(login, password)))
                .andExpect(status().isUnauthorized());

        // a dismissal date entered ahead of time that has come: refused at sign-in, whatever the flag
        jdbc.sql("""
                update employee set dismissed_on = current_date
                where id = (select employee_id from app_user where username = ?)""").param(otherLogin).update();
        mvc.perform(get("/api/v1/organizations").with(httpBasic(otherLogin, otherPassword)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aDismissalInAPeopleImportClosesTheAccount() throws Exception {
        long organization = leafOfObninsk();
        mvc.perform(post("/admin/users/provision")
                        .param("organizationId", String.valueOf(organization))
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk());
        var person = jdbc.sql("""
                        select e.id, e.last_name, e.first_name, coalesce(e.middle_name, '') as middle_name, e.post,
                               u.username
                        from employee e join app_user u on u.employee_id = e.id
                        where e.organization_id = ? and e.active and u.enabled
                          -- a person of the registry, not one another test made with a serial number in the name
                          and e.last_name !~ '[0-9]' and e.first_name !~ '[0-9]' and coalesce(e.middle_name, '') !~ '[0-9]'
                        order by e.id limit 1""")
                .param(organization)
                .query((rs, n) -> new String[] {
                    rs.getString("id"),
                    rs.getString("last_name"),
                    rs.getString("first_name"),
                    rs.getString("middle_name"),
                    rs.getString("post"),
                    rs.getString("username")
                })
                .single();
        String csv = "Код сотрудника;Код организации;Фамилия;Имя;Отчество;Должность;Дата увольнения\n"
                + String.join(";", person[0], String.valueOf(organization), person[1], person[2], person[3], person[4])
                + ";" + java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + "\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/people/import")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file",
                                "people.csv",
                                "text/csv",
                                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(content().string(Matchers.containsString("Добавлено сотрудников: 0, обновлено: 1")));
        assertThat(jdbc.sql("select enabled from app_user where username = ?")
                        .param(person[5])
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("""
                        select count(*) from access_log where action = 'UPDATE' and subject_type = 'USER'
                          and details like 'disabled: employee % dismissed%'
                          and subject_id = (select id from app_user where username = ?)""").param(person[5]).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aPersonalAccountNeedsItsPersonAndATechnicalOneNone() throws Exception {
        long ugh = organizationId(UGH);
        long person = jdbc.sql("""
                select e.id from employee e where e.organization_id = ? and e.active
                  and not exists (select 1 from app_user u where u.employee_id = e.id)
                order by e.id desc limit 1""").param(ugh).query(Long.class).single();
        mvc.perform(post("/admin/users")
                        .param("username", "ugh.nobody")
                        .param("fullName", "Никто Никтович")
                        .param("role", "EMPLOYEE")
                        .param("organizationId", String.valueOf(ugh))
                        .param("password", "Tundra-rocket-17-violet")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("отметьте её как техническую")));
        mvc.perform(post("/admin/users")
                        .param("username", "ugh.both")
                        .param("role", "EMPLOYEE")
                        .param("organizationId", String.valueOf(ugh))
                        .param("employeeId", String.valueOf(person))
                        .param("technical", "true")
                        .param("password", "Tundra-rocket-17-violet")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("не связывается с сотрудником")));
        // the form offers the organization's persons without an account
        mvc.perform(get("/admin/users/employees")
                        .param("organizationId", String.valueOf(ugh))
                        .with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + person + "\"")));
        String surname = jdbc.sql("select last_name from employee where id = ?")
                .param(person)
                .query(String.class)
                .single();
        mvc.perform(get("/admin/users/employees")
                        .param("organizationId", String.valueOf(ugh))
                        .param("q", surname.toUpperCase().substring(1))
                        .with(as("ugh.officer")))
                .andExpect(content().string(Matchers.containsString("value=\"" + person + "\"")));
        mvc.perform(get("/admin/users/employees")
                        .param("organizationId", String.valueOf(ugh))
                        .param("q", "Несуществующаяфамилия")
                        .with(as("ugh.officer")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"" + person + "\""))));
        // another municipality's organization is not offered
        mvc.perform(get("/admin/users/employees")
                        .param("organizationId", String.valueOf(ugh))
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        // through the API, the name comes from the person's card
        mvc.perform(post("/api/v1/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"ugh.linked\", \"role\": \"EMPLOYEE\", \"organizationId\": " + ugh
                                + ", \"employeeId\": " + person + ", \"password\": \"Tundra-rocket-17-violet\"}")
                        .with(as("ugh.officer")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.employeeId").value(person))
                .andExpect(jsonPath("$.technical").value(false));
        assertThat(jdbc.sql("""
                        select count(*) from app_user u join employee e on e.id = u.employee_id
                        where u.username = 'ugh.linked' and u.full_name like e.last_name || ' %'""").query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post("/api/v1/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"ugh.twice\", \"role\": \"EMPLOYEE\", \"organizationId\": " + ugh
                                + ", \"employeeId\": " + person + ", \"password\": \"Tundra-rocket-17-violet\"}")
                        .with(as("ugh.officer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("уже есть учётная запись")));
    }
}

package ru.probity.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import ru.probity.IntegrationTest;

/**
 * Issue 16, item 1: provisioning may mail each person whose card has an e-mail a link to set his
 * password, instead of printing a one-time password on the sheet.
 */
class ProvisioningByMailTest extends IntegrationTest {

    /** A new institution under Obninsk with three people, the first two with an e-mail on the card. */
    private long newOrganization() {
        long parent = organizationId(OBNINSK);
        long tag = System.nanoTime();
        long id = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, created_by, updated_by)
                values (?, '', 'INSTITUTION', ?, 'test', 'test') returning id""")
                .params(parent, "МКУ «Центр учётных записей № " + tag + "»")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, id)
                .update();
        String[][] people = {
            {"Почтова", "pochtova-" + tag + "@slips.example"},
            {"Письмова", "pismova-" + tag + "@slips.example"},
            {"Бумагина", null}
        };
        for (String[] p : people) {
            jdbc.sql("""
                    insert into employee (organization_id, last_name, first_name, middle_name, post, email, created_by, updated_by)
                    values (?, ?, 'Вера', 'Ильинична', 'Специалист', ?, 'test', 'test')""").params(id, p[0], p[1]).update();
        }
        return id;
    }

    @Test
    void peopleWithAnEmailGetALinkAndTheOthersAPasswordOnTheSheet() throws Exception {
        long organization = newOrganization();
        String email = jdbc.sql("""
                select email from employee where organization_id = ? and email is not null order by id limit 1""").param(organization).query(String.class).single();
        mvc.perform(get("/admin/users/provision")
                        .param("organizationId", String.valueOf(organization))
                        .with(as("region.admin")))
                .andExpect(content().string(Matchers.containsString("byMail")));
        byte[] sheet = mvc.perform(post("/admin/users/provision")
                        .param("organizationId", String.valueOf(organization))
                        .param("byMail", "true")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        int mailed = 0;
        int printed = 0;
        DataFormatter f = new DataFormatter();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            Sheet slips = book.getSheetAt(1);
            for (int r = 1; r <= slips.getLastRowNum(); r++) {
                Row row = slips.getRow(r);
                if (f.formatCellValue(row.getCell(3)).isEmpty()) {
                    assertThat(f.formatCellValue(row.getCell(4))).contains("отправлена");
                    mailed++;
                } else {
                    assertThat(f.formatCellValue(row.getCell(3))).hasSize(17);
                    printed++;
                }
            }
        }
        assertThat(mailed).isPositive();
        assertThat(printed).isPositive();
        for (int i = 0; i < 100 && letters(email) == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(letters(email)).isEqualTo(1);
        String text = (String) Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow()
                .getContent();
        String token = text.replaceAll("(?s).*/login/reset/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(text).contains("создана учётная запись", "7 дн.");
        mvc.perform(get("/login/reset/" + token)).andExpect(content().string(Matchers.containsString("reset-account")));
    }

    @Test
    void theSlipsComeAsAPrintablePdfWhenAsked() throws Exception {
        long organization = newOrganization();
        byte[] pdf = mvc.perform(post("/admin/users/provision")
                        .param("organizationId", String.valueOf(organization))
                        .param("format", "pdf")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var logins = jdbc.sql("""
                select u.username from app_user u join employee e on e.id = u.employee_id
                where e.organization_id = ?""").param(organization).query(String.class).list();
        assertThat(logins).isNotEmpty();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String login : logins) {
                assertThat(text).contains("Логин: " + login);
            }
            assertThat(text).contains("Одноразовый пароль: ", "http://localhost:8080");
        }
    }

    private long letters(String email) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .count();
    }
}

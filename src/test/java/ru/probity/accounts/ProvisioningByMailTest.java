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

    @Test
    void peopleWithAnEmailGetALinkAndTheOthersAPasswordOnTheSheet() throws Exception {
        long organization = jdbc.sql("""
                select o.id from organization o
                where not exists (select 1 from organization c where c.parent_id = o.id)
                  and (select count(*) from employee e where e.organization_id = o.id and e.active) >= 2
                  and not exists (select 1 from employee e join app_user u on u.employee_id = e.id
                                  where e.organization_id = o.id)
                order by o.id limit 1""").query(Long.class).single();
        String email = jdbc.sql("""
                select email from employee where organization_id = ? and active and email like '%@%'
                order by id limit 1""").param(organization).query(String.class).single();
        jdbc.sql("update employee set email = null where organization_id = ? and active and email is distinct from ?"
                        + " and id = (select max(id) from employee where organization_id = ? and active)")
                .params(organization, email, organization)
                .update();
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

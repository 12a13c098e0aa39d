package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Issue 16, item 1: an accounts file grants exactly what the user form grants — only registry
 * administrators, only the roles they grant, only organizations and people of their subtree; the
 * form's token is required; a file over the form's limit is refused before it is read.
 */
@Tag("security")
class Hole16ImportTest extends SecurityTest {

    private int accounts() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "accounts.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private long freshPerson(String organization) {
        return jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, created_by, updated_by)
                values (?, 'Проверкина', 'Анна', 'Специалист', 'test', 'test') returning id""")
                .param(organizationId(organization))
                .query(Long.class)
                .single();
    }

    @Test
    void anOfficerCannotGrantTheRegionsRolesByFile() throws Exception {
        long person = freshPerson(OBNINSK);
        int before = accounts();
        for (String role :
                new String[] {"Аудитор (только просмотр)", "REGIONAL_ADMIN", "Хранитель сведений о заявителях"}) {
            mvc.perform(multipart("/api/v1/users/import")
                            .file(csv("Код сотрудника;Роль\r\n" + person + ";" + role + "\r\n"))
                            .with(as("obninsk.officer")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", Matchers.containsString("вы назначить не можете")));
        }
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void anOfficerCannotOpenAccountsForAnotherMunicipalitysPeopleOrOrganizations() throws Exception {
        long kalugaPerson = freshPerson(UGH);
        long kaluga = organizationId(KALUGA);
        int before = accounts();
        mvc.perform(multipart("/api/v1/users/import")
                        .file(csv("Код сотрудника\r\n" + kalugaPerson + "\r\n"))
                        .with(as("obninsk.officer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("не найден")));
        mvc.perform(multipart("/api/v1/users/import")
                        .file(csv("Логин;Техническая;Наименование;Код организации\r\nspy-" + System.nanoTime()
                                + ";да;Шпион;" + kaluga + "\r\n"))
                        .with(as("obninsk.officer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("не найдена среди действующих организаций")));
        // a person of his subtree placed in an organization outside it
        long own = freshPerson(OBNINSK);
        mvc.perform(multipart("/api/v1/users/import")
                        .file(csv("Код сотрудника;Код организации\r\n" + own + ";" + kaluga + "\r\n"))
                        .with(as("obninsk.officer")))
                .andExpect(status().isBadRequest());
        assertThat(accounts()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"region.auditor", "ugh.head", "kaluga.commission", "ugh.employee", "region.custodian"})
    void rolesThatGrantNothingCannotImport(String username) throws Exception {
        long person = freshPerson(UGH);
        int before = accounts();
        mvc.perform(multipart("/api/v1/users/import")
                        .file(csv("Код сотрудника\r\n" + person + "\r\n"))
                        .with(as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/users/import")
                        .file(csv("Код сотрудника\r\n" + person + "\r\n"))
                        .with(csrf())
                        .with(as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/import").with(as(username))).andExpect(status().isForbidden());
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void anXlsxZipBombAndATableOverTheRowLimitAreRefusedBeforeAnythingIsRead() throws Exception {
        // an «XLSX» whose sheet is 64 MB of zeros (about 64 KB compressed)
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        int before = accounts();
        mvc.perform(multipart("/admin/users/import")
                        .file(new MockMultipartFile(
                                "file", "accounts.xlsx", "application/octet-stream", bytes.toByteArray()))
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("сжат сильнее чем в 100 раз")));
        StringBuilder csv = new StringBuilder("Код сотрудника\r\n");
        for (int i = 0; i <= 200_000; i++) {
            csv.append("1\r\n");
        }
        mvc.perform(multipart("/api/v1/users/import").file(csv(csv.toString())).with(as("ugh.officer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("строк — файл не загружен")));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void theImportNeedsTheFormsToken() throws Exception {
        long person = freshPerson(UGH);
        int before = accounts();
        mvc.perform(multipart("/admin/users/import")
                        .file(csv("Код сотрудника\r\n" + person + "\r\n"))
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        assertThat(accounts()).isEqualTo(before);
    }
}

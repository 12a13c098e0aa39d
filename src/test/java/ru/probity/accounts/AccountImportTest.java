package ru.probity.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;

/**
 * Issue 16, item 1: accounts from an XLSX or CSV file on the users page and through the API — all or
 * nothing with Russian errors naming the row and the column, the sheet of one-time passwords, and a
 * second import of the same file creating nothing.
 */
class AccountImportTest extends IntegrationTest {

    static final String[] HEADER = {
        "Логин", "Код сотрудника", "СНИЛС", "Email", "Техническая", "Наименование", "Код организации", "Роль"
    };

    /** A new active employee of the organization, with the СНИЛС and e-mail given. */
    long person(long organizationId, String lastName, String snils, String email) {
        return jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, post, snils, email,
                                      created_by, updated_by)
                values (?, ?, 'Ирина', 'Олеговна', 'Специалист', ?, ?, 'test', 'test') returning id""")
                .params(organizationId, lastName, snils, email)
                .query(Long.class)
                .single();
    }

    static String snils() {
        String digits = String.valueOf(System.nanoTime());
        return ("9" + digits.substring(digits.length() - 10));
    }

    static byte[] xlsx(String[]... rows) throws Exception {
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Учётные записи");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] csv(String[]... rows) {
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell == null ? "" : cell);
            }
            text.append(String.join(";", cells)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    record Slip(String login, String name, String password) {}

    static List<Slip> slips(byte[] xlsx) throws Exception {
        List<Slip> slips = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int s = 1; s < book.getNumberOfSheets(); s++) {
                Sheet sheet = book.getSheetAt(s);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    slips.add(new Slip(
                            f.formatCellValue(row.getCell(0)),
                            f.formatCellValue(row.getCell(1)),
                            f.formatCellValue(row.getCell(3))));
                }
            }
        }
        return slips;
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void aFileOpensEveryAccountOnceAndTheSecondImportCreatesNothing() throws Exception {
        long obninsk = organizationId(OBNINSK);
        long tag = System.nanoTime();
        String snilsB = snils();
        String emailC = "import-c-" + tag + "@obninsk.example";
        long a = person(obninsk, "Импортова", snils(), null);
        long b = person(obninsk, "Загрузкина", snilsB, null);
        long c = person(obninsk, "Файлова", snils(), emailC);
        String loginB = "imp-b-" + tag;
        String technical = "imp-1c-" + tag;
        String[][] rows = {
            HEADER,
            {null, String.valueOf(a), null, null, null, null, null, null},
            {
                loginB,
                null,
                snilsB.substring(0, 3) + "-" + snilsB.substring(3, 6) + "-" + snilsB.substring(6, 9) + " "
                        + snilsB.substring(9),
                null,
                "нет",
                null,
                String.valueOf(obninsk),
                "Сотрудник"
            },
            {
                null,
                null,
                null,
                emailC.toUpperCase(),
                null,
                null,
                null,
                "Член комиссии по соблюдению требований к служебному поведению"
            },
            {
                technical,
                null,
                null,
                "buh-" + tag + "@obninsk.example",
                "да",
                "Интеграция с бухгалтерией",
                String.valueOf(obninsk),
                "EMPLOYEE"
            },
        };
        byte[] sheet = mvc.perform(multipart("/admin/users/import")
                        .file(file("accounts.xlsx", xlsx(rows)))
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Accounts-Created", "4"))
                .andExpect(header().string("X-Accounts-Skipped", "0"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<Slip> slips = slips(sheet);
        assertThat(slips)
                .extracting(Slip::name)
                .containsExactlyInAnyOrder(
                        "Импортова Ирина Олеговна",
                        "Загрузкина Ирина Олеговна",
                        "Файлова Ирина Олеговна",
                        "Интеграция с бухгалтерией");
        assertThat(slips).allSatisfy(s -> assertThat(s.password()).hasSize(17));
        assertThat(slips).extracting(Slip::login).contains(loginB, technical);
        assertThat(slips.stream()
                        .filter(s -> s.name().startsWith("Импортова"))
                        .findFirst()
                        .orElseThrow()
                        .login())
                .startsWith("importova.io");

        // linked to the cards, the roles as written, passwords to change, nothing in clear
        assertThat(count(
                        "select count(*) from app_user where employee_id = ? and role = 'EMPLOYEE' and must_change_password"
                                + " and not technical",
                        a))
                .isEqualTo(1);
        assertThat(count("select count(*) from app_user where employee_id = ? and username = ?", b, loginB))
                .isEqualTo(1);
        assertThat(count("select count(*) from app_user where employee_id = ? and role = 'COMMISSION_MEMBER'", c))
                .isEqualTo(1);
        assertThat(count("""
                        select count(*) from app_user where username = ? and technical and employee_id is null
                          and email = ? and organization_id = ? and full_name = 'Интеграция с бухгалтерией'""", technical, "buh-" + tag + "@obninsk.example", obninsk))
                .isEqualTo(1);
        for (Slip s : slips) {
            assertThat(count(
                            "select count(*) from app_user where username = ? and password_hash <> ?",
                            s.login(),
                            s.password()))
                    .isEqualTo(1);
        }
        assertThat(count("""
                        select count(*) from access_log where username = 'obninsk.officer' and action = 'CREATE'
                          and subject_type = 'USER' and details like '%imported from file'
                          and subject_id in (select id from app_user where employee_id in (?, ?, ?) or username = ?)""", a, b, c, technical)).isEqualTo(4);

        // the same file again: nothing created, every row skipped
        mvc.perform(multipart("/admin/users/import")
                        .file(file("accounts.xlsx", xlsx(rows)))
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Accounts-Created", "0"))
                .andExpect(header().string("X-Accounts-Skipped", "4"));
        // and as CSV through the API
        mvc.perform(multipart("/api/v1/users/import")
                        .file(file("accounts.csv", csv(rows)))
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.createdCount").value(0))
                .andExpect(jsonPath("$.skippedCount").value(4))
                .andExpect(jsonPath("$.skipped[0].reason").value("у сотрудника уже есть учётная запись"));
        assertThat(count(
                        "select count(*) from app_user where employee_id in (?, ?, ?) or username = ?",
                        a,
                        b,
                        c,
                        technical))
                .isEqualTo(4);
    }

    @Test
    void theApiOpensAccountsFromACsvAndAnswersWithTheirPasswords() throws Exception {
        long obninsk = organizationId(OBNINSK);
        long a = person(obninsk, "Апиева", snils(), null);
        mvc.perform(multipart("/api/v1/users/import")
                        .file(file(
                                "accounts.csv",
                                csv(new String[] {"Код сотрудника", "Роль"}, new String[] {String.valueOf(a), ""})))
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.createdCount").value(1))
                .andExpect(jsonPath("$.created[0].employeeId").value(a))
                .andExpect(jsonPath("$.created[0].fullName").value("Апиева Ирина Олеговна"))
                .andExpect(jsonPath("$.created[0].password", Matchers.hasLength(17)));
    }

    @Test
    void theSlipsComeAsAPrintablePdfWhenAsked() throws Exception {
        long obninsk = organizationId(OBNINSK);
        long a = person(obninsk, "Печатникова", snils(), null);
        byte[] pdf = mvc.perform(multipart("/admin/users/import")
                        .file(file(
                                "accounts.csv", csv(new String[] {"Код сотрудника"}, new String[] {String.valueOf(a)})))
                        .param("format", "pdf")
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Accounts-Created", "1"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String login = jdbc.sql("select username from app_user where employee_id = ?")
                .param(a)
                .query(String.class)
                .single();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Логин: " + login, "Печатникова Ирина Олеговна", "Одноразовый пароль: ");
        }
    }

    @Test
    void aFileWithAnyBadRowOpensNothingAndNamesEveryRowAndColumn() throws Exception {
        long obninsk = organizationId(OBNINSK);
        long good = person(obninsk, "Хорошева", snils(), null);
        long stranger = employeeOf(UGH);
        String[][] rows = {
            HEADER,
            {null, String.valueOf(good), null, null, null, null, null, null},
            {null, String.valueOf(stranger), null, null, null, null, null, null},
            {null, String.valueOf(good), null, null, null, null, null, "Волшебник"},
            {"x", null, null, null, "да", null, null, null},
            {null, null, null, null, "может быть", null, null, null},
        };
        mvc.perform(multipart("/admin/users/import")
                        .file(file("bad.xlsx", xlsx(rows)))
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("не загружен, учётные записи не созданы")))
                .andExpect(
                        content()
                                .string(
                                        Matchers.containsString(
                                                "Строка 3, столбец «Код сотрудника»: сотрудник не найден среди сотрудников доступных вам организаций")))
                .andExpect(content()
                        .string(Matchers.containsString("Строка 4, столбец «Роль»: неизвестная роль «Волшебник»")))
                .andExpect(content().string(Matchers.containsString("Строка 5, столбец «Логин»: логин — от 3 до 40")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "Строка 6, столбец «Техническая»: ожидается «да» или «нет», а не «может быть»")));
        assertThat(count("select count(*) from app_user where employee_id = ?", good))
                .isZero();

        mvc.perform(multipart("/api/v1/users/import")
                        .file(file("bad.csv", csv(rows)))
                        .with(as("obninsk.officer")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Код сотрудника"))
                .andExpect(jsonPath("$.errors.length()").value(4));
        assertThat(count("select count(*) from app_user where employee_id = ?", good))
                .isZero();

        mvc.perform(multipart("/admin/users/import")
                        .file(file("people.xls", new byte[] {1, 2, 3}))
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(content().string(Matchers.containsString("Поддерживаются файлы XLSX и CSV")));
    }

    @Test
    void theUsersPageLeadsToTheImport() throws Exception {
        mvc.perform(get("/admin/users").with(as("obninsk.officer")))
                .andExpect(content().string(Matchers.containsString("/admin/users/import")));
        mvc.perform(get("/admin/users/import").with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Код сотрудника")));
    }
}

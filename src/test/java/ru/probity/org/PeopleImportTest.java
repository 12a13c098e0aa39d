package ru.probity.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.identifiers.Identifiers;
import ru.probity.platform.Downloads;

class PeopleImportTest extends IntegrationTest {

    static final String HEADER =
            "Код организации;Фамилия;Имя;Отчество;Дата рождения;ИНН;СНИЛС;Должность;Родство;Место работы\n";

    private MockMultipartFile xlsx(String csv) throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Сотрудники");
            String[] lines = csv.split("\n");
            for (int r = 0; r < lines.length; r++) {
                var row = sheet.createRow(r);
                String[] cells = lines[r].split(";", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return new MockMultipartFile("file", "people.xlsx", Downloads.XLSX, out.toByteArray());
        }
    }

    private int employeesNamed(String lastName) {
        return jdbc.sql("select count(*) from employee where last_name = ?")
                .param(lastName)
                .query(Integer.class)
                .single();
    }

    @Test
    void anXlsxWithOneBadRowIsRefusedWholeWithThatRowsErrorShown() throws Exception {
        long ugh = organizationId(UGH);
        String goodInn = Identifiers.completePersonInn("4027" + "700001");
        String file = HEADER
                + ugh + ";Импортов;Пётр;Сергеевич;12.03.1980;" + goodInn + ";;Главный специалист;;\n"
                + ugh + ";Импортова;Анна;Петровна;01.02.1982;;;;Супруга;ООО «Ромашка»\n"
                + ugh + ";Ошибкин;Иван;Иванович;05.05.1975;402700000000;;Ведущий специалист;;\n";
        mvc.perform(multipart("/people/import")
                        .file(xlsx(file))
                        .with(csrf())
                        .with(user(users.loadUserByUsername("ugh.officer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Строка 4, столбец «ИНН»")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("не загружен")));
        assertThat(employeesNamed("Импортов")).isZero();
        assertThat(employeesNamed("Ошибкин")).isZero();
    }

    @Test
    void aGoodFileAddsEmployeesWithRelativesAndAReimportUpdatesThem() throws Exception {
        long ugh = organizationId(UGH);
        String inn = Identifiers.completePersonInn("4027" + "700002");
        String file = HEADER
                + ugh + ";Загрузкин;Олег;Юрьевич;12.03.1980;" + inn + ";;Начальник отдела;;\n"
                + ugh + ";Загрузкина;Ольга;Петровна;01.02.1982;;;;жена;ООО «СтройИнвест»\n";
        var officer = user(users.loadUserByUsername("ugh.officer"));
        mvc.perform(multipart("/people/import").file(xlsx(file)).with(csrf()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Добавлено сотрудников: 1")));
        long id = jdbc.sql("select id from employee where inn = ?")
                .param(inn)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select workplace from relative where employee_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("ООО «СтройИнвест»");

        String changed = file.replace("Начальник отдела", "Заместитель начальника управления");
        mvc.perform(multipart("/people/import").file(xlsx(changed)).with(csrf()).with(officer))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("обновлено: 1")));
        assertThat(jdbc.sql("select post from employee where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Заместитель начальника управления");
        assertThat(jdbc.sql("select count(*) from relative where employee_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from access_log where action = 'IMPORT' and subject_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anOfficerCannotImportIntoAnotherMunicipality() throws Exception {
        long obninsk = organizationId(OBNINSK);
        String file = HEADER + obninsk + ";Чужой;Пётр;Сергеевич;12.03.1980;;;Специалист;;\n";
        mvc.perform(multipart("/people/import")
                        .file(xlsx(file))
                        .with(csrf())
                        .with(user(users.loadUserByUsername("kaluga.officer"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Код организации")));
        assertThat(employeesNamed("Чужой")).isZero();
    }

    @Test
    void exportGivesAnXlsxOfTheSubtreeThatImportsBackUnchanged() throws Exception {
        var officer = user(users.loadUserByUsername("ugh.officer"));
        byte[] exported = mvc.perform(get("/people/export.xlsx").with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Downloads.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var parsed = ru.probity.org.exchange.PeopleFile.read("export.xlsx", new ByteArrayInputStream(exported));
        assertThat(parsed.errors()).isEmpty();
        int inSubtree = jdbc.sql("""
                select count(*) from employee e join organization o on o.id = e.organization_id
                where e.active and o.path like (select path from organization where name = ?) || '%'""").param(UGH).query(Integer.class).single();
        assertThat(parsed.employees()).hasSize(inSubtree);
        mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "export.xlsx", Downloads.XLSX, exported))
                        .with(csrf())
                        .with(officer))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Добавлено сотрудников: 0")));
    }

    @Test
    void aCsvFileIsAcceptedToo() throws Exception {
        long ugh = organizationId(UGH);
        String csv = HEADER + ugh + ";Цсвшников;Илья;Ильич;;;;Инженер;;\n";
        mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile(
                                "file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(user(users.loadUserByUsername("ugh.officer"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Добавлено сотрудников: 1")));
        assertThat(employeesNamed("Цсвшников")).isEqualTo(1);
    }
}

package ru.probity.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.probity.IntegrationTest;
import ru.probity.platform.Downloads;

/**
 * The history of posts (44-ФЗ ст.31 ч.1 п.9 judges the officials at the date of the purchase) is
 * written by every change of a card: the form, the people file, the deactivation and the
 * dismissal; the card shows it.
 */
class PostHistoryTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final LocalDate today = LocalDate.now();

    /** A surname no other card has (letters only, as the people file wants). */
    private static String unique(String base) {
        String digits = String.valueOf(System.nanoTime() % 1_000_000_000L) + SERIAL.incrementAndGet();
        StringBuilder name = new StringBuilder(base);
        digits.chars().forEach(c -> name.append("абвгдежзик".charAt(c - '0')));
        return name.toString();
    }

    /** A department of УГХ, where the officer of УГХ may transfer people. */
    private long department() {
        long parent = organizationId(UGH);
        long id = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, created_by, updated_by)
                values (?, '', 'DEPARTMENT', ?, 'test', 'test') returning id""")
                .params(parent, unique("Отдел истории должностей "))
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, id)
                .update();
        return id;
    }

    private static Map<String, String> card(long organization, String lastName, LocalDate appointedOn) {
        Map<String, String> card = new LinkedHashMap<>();
        card.put("organizationId", String.valueOf(organization));
        card.put("lastName", lastName);
        card.put("firstName", "Ирина");
        card.put("middleName", "Павловна");
        card.put("post", "Главный специалист");
        card.put("appointedOn", appointedOn.toString());
        card.put("dismissedOn", "");
        card.put("declarationRequired", "false");
        card.put("headOfCustomer", "false");
        card.put("contractServiceHead", "false");
        card.put("contractManager", "false");
        card.put("procurementCommissionMember", "false");
        return card;
    }

    private void send(String path, Map<String, String> card) throws Exception {
        MockHttpServletRequestBuilder request =
                post(path).with(as("ugh.officer")).with(csrf());
        card.forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private long idOf(String lastName) {
        return jdbc.sql("select id from employee where last_name = ?")
                .param(lastName)
                .query(Long.class)
                .single();
    }

    /** The periods as «from..to organization post roles», the earliest first. */
    private List<String> periods(long employee) {
        return jdbc.sql("""
                select coalesce(cast(valid_from as text), '?') || '..' || coalesce(cast(valid_to as text), '') || ' '
                       || organization_id || ' ' || post
                       || case when contract_manager then ' КУ' else '' end
                       || case when procurement_commission_member then ' ЧК' else '' end
                from employee_post_period where employee_id = ? order by valid_from nulls first, id""").param(employee).query(String.class).list();
    }

    @Test
    void theFormRecordsAppointmentChangeOfRolesTransferAndDeactivation() throws Exception {
        long ugh = organizationId(UGH);
        long kaluga = department();
        String name = unique("Историева");
        LocalDate appointed = today.minusYears(1);
        Map<String, String> card = card(ugh, name, appointed);
        send("/people/new", card);
        long id = idOf(name);
        assertThat(periods(id)).containsExactly(appointed + ".. " + ugh + " Главный специалист");

        // made a commission member today: the old period ends yesterday, the new one starts today
        card.put("procurementCommissionMember", "true");
        send("/people/" + id + "/edit", card);
        // corrected the same day: the period of today is changed, no new one
        card.put("post", "Ведущий специалист");
        send("/people/" + id + "/edit", card);
        assertThat(periods(id))
                .containsExactly(
                        appointed + ".." + today.minusDays(1) + " " + ugh + " Главный специалист",
                        today + ".. " + ugh + " Ведущий специалист ЧК");

        // deactivated: the period ends today
        send("/people/" + id + "/active", Map.of("active", "false"));
        assertThat(periods(id)).last().isEqualTo(today + ".." + today + " " + ugh + " Ведущий специалист ЧК");

        // the card shows the history
        mvc.perform(get("/people/" + id).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("История должностей")))
                .andExpect(content().string(Matchers.containsString(appointed.format(RU))))
                .andExpect(content().string(Matchers.containsString("Член комиссии по осуществлению закупок")));

        // and so does the API, the latest first
        mvc.perform(get("/api/v1/employees/" + id + "/posts").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].from").value(today.toString()))
                .andExpect(jsonPath("$[0].procurementCommissionMember").value(true))
                .andExpect(jsonPath("$[1].from").value(appointed.toString()))
                .andExpect(jsonPath("$[1].to").value(today.minusDays(1).toString()));
        // an officer of another municipality sees none of it
        mvc.perform(get("/api/v1/employees/" + id + "/posts").with(as("obninsk.officer")))
                .andExpect(status().isForbidden());

        // a second card transferred to another organization: a period there from today
        String other = unique("Переводова");
        Map<String, String> second = card(ugh, other, appointed);
        send("/people/new", second);
        long transferred = idOf(other);
        second.put("organizationId", String.valueOf(kaluga));
        send("/people/" + transferred + "/edit", second);
        assertThat(periods(transferred))
                .containsExactly(
                        appointed + ".." + today.minusDays(1) + " " + ugh + " Главный специалист",
                        today + ".. " + kaluga + " Главный специалист");
    }

    @Test
    void aDismissalDateEndsThePeriodOnThatDay() throws Exception {
        long ugh = organizationId(UGH);
        String name = unique("Увольнева");
        LocalDate appointed = today.minusYears(2);
        Map<String, String> card = card(ugh, name, appointed);
        card.put("contractManager", "true");
        send("/people/new", card);
        long id = idOf(name);
        card.put("dismissedOn", today.minusDays(3).toString());
        send("/people/" + id + "/edit", card);
        assertThat(periods(id))
                .containsExactly(appointed + ".." + today.minusDays(3) + " " + ugh + " Главный специалист КУ");
    }

    private static MockMultipartFile xlsx(String csv) throws Exception {
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

    @Test
    void thePeopleFileRecordsAppointmentsAndChangesOfPost() throws Exception {
        long ugh = organizationId(UGH);
        String name = unique("Файлова");
        String inn = ru.probity.identifiers.Identifiers.completePersonInn(
                "4027" + String.format("%06d", (System.nanoTime() / 1000) % 1_000_000));
        String header = "Код организации;Фамилия;Имя;Отчество;ИНН;Должность;Дата назначения;Контрактный управляющий\n";
        String file = header + ugh + ";" + name + ";Мария;Ивановна;" + inn + ";Специалист;01.02.2023;нет\n";
        mvc.perform(multipart("/people/import").file(xlsx(file)).with(csrf()).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Добавлено сотрудников: 1")));
        long id = idOf(name);
        assertThat(periods(id)).containsExactly("2023-02-01.. " + ugh + " Специалист");

        String changed = file.replace(";нет", ";да");
        mvc.perform(multipart("/people/import").file(xlsx(changed)).with(csrf()).with(as("ugh.officer")))
                .andExpect(content().string(Matchers.containsString("обновлено: 1")));
        assertThat(periods(id))
                .containsExactly(
                        "2023-02-01.." + today.minusDays(1) + " " + ugh + " Специалист",
                        today + ".. " + ugh + " Специалист КУ");
    }
}

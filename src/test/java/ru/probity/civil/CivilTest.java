package ru.probity.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.probity.civil.CivilFixtures.html;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.IntegrationTest;
import ru.probity.identifiers.Identifiers;
import ru.probity.platform.RegionTime;

/**
 * Issue 21, item 3: the registry of public organizations — the demo's 24 on the public pages of the
 * region and of Kaluga without the representatives; an ИНН with a wrong check digit refused in
 * Russian, one missing from the loaded ЕГРЮЛ kept with the warning, one found marked so; an
 * activity with its results and a file published and logged; the calendar for the officer and the
 * public with its iCalendar file; the site search of the subsections.
 */
class CivilTest extends IntegrationTest {

    @Autowired
    RegionTime regionTime;

    @Autowired
    CivilSection civilSection;

    @Autowired
    DiscussionSection discussionSection;

    @Autowired
    CalendarSection calendarSection;

    private long root() {
        return jdbc.sql("select id from organization where parent_id is null order by id limit 1")
                .query(Long.class)
                .single();
    }

    @Test
    void theDemosOrganizationsArePublicWithoutTheirRepresentatives() throws Exception {
        long root = root();
        long kaluga = organizationId(KALUGA);
        assertThat(jdbc.sql("select count(*) from civil_organization where inn like '40270%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(24);
        String region = html(mvc.perform(get("/public/" + root + "/civil")).andReturn());
        assertThat(region)
                .contains("Калужская региональная общественная организация «Гражданский контроль»", "ИНН")
                .contains(DemoInn.first())
                .doesNotContain("Сергеева Анна Викторовна");
        String city = html(mvc.perform(get("/public/" + kaluga + "/civil")).andReturn());
        assertThat(city).contains("Молодёжный парламент города Калуги").doesNotContain("Гражданский контроль");
        // the menu of Kaluga shows the three subsections
        assertThat(city).contains("Общественные организации", "Календарь мероприятий", "Публичные обсуждения");

        long id = jdbc.sql("select id from civil_organization where name like '%«Гражданский контроль»'")
                .query(Long.class)
                .single();
        String card = html(mvc.perform(get("/public/" + root + "/civil/" + id)).andReturn());
        assertThat(card)
                .contains("Общественный мониторинг размещения сведений о закупках", "info1@civil-kaluga.example.ru")
                .doesNotContain("Сергеева Анна Викторовна");
        // under another organization's address it is not found
        assertThat(mvc.perform(get("/public/" + kaluga + "/civil/" + id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        // the officer sees the representatives and the ЕГРЮЛ check
        String officer = html(mvc.perform(get("/civil/organizations/" + id).with(as("region.admin")))
                .andReturn());
        assertThat(officer).contains("Сергеева Анна Викторовна", "найдена в ЕГРЮЛ");
    }

    /** The demo's first ИНН, as DemoCivil makes it. */
    private static final class DemoInn {
        static String first() {
            return Identifiers.completeOrganizationInn("40270" + String.format("%04d", 5100));
        }
    }

    @Test
    void aWrongCheckDigitIsRefusedAndAnInnMissingFromTheEgrulKeptWithAWarning() throws Exception {
        String valid = Identifiers.completeOrganizationInn("402899123");
        String wrong = valid.substring(0, 9) + ((valid.charAt(9) - '0' + 1) % 10);
        MvcResult refused = mvc.perform(post("/civil/organizations")
                        .param("ownerId", Long.toString(root()))
                        .param("name", "АНО «Проверка контрольной цифры»")
                        .param("inn", wrong)
                        .with(as("region.admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(html(refused)).contains("ИНН не принят: неверная контрольная цифра ИНН");
        assertThat(jdbc.sql("select count(*) from civil_organization where inn = ?")
                        .param(wrong)
                        .query(Integer.class)
                        .single())
                .isZero();

        MvcResult created = mvc.perform(post("/civil/organizations")
                        .param("ownerId", Long.toString(root()))
                        .param("name", "АНО «Проверка контрольной цифры»")
                        .param("inn", valid)
                        .param("email", "check@example.org")
                        .with(as("region.admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).matches("/civil/organizations/\\d+");
        String card =
                html(mvc.perform(get(created.getResponse().getRedirectedUrl()).with(as("region.admin")))
                        .andReturn());
        assertThat(card).contains("не найдена в загруженном ЕГРЮЛ");
        // the same ИНН twice in one registry is refused
        MvcResult twice = mvc.perform(post("/civil/organizations")
                        .param("ownerId", Long.toString(root()))
                        .param("name", "Другое название")
                        .param("inn", valid)
                        .with(as("region.admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(html(twice)).contains("уже есть в этом реестре");
        // published to the portal's log
        assertThat(jdbc.sql("select count(*) from portal_publication_log where section = 'civil' and title = ?")
                        .param("АНО «Проверка контрольной цифры»")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anActivityWithItsResultsAndFileIsPublished() throws Exception {
        long kaluga = organizationId(KALUGA);
        long organization = jdbc.sql("select id from civil_organization where name like '%Молодёжный парламент%'")
                .query(Long.class)
                .single();
        MvcResult created = mvc.perform(post("/civil/activities")
                        .param("organizationId", Long.toString(organization))
                        .param("kind", "MONITORING_VISIT")
                        .param("title", "Мониторинговый визит в отдел опеки")
                        .param("heldOn", regionTime.today().minusDays(3).toString())
                        .param("startsAt", "09:30")
                        .param("results", "Нарушений сроков приёма граждан не выявлено.")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/civil/activities/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        MvcResult upload = mvc.perform(multipart("/civil/activities/" + id + "/files")
                        .file(new MockMultipartFile(
                                "file", "итоги.txt", "text/plain", "Итоги визита".getBytes(StandardCharsets.UTF_8)))
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andReturn();
        assertThat(upload.getResponse().getStatus()).isEqualTo(302);

        String page = html(mvc.perform(get("/public/" + kaluga + "/civil/activities/" + id))
                .andReturn());
        assertThat(page).contains("Мониторинговый визит в отдел опеки", "Нарушений сроков приёма граждан", "итоги.txt");
        long file = jdbc.sql("select id from civil_activity_file where activity_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        MvcResult download = mvc.perform(get("/public/" + kaluga + "/civil/activities/" + id + "/files/" + file))
                .andReturn();
        assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("Итоги визита");

        // a script disguised as a text file is refused in Russian
        MvcResult script = mvc.perform(multipart("/civil/activities/" + id + "/files")
                        .file(new MockMultipartFile(
                                "file", "итоги.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)))
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andReturn();
        assertThat(String.valueOf(script.getFlashMap().get("problem"))).contains("не принят");

        // the activity is in the site search of the subsection
        assertThat(civilSection.search(kaluga, "отдел опеки", 5))
                .anySatisfy(hit -> assertThat(hit.path()).isEqualTo("/public/" + kaluga + "/civil/activities/" + id));
        assertThat(civilSection.pages(kaluga))
                .anySatisfy(p -> assertThat(p.path()).isEqualTo("/public/" + kaluga + "/civil/activities/" + id));
    }

    @Test
    void theCalendarShowsTheMonthForTheOfficerAndThePublicWithAnIcsFile() throws Exception {
        long kaluga = organizationId(KALUGA);
        YearMonth month = YearMonth.from(regionTime.today().plusDays(12));
        String officer = html(mvc.perform(
                        get("/civil/calendar").param("month", month.toString()).with(as("kaluga.officer")))
                .andReturn());
        assertThat(officer).contains("id=\"calendar-grid\"", "проекта плана противодействия коррупции города Калуги");
        String page = html(mvc.perform(get("/public/" + kaluga + "/calendar").param("month", month.toString()))
                .andReturn());
        assertThat(page).contains("id=\"calendar-grid\"", "<th scope=\"col\">Пн</th>", "проекта плана противодействия");
        // a malformed month is refused in Russian
        assertThat(html(mvc.perform(get("/public/" + kaluga + "/calendar").param("month", "13-2026"))
                        .andReturn()))
                .contains("Месяц указан неверно");
        MvcResult ics = mvc.perform(get("/public/" + kaluga + "/calendar.ics")).andReturn();
        assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
        String text = ics.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("BEGIN:VEVENT", "SUMMARY:")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n ", "")).contains("проекта плана противодействия коррупции города Калуги");
        // the discussions are searchable
        assertThat(discussionSection.search(kaluga, "плана противодействия", 5)).isNotEmpty();
    }

    @Test
    void everyOfficersPageRenders() throws Exception {
        long organization = jdbc.sql("select min(id) from civil_organization where inn like '40270%'")
                .query(Long.class)
                .single();
        long activity = jdbc.sql("select min(id) from civil_activity where civil_organization_id = ?")
                .param(organization)
                .query(Long.class)
                .single();
        long discussion = jdbc.sql("select min(id) from civil_discussion where owner_id = ?")
                .param(organizationId(KALUGA))
                .query(Long.class)
                .single();
        for (String path : new String[] {
            "/civil",
            "/civil?q=Калуж",
            "/civil/organizations/new",
            "/civil/organizations/" + organization,
            "/civil/organizations/" + organization + "/edit",
            "/civil/activities/new?organization=" + organization,
            "/civil/activities/" + activity,
            "/civil/activities/" + activity + "/edit",
            "/civil/calendar",
            "/civil/discussions",
            "/civil/discussions/new",
            "/civil/discussions/" + discussion,
            "/civil/discussions/" + discussion + "/edit",
            "/civil/discussions/" + discussion + "/minutes"
        }) {
            assertThat(mvc.perform(get(path).with(as("region.admin")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(path)
                    .isEqualTo(200);
        }
        // the auditor reads but gets no forms
        assertThat(mvc.perform(get("/civil/organizations/new").with(as("region.auditor")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(html(mvc.perform(get("/civil/organizations/" + organization).with(as("region.auditor")))
                        .andReturn()))
                .doesNotContain("id=\"civil-edit\"", "id=\"representative-form\"");
    }

    @Test
    void everyPublicPageOfTheDemoRendersWithOneHeadingAndNoCodeNames() throws Exception {
        java.util.List<ru.probity.portal.PublicPage> pages = new java.util.ArrayList<>();
        for (long organization : new long[] {root(), organizationId(KALUGA)}) {
            pages.addAll(civilSection.pages(organization));
            pages.addAll(calendarSection.pages(organization));
            pages.addAll(discussionSection.pages(organization));
        }
        assertThat(pages).hasSizeGreaterThan(30);
        java.util.regex.Pattern code = java.util.regex.Pattern.compile(">[^<]*\\b([A-Z]{2,}_[A-Z_]+|null)\\b[^<]*<");
        for (var p : pages) {
            MvcResult result = mvc.perform(get(p.path())).andReturn();
            assertThat(result.getResponse().getStatus()).as(p.path()).isEqualTo(200);
            String page = html(result);
            assertThat(page.split("<h1", -1)).as(p.path()).hasSize(2);
            assertThat(code.matcher(page).find()).as(p.path()).isFalse();
            assertThat(page).as(p.path()).contains("<title>" + p.title());
        }
    }
}

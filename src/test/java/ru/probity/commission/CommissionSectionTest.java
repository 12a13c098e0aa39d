package ru.probity.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUserHolder;
import ru.probity.portal.PublicPage;

/**
 * Issue 21: the commission subsection of the public section — the composition with names, posts and
 * roles, the act that formed it, the next meeting by its day and time, and the results of the meetings
 * held as counts of questions by kind and decision.
 */
class CommissionSectionTest extends IntegrationTest {

    @Autowired
    CommissionSection section;

    @Autowired
    Meetings meetings;

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void kalugasSectionShowsTheCommissionOfItsDepartmentWithoutAnyCase() throws Exception {
        long kaluga = organizationId(KALUGA);
        var html = Jsoup.parse(page("/public/" + kaluga + "/commission"));
        var commission = html.selectFirst("article.public-commission");
        assertThat(commission).isNotNull();
        // formed at the department: a link to the department's own subsection, and the act
        assertThat(commission
                        .select("a[href=/public/" + organizationId(UGH) + "/commission]")
                        .text())
                .isEqualTo(UGH);
        assertThat(commission.select(".public-basis").text()).startsWith("Приказ начальника управления от 15.01.");
        // the composition: name, post, role — the independent expert among them
        var rows = commission.select("table.public-members tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(7);
        assertThat(rows.first().select("td").get(2).text()).isEqualTo("председатель");
        assertThat(commission.select("table.public-members").text())
                .contains(
                        "Орлова Светлана Николаевна",
                        "доцент кафедры государственного и муниципального управления",
                        "независимый эксперт (наука, образование, общественность)",
                        "Григорьева Наталья Павловна",
                        "секретарь");
        // the next meeting: its day and time, nothing of its agenda
        String next = LocalDate.now().plusDays(9).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(commission.select(".public-announcements li").eachText()).contains(next + ", 15:00");
        // the meeting held: two questions, counted by kind with the decision
        String held = LocalDate.now().minusDays(20).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String results = commission.select(".public-results").text();
        assertThat(results)
                .contains(
                        "от " + held + ": рассмотрено вопросов — 2",
                        "Уведомление о личной заинтересованности: 1",
                        "признано, что личная заинтересованность приводит или может привести к конфликту интересов,"
                                + " рекомендованы меры по его урегулированию — 1",
                        "Представление руководителя, иные материалы: 1",
                        "установлено, что требования к служебному поведению не соблюдались — 1");
        // the site search finds a member by name, with his role
        assertThat(section.search(kaluga, "орлова светлана", 5))
                .extracting(ru.probity.portal.PublicHit::snippet)
                .singleElement()
                .asString()
                .contains("Орлова Светлана Николаевна", "независимый эксперт");
        assertThat(section.pages(kaluga))
                .extracting(PublicPage::path)
                .containsExactly("/public/" + kaluga + "/commission");
    }

    @Test
    void aMeetingPlannedByTheSecretaryIsAnnouncedAndLogged() throws Exception {
        long ugh = organizationId(UGH);
        long commission = jdbc.sql("select id from commission where organization_id = ? and active")
                .param(ugh)
                .query(Long.class)
                .single();
        LocalDate day = LocalDate.now().plusDays(45);
        long meeting = meetings.create(
                ((CurrentUserHolder) users.loadUserByUsername("ugh.officer")).currentUser(),
                commission,
                day,
                LocalTime.of(10, 30),
                "каб. 12");
        try {
            var html = Jsoup.parse(page("/public/" + ugh + "/commission"));
            assertThat(html.select(".public-announcements li").eachText())
                    .contains(day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ", 10:30");
            assertThat(html.text()).doesNotContain("каб. 12");
            assertThat(jdbc.sql("""
                            select action from portal_publication_log
                            where organization_id = ? and section = 'commission' and created_by = 'ugh.officer'
                            order by id desc limit 1""").param(ugh).query(String.class).single()).isEqualTo("UPDATED");
        } finally {
            jdbc.sql("delete from commission_meeting where id = ?")
                    .param(meeting)
                    .update();
        }
    }

    @Test
    void anOrganizationWithoutACommissionSaysSo() throws Exception {
        long institution = jdbc.sql("""
                select o.id from organization o where o.kind = 'ENTERPRISE' and o.active
                  and not exists (select 1 from org_subtree s join commission c on c.organization_id = s.organization_id
                                  where s.ancestor_id = o.id)
                order by o.id limit 1""").query(Long.class).single();
        assertThat(page("/public/" + institution + "/commission"))
                .contains("id=\"commission-none\"", "Комиссии здесь пока не образованы.");
    }
}

package ru.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import ru.probity.IntegrationTest;

/** A registered report naming an employee is sent to the commission: the event, the history, who may. */
@RecordApplicationEvents
class ReportCommissionTest extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    PublicReports publicReports;

    long intake(String officer) throws Exception {
        String location = mvc.perform(multipart("/reports")
                        .param("organizationId", Long.toString(organizationId(UGH)))
                        .param("channel", "LETTER")
                        .param("topic", "CONFLICT_OF_INTEREST")
                        .param("text", "Письмо о конфликте интересов " + UUID.randomUUID())
                        .param("contacts", "Сидоров Семён, sidorov@example.ru")
                        .param("answerAddress", "true")
                        .param("aboutMunicipalEmployee", "true")
                        .with(csrf())
                        .with(as(officer)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    String flash(org.springframework.test.web.servlet.ResultActions result, String kind) {
        return String.valueOf(result.andReturn().getFlashMap().get(kind));
    }

    @Test
    void anOfficerNamesAnEmployeeOfTheSubtreeAndSendsTheReportToTheCommission() throws Exception {
        long id = intake("ugh.officer");
        long employee = employeeWithin(UGH);
        String lastName = jdbc.sql("select last_name from employee where id = ?")
                .param(employee)
                .query(String.class)
                .single();
        String number = jdbc.sql("select registration_number from report where id = ?")
                .param(id)
                .query(String.class)
                .single();

        String form = mvc.perform(get("/reports/" + id + "/commission")
                        .param("q", lastName)
                        .with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("id=\"employee-" + employee + "\"");

        // someone of another municipality cannot be named; nor can the officer of another one send it
        long stranger = employeeWithin(OBNINSK);
        assertThat(flash(
                        mvc.perform(post("/reports/" + id + "/commission")
                                .param("employeeId", Long.toString(stranger))
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("Этого сотрудника нельзя указать");
        mvc.perform(post("/reports/" + id + "/commission")
                        .param("employeeId", Long.toString(employee))
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/commission").with(csrf()).with(as("region.custodian")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/" + id + "/commission").with(as("ugh.head"))).andExpect(status().isForbidden());
        assertThat(events.stream(ReportSentToCommission.class)).isEmpty();

        int logged = jdbc.sql("select count(*) from access_log where subject_type = 'REPORT' and subject_id = ?"
                        + " and action = 'UPDATE' and details like 'sent to the commission%'")
                .param(id)
                .query(Integer.class)
                .single();
        assertThat(flash(
                        mvc.perform(post("/reports/" + id + "/commission")
                                .param("employeeId", Long.toString(employee))
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "notice"))
                .isEqualTo("reports.commission.sent");
        assertThat(events.stream(ReportSentToCommission.class))
                .containsExactly(new ReportSentToCommission(id, organizationId(UGH), employee, number));
        assertThat(jdbc.sql("select count(*) from report_history where report_id = ? and action = 'SENT_TO_COMMISSION'"
                                + " and actor = 'ugh.officer'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from access_log where subject_type = 'REPORT' and subject_id = ?"
                                + " and action = 'UPDATE' and details like 'sent to the commission%'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(logged + 1);

        // the officers see whom it names; the custodian sees that it went, not whom it names
        String card = mvc.perform(get("/reports/" + id).with(as("kaluga.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(card).contains("id=\"named-employee\"").contains(lastName).contains("направлено в комиссию");
        String custodian = mvc.perform(get("/reports/" + id).with(as("region.custodian")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(custodian).contains("id=\"sent-to-commission\"").doesNotContain("id=\"named-employee\"");

        // once only
        assertThat(flash(
                        mvc.perform(post("/reports/" + id + "/commission")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("уже направлено");
        assertThat(events.stream(ReportSentToCommission.class)).hasSize(1);
    }

    @Test
    void anUnregisteredReportIsNotSentAndAReportMayGoWithoutANamedEmployee() throws Exception {
        publicReports.submit(new PublicReports.Submission(
                organizationId(UGH),
                ReportTopic.OTHER,
                "Сообщение, которое ещё не зарегистрировано " + UUID.randomUUID(),
                null,
                null,
                null,
                null,
                false,
                false,
                List.of()));
        long unregistered =
                jdbc.sql("select max(id) from report").query(Long.class).single();
        assertThat(flash(
                        mvc.perform(post("/reports/" + unregistered + "/commission")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("Сначала зарегистрируйте");

        long id = intake("kaluga.officer");
        mvc.perform(post("/reports/" + id + "/commission")
                        .param("employeeId", "")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(ReportSentToCommission.class)).singleElement().satisfies(e -> {
            assertThat(e.reportId()).isEqualTo(id);
            assertThat(e.employeeId()).isNull();
            assertThat(e.organizationId()).isEqualTo(organizationId(UGH));
        });
    }
}

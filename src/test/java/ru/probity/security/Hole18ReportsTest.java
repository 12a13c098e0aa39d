package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import ru.probity.reports.ReportSentToCommission;

/**
 * Issue 18 (items 9 and 2): what a direct request could do with a citizen's report against 59-ФЗ
 * and Указ №821 — give it to the person it complains about (ст.8 ч.6), send an anonymous one to the
 * commission (п.17), destroy one before its term or outside the subtree.
 */
@RecordApplicationEvents
class Hole18ReportsTest extends SecurityTest {

    @Autowired
    ApplicationEvents events;

    long intake(String officer, String contacts) throws Exception {
        return intake(officer, contacts, true);
    }

    long intake(String officer, String contacts, boolean answerAddress) throws Exception {
        String location = mvc.perform(multipart("/reports")
                        .param("organizationId", Long.toString(organizationId(UGH)))
                        .param("channel", "HOTLINE")
                        .param("topic", "BRIBERY")
                        .param("text", "Звонок о взятке " + UUID.randomUUID())
                        .param("contacts", contacts)
                        .param("answerAddress", Boolean.toString(answerAddress))
                        .with(csrf())
                        .with(as(officer)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    String column(long id, String column) {
        return jdbc.sql("select cast(" + column + " as text) from report where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    long user(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    /**
     * The employee behind an officer account of the department, created for the test: an officer of
     * UGH linked to an employee of UGH who has no account yet.
     */
    long linkedOfficer(String username) {
        if (jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single()
                == 0) {
            long employee = jdbc.sql("""
                    select e.id from employee e join organization o on o.id = e.organization_id
                    where o.name = ? and e.active and not exists (select 1 from app_user u where u.employee_id = e.id)
                    order by e.id desc limit 1""").param(UGH).query(Long.class).single();
            jdbc.sql("""
                    insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                    select ?, password_hash, 'Проверка Жалобы', 'ANTICORRUPTION_OFFICER', organization_id, ?, 'test'
                    from app_user where username = 'ugh.officer'""").params(username, employee).update();
        }
        return jdbc.sql("select employee_id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    @Test
    void thePersonComplainedAboutCannotBeTheAssigneeEvenByADirectPost() throws Exception {
        long id = intake("kaluga.officer", "Сидоров Семён, sidorov@example.ru");
        long subject = linkedOfficer("hole18.officer");
        mvc.perform(post("/reports/" + id + "/subject")
                        .param("employeeId", Long.toString(subject))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        var refused = mvc.perform(post("/reports/" + id + "/assign")
                        .param("assigneeId", Long.toString(user("hole18.officer")))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andReturn();
        assertThat(String.valueOf(refused.getFlashMap().get("problem"))).contains("ст. 8 ч. 6");
        assertThat(column(id, "assignee_id")).isEqualTo(Long.toString(user("kaluga.officer")));
        // and once he is the assignee, he cannot be named as the subject either: reassign first
        long other = intake("hole18.officer", "Сидоров Семён, sidorov@example.ru");
        var named = mvc.perform(post("/reports/" + other + "/subject")
                        .param("employeeId", Long.toString(subject))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andReturn();
        assertThat(String.valueOf(named.getFlashMap().get("problem"))).contains("ст. 8 ч. 6");
        assertThat(jdbc.sql("select employee_id from report where id = ?")
                        .param(other)
                        .query(Long.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void anAnonymousReportCannotGoToTheCommissionByADirectPost() throws Exception {
        // a phone only: no surname or address for the answer, so anonymous (59-ФЗ ст.11 ч.1)
        long id = intake("ugh.officer", "+7 900 000-00-02", false);
        assertThat(column(id, "anonymous")).isEqualTo("true");
        long employee = employeeWithin(UGH);
        var refused = mvc.perform(post("/reports/" + id + "/commission")
                        .param("employeeId", Long.toString(employee))
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andReturn();
        assertThat(String.valueOf(refused.getFlashMap().get("problem"))).contains("п. 17");
        assertThat(jdbc.sql("select sent_to_commission_on from report where id = ?")
                        .param(id)
                        .query(LocalDate.class)
                        .optional())
                .isEmpty();
        assertThat(events.stream(ReportSentToCommission.class)).isEmpty();
    }

    @Test
    void noOneDestroysAReportBeforeItsTermOrOutsideHisSubtreeOrWithoutHandlingReports() throws Exception {
        long id = intake("ugh.officer", "Петров Пётр, г. Калуга, ул. Ленина, д. 6");
        jdbc.sql("update report set status = 'CLOSED', closed_on = date '2015-03-01' where id = ?")
                .param(id)
                .update();
        mvc.perform(post("/reports/retention/destroy")
                        .param("ids", Long.toString(id))
                        .param("act", "1")
                        .param("actOn", LocalDate.now().toString())
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/retention/destroy")
                        .param("ids", Long.toString(id))
                        .param("act", "1")
                        .param("actOn", LocalDate.now().toString())
                        .with(csrf())
                        .with(as("region.custodian")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/retention").with(as("region.custodian"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/retention").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(post("/reports/retention/destroy")
                        .param("ids", Long.toString(id))
                        .param("act", "1")
                        .param("actOn", LocalDate.now().toString())
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select body is not null from report where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // a recent one is refused even to its own officer
        long recent = intake("ugh.officer", "");
        jdbc.sql("update report set status = 'CLOSED', closed_on = current_date where id = ?")
                .param(recent)
                .update();
        var refused = mvc.perform(post("/reports/retention/destroy")
                        .param("ids", Long.toString(recent))
                        .param("act", "1")
                        .param("actOn", LocalDate.now().toString())
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andReturn();
        assertThat(String.valueOf(refused.getFlashMap().get("problem"))).contains("ещё не истёк");
    }
}

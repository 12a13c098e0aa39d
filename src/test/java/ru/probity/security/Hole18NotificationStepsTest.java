package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Issue 18, item 11: the new steps of a notification — requests sent, the term's extension, a
 * gift's handover act, valuation and buy-back — change its term and its record. Only an officer of
 * the notification's subtree records them; an employee (even the one who filed it) and an officer of
 * another municipality are refused, and every step needs the CSRF token.
 */
@Tag("security")
class Hole18NotificationStepsTest extends SecurityTest {

    private static final String[][] STEPS = {
        {"/requests"},
        {"/extension", "days", "30", "reason", "Ответ не получен"},
        {"/gift/handover", "act", "1", "on", LocalDate.now().toString()},
        {"/gift/valuation", "sum", "5000", "on", LocalDate.now().toString()},
        {"/gift/buyback", "appliedOn", LocalDate.now().toString()}
    };

    private long registeredGift() {
        long id = jdbc.sql("""
                insert into notification (organization_id, kind, status, channel, employee_id, person_name, summary,
                  details, submitted_on, registration_year, registration_seq, registration_number, registered_on,
                  registered_by, review_by, created_by, updated_by)
                values (?, 'GIFT', 'REGISTERED', 'ONLINE', (select employee_id from app_user where username = 'ugh.employee'), 'Дарёнов Иван', 'Подарок', '{"gift": "Часы"}', current_date,
                  2000, (select coalesce(max(registration_seq), 0) + 1 from notification where kind = 'GIFT'
                         and registration_year = 2000), 'ПД-тест', current_date, 'test', current_date + 10, 'test', 'test')
                returning id""").param(organizationId(UGH)).query(Long.class).single();
        return id;
    }

    private String state(long id) {
        return jdbc.sql("""
                select concat_ws('|', requests_sent_on, review_extended_on, gift_handover_act, gift_valuation,
                  gift_buyback_applied_on, review_by) from notification where id = ?""").param(id).query(String.class).single();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder step(long id, String[] step) {
        var request = post("/notifications/" + id + step[0]);
        for (int i = 1; i < step.length; i += 2) {
            request.param(step[i], step[i + 1]);
        }
        return request;
    }

    @Test
    void anEmployeeAndAnOfficerOfAnotherMunicipalityCannotRecordTheSteps() throws Exception {
        long id = registeredGift();
        String before = state(id);
        for (String account : List.of("ugh.employee", "obninsk.officer")) {
            for (String[] s : STEPS) {
                mvc.perform(step(id, s).with(as(account)).with(csrf())).andExpect(status().isForbidden());
            }
        }
        assertThat(state(id)).isEqualTo(before);

        // the notification's own officer can
        mvc.perform(step(id, STEPS[0]).with(as("ugh.officer")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(state(id)).isNotEqualTo(before);
    }

    private static final String[][] API = {
        {"/requests", null},
        {"/extension", "{\"days\": 30, \"reason\": \"Ответ не получен\"}"},
        {"/gift/handover", "{\"act\": \"1\", \"on\": \"" + LocalDate.now() + "\"}"},
        {"/gift/valuation", "{\"sum\": \"5000\", \"on\": \"" + LocalDate.now() + "\"}"},
        {"/gift/buyback", "{\"appliedOn\": \"" + LocalDate.now() + "\"}"}
    };

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder api(long id, String[] step) {
        var request = post("/api/v1/notifications/" + id + step[0]);
        if (step[1] != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(step[1]);
        }
        return request;
    }

    @Test
    void theApiRefusesTheStepsToAnEmployeeAndAnotherMunicipalityAndAllowsTheOfficer() throws Exception {
        long id = registeredGift();
        String before = state(id);
        for (String account : List.of("ugh.employee", "obninsk.officer")) {
            for (String[] s : API) {
                mvc.perform(api(id, s).with(httpBasic(account, DEMO_PASSWORD))).andExpect(status().isForbidden());
            }
        }
        assertThat(state(id)).isEqualTo(before);
        for (String[] s : API) {
            if (!s[0].equals("/extension")) {
                mvc.perform(api(id, s).with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                        .andExpect(status().isOk());
            }
        }
        assertThat(state(id)).contains("1|5000");
    }

    @Test
    void everyStepNeedsTheCsrfToken() throws Exception {
        long id = registeredGift();
        String before = state(id);
        for (String[] s : STEPS) {
            mvc.perform(step(id, s).with(as("ugh.officer"))).andExpect(status().isForbidden());
        }
        assertThat(state(id)).isEqualTo(before);
    }
}

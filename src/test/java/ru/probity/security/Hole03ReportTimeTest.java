package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.reports.PublicReception;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14, item 3: a web report's time of day was kept to the microsecond ({@code
 * report.updated_at}, {@code report_history.at}, the spent proof of work's expiry) and the API
 * returned it. A report and a reply sent through the public form, handled by an officer in between,
 * leave nothing but days: no column of the reports' tables can hold a time, the officers' API and
 * card show dates, and the history's order is the same on every reading.
 */
@Tag("security")
class Hole03ReportTimeTest extends SecurityTest {

    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}:\\d{2}");

    @Test
    void aWebReportAndAReplyLeaveOnlyTheDay() throws Exception {
        PublicReception reporter = new PublicReception(mvc, "10.3.0.1");
        MvcResult sent = reporter.submit(organizationId(UGH), "Сообщение о взятке для проверки времени хранения.");
        assertThat(sent.getResponse().getStatus()).isEqualTo(200);
        String receipt = PublicReception.receipt(sent);
        long id = jdbc.sql("select max(id) from report").query(Long.class).single();

        // the officer registers, takes it and asks; the reporter answers with a file
        long officer = jdbc.sql("select id from app_user where username = 'ugh.officer'")
                .query(Long.class)
                .single();
        var ugh = user(users.loadUserByUsername("ugh.officer"));
        mvc.perform(post("/reports/" + id + "/register").with(csrf()).with(ugh)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/" + id + "/assign")
                        .param("assigneeId", Long.toString(officer))
                        .with(csrf())
                        .with(ugh))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/" + id + "/messages")
                        .param("text", "Когда это было?")
                        .with(csrf())
                        .with(ugh))
                .andExpect(status().is3xxRedirection());
        String page = PublicReception.html(reporter.lookUp(receipt));
        MvcResult replied = reporter.reply(
                receipt,
                PublicReception.ticket(page),
                "Вчера вечером.",
                new MockMultipartFile("files", "foto.txt", "text/plain", "снимок".getBytes(StandardCharsets.UTF_8)));
        assertThat(replied.getResponse().getStatus()).isEqualTo(200);

        // no table of the reports can hold a time of day any more
        assertThat(jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                        where table_schema = current_schema() and table_name like 'report%'
                          and (data_type like 'time%' or data_type like 'interval%')""").query(String.class).list()).isEmpty();
        // and every day kept for this report is today's (in the region's zone)
        assertThat(jdbc.sql("select updated_on = current_date and received_on = current_date from report where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from report_history where report_id = ? and happened_on <> current_date")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from report_message where report_id = ? and created_on <> current_date")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        // a spent challenge keeps the day it expires, no more: at most tomorrow (2 hours' lifetime)
        assertThat(jdbc.sql("select count(*) from report_pow_spent where expires_on > current_date + 1")
                        .query(Integer.class)
                        .single())
                .isZero();

        // the officers' API: dates only, the history in the same order on every reading
        JsonMapper json = JsonMapper.builder().build();
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String body = mvc.perform(
                            get("/api/v1/reports/" + id + "/history").with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(TIME_OF_DAY.matcher(body).find()).as(body).isFalse();
            List<String> actions = new ArrayList<>();
            for (JsonNode entry : json.readTree(body)) {
                assertThat(entry.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
                actions.add(entry.get("action").asString());
            }
            orders.add(String.join(",", actions));
        }
        assertThat(orders.get(0))
                .isEqualTo(orders.get(1))
                .isEqualTo("RECEIVED,REGISTERED,ASSIGNED,MESSAGE,REPORTER_MESSAGE");
        String card = mvc.perform(get("/api/v1/reports/" + id).with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(TIME_OF_DAY.matcher(card).find()).as(card).isFalse();

        // the officer's card shows the history's days without a time
        String html = mvc.perform(get("/reports/" + id).with(ugh))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String history = html.substring(html.indexOf("id=\"report-history\""));
        history = history.substring(0, history.indexOf("</ul>"));
        assertThat(Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}")
                        .matcher(history)
                        .find())
                .as(history)
                .isFalse();
    }
}

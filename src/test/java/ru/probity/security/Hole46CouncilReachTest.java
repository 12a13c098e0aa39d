package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 46 (issue 21): what a council reaches. A municipality's secretary cannot pull a card of
 * another municipality's registry into his council's composition (the card's name, post and
 * organization would be copied to him): the card is not found and nothing is added. An executor who
 * sees an assignment of the region's council does not thereby read the council, its meeting, its
 * materials or its minutes (404). An officer who keeps a municipality's council and executes its
 * assignment to a body of his subtree does not accept his own report: another secretary does.
 */
@Tag("security")
class Hole46CouncilReachTest extends SecurityTest {

    static final String UPRAVA = "Городская Управа города Калуги";

    long cardIn(String organization) {
        return jdbc.sql("""
                        select e.id from employee e join organization o on o.id = e.organization_id
                        where o.name = ? order by e.id limit 1""").param(organization).query(Long.class).single();
    }

    long upravaCouncil() {
        Long existing = jdbc.sql("""
                        select c.id from council c join organization o on o.id = c.organization_id where o.name = ?""").param(UPRAVA).query(Long.class).optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        return jdbc.sql("""
                        insert into council (organization_id, name, created_by, updated_by)
                        select id, 'Совет при Городской Управе', 'test', 'test' from organization where name = ?
                        returning id""").param(UPRAVA).query(Long.class).single();
    }

    @Test
    void anotherMunicipalitysCardIsNotPulledIntoTheComposition() throws Exception {
        long council = upravaCouncil();
        long stranger = cardIn("Администрация города Обнинска");
        int before = jdbc.sql("select count(*) from council_member where council_id = ?")
                .param(council)
                .query(Integer.class)
                .single();
        mvc.perform(post("/council/" + council + "/members")
                        .param("employeeId", Long.toString(stranger))
                        .param("role", "MEMBER")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from council_member where council_id = ?")
                        .param(council)
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
        // a card of his own subtree is taken
        mvc.perform(post("/council/" + council + "/members")
                        .param("employeeId", Long.toString(cardIn("Управление городского хозяйства города Калуги")))
                        .param("role", "MEMBER")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anExecutorDoesNotReadTheRegionsCouncilThroughItsAssignment() throws Exception {
        var row = jdbc.sql("""
                        select a.id, a.meeting_id, m.council_id from council_assignment a
                        join council_meeting m on m.id = a.meeting_id
                        join organization o on o.id = a.executor_id where o.name = ? order by a.id limit 1""")
                .param(KALUGA)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        long material = jdbc.sql("select id from council_file where meeting_id = ? and report_id is null limit 1")
                .param(row[1])
                .query(Long.class)
                .single();
        mvc.perform(get("/council/assignments/" + row[0]).with(as("kaluga.officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/council/" + row[2]).with(as("kaluga.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/council/meetings/" + row[1]).with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/council/meetings/" + row[1] + "/materials/" + material)
                        .with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/council/meetings/" + row[1] + "/minutes.docx").with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/council/meetings/" + row[1] + "/assignments")
                        .param("executorId", "1")
                        .param("text", "Поручение себе")
                        .param("dueOn", "2030-01-01")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSecretaryDoesNotAcceptHisOwnReport() throws Exception {
        long council = upravaCouncil();
        long meeting = jdbc.sql("""
                        insert into council_meeting (council_id, held_on, place, status, created_by, updated_by)
                        values (?, current_date, 'Зал', 'HELD', 'test', 'test') returning id""").param(council).query(Long.class).single();
        long assignment = jdbc.sql("""
                        insert into council_assignment (meeting_id, executor_id, text, due_on, created_by, updated_by)
                        select ?, id, 'Проверить работу комиссии', current_date + 30, 'test', 'test'
                        from organization where name = 'Управление городского хозяйства города Калуги'
                        returning id""").param(meeting).query(Long.class).single();
        mvc.perform(post("/council/assignments/" + assignment + "/report")
                        .param("text", "Проверено")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/council/assignments/" + assignment).with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .doesNotContain("id=\"assignment-accept\""));
        mvc.perform(get("/tasks").with(as("kaluga.officer")))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .doesNotContain("Рассмотреть отчёт об исполнении поручения совета"));
        mvc.perform(post("/council/assignments/" + assignment + "/accept")
                        .header("Referer", "/council/assignments/" + assignment)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("другой секретарь")));
        assertThat(jdbc.sql("select status from council_assignment where id = ?")
                        .param(assignment)
                        .query(String.class)
                        .single())
                .isEqualTo("REPORTED");
        // another secretary of the council's subtree (the region) accepts it
        mvc.perform(post("/council/assignments/" + assignment + "/accept")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
    }
}

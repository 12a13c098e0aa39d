package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.commission.AgendaItem;
import ru.probity.commission.CaseIntake;
import ru.probity.commission.CaseKind;
import ru.probity.commission.Cases;
import ru.probity.commission.Meetings;
import ru.probity.commission.Member;
import ru.probity.commission.Voting;

/**
 * Hole 18 (issue 18, item 6): every member's vote was stored by name and served — the meeting's JSON
 * ({@code agenda[].votes}) and the meeting page's vote form (the radios checked again after a failed
 * vote) showed who voted how, so a secret ballot (DOMAIN.md: decisions by secret ballot unless the
 * commission decides otherwise) could not exist. Now a secret vote stores who voted and the totals;
 * no page, API or document can show a member's choice, because none is kept.
 */
@Tag("security")
class Hole18CommissionTest extends SecurityTest {

    @Autowired
    Cases cases;

    @Autowired
    Meetings meetings;

    @Autowired
    Voting voting;

    private CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    @Test
    void aSecretBallotsChoicesAreReadableNowhere() throws Exception {
        CurrentUser officer = current("ugh.officer");
        long ugh = organizationId(UGH);
        long caseId = cases.open(new CaseIntake(
                CaseKind.HEAD_SUBMISSION,
                ugh,
                null,
                "HOLE18",
                ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                null,
                "Сидоров Пётр Иванович",
                "специалист",
                "Представление о несоблюдении требований к служебному поведению",
                null,
                LocalDate.now()));
        long commission = jdbc.sql("select id from commission where organization_id = ? and active")
                .param(ugh)
                .query(Long.class)
                .single();
        long meeting = meetings.create(officer, commission, LocalDate.now(), null, null);
        meetings.addToAgenda(officer, meeting, caseId);
        meetings.recordAttendance(
                officer,
                meeting,
                meetings.attendance(meeting).stream().map(a -> a.member().id()).collect(Collectors.toSet()));
        AgendaItem item = meetings.agenda(officer, meeting).getFirst();
        List<Member> voters = voting.eligible(meeting, item);
        int n = voters.size();

        // a failed secret vote posted with every member's choice as well: the choices are dropped
        var request = post("/commission/meetings/" + meeting + "/agenda/" + item.id() + "/decision")
                .with(as("ugh.officer"))
                .with(csrf())
                .param("decision", "CONDUCT_BREACHED")
                .param("votesFor", "0")
                .param("votesAgainst", String.valueOf(n))
                .param("votesAbstained", "0");
        voters.forEach(m -> request.param("vote_" + m.id(), "AGAINST"));
        mvc.perform(request).andExpect(flash().attribute("notice", "commission.notAdopted"));

        assertThat(jdbc.sql("select count(*) from commission_vote where item_id = ? and choice is not null")
                        .param(item.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        for (String user : List.of("ugh.officer", "kaluga.commission")) {
            mvc.perform(get("/api/v1/commission/meetings/" + meeting).with(httpBasic(user, DEMO_PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.agenda[0].votesAgainst").value(n))
                    .andExpect(jsonPath("$.agenda[0].votes").isEmpty());
        }
        String page = mvc.perform(get("/commission/meetings/" + meeting).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the vote form shows again for another decision, with no member's choice checked
        assertThat(page)
                .contains("vote_" + voters.getFirst().id())
                .doesNotContain("checked=\"checked\" aria-label=\"против\"");
        assertThat(page.lines().filter(l -> l.contains("name=\"vote_") && l.contains("checked")))
                .isEmpty();
    }
}

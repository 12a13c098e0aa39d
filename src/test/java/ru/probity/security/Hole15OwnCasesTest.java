package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.commission.CaseIntake;
import ru.probity.commission.CaseKind;
import ru.probity.commission.Cases;
import ru.probity.commission.Meetings;

/**
 * Hole 15 (issue 16, item 7): the official a procurement finding is about ({@code ugh.head}) could
 * open that finding, the commission case about her and the meeting that considers it. Now a record
 * about the signed-in official himself or his relative (273-ФЗ ст.10–11) is left out of his lists
 * and refused when asked for directly (HTTP 403, written to the access log as a refusal).
 */
@Tag("security")
class Hole15OwnCasesTest extends SecurityTest {

    @Autowired
    Cases cases;

    @Autowired
    Meetings meetings;

    private CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private long headEmployee() {
        return jdbc.sql("select employee_id from app_user where username = 'ugh.head'")
                .query(Long.class)
                .single();
    }

    /** The demo's finding about ugh.head (one finding per conflict: 44-ФЗ ст.31 and 273-ФЗ ст.10). */
    private long findingAboutHead() {
        return jdbc.sql("select min(id) from finding where official_employee_id = ?")
                .param(headEmployee())
                .query(Long.class)
                .single();
    }

    private int refusals(String username, String path) {
        return jdbc.sql("""
                        select count(*) from access_log
                        where username = ? and action = 'REFUSED' and details like ?""")
                .params(username, "%" + path + "%")
                .query(Integer.class)
                .single();
    }

    @Test
    void theOfficialAFindingIsAboutNeitherSeesNorOpensIt() throws Exception {
        // her spouse's company: one finding under 44-ФЗ ст.31 and 273-ФЗ ст.10 (one per conflict)
        List<Long> findings = jdbc.sql("select id from finding where official_employee_id = ? order by id")
                .param(headEmployee())
                .query(Long.class)
                .list();
        assertThat(findings).isNotEmpty();
        for (long finding : findings) {
            String regNum = jdbc.sql(
                            "select c.reg_num from finding f join contract c on c.id = f.contract_id where f.id = ?")
                    .param(finding)
                    .query(String.class)
                    .single();
            String link = "/findings/" + finding + "\"";

            // the department's officer sees it; the head it is about does not
            assertThat(body("ugh.officer", "/findings?q=" + regNum + "&confidence=ALL"))
                    .contains(link);
            assertThat(body("ugh.head", "/findings?q=" + regNum + "&confidence=ALL"))
                    .doesNotContain(link);

            int before = refusals("ugh.head", "/findings/" + finding);
            mvc.perform(get("/findings/" + finding).with(as("ugh.head"))).andExpect(status().isForbidden());
            assertThat(refusals("ugh.head", "/findings/" + finding)).isEqualTo(before + 1);
        }
        assertThat(body("ugh.head", "/findings?confidence=ALL"))
                .doesNotContain("/findings/" + findings.getFirst() + "\"");
    }

    @Test
    void anOfficerWhoseRelativeTheFindingIsAboutCannotHandleIt() throws Exception {
        long head = headEmployee();
        // an officer of the department whom ugh.head lists as her relative (matched by INN)
        long officerEmployee = jdbc.sql("""
                        select e.id from employee e join organization o on o.id = e.organization_id
                        where o.name = ? and e.active and e.inn is not null and e.id <> ?
                          and not exists (select 1 from app_user u where u.employee_id = e.id)
                        order by e.id limit 1""").params(UGH, head).query(Long.class).single();
        jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                        select 'hole15.officer', password_hash, 'Проверка Безопасности', 'ANTICORRUPTION_OFFICER',
                               organization_id, ?, 'test'
                        from app_user where username = 'ugh.officer'""").param(officerEmployee).update();
        jdbc.sql("""
                        insert into relative (employee_id, relation, last_name, first_name, middle_name, inn, created_by, updated_by)
                        select ?, 'SIBLING', last_name, first_name, middle_name, inn, 'test', 'test'
                        from employee where id = ?""").params(head, officerEmployee).update();
        long finding = findingAboutHead();

        mvc.perform(get("/findings/" + finding).with(as("hole15.officer"))).andExpect(status().isForbidden());
        int before = refusals("hole15.officer", "/findings/" + finding + "/comment");
        mvc.perform(post("/findings/" + finding + "/comment")
                        .param("text", "беру в работу")
                        .with(csrf())
                        .with(as("hole15.officer")))
                .andExpect(status().isForbidden());
        assertThat(refusals("hole15.officer", "/findings/" + finding + "/comment"))
                .isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from finding_event where finding_id = ? and username = 'hole15.officer'")
                        .param(finding)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theCaseAndTheMeetingAboutTheOfficialAreNotHers() throws Exception {
        long finding = findingAboutHead();
        long ugh = organizationId(UGH);
        long caseId = cases.open(new CaseIntake(
                CaseKind.PROCUREMENT_FINDING,
                ugh,
                headEmployee(),
                "FINDING",
                finding,
                "находка № " + finding,
                null,
                null,
                "Личная заинтересованность руководителя при заключении контракта",
                null,
                LocalDate.now()));
        CurrentUser officer = current("ugh.officer");
        long commission = jdbc.sql("select id from commission where organization_id = ? and active")
                .param(ugh)
                .query(Long.class)
                .single();
        long meeting = meetings.create(officer, commission, LocalDate.now().plusDays(3), null, null);
        meetings.addToAgenda(officer, meeting, caseId);

        // the officer sees both; the head they are about sees neither
        assertThat(body("ugh.officer", "/commission/cases")).contains("/commission/cases/" + caseId + "\"");
        assertThat(body("ugh.head", "/commission/cases")).doesNotContain("/commission/cases/" + caseId + "\"");
        mvc.perform(get("/commission/cases/" + caseId).with(as("ugh.officer"))).andExpect(status().isOk());

        int before = refusals("ugh.head", "/commission/cases/" + caseId);
        mvc.perform(get("/commission/cases/" + caseId).with(as("ugh.head"))).andExpect(status().isForbidden());
        assertThat(refusals("ugh.head", "/commission/cases/" + caseId)).isEqualTo(before + 1);

        before = refusals("ugh.head", "/commission/meetings/" + meeting);
        mvc.perform(get("/commission/meetings/" + meeting).with(as("ugh.head"))).andExpect(status().isForbidden());
        mvc.perform(get("/commission/meetings/" + meeting + "/minutes.docx").with(as("ugh.head")))
                .andExpect(status().isForbidden());
        assertThat(refusals("ugh.head", "/commission/meetings/" + meeting)).isEqualTo(before + 2);
        assertThat(body("ugh.head", "/commission")).doesNotContain("/commission/meetings/" + meeting + "\"");

        // with another question on the agenda she sees the meeting, without her own question
        long other = cases.openManually(
                officer,
                CaseKind.HEAD_SUBMISSION,
                ugh,
                "Иванов Иван Иванович",
                null,
                "Представление о другом служащем",
                null);
        meetings.addToAgenda(officer, meeting, other);
        String page = body("ugh.head", "/commission/meetings/" + meeting);
        assertThat(page)
                .contains("Представление о другом служащем")
                .doesNotContain("Личная заинтересованность руководителя");
        assertThat(body("ugh.officer", "/commission/meetings/" + meeting))
                .contains("Личная заинтересованность руководителя");
    }

    private String body(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

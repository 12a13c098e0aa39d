package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.commission.AgendaItem;
import ru.probity.commission.CaseKind;
import ru.probity.commission.Cases;
import ru.probity.commission.CommissionCase;
import ru.probity.commission.Decision;
import ru.probity.commission.Meetings;
import ru.probity.commission.Member;
import ru.probity.commission.Voting;
import ru.probity.declarations.checks.DeclarationContent;

/**
 * The results of a declaration's check go to the commission as a case (Указ №821 п.16 «а») and the
 * commission's decision comes back to the declaration.
 */
class DeclarationReferralTest extends IntegrationTest {

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    @Autowired
    Cases cases;

    @Autowired
    Meetings meetings;

    @Autowired
    Voting voting;

    CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    String flash(ResultActions result, String kind) {
        return String.valueOf(result.andReturn().getFlashMap().get(kind));
    }

    /** A declaration of an employee of the department with a deal far above three years' income. */
    long declarationWithAnExpenseControlFinding(long employee) {
        CurrentUser officer = current("ugh.officer");
        int year = LocalDate.now().getYear() - 1;
        long obligation = campaigns.oblige(
                officer,
                employee,
                ObligationKind.TRANSFER,
                year,
                LocalDate.now().plusDays(30),
                "перевод");
        DeclarationContent simple = DeclarationsTest.simple("Проверяемый", "500000", "100000");
        var declarant = simple.declarant().orElseThrow();
        var withDeal = new DeclarationContent.Person(
                declarant.relation(),
                declarant.lastName(),
                declarant.firstName(),
                declarant.middleName(),
                declarant.birthDate(),
                declarant.incomes(),
                List.of(new DeclarationContent.Expense(
                        DeclarationContent.DealSubject.LAND,
                        "земельный участок 15 соток",
                        new BigDecimal("9000000"),
                        "накопления")),
                declarant.realEstate(),
                declarant.vehicles(),
                declarant.accounts(),
                declarant.shares(),
                declarant.inUse());
        return declarations.submit(
                officer,
                obligation,
                new DeclarationContent(List.of(withDeal, simple.spouse().orElseThrow())));
    }

    Optional<Long> caseFrom(long declaration) {
        return jdbc.sql("select id from commission_case where source_type = 'DECLARATION' and source_id = ?")
                .param(declaration)
                .query(Long.class)
                .optional();
    }

    long eventually(long declaration) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<Long> found = caseFrom(declaration);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No case arrived in 10 s");
    }

    @Test
    void anOfficerSendsTheCheckOfADeclarationToTheCommissionWhichDecidesOnIt() throws Exception {
        long employee = employeeWithin(UGH);
        long declaration = declarationWithAnExpenseControlFinding(employee);
        String page = mvc.perform(get("/declarations/" + declaration).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"referral-form\"");

        // nobody but an officer of the subtree sends it
        mvc.perform(post("/declarations/" + declaration + "/commission")
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/declarations/" + declaration + "/commission")
                        .with(csrf())
                        .with(as("ugh.head")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/declarations/" + declaration + "/commission").with(as("ugh.officer")))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(caseFrom(declaration)).isEmpty();

        assertThat(flash(
                        mvc.perform(post("/declarations/" + declaration + "/commission")
                                .param("report", "Сделка не подтверждена сведениями о доходах; нужны пояснения.")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "notice"))
                .isEqualTo("declarations.commission.sent");
        long caseId = eventually(declaration);
        CurrentUser officer = current("ugh.officer");
        CommissionCase c = cases.get(officer, caseId);
        assertThat(c.kind()).isEqualTo(CaseKind.DECLARATION);
        assertThat(c.employeeId()).isEqualTo(employee);
        assertThat(c.sourceRef()).isEqualTo("справка за " + (LocalDate.now().getYear() - 1) + " год");
        assertThat(c.summary()).contains("Основание для контроля за расходами (230-ФЗ)");
        assertThat(c.materials())
                .contains("ч. 1 ст. 3 Федерального закона от 03.12.2012 № 230-ФЗ")
                .contains("Доклад ответственного за профилактику:")
                .contains("нужны пояснения");
        assertThat(jdbc.sql("select count(*) from access_log where subject_type = 'DECLARATION' and subject_id = ?"
                                + " and action = 'UPDATE' and details = 'sent to commission'")
                        .param(declaration)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // once only
        assertThat(flash(
                        mvc.perform(post("/declarations/" + declaration + "/commission")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("уже направлена");

        // the commission decides; the declaration learns the decision
        long commission = jdbc.sql("select id from commission where organization_id = ? and active")
                .param(organizationId(UGH))
                .query(Long.class)
                .single();
        long meeting = meetings.create(officer, commission, LocalDate.now(), null, null);
        meetings.addToAgenda(officer, meeting, caseId);
        List<Member> members = meetings.attendance(meeting).stream()
                .map(Meetings.Attendance::member)
                .toList();
        Set<Long> present = members.stream().map(Member::id).collect(Collectors.toSet());
        meetings.recordAttendance(officer, meeting, present);
        AgendaItem item = meetings.agenda(officer, meeting).stream()
                .filter(i -> i.theCase().id() == caseId)
                .findFirst()
                .orElseThrow();
        Map<Long, String> votes = new HashMap<>();
        voting.eligible(meeting, item).forEach(m -> votes.put(m.id(), "FOR"));
        Voting.Outcome outcome = voting.decide(
                officer, item.id(), new Voting.Ballot(Decision.DECLARATION_UNRELIABLE, null, null, null, votes));
        assertThat(outcome.adopted()).isTrue();

        String after = mvc.perform(get("/declarations/" + declaration).with(as("ugh.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after)
                .contains("id=\"referral-sent\"")
                .contains("id=\"referral-decision\"")
                .contains("Протокол №")
                .doesNotContain("id=\"referral-form\"");
        // the case links back to the declaration for the officers only
        assertThat(mvc.perform(get("/commission/cases/" + caseId).with(as("ugh.officer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("/declarations/" + declaration);
    }

    @Test
    void aDeclarationWithoutFindingsGoesOnlyWithTheOfficersReportAndNeverByTheDeclarantHimself() throws Exception {
        CurrentUser officer = current("ugh.officer");
        long employee =
                jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, declaration_required,
                                      created_by, updated_by)
                values (?, 'Чистов', 'Пётр', 'главный специалист', true, 'test', 'test') returning id""").param(organizationId(UGH)).query(Long.class).single();
        long obligation = campaigns.oblige(
                officer, employee, ObligationKind.ENTRY, LocalDate.now().getYear() - 1, LocalDate.now(), "приём");
        long clean = declarations.submit(officer, obligation, DeclarationsTest.simple("Чистов", "900000", "300000"));
        assertThat(declarations.findings(clean)).isEmpty();

        assertThat(flash(
                        mvc.perform(post("/declarations/" + clean + "/commission")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("изложите основания в докладе");
        assertThat(caseFrom(clean)).isEmpty();
        mvc.perform(post("/declarations/" + clean + "/commission")
                        .param("report", "Поступила информация о неуказанном счёте в банке.")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        CommissionCase c = cases.get(officer, eventually(clean));
        assertThat(c.summary()).contains("по докладу ответственного");
        assertThat(c.materials()).startsWith("Доклад ответственного за профилактику:");

        // an officer who is himself the declarant does not send his own declaration
        CurrentUser officerHimself = new CurrentUser(
                -employee, "self" + employee, "Чистов", officer.role(), officer.organizationId(), employee);
        assertThat(DeclarationReferrals.maySend(officerHimself, employee)).isFalse();
        assertThat(DeclarationReferrals.maySend(officer, employee)).isTrue();
        assertThat(DeclarationReferrals.maySend(current("ugh.employee"), employee))
                .isFalse();
    }
}

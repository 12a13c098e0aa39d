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
 * A declaration matter goes to the commission only as the materials of a finished проверка (Указ
 * №821 п.16 «а», п.25.1 for the control of expenses) and the commission's decision comes back to the
 * declaration.
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

    @Autowired
    Verifications verifications;

    /** A finished проверка of the declaration whose report sends the materials to the commission. */
    long finishedVerification(long declaration, VerificationKind kind, VerificationOutcome outcome) {
        CurrentUser officer = current("ugh.officer");
        LocalDate decided = LocalDate.now().minusDays(20);
        long id = verifications.start(
                officer,
                declaration,
                new Verifications.Start(
                        kind,
                        "PREVENTION_UNIT",
                        "Анализ сведений о доходах",
                        "Глава городской Управы",
                        "9-р",
                        decided));
        verifications.notified(officer, id, decided.plusDays(1));
        verifications.explanation(officer, id, decided.plusDays(5), "Участок куплен на средства от продажи квартиры.");
        verifications.request(officer, id, "Росреестр", "о сделках с квартирой", decided.plusDays(6));
        verifications.report(
                officer,
                id,
                decided.plusDays(15),
                outcome,
                "Продажа квартиры не подтверждена; нужны решения комиссии.");
        return id;
    }

    @Test
    void aDeclarationMatterReachesTheCommissionOnlyWithAVerificationReport() throws Exception {
        long employee = employeeWithin(UGH);
        long declaration = declarationWithAnExpenseControlFinding(employee);
        // raw findings with a note go nowhere: the old way is closed
        mvc.perform(post("/declarations/" + declaration + "/commission")
                        .param("report", "Сделка не подтверждена")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isGreaterThanOrEqualTo(400));
        CurrentUser officer = current("ugh.officer");
        LocalDate decided = LocalDate.now().minusDays(3);
        long open = verifications.start(
                officer,
                declaration,
                new Verifications.Start(
                        VerificationKind.DECLARATION, "AUTHORITIES", "УФНС, письмо № 5", "Глава", null, decided));
        assertThat(flash(
                        mvc.perform(post("/verifications/" + open + "/commission")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("не завершена");
        long noGrounds =
                finishedVerification(declaration, VerificationKind.DECLARATION, VerificationOutcome.NO_GROUNDS);
        assertThat(flash(
                        mvc.perform(post("/verifications/" + noGrounds + "/commission")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("подп. «а» п. 16");
        assertThat(caseFrom(declaration)).isEmpty();

        long id = finishedVerification(declaration, VerificationKind.DECLARATION, VerificationOutcome.COMMISSION);
        String card = mvc.perform(get("/verifications/" + id).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(card).contains("id=\"referral-form\"");

        // nobody but an officer of the subtree sends it
        mvc.perform(post("/verifications/" + id + "/commission").with(csrf()).with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/verifications/" + id + "/commission").with(csrf()).with(as("ugh.head")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/verifications/" + id + "/commission").with(as("ugh.officer")))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(caseFrom(declaration)).isEmpty();

        assertThat(flash(
                        mvc.perform(post("/verifications/" + id + "/commission")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "notice"))
                .isEqualTo("declarations.commission.sent");
        long caseId = eventually(declaration);
        CommissionCase c = cases.get(officer, caseId);
        assertThat(c.kind()).isEqualTo(CaseKind.DECLARATION);
        assertThat(c.employeeId()).isEqualTo(employee);
        assertThat(c.sourceRef()).isEqualTo("справка за " + (LocalDate.now().getYear() - 1) + " год");
        assertThat(c.summary()).contains("Проверка № " + id).contains("материалы в комиссию");
        assertThat(c.materials())
                .contains("Решение о проведении проверки: Глава городской Управы")
                .contains("Доклад о результатах проверки от")
                .contains("Продажа квартиры не подтверждена")
                .contains("Объяснения служащего от")
                .contains("Участок куплен на средства от продажи квартиры.")
                .contains("Росреестр")
                .contains("ч. 1 ст. 3 Федерального закона от 03.12.2012 № 230-ФЗ");
        assertThat(jdbc.sql("select count(*) from access_log where subject_type = 'DECLARATION' and subject_id = ?"
                                + " and action = 'UPDATE' and details = 'sent to commission'")
                        .param(declaration)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // once only
        assertThat(flash(
                        mvc.perform(post("/verifications/" + id + "/commission")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("уже отмечен");

        // the commission decides; the declaration learns the decision
        decide(officer, caseId, Decision.DECLARATION_UNRELIABLE);
        String after = mvc.perform(get("/declarations/" + declaration).with(as("ugh.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after)
                .contains("id=\"referral-sent\"")
                .contains("id=\"referral-decision\"")
                .contains("Протокол №");
        // the case links back to the declaration for the officers only
        assertThat(mvc.perform(get("/commission/cases/" + caseId).with(as("ugh.officer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("/declarations/" + declaration);
    }

    @Test
    void theMaterialsOfTheControlOfExpensesReachTheCommissionAsAnExpenseControlCase() throws Exception {
        long employee =
                jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, declaration_required,
                                      created_by, updated_by)
                values (?, 'Тратов', 'Пётр', 'главный специалист', true, 'test', 'test') returning id""").param(organizationId(UGH)).query(Long.class).single();
        long declaration = declarationWithAnExpenseControlFinding(employee);
        long id = finishedVerification(declaration, VerificationKind.EXPENSES, VerificationOutcome.COMMISSION);
        mvc.perform(post("/verifications/" + id + "/commission").with(csrf()).with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        CommissionCase c = cases.get(current("ugh.officer"), eventually(declaration));
        assertThat(c.kind()).isEqualTo(CaseKind.EXPENSE_CONTROL);
        assertThat(c.kind().decisions()).contains(Decision.EXPENSES_RELIABLE, Decision.EXPENSES_UNRELIABLE);
        assertThat(c.summary()).contains("контроль за расходами");

        // an officer who is himself the declarant does not send his own declaration
        CurrentUser officer = current("ugh.officer");
        CurrentUser officerHimself = new CurrentUser(
                -employee, "self" + employee, "Тратов", officer.role(), officer.organizationId(), employee);
        assertThat(DeclarationReferrals.maySend(officerHimself, employee)).isFalse();
        assertThat(DeclarationReferrals.maySend(officer, employee)).isTrue();
        assertThat(DeclarationReferrals.maySend(current("ugh.employee"), employee))
                .isFalse();
    }

    void decide(CurrentUser officer, long caseId, Decision decision) {
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
        Voting.Outcome outcome =
                voting.decide(officer, item.id(), new Voting.Ballot(decision, null, null, null, votes));
        assertThat(outcome.adopted()).isTrue();
    }
}

package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.tasks.Task;

/**
 * The проверка of a servant and the control of his expenses as workflows with their terms (25-ФЗ
 * ст.15 and ст.27.1, Указ №1065 as the model, 230-ФЗ ст.4–5 and ст.16).
 */
class VerificationTest extends IntegrationTest {

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    @Autowired
    Verifications verifications;

    @Autowired
    VerificationTasks tasks;

    CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    String flash(ResultActions result, String kind) {
        return String.valueOf(result.andReturn().getFlashMap().get(kind));
    }

    /** A declaration of a new employee of the department. */
    long declaration(String lastName) {
        CurrentUser officer = current("ugh.officer");
        long employee = jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, declaration_required,
                                      created_by, updated_by)
                values (?, ?, 'Пётр', 'главный специалист', true, 'test', 'test') returning id""")
                .params(organizationId(UGH), lastName)
                .query(Long.class)
                .single();
        long obligation = campaigns.oblige(
                officer, employee, ObligationKind.ENTRY, LocalDate.now().getYear() - 1, LocalDate.now(), "приём");
        return declarations.submit(officer, obligation, DeclarationsTest.simple(lastName, "900000", "300000"));
    }

    long start(long declaration, VerificationKind kind, LocalDate decidedOn) {
        return verifications.start(
                current("ugh.officer"),
                declaration,
                new Verifications.Start(
                        kind,
                        "AUTHORITIES",
                        "Прокуратура города, письмо от 01.03 № 7-12",
                        "Глава городской Управы Иванов И.И.",
                        "15-р",
                        decidedOn));
    }

    static LocalDate aFridayAgo(int weeks) {
        return LocalDate.now().minusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    List<Task> tasksOf(String username, long verification) {
        return tasks.tasksOf(current(username)).stream()
                .filter(t -> t.link().equals("/verifications/" + verification))
                .toList();
    }

    @Test
    void anAnonymousLetterIsNoGroundForAVerification() throws Exception {
        long declaration = declaration("Анонимов");
        String anonymous = flash(
                mvc.perform(post("/declarations/" + declaration + "/verifications")
                        .param("kind", "DECLARATION")
                        .param("ground", "ANONYMOUS")
                        .param("groundSource", "письмо без подписи")
                        .param("decidedBy", "Глава городской Управы")
                        .with(csrf())
                        .with(as("ugh.officer"))),
                "problem");
        assertThat(anonymous).contains("анонимного характера").contains("№ 1065");
        // an unnamed source is anonymous too; for expenses the 230-ФЗ says so itself
        String expenses = flash(
                mvc.perform(post("/declarations/" + declaration + "/verifications")
                        .param("kind", "EXPENSES")
                        .param("ground", "MEDIA")
                        .param("groundSource", " ")
                        .param("decidedBy", "Глава городской Управы")
                        .with(csrf())
                        .with(as("ugh.officer"))),
                "problem");
        assertThat(expenses).contains("ч. 3 ст. 4 Федерального закона от 03.12.2012 № 230-ФЗ");
        // nor without the written decision of the representative
        assertThat(flash(
                        mvc.perform(post("/declarations/" + declaration + "/verifications")
                                .param("kind", "DECLARATION")
                                .param("ground", "AUTHORITIES")
                                .param("groundSource", "УФНС, письмо № 3")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("представителя нанимателя");
        assertThat(jdbc.sql("select count(*) from verification where declaration_id = ?")
                        .param(declaration)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theServantIsNotifiedWithinTwoWorkingDays() {
        long declaration = declaration("Уведомляев");
        LocalDate friday = aFridayAgo(1);
        long id = start(declaration, VerificationKind.DECLARATION, friday);
        Verification v = verifications.get(current("ugh.officer"), id);
        // the weekend (and any holiday) does not count: Tuesday at the earliest
        assertThat(v.noticeDue())
                .isEqualTo(ru.probity.platform.WorkingDays.plus(friday, 2))
                .isAfterOrEqualTo(friday.plusDays(4));
        assertThat(tasksOf("ugh.officer", id))
                .extracting(Task::kind, Task::due)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "tasks.kind.verification.notify", ru.probity.platform.WorkingDays.plus(friday, 2)),
                        org.assertj.core.groups.Tuple.tuple("tasks.kind.verification.report", friday.plusDays(60)));
        verifications.notified(current("ugh.officer"), id, friday.plusDays(3));
        assertThat(tasksOf("ugh.officer", id)).extracting(Task::kind).doesNotContain("tasks.kind.verification.notify");
        // the employee himself has no such task
        assertThat(tasks.tasksOf(current("ugh.employee"))).isEmpty();
    }

    @Test
    void theTermIsSixtyDaysExtendableOnceByThirty() throws Exception {
        long declaration = declaration("Срокова");
        LocalDate decided = LocalDate.now().minusDays(50);
        long id = start(declaration, VerificationKind.RESTRICTIONS, decided);
        assertThat(verifications.get(current("ugh.officer"), id).termEnd()).isEqualTo(decided.plusDays(60));
        assertThat(flash(
                        mvc.perform(post("/verifications/" + id + "/extension")
                                .param("days", "31")
                                .param("reason", "ответ банка не получен")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("не более чем на 30 дней");
        assertThat(flash(
                        mvc.perform(post("/verifications/" + id + "/extension")
                                .param("days", "30")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("причину");
        mvc.perform(post("/verifications/" + id + "/extension")
                        .param("days", "30")
                        .param("reason", "ответ банка не получен")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(verifications.get(current("ugh.officer"), id).termEnd()).isEqualTo(decided.plusDays(90));
        assertThat(flash(
                        mvc.perform(post("/verifications/" + id + "/extension")
                                .param("days", "5")
                                .param("reason", "ещё раз")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("только однажды");
        assertThat(page("/verifications/" + id)).contains("id=\"extended\"").contains("ответ банка не получен");
    }

    @Test
    void aPenaltyWithoutTheServantsExplanationIsRefused() throws Exception {
        long declaration = declaration("Молчунов");
        LocalDate friday = aFridayAgo(3);
        long id = start(declaration, VerificationKind.DECLARATION, friday);
        CurrentUser officer = current("ugh.officer");
        verifications.notified(officer, id, friday);
        verifications.report(officer, id, friday.plusDays(14), VerificationOutcome.PENALTY, "Не указан счёт в банке.");
        String penalty = flash(
                mvc.perform(post("/verifications/" + id + "/penalty")
                        .param("penalty", "REMARK")
                        .param("committedOn", friday.minusMonths(2).toString())
                        .param("discoveredOn", friday.toString())
                        .with(csrf())
                        .with(as("ugh.officer"))),
                "problem");
        assertThat(penalty).contains("ч. 3 ст. 27.1 Федерального закона от 02.03.2007 № 25-ФЗ");
        // the act of no explanation only after two working days: Friday's notice, so not before Tuesday
        assertThat(flash(
                        mvc.perform(post("/verifications/" + id + "/refusal-act")
                                .param("on", friday.plusDays(3).toString())
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("не ранее "
                        + friday.plusDays(4).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        verifications.refusalAct(officer, id, friday.plusDays(4));
        verifications.penalty(
                officer, id, VerificationPenalty.REMARK, null, friday.minusDays(1), friday.minusMonths(2));
        assertThat(page("/verifications/" + id)).contains("замечание");
    }

    @Test
    void aPenaltyIsRefusedSixMonthsAfterTheOffenceWasDiscoveredOrThreeYearsAfterItWasCommitted() throws Exception {
        long declaration = declaration("Давнишний");
        LocalDate decided = LocalDate.now().minusDays(20);
        long id = start(declaration, VerificationKind.DECLARATION, decided);
        CurrentUser officer = current("ugh.officer");
        verifications.notified(officer, id, decided);
        verifications.explanation(officer, id, decided.plusDays(3), "Счёт забыл указать.");
        verifications.report(officer, id, decided.plusDays(10), VerificationOutcome.PENALTY, "Не указан счёт.");
        // discovered seven months before the проверка and more than ten days of it: late
        String late = flash(
                mvc.perform(post("/verifications/" + id + "/penalty")
                        .param("penalty", "REPRIMAND")
                        .param("committedOn", decided.minusMonths(8).toString())
                        .param("discoveredOn", decided.minusMonths(7).toString())
                        .with(csrf())
                        .with(as("ugh.officer"))),
                "problem");
        assertThat(late).contains("ч. 6 ст. 27.1");
        // committed more than three years ago: late, however fresh the discovery
        assertThat(flash(
                        mvc.perform(post("/verifications/" + id + "/penalty")
                                .param("penalty", "REPRIMAND")
                                .param(
                                        "committedOn",
                                        LocalDate.now()
                                                .minusYears(3)
                                                .minusDays(1)
                                                .toString())
                                .param("discoveredOn", decided.toString())
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("трёх лет");
        // the time of the проверка does not count: discovered 6 months and 5 days ago, the проверка took 10 days
        LocalDate discovered = LocalDate.now().minusMonths(6).minusDays(5);
        assertThat(Verification.penaltyLimit(
                        discovered, discovered.minusMonths(1), discovered.plusDays(1), discovered.plusDays(11)))
                .isEqualTo(discovered.plusMonths(6).plusDays(10));
        verifications.penalty(
                officer, id, VerificationPenalty.REPRIMAND, null, decided.minusDays(1), decided.minusMonths(1));
        assertThat(page("/verifications/" + id)).contains("выговор");
    }

    @Test
    void theControlOfExpensesSendsItsMaterialsToTheProsecutorWithinThreeWorkingDays() throws Exception {
        long declaration = declaration("Расходов");
        LocalDate friday = aFridayAgo(2);
        long plain = start(declaration, VerificationKind.DECLARATION, friday);
        CurrentUser officer = current("ugh.officer");
        verifications.notified(officer, plain, friday);
        assertThat(flash(
                        mvc.perform(post("/verifications/" + plain + "/report")
                                .param("outcome", "PROSECUTOR")
                                .param("text", "В прокуратуру")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("итог");

        long expenses = start(declaration, VerificationKind.EXPENSES, friday);
        verifications.notified(officer, expenses, friday.plusDays(3));
        verifications.report(
                officer,
                expenses,
                friday.plusDays(7),
                VerificationOutcome.PROSECUTOR,
                "Законность источников средств на приобретение земельного участка не подтверждена.");
        assertThat(tasksOf("ugh.officer", expenses))
                .extracting(Task::kind, Task::due)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "tasks.kind.verification.prosecutor", friday.plusDays(12))); // Friday + 3 working days
        verifications.prosecutor(officer, expenses, friday.plusDays(8));
        verifications.informed(officer, expenses, friday.plusDays(8));
        assertThat(tasksOf("ugh.officer", expenses)).isEmpty();
        assertThat(page("/verifications/" + expenses))
                .contains("id=\"step-prosecutor\"")
                .contains("направление материалов контроля за расходами в органы прокуратуры");
    }

    @Test
    void theOfficerRunsAVerificationFromDecisionToReportOnItsPages() throws Exception {
        long declaration = declaration("Проверяемов");
        assertThat(page("/declarations/" + declaration)).contains("id=\"verification-start\"");
        String location = mvc.perform(post("/declarations/" + declaration + "/verifications")
                        .param("kind", "DECLARATION")
                        .param("ground", "PREVENTION_UNIT")
                        .param("groundSource", "Докладная записка по итогам анализа справок")
                        .param("decidedBy", "Глава городской Управы Иванов И.И.")
                        .param("decisionNumber", "21-р")
                        .param("decidedOn", LocalDate.now().minusDays(10).toString())
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String[][] steps = {
            {"notified", "on", LocalDate.now().minusDays(9).toString()},
            {"interview-requested", "on", LocalDate.now().minusDays(8).toString()},
            {"interview", "on", LocalDate.now().minusDays(6).toString()},
            {"explanation", "text", "Вклад открыт супругой, о нём не знал."},
            {"requests", "addressee", "ПАО «Банк», отделение № 1"},
        };
        for (String[] step : steps) {
            mvc.perform(post("/verifications/" + id + "/" + step[0])
                            .param(step[1], step[2])
                            .with(csrf())
                            .with(as("ugh.officer")))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/verifications/" + id + "/report")
                        .param("outcome", "NO_GROUNDS")
                        .param("text", "Сведения уточнены; оснований для взыскания нет.")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        String card = page("/verifications/" + id);
        assertThat(card)
                .contains("Глава городской Управы Иванов И.И.")
                .contains("ПАО «Банк», отделение № 1")
                .contains("Вклад открыт супругой")
                .contains("отсутствие оснований для применения мер юридической ответственности")
                .doesNotContain("id=\"referral-form\"");
        assertThat(page("/verifications")).contains("Проверяемов");
        assertThat(page("/declarations/" + declaration)).contains("/verifications/" + id);
        assertThat(jdbc.sql("select count(*) from access_log where subject_type = 'VERIFICATION' and subject_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(8);
        // a report that finds no grounds sends nothing to the commission
        assertThat(flash(
                        mvc.perform(post("/verifications/" + id + "/commission")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("подп. «а» п. 16");
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}

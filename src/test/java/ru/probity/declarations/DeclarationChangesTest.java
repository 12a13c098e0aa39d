package ru.probity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.DeclarationContent.Relation;

/** The year-over-year page of an employee's declarations. */
class DeclarationChangesTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    static final int YEAR = LocalDate.now().getYear() - 1;
    static final String OFFICER = "obninsk.officer";

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    private CurrentUser user(String name) {
        return ((CurrentUserHolder) users.loadUserByUsername(name)).currentUser();
    }

    private long newEmployee(String lastName) {
        return jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, post,
                                      declaration_required, created_by, updated_by)
                values (?, ?, 'Пётр', 'Ильич', 'Начальник отдела', false, 'test', 'test')
                returning id""")
                .params(organizationId(OBNINSK), lastName)
                .query(Long.class)
                .single();
    }

    private static DeclarationContent content(
            String last,
            String income,
            List<DeclarationContent.Account> accounts,
            List<DeclarationContent.Share> shares) {
        return new DeclarationContent(List.of(new Person(
                Relation.DECLARANT,
                last,
                "Пётр",
                "Ильич",
                null,
                List.of(new DeclarationContent.Income(
                        DeclarationContent.IncomeKind.MAIN_JOB, null, new BigDecimal(income))),
                List.of(),
                List.of(),
                List.of(),
                accounts,
                shares,
                List.of())));
    }

    private long file(long employee, int year, DeclarationContent content) {
        long ob = campaigns.oblige(
                user(OFFICER),
                employee,
                ObligationKind.ENTRY,
                year,
                LocalDate.now().plusDays(30),
                null);
        return declarations.submit(user(OFFICER), ob, content);
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anOfficerSeesWhatChangedBetweenTwoYearsAndAnotherMunicipalitysOfficerDoesNot() throws Exception {
        String last = "Сравнимый" + SERIAL.incrementAndGet();
        long employee = newEmployee(last);
        var sber = new DeclarationContent.Account("ПАО Сбербанк", "текущий, рубль", null, new BigDecimal("1000"));
        var vtb = new DeclarationContent.Account(
                "Банк ВТБ (ПАО)", "вклад, рубль", null, new BigDecimal("5000"), new BigDecimal("4000000"));
        var share = new DeclarationContent.Share("ООО «Ромашка»", null, "1024000000001", BigDecimal.TEN, "договор");
        file(employee, YEAR - 1, content(last, "1000000", List.of(sber), List.of(share)));
        long id = file(employee, YEAR, content(last, "1600000", List.of(sber, vtb), List.of()));

        // the declaration page links to the comparison; the inflows of the account are shown and checked
        String declaration = page(OFFICER, "/declarations/" + id);
        assertThat(declaration)
                .contains("Сравнить с прошлым годом", "/declarations/employees/" + employee + "/changes?year=" + YEAR)
                .contains("поступило за отчётный период 4\u00A0000\u00A0000 руб.")
                .contains("Поступления на счёт больше дохода за три года");

        String url = "/declarations/employees/" + employee + "/changes?year=" + YEAR;
        String changes = page(OFFICER, url);
        assertThat(changes)
                .contains(last + " Пётр Ильич: справка за " + YEAR + " год в сравнении со справкой за " + (YEAR - 1))
                .contains("Появился счёт", "Банк ВТБ (ПАО), вклад, рубль")
                .contains("Выбыло участие в коммерческой организации", "ООО «Ромашка»", "ОГРН 1024000000001")
                .contains("1 000 000,00 ₽", "1 600 000,00 ₽", "+60,0 %", "значительное")
                .contains("Значительное изменение дохода")
                .doesNotContain("Выбыл счёт", "??");
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = ? and action = 'READ'
                        and subject_type = 'DECLARATION' and subject_id = ? and details = 'year-over-year'""").params(OFFICER, id).query(Integer.class).single())
                .isEqualTo(1);

        // an earlier year without a declaration: nothing to compare
        assertThat(page(OFFICER, url + "&previous=" + (YEAR - 5)))
                .contains("Справки за " + (YEAR - 5) + " год в системе нет");

        // another municipality's officer is refused; a year without a declaration is not found
        mvc.perform(get(url).with(as("ugh.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/declarations/employees/" + employee + "/changes?year=" + (YEAR - 7))
                        .with(as(OFFICER)))
                .andExpect(status().isNotFound());
        // an employee other than the declarant is refused too
        mvc.perform(get(url).with(as("ugh.employee"))).andExpect(status().isForbidden());
    }

    @Test
    void theFormKeepsTheInflowsOfAnAccountAndRefusesABadOne() {
        var account = new DeclarationContent.Account(
                "ПАО Сбербанк", "текущий, рубль", null, new BigDecimal("10"), new BigDecimal("3000000.50"));
        DeclarationForm form = DeclarationForm.of(content("Формов", "1", List.of(account), List.of()));
        assertThat(form.persons.getFirst().accounts.getFirst().inflows).isEqualTo("3000000.5");
        List<ru.probity.declarations.checks.Problem> problems = new java.util.ArrayList<>();
        assertThat(form.toContent(problems)
                        .declarant()
                        .orElseThrow()
                        .accounts()
                        .getFirst()
                        .inflows())
                .isEqualByComparingTo("3000000.50");
        assertThat(problems).isEmpty();
        form.persons.getFirst().accounts.getFirst().inflows = "три миллиона";
        form.toContent(problems);
        assertThat(problems)
                .extracting(ru.probity.declarations.checks.Problem::field)
                .containsExactly("persons[0].accounts[0].inflows");
    }
}

package ru.probity.declarations.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.probity.declarations.checks.DeclarationContent.Account;
import ru.probity.declarations.checks.DeclarationContent.Expense;
import ru.probity.declarations.checks.DeclarationContent.FinancialObligation;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.DeclarationContent.Relation;
import ru.probity.declarations.checks.DeclarationContent.Share;
import tools.jackson.databind.json.JsonMapper;

/** The year-over-year rules, the §4 inflows and the 230-ФЗ total of the deals. */
class YearOverYearTest {

    static Person person(
            Relation relation,
            String first,
            String income,
            List<Expense> deals,
            List<Account> accounts,
            List<Share> shares,
            List<FinancialObligation> obligations) {
        return new Person(
                relation,
                "Иванов",
                first,
                null,
                relation == Relation.CHILD ? LocalDate.of(2012, 1, 1) : null,
                List.of(new DeclarationContent.Income(
                        DeclarationContent.IncomeKind.MAIN_JOB, null, new BigDecimal(income))),
                deals,
                List.of(),
                List.of(),
                accounts,
                shares,
                List.of(),
                null,
                null,
                null,
                obligations,
                null);
    }

    static Person earner(Relation relation, String income) {
        return person(relation, "Имя", income, List.of(), List.of(), List.of(), List.of());
    }

    static DeclarationContent family(String own, String spouse) {
        return new DeclarationContent(List.of(earner(Relation.DECLARANT, own), earner(Relation.SPOUSE, spouse)));
    }

    static Expense deal(String description, String amount) {
        return new Expense(DeclarationContent.DealSubject.VEHICLE, description, new BigDecimal(amount), "накопления");
    }

    static FinancialObligation loan(String party, String amount) {
        return new FinancialObligation(
                "кредит",
                DeclarationContent.ObligationRole.DEBTOR,
                party,
                "кредитный договор",
                new BigDecimal(amount),
                new BigDecimal(amount),
                null);
    }

    static List<Finding> of(List<Finding> findings, Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    @Test
    void accountsSharesAndObligationsThatAppearedOrDisappearedAreFoundPerPerson() {
        var sber = new Account("ПАО Сбербанк", "текущий, рубль", LocalDate.of(2015, 3, 1), new BigDecimal("1000"));
        var vtb = new Account("Банк ВТБ (ПАО)", "вклад, доллар США", null, new BigDecimal("500"));
        var romashka = new Share("ООО «Ромашка»", "4027001234", null, BigDecimal.TEN, "договор");
        var lilia = new Share("ООО «Лилия»", "4027005678", null, BigDecimal.ONE, "договор");
        var before = new DeclarationContent(List.of(
                person(
                        Relation.DECLARANT,
                        "Пётр",
                        "1000000",
                        List.of(),
                        List.of(sber),
                        List.of(romashka),
                        List.of(loan("ПАО Сбербанк", "2000000"))),
                earner(Relation.SPOUSE, "500000")));
        // the Sberbank account stays (its balance changed), VTB is new; Ромашка is gone, Лилия new;
        // the bank loan is repaid, a loan from a person appeared
        var sberLater = new Account("ПАО  сбербанк", "Текущий, рубль", LocalDate.of(2015, 3, 1), new BigDecimal("9"));
        var now = new DeclarationContent(List.of(
                person(
                        Relation.DECLARANT,
                        "Пётр",
                        "1100000",
                        List.of(),
                        List.of(sberLater, vtb),
                        List.of(lilia),
                        List.of(loan("Петров Пётр Петрович", "700000"))),
                earner(Relation.SPOUSE, "520000")));
        List<Finding> found = Checks.compare(now, before, Checks.Settings.DEFAULT);
        assertThat(of(found, Rule.ACCOUNT_APPEARED))
                .singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("декларант", "Банк ВТБ (ПАО), вклад, доллар США"));
        assertThat(of(found, Rule.ACCOUNT_DISAPPEARED)).isEmpty();
        assertThat(of(found, Rule.SHARE_NEW))
                .singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("декларант", "ООО «Лилия»", "ИНН 4027005678"));
        assertThat(of(found, Rule.SHARE_GONE))
                .singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("декларант", "ООО «Ромашка»", "ИНН 4027001234"));
        assertThat(of(found, Rule.OBLIGATION_APPEARED))
                .singleElement()
                .satisfies(f -> assertThat(f.args().get(1))
                        .isEqualTo("кредит; лицо — должник, кредитор — Петров Пётр Петрович; "
                                + "сумма обязательства 700 000,00 ₽"));
        assertThat(of(found, Rule.OBLIGATION_DISAPPEARED))
                .singleElement()
                .satisfies(f -> assertThat(f.args().get(1)).contains("кредитор — ПАО Сбербанк"));
        assertThat(of(found, Rule.INCOME_CHANGE)).isEmpty();

        // the other way round: the account of VTB disappeared, the Sberbank one is kept
        assertThat(of(Checks.compare(before, now, Checks.Settings.DEFAULT), Rule.ACCOUNT_DISAPPEARED))
                .singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("декларант", "Банк ВТБ (ПАО), вклад, доллар США"));
        // a spouse's account is the spouse's: moving it to the declarant is one gone and one new
        var spouseAccount = new DeclarationContent(List.of(
                earner(Relation.DECLARANT, "1"),
                person(Relation.SPOUSE, "Мария", "1", List.of(), List.of(vtb), List.of(), List.of())));
        var declarantAccount = new DeclarationContent(List.of(
                person(Relation.DECLARANT, "Пётр", "1", List.of(), List.of(vtb), List.of(), List.of()),
                earner(Relation.SPOUSE, "1")));
        assertThat(Checks.compare(declarantAccount, spouseAccount, Checks.Settings.DEFAULT))
                .extracting(f -> f.rule() + " " + f.args().getFirst())
                .containsExactlyInAnyOrder("ACCOUNT_APPEARED декларант", "ACCOUNT_DISAPPEARED супруга (супруг)");
    }

    @Test
    void anIncomeChangeIsSignificantFromTheThresholdUpOrDown() {
        var before = family("1000000", "400000");
        // +49.9 % and −50 %: only the spouse's fall reaches 50 %
        var now = family("1499000", "200000");
        List<Finding> found = Checks.compare(now, before, Checks.Settings.DEFAULT);
        assertThat(of(found, Rule.INCOME_CHANGE))
                .singleElement()
                .satisfies(f -> assertThat(f.args())
                        .containsExactly("супруга (супруг)", "400 000,00 ₽", "200 000,00 ₽", "-50,0", "50"));
        assertThat(Checks.incomes(now, before, Checks.Settings.DEFAULT))
                .extracting(c -> c.person() + " " + c.percent() + " " + c.significant())
                .containsExactly("декларант 49.9 false", "супруга (супруг) -50.0 true");
        // a lower threshold of the settings makes the declarant's change significant too
        assertThat(of(
                        Checks.compare(now, before, new Checks.Settings(BigDecimal.valueOf(3), BigDecimal.valueOf(40))),
                        Rule.INCOME_CHANGE))
                .extracting(f -> f.args().getFirst())
                .containsExactly("декларант", "супруга (супруг)");
        // a growth beyond the jump factor is reported once, as INCOME_JUMP
        assertThat(Checks.compare(family("5000000", "400000"), before, Checks.Settings.DEFAULT))
                .extracting(Finding::rule)
                .containsExactly(Rule.INCOME_JUMP);
        // a child matched by first name; a spouse who is new has no change to report
        var child = earner(Relation.CHILD, "100");
        var withChild = new DeclarationContent(List.of(earner(Relation.DECLARANT, "1000000"), child));
        assertThat(Checks.incomes(withChild, family("1000000", "400000"), Checks.Settings.DEFAULT))
                .extracting(c -> c.person() + " " + c.before() + " " + c.after())
                .containsExactly(
                        "декларант 1000000 1000000",
                        "несовершеннолетний ребёнок Имя null 100",
                        "супруга (супруг) 400000 null");
    }

    @Test
    void inflowsAboveTheIncomeOfTheReportingYearAndTheTwoBeforeAskForAStatement() {
        var big = new Account("ПАО Сбербанк", "текущий, рубль", null, BigDecimal.TEN, new BigDecimal("3000000"));
        var small = new Account("АО «Альфа-Банк»", "текущий, рубль", null, BigDecimal.TEN, new BigDecimal("2000000"));
        var now = new DeclarationContent(List.of(
                person(Relation.DECLARANT, "Пётр", "600000", List.of(), List.of(big, small), List.of(), List.of()),
                earner(Relation.SPOUSE, "200000")));
        // 2024: 800 000; 2023 and 2022: 700 000 each — 2 200 000 in all
        var history = Map.of(2023, family("500000", "200000"), 2022, family("500000", "200000"));
        List<Finding> found = Checks.check(now, 2024, history, List.of(), Checks.Settings.DEFAULT);
        assertThat(of(found, Rule.ACCOUNT_INFLOWS)).singleElement().satisfies(f -> {
            assertThat(f.args())
                    .containsExactly(
                            "декларант",
                            "ПАО Сбербанк, текущий, рубль",
                            "3 000 000,00 ₽",
                            "2 200 000,00 ₽",
                            "2022–2024");
            assertThat(f.rule().messageKey(f.args())).isEqualTo("declarations.rule.ACCOUNT_INFLOWS");
        });
        // a year not on file counts as zero and is named: now both accounts exceed 1 500 000
        List<Finding> partial =
                Checks.check(now, 2024, Map.of(2023, family("500000", "200000")), List.of(), Checks.Settings.DEFAULT);
        assertThat(of(partial, Rule.ACCOUNT_INFLOWS)).hasSize(2).allSatisfy(f -> {
            assertThat(f.args()).hasSize(6).endsWith("2022");
            assertThat(f.rule().messageKey(f.args())).isEqualTo("declarations.rule.ACCOUNT_INFLOWS.incomplete");
        });
        // no inflows declared: nothing to compare
        var quiet = family("1", "1");
        assertThat(of(Checks.check(quiet, 2024, Map.of(), List.of(), Checks.Settings.DEFAULT), Rule.ACCOUNT_INFLOWS))
                .isEmpty();
    }

    @Test
    void accountsSealedBeforeTheInflowsFieldStillRead() {
        var json = JsonMapper.builder().build();
        Account old = json.readValue(
                "{\"bank\":\"Банк\",\"currency\":\"рубль\",\"openedOn\":null,\"balance\":5}", Account.class);
        assertThat(old.inflows()).isNull();
        assertThat(old.balance()).isEqualByComparingTo("5");
        Account now = json.readValue(
                json.writeValueAsString(new Account("Банк", "рубль", null, null, BigDecimal.ONE)), Account.class);
        assertThat(now.inflows()).isEqualByComparingTo("1");
    }

    @Test
    void expenseControlComparesTheTotalOfTheYearsDealsOfTheWholeFamily() {
        // 1 800 000 over three years: the household of the declarant and the spouse
        var history = Map.of(
                2021, family("400000", "200000"), 2022, family("400000", "200000"), 2023, family("400000", "200000"));
        // three deals of 700 000 each (declarant, spouse, minor child): none above alone, 2 100 000 together
        var small = new DeclarationContent(List.of(
                person(
                        Relation.DECLARANT,
                        "Пётр",
                        "400000",
                        List.of(deal("Lada Vesta", "700000")),
                        List.of(),
                        List.of(),
                        List.of()),
                person(
                        Relation.SPOUSE,
                        "Мария",
                        "200000",
                        List.of(deal("Kia Rio", "700000")),
                        List.of(),
                        List.of(),
                        List.of()),
                person(
                        Relation.CHILD,
                        "Илья",
                        "0",
                        List.of(deal("мотоцикл", "700000")),
                        List.of(),
                        List.of(),
                        List.of())));
        assertThat(of(Checks.check(small, 2024, history, List.of(), Checks.Settings.DEFAULT), Rule.EXPENSE_CONTROL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.args().subList(0, 3)).containsExactly("2 100 000,00 ₽", "1 800 000,00 ₽", "2021–2023");
                    assertThat(f.args().get(3))
                            .contains(
                                    "декларант: транспортное средство (Lada Vesta) — 700 000,00 ₽",
                                    "супруга (супруг): транспортное средство (Kia Rio) — 700 000,00 ₽",
                                    "несовершеннолетний ребёнок Илья: транспортное средство (мотоцикл) — 700 000,00 ₽");
                    assertThat(f.rule().messageKey(f.args())).isEqualTo("declarations.rule.EXPENSE_CONTROL");
                });
        // one deal of 1 700 000 is the whole total, below the three years' income: no ground
        var one = new DeclarationContent(List.of(
                person(
                        Relation.DECLARANT,
                        "Пётр",
                        "400000",
                        List.of(deal("Toyota Camry", "1700000")),
                        List.of(),
                        List.of(),
                        List.of()),
                earner(Relation.SPOUSE, "200000")));
        assertThat(of(Checks.check(one, 2024, history, List.of(), Checks.Settings.DEFAULT), Rule.EXPENSE_CONTROL))
                .isEmpty();
        // a finding stored before the total was compared (five arguments) keeps its own text
        assertThat(Rule.EXPENSE_CONTROL.messageKey(List.of("a", "b", "c", "d", "e")))
                .isEqualTo("declarations.rule.EXPENSE_CONTROL.deal");
    }
}

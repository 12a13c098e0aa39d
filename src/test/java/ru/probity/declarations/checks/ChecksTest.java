package ru.probity.declarations.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.DeclarationContent.Relation;

class ChecksTest {

    static Person person(
            Relation relation,
            String last,
            String income,
            List<DeclarationContent.Expense> deals,
            List<DeclarationContent.Vehicle> vehicles) {
        return new Person(
                relation,
                last,
                "Имя",
                null,
                relation == Relation.CHILD ? LocalDate.of(2015, 1, 1) : null,
                List.of(new DeclarationContent.Income(
                        DeclarationContent.IncomeKind.MAIN_JOB, null, new BigDecimal(income))),
                deals,
                List.of(),
                vehicles,
                List.of(),
                List.of(),
                List.of());
    }

    static DeclarationContent family(String own, String spouse) {
        return new DeclarationContent(List.of(
                person(Relation.DECLARANT, "Иванов", own, List.of(), List.of()),
                person(Relation.SPOUSE, "Иванова", spouse, List.of(), List.of())));
    }

    static final DeclarationContent.Expense DEAL = new DeclarationContent.Expense(
            DeclarationContent.DealSubject.LAND, "участок", new BigDecimal("1000000"), "кредит");

    @Test
    void aDealAboveThreeYearsOfHouseholdIncomeTriggersExpenseControl() {
        var now = new DeclarationContent(List.of(
                person(Relation.DECLARANT, "Иванов", "500000", List.of(DEAL), List.of()),
                person(Relation.SPOUSE, "Иванова", "100000", List.of(), List.of())));
        var history = Map.of(
                2021, family("100000", "50000"), 2022, family("100000", "50000"), 2023, family("100000", "50000"));
        assertThat(Checks.check(now, 2024, history, List.of(), Checks.Settings.DEFAULT))
                .extracting(Finding::rule)
                .contains(Rule.EXPENSE_CONTROL, Rule.INCOME_JUMP)
                .doesNotContain(Rule.EXPENSE_HISTORY_INCOMPLETE);
        var rich = Map.of(
                2021, family("400000", "50000"), 2022, family("300000", "50000"), 2023, family("400000", "50000"));
        assertThat(Checks.check(now, 2024, rich, List.of(), Checks.Settings.DEFAULT))
                .extracting(Finding::rule)
                .doesNotContain(Rule.EXPENSE_CONTROL);
    }

    @Test
    void missingYearsAreNamedAndCountAsZero() {
        var now = new DeclarationContent(
                List.of(person(Relation.DECLARANT, "Иванов", "5000000", List.of(DEAL), List.of())));
        var findings =
                Checks.check(now, 2024, Map.of(2023, family("2000000", "0")), List.of(), Checks.Settings.DEFAULT);
        assertThat(findings)
                .extracting(Finding::rule)
                .contains(Rule.EXPENSE_HISTORY_INCOMPLETE)
                .doesNotContain(Rule.EXPENSE_CONTROL, Rule.NOT_COVERED_BY_INCOME);
        assertThat(findings.stream()
                        .filter(f -> f.rule() == Rule.EXPENSE_HISTORY_INCOMPLETE)
                        .findFirst()
                        .orElseThrow()
                        .args())
                .containsExactly("2021, 2022");
    }

    @Test
    void familyOfTheRegistryIsComparedByRelationAndNameIgnoringYo() {
        var now = new DeclarationContent(List.of(
                person(Relation.DECLARANT, "Иванов", "1", List.of(), List.of()),
                new Person(
                        Relation.SPOUSE,
                        "Алёшина",
                        "Ольга",
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of())));
        var registry = List.of(
                new Checks.KnownRelative(Relation.SPOUSE, "Алешина", "ольга", null, null),
                new Checks.KnownRelative(Relation.CHILD, "Иванов", "Пётр", null, LocalDate.of(2010, 1, 1)),
                new Checks.KnownRelative(Relation.CHILD, "Иванова", "Мария", null, LocalDate.of(2000, 1, 1)));
        assertThat(Checks.check(now, 2024, Map.of(), registry, Checks.Settings.DEFAULT))
                .filteredOn(f -> f.rule() == Rule.FAMILY_MISSING)
                .singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("несовершеннолетний ребёнок", "Иванов Пётр"));
    }

    @Test
    void vehiclesAndIncomeAreComparedWithThePreviousYear() {
        var car = new DeclarationContent.Vehicle(DeclarationContent.VehicleKind.CAR, "Kia  Rio", 2016);
        var before =
                new DeclarationContent(List.of(person(Relation.DECLARANT, "Иванов", "100", List.of(), List.of(car))));
        var same = new DeclarationContent(List.of(person(
                Relation.DECLARANT,
                "Иванов",
                "300",
                List.of(),
                List.of(new DeclarationContent.Vehicle(DeclarationContent.VehicleKind.CAR, "KIA RIO", 2016)))));
        // the same car re-typed is no change; the income tripled (not more) is a significant change, no jump
        assertThat(Checks.check(same, 2024, Map.of(2023, before), List.of(), Checks.Settings.DEFAULT))
                .extracting(Finding::rule)
                .containsExactly(Rule.INCOME_CHANGE);
        var sold = new DeclarationContent(List.of(person(Relation.DECLARANT, "Иванов", "301", List.of(), List.of())));
        assertThat(Checks.check(sold, 2024, Map.of(2023, before), List.of(), Checks.Settings.DEFAULT))
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder(Rule.VEHICLE_DISAPPEARED, Rule.INCOME_JUMP);
        assertThat(Checks.check(
                        sold, 2024, Map.of(2023, before), List.of(), new Checks.Settings(BigDecimal.valueOf(4))))
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder(Rule.VEHICLE_DISAPPEARED, Rule.INCOME_CHANGE);
    }

    @Test
    void theExtractHasNoNamesAddressesOrAccounts() {
        var p = new Person(
                Relation.DECLARANT,
                "Секретов",
                "Иван",
                "Иванович",
                LocalDate.of(1980, 1, 1),
                List.of(new DeclarationContent.Income(
                        DeclarationContent.IncomeKind.MAIN_JOB, null, new BigDecimal("10.5"))),
                List.of(new DeclarationContent.Expense(
                        DeclarationContent.DealSubject.VEHICLE, "машина", BigDecimal.TEN, "подарок Петрова")),
                List.of(new DeclarationContent.RealEstate(
                        DeclarationContent.EstateKind.FLAT,
                        "индивидуальная",
                        new BigDecimal("50"),
                        "Россия",
                        "ул. Тайная, 1")),
                List.of(),
                List.of(new DeclarationContent.Account("Банк", "рубль", null, BigDecimal.ONE)),
                List.of(new DeclarationContent.Share("ООО «Тайна»", "7707083893", null, BigDecimal.TEN, null)),
                List.of());
        // without the three years' income to compare with, no deal is published (Указ №613 п.2 «г»:
        // only the sources of funds of deals above it — SourcesOfFundsTest)
        String extract = Extract.of(new DeclarationContent(List.of(p))).toString();
        assertThat(extract)
                .contains("квартира, 50,0 кв. м, Россия", "10.50")
                .doesNotContain("Секретов", "Иван", "Тайная", "Петрова", "Банк", "7707083893", "Тайна");
    }

    @Test
    void validationNamesEveryField() {
        var child = new Person(
                Relation.CHILD,
                "Иванов",
                "Пётр",
                null,
                LocalDate.of(2000, 1, 1),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        var share = new DeclarationContent.Share("ООО", "7707083894", "1027700132195", new BigDecimal("101"), null);
        var declarant = new Person(
                Relation.DECLARANT,
                "Иванов",
                "Иван",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(share),
                List.of());
        assertThat(Validation.validate(new DeclarationContent(List.of(declarant, child)), 2024))
                .extracting(p -> p.field() + " " + p.key())
                .containsExactlyInAnyOrder(
                        "persons[0].shares[0].inn declarations.error.identifier",
                        "persons[0].shares[0].percent declarations.error.percent",
                        "persons[1].birthDate declarations.error.notMinor");
        assertThat(Validation.validate(new DeclarationContent(List.of(child)), 2024))
                .extracting(Problem::key)
                .contains("declarations.error.oneDeclarant");
    }

    /** A person with §3.1, §3.2 and the sections after §5.1; no income. */
    static Person holder(
            Relation relation,
            List<DeclarationContent.RealEstate> estate,
            List<DeclarationContent.Vehicle> vehicles,
            List<DeclarationContent.DigitalAsset> assets,
            List<DeclarationContent.DigitalCurrency> currency,
            List<DeclarationContent.Security> securities,
            List<DeclarationContent.FinancialObligation> obligations,
            List<DeclarationContent.Gift> gifts) {
        return new Person(
                relation,
                relation == Relation.DECLARANT ? "Иванов" : "Иванова",
                "Имя",
                null,
                null,
                List.of(),
                List.of(),
                estate,
                vehicles,
                List.of(),
                List.of(),
                List.of(),
                assets,
                currency,
                securities,
                obligations,
                gifts);
    }

    static DeclarationContent.RealEstate estate(DeclarationContent.EstateKind kind, String area) {
        return new DeclarationContent.RealEstate(kind, "индивидуальная", new BigDecimal(area), "Россия", null);
    }

    static DeclarationContent.Gift gift(DeclarationContent.GiftKind kind, String description, String recipient) {
        return new DeclarationContent.Gift(kind, description, recipient, "договор дарения от 01.03.2024");
    }

    static List<Finding> against(DeclarationContent now, DeclarationContent before) {
        return Checks.check(now, 2024, Map.of(2023, before), List.of(), Checks.Settings.DEFAULT);
    }

    static DeclarationContent one(Person p) {
        return new DeclarationContent(List.of(p));
    }

    @Test
    void aFlatAndACarGivenAwayInSection7AreStillFoundButExplainedByTheRecipient() {
        var flat = estate(DeclarationContent.EstateKind.FLAT, "58.4");
        var garage = estate(DeclarationContent.EstateKind.GARAGE, "18");
        var car = new DeclarationContent.Vehicle(DeclarationContent.VehicleKind.CAR, "Kia Rio", 2016);
        var before = one(holder(
                Relation.DECLARANT,
                List.of(flat, garage),
                List.of(car),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of()));
        var now = one(holder(
                Relation.DECLARANT,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        gift(DeclarationContent.GiftKind.REAL_ESTATE, "квартира, 58,4 кв. м, г. Калуга", "Иванов Пётр"),
                        gift(DeclarationContent.GiftKind.VEHICLE, "автомобиль легковой KIA  rio", "Иванова Анна"))));
        assertThat(against(now, before))
                .extracting(f -> f.rule() + " " + String.join(" | ", f.args()))
                .containsExactlyInAnyOrder(
                        "ESTATE_DISAPPEARED декларант | квартира, 58,4 кв. м, Россия | Иванов Пётр | договор дарения от 01.03.2024",
                        "ESTATE_DISAPPEARED декларант | гараж, 18,0 кв. м, Россия",
                        "VEHICLE_DISAPPEARED декларант | автомобиль легковой, Kia Rio | Иванова Анна | договор дарения от 01.03.2024");
        assertThat(Rule.ESTATE_DISAPPEARED.messageKey(List.of("a", "b", "c", "d")))
                .isEqualTo("declarations.rule.ESTATE_DISAPPEARED.givenAway");
        assertThat(Rule.ESTATE_DISAPPEARED.messageKey(List.of("a", "b")))
                .isEqualTo("declarations.rule.ESTATE_DISAPPEARED");
    }

    @Test
    void aSection7RowThatDoesNotNameTheObjectExplainsItOnlyWhenNothingElseOfItsKindIsGone() {
        var land = estate(DeclarationContent.EstateKind.LAND, "1200");
        var flat = estate(DeclarationContent.EstateKind.FLAT, "40");
        var house = estate(DeclarationContent.EstateKind.HOUSE, "90");
        var before = one(holder(
                Relation.DECLARANT,
                List.of(land, flat, house),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of()));
        var vague = gift(DeclarationContent.GiftKind.REAL_ESTATE, "объект недвижимости", "Петров");
        var byArea = gift(DeclarationContent.GiftKind.LAND, "участок 1 200 кв. м", "Сидоров");
        var now = one(holder(
                Relation.DECLARANT,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(vague, byArea)));
        // the land is named by its area; the flat and the house are both gone — the vague row explains neither
        assertThat(against(now, before)).extracting(f -> f.args().size()).containsExactlyInAnyOrder(4, 2, 2);
        // with only the flat gone besides the land, the one row of its kind is taken for it
        var withHouse = one(holder(
                Relation.DECLARANT,
                List.of(house),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(vague, byArea)));
        assertThat(against(withHouse, before))
                .extracting(
                        f -> f.args().size() == 4 ? f.args().get(2) : f.args().get(1))
                .containsExactlyInAnyOrder("Сидоров", "Петров");
        // a §7 row of the spouse does not explain the declarant's flat
        var spouseGift = new DeclarationContent(List.of(
                holder(
                        Relation.DECLARANT,
                        List.of(land, house),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()),
                holder(
                        Relation.SPOUSE,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(gift(DeclarationContent.GiftKind.REAL_ESTATE, "квартира 40 кв. м", "Петров")))));
        assertThat(against(spouseGift, before))
                .singleElement()
                .satisfies(f -> assertThat(f.args()).hasSize(2));
    }

    @Test
    void newDigitalAssetsCurrencyAndSecuritiesAreFoundAgainstThePreviousYearOnly() {
        var asset = new DeclarationContent.DigitalAsset(
                "ЦФА «Токен-1»", LocalDate.of(2023, 5, 1), new BigDecimal("10"), "ООО «Атомайз»");
        var bitcoin =
                new DeclarationContent.DigitalCurrency("Bitcoin", LocalDate.of(2024, 2, 1), new BigDecimal("0.015"));
        var bonds = new DeclarationContent.Security(
                "облигация", "ПАО «Газпром»", new BigDecimal("1000"), new BigDecimal("20"), new BigDecimal("19800"));
        var before = one(holder(
                Relation.DECLARANT, List.of(), List.of(), List.of(asset), List.of(), List.of(), List.of(), List.of()));
        var more = new DeclarationContent.DigitalAsset(
                "цфа «токен-1»", LocalDate.of(2024, 5, 1), new BigDecimal("25"), "ООО «Атомайз»");
        var now = one(holder(
                Relation.DECLARANT,
                List.of(),
                List.of(),
                List.of(more),
                List.of(bitcoin),
                List.of(bonds),
                List.of(),
                List.of()));
        assertThat(against(now, before))
                .extracting(f -> f.rule() + " " + f.args().get(1))
                .containsExactlyInAnyOrder(
                        "HOLDING_NEW раздел 3.5: Bitcoin", "HOLDING_NEW раздел 5.2: облигация, ПАО «Газпром»");
        assertThat(Checks.check(now, 2024, Map.of(), List.of(), Checks.Settings.DEFAULT))
                .extracting(Finding::rule)
                .doesNotContain(Rule.HOLDING_NEW);
    }

    @Test
    void holdingsAndObligationsDoNotChangeTheCoverageOfIncome() {
        var bonds = new DeclarationContent.Security(
                "вексель", "ООО «Поставщик»", null, BigDecimal.ONE, new BigDecimal("9000000"));
        var coin = new DeclarationContent.DigitalCurrency("Ether", LocalDate.of(2024, 1, 1), new BigDecimal("1000"));
        var loan = new DeclarationContent.FinancialObligation(
                "заём",
                DeclarationContent.ObligationRole.CREDITOR,
                "Петров П. П.",
                "договор займа",
                new BigDecimal("5000000"),
                new BigDecimal("5000000"),
                null);
        var p = new Person(
                Relation.DECLARANT,
                "Иванов",
                "Иван",
                null,
                null,
                List.of(new DeclarationContent.Income(
                        DeclarationContent.IncomeKind.MAIN_JOB, null, new BigDecimal("100"))),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(coin),
                List.of(bonds),
                List.of(loan),
                List.of());
        assertThat(Checks.check(one(p), 2024, Map.of(), List.of(), Checks.Settings.DEFAULT))
                .extracting(Finding::rule)
                .doesNotContain(Rule.NOT_COVERED_BY_INCOME);
    }

    @Test
    void theExtractLeavesOutEverySectionTheDecreeDoesNotPublish() {
        var p = holder(
                Relation.DECLARANT,
                List.of(),
                List.of(),
                List.of(new DeclarationContent.DigitalAsset(
                        "ЦФА «Секрет»", LocalDate.of(2024, 1, 1), BigDecimal.ONE, "ООО «Оператор-Тайна»")),
                List.of(new DeclarationContent.DigitalCurrency("Dogecoin", LocalDate.of(2024, 1, 1), BigDecimal.TEN)),
                List.of(new DeclarationContent.Security(
                        "вексель", "ООО «Векселедатель»", null, BigDecimal.ONE, new BigDecimal("777777"))),
                List.of(new DeclarationContent.FinancialObligation(
                        "заём",
                        DeclarationContent.ObligationRole.DEBTOR,
                        "Заимодавцев Олег",
                        "расписка",
                        new BigDecimal("600000"),
                        new BigDecimal("600000"),
                        "беспроцентный")),
                List.of(gift(DeclarationContent.GiftKind.VEHICLE, "Lada Niva", "Одаряемый Семён")));
        assertThat(Extract.of(one(p)).toString())
                .doesNotContain(
                        "Секрет",
                        "Оператор-Тайна",
                        "Dogecoin",
                        "Векселедатель",
                        "777777",
                        "Заимодавцев",
                        "расписка",
                        "Lada",
                        "Одаряемый",
                        "дарения");
    }

    @Test
    void theNewSectionsAreValidatedWithTheirOwnRules() {
        var p = holder(
                Relation.DECLARANT,
                List.of(),
                List.of(),
                List.of(new DeclarationContent.DigitalAsset(" ", LocalDate.of(2025, 1, 1), BigDecimal.ZERO, null)),
                List.of(new DeclarationContent.DigitalCurrency("Bitcoin", null, new BigDecimal("-1"))),
                List.of(new DeclarationContent.Security(
                        "облигация", "Минфин России", new BigDecimal("-1"), null, new BigDecimal("1.005"))),
                List.of(
                        new DeclarationContent.FinancialObligation(
                                "кредит", null, "Банк", "договор", new BigDecimal("499999.99"), BigDecimal.ZERO, null),
                        new DeclarationContent.FinancialObligation(
                                "кредит",
                                DeclarationContent.ObligationRole.DEBTOR,
                                "Банк",
                                "договор",
                                new BigDecimal("500000"),
                                new BigDecimal("120000"),
                                null)),
                List.of(new DeclarationContent.Gift(null, "квартира", " ", null)));
        assertThat(Validation.validate(one(p), 2024))
                .extracting(pr -> pr.field() + " " + pr.key())
                .containsExactlyInAnyOrder(
                        "persons[0].digitalAssets[0].name declarations.error.required",
                        "persons[0].digitalAssets[0].acquiredOn declarations.error.acquiredLater",
                        "persons[0].digitalAssets[0].units declarations.error.units",
                        "persons[0].digitalAssets[0].operator declarations.error.required",
                        "persons[0].digitalCurrency[0].acquiredOn declarations.error.required",
                        "persons[0].digitalCurrency[0].units declarations.error.units",
                        "persons[0].securities[0].nominal declarations.error.negative",
                        "persons[0].securities[0].count declarations.error.required",
                        "persons[0].securities[0].total declarations.error.kopecks",
                        "persons[0].obligations[0].role declarations.error.required",
                        "persons[0].obligations[0].amount declarations.error.obligationThreshold",
                        "persons[0].gifts[0].kind declarations.error.required",
                        "persons[0].gifts[0].recipient declarations.error.required",
                        "persons[0].gifts[0].basis declarations.error.required");
    }

    @Test
    void sectionsMissingFromStoredContentReadAsEmptyLists() {
        var p = new Person(
                Relation.DECLARANT,
                "Старый",
                "Пётр",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(List.of(
                        p.incomes(),
                        p.digitalAssets(),
                        p.digitalCurrency(),
                        p.securities(),
                        p.obligations(),
                        p.gifts()))
                .allSatisfy(list -> assertThat(list).isEmpty());
        assertThat(new DeclarationContent(null).persons()).isEmpty();
    }
}

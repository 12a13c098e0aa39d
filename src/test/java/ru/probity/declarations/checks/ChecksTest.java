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
        assertThat(Checks.check(same, 2024, Map.of(2023, before), List.of(), Checks.Settings.DEFAULT))
                .isEmpty();
        var sold = new DeclarationContent(List.of(person(Relation.DECLARANT, "Иванов", "301", List.of(), List.of())));
        assertThat(Checks.check(sold, 2024, Map.of(2023, before), List.of(), Checks.Settings.DEFAULT))
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder(Rule.VEHICLE_DISAPPEARED, Rule.INCOME_JUMP);
        assertThat(Checks.check(
                        sold, 2024, Map.of(2023, before), List.of(), new Checks.Settings(BigDecimal.valueOf(4))))
                .extracting(Finding::rule)
                .containsExactly(Rule.VEHICLE_DISAPPEARED);
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
        String extract = Extract.of(new DeclarationContent(List.of(p))).toString();
        assertThat(extract)
                .contains("квартира, 50,0 кв. м, Россия", "транспортное средство", "10.50")
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

    @Test
    void sealedValuesOpenOnlyWithTheirKeyAndContext() {
        byte[] key = Sealing.newKey();
        byte[] sealed = Sealing.seal(key, "секрет".getBytes(java.nio.charset.StandardCharsets.UTF_8), "a");
        assertThat(new String(Sealing.open(key, sealed, "a"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("секрет");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sealing.open(key, sealed, "b"))
                .isInstanceOf(Sealing.SealingException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sealing.open(Sealing.newKey(), sealed, "a"))
                .isInstanceOf(Sealing.SealingException.class);
    }
}

package ru.probity.declarations.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.declarations.checks.DeclarationContent.Person;
import ru.probity.declarations.checks.DeclarationContent.Relation;

/** Issue 18, item 10: the rules around the columns of the form as amended. */
class FormColumnsRulesTest {

    @Test
    void onEntryTheIncomeIsOfTheYearBeforeFilingAndTheRestAtTheFirstOfThePreviousMonth() {
        // Указ №559 п.3 «а»
        assertThat(Terms.entryIncomeYear(LocalDate.of(2026, 3, 17))).isEqualTo(2025);
        assertThat(Terms.entryReportingDate(LocalDate.of(2026, 3, 17))).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(Terms.entryReportingDate(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2025, 12, 1));
        // Указ №559 п.8: corrections within one month after the term
        assertThat(Terms.correctionsUntil(LocalDate.of(2026, 4, 30))).isEqualTo(LocalDate.of(2026, 5, 30));
    }

    @Test
    void aShareNamedWithItsLegalFormOneYearAndApartTheNextIsOneCompany() {
        var before = new DeclarationContent.Share("ООО Ромашка", null, null, BigDecimal.TEN, "договор");
        var after = new DeclarationContent.Share(
                "Ромашка", null, null, BigDecimal.TEN, "договор", "ООО", "г. Калуга", BigDecimal.valueOf(10_000));
        assertThat(Checks.shareKey(after)).isEqualTo(Checks.shareKey(before));
        var other = new DeclarationContent.Share("Ромашка", null, null, BigDecimal.TEN, "договор", "АО", null, null);
        assertThat(Checks.shareKey(other)).isNotEqualTo(Checks.shareKey(before));
    }

    @Test
    void aNewUtilityDigitalRightIsANewHolding() {
        var drone = new DeclarationContent.UtilityRight(
                "УЦП «Дрон-3»", LocalDate.of(2025, 3, 1), BigDecimal.valueOf(25_000), "ООО «Платформа»");
        Person before = holder(List.of());
        Person now = holder(List.of(drone));
        List<Finding> findings = new java.util.ArrayList<>();
        Changes.holdings(new DeclarationContent(List.of(now)), new DeclarationContent(List.of(before)), findings);
        assertThat(findings)
                .extracting(f -> f.rule() + " " + f.args().get(1))
                .containsExactly("HOLDING_NEW раздел 3.4: УЦП «Дрон-3» (оператор — ООО «Платформа»)");
        findings.clear();
        Changes.holdings(new DeclarationContent(List.of(now)), new DeclarationContent(List.of(now)), findings);
        assertThat(findings).isEmpty();
    }

    private static Person holder(List<DeclarationContent.UtilityRight> rights) {
        return new Person(
                Relation.DECLARANT,
                "Держатель",
                "Иван",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                rights,
                null);
    }

    @Test
    void utilityDigitalRightsAreValidatedAndTheNewColumnsAreOptional() {
        var person = new Person(
                Relation.DECLARANT,
                "Проверкин",
                "Иван",
                null,
                null,
                List.of(),
                List.of(),
                List.of(new DeclarationContent.RealEstate(
                        DeclarationContent.EstateKind.FLAT, "индивидуальная", BigDecimal.TEN, "Россия", null)),
                List.of(new DeclarationContent.Vehicle(DeclarationContent.VehicleKind.CAR, "Lada", 2015)),
                List.of(),
                List.of(new DeclarationContent.Share(
                        "Ромашка", "7700000000", null, BigDecimal.ONE, "договор", null, null, new BigDecimal("-1"))),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new DeclarationContent.UtilityRight(null, LocalDate.of(2031, 1, 1), null, " ")),
                null);
        List<Problem> problems = Validation.validate(new DeclarationContent(List.of(person)), 2025);
        assertThat(problems)
                .extracting(p -> p.field() + " " + p.key())
                .contains(
                        "persons[0].utilityRights[0].name declarations.error.required",
                        "persons[0].utilityRights[0].acquiredOn declarations.error.acquiredLater",
                        "persons[0].utilityRights[0].investment declarations.error.required",
                        "persons[0].utilityRights[0].operator declarations.error.required",
                        "persons[0].shares[0].capital declarations.error.negative")
                .noneMatch(p -> p.contains("realEstate[0].basis") || p.contains("vehicles[0]"));
    }
}

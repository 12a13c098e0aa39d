package ru.probity.declarations.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.declarations.checks.YearOverYearTest.deal;
import static ru.probity.declarations.checks.YearOverYearTest.earner;
import static ru.probity.declarations.checks.YearOverYearTest.of;
import static ru.probity.declarations.checks.YearOverYearTest.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.probity.declarations.checks.DeclarationContent.Relation;

/**
 * Issue 18, items 1 and 4: the Указ №613 extract publishes the sources of funds of the deals only
 * when their total exceeds the three years' income (п.2 «г»), with identifiers masked; the 230-ФЗ
 * comparison counts the minor children's income only from the configured date.
 */
class SourcesOfFundsTest {

    /** Declarant 300 000, spouse 100 000, minor child 200 000 a year. */
    private static DeclarationContent household() {
        return new DeclarationContent(List.of(
                earner(Relation.DECLARANT, "300000"),
                earner(Relation.SPOUSE, "100000"),
                earner(Relation.CHILD, "200000")));
    }

    private static Map<Integer, DeclarationContent> threeYearsBefore(int year) {
        return Map.of(year - 3, household(), year - 2, household(), year - 1, household());
    }

    /** Deals of 1 500 000: above 1 200 000 (declarant and spouse), below 1 800 000 (with the child). */
    private static DeclarationContent deals(String source) {
        return new DeclarationContent(List.of(
                person(
                        Relation.DECLARANT,
                        "Пётр",
                        "300000",
                        List.of(new DeclarationContent.Expense(
                                DeclarationContent.DealSubject.REAL_ESTATE,
                                "квартира",
                                new BigDecimal("1000000"),
                                source)),
                        List.of(),
                        List.of(),
                        List.of()),
                person(
                        Relation.SPOUSE,
                        "Мария",
                        "100000",
                        List.of(deal("Kia Rio", "500000")),
                        List.of(),
                        List.of(),
                        List.of())));
    }

    private static Checks.Settings childrenFrom(LocalDate from) {
        return new Checks.Settings(BigDecimal.valueOf(3), BigDecimal.valueOf(50), from);
    }

    @Test
    void theMinorChildrensIncomeCountsOnlyFromTheConfiguredDate() {
        // default: never — the declarant and the spouse, 230-ФЗ ст.3 ч.1 as written
        assertThat(Checks.Settings.DEFAULT.minorChildrenFrom()).isNull();
        assertThat(Checks.threeYearIncome(2026, threeYearsBefore(2026), Checks.Settings.DEFAULT))
                .isEqualByComparingTo("1200000");
        assertThat(of(
                        Checks.check(
                                deals("накопления"), 2026, threeYearsBefore(2026), List.of(), Checks.Settings.DEFAULT),
                        Rule.EXPENSE_CONTROL))
                .singleElement()
                .satisfies(f -> assertThat(f.args().subList(0, 2)).containsExactly("1 500 000,00 ₽", "1 200 000,00 ₽"));

        // from 1 January 2026: the periods from 2026 count the children, the earlier ones do not
        Checks.Settings from2026 = childrenFrom(LocalDate.of(2026, 1, 1));
        assertThat(Checks.threeYearIncome(2026, threeYearsBefore(2026), from2026))
                .isEqualByComparingTo("1800000");
        assertThat(of(
                        Checks.check(deals("накопления"), 2026, threeYearsBefore(2026), List.of(), from2026),
                        Rule.EXPENSE_CONTROL))
                .isEmpty();
        assertThat(of(
                        Checks.check(deals("накопления"), 2025, threeYearsBefore(2025), List.of(), from2026),
                        Rule.EXPENSE_CONTROL))
                .hasSize(1);

        // a date within a year: that period began under the old text, the next one counts them
        Checks.Settings midYear = childrenFrom(LocalDate.of(2026, 7, 1));
        assertThat(midYear.countsMinorChildren(2026)).isFalse();
        assertThat(midYear.countsMinorChildren(2027)).isTrue();
        assertThat(from2026.countsMinorChildren(2025)).isFalse();
        assertThat(from2026.countsMinorChildren(2026)).isTrue();
    }

    @Test
    void theExtractPublishesTheSourcesOfFundsOnlyForDealsAboveTheThreeYearsIncome() {
        // above 1 200 000: every deal's subject and source (п.2 «г»)
        Extract above = Extract.of(deals("продажа дома"), 2026, threeYearsBefore(2026), Checks.Settings.DEFAULT);
        assertThat(above.rows().get(0).funds())
                .containsExactly(new Extract.Funds("иной объект недвижимости", "продажа дома"));
        assertThat(above.rows().get(1).funds())
                .containsExactly(new Extract.Funds("транспортное средство", "накопления"));
        assertThat(above.toString()).doesNotContain("квартира", "Kia", "1000000");

        // below (the children counted from 2026): no deal and no source is published
        Extract below =
                Extract.of(deals("продажа дома"), 2026, threeYearsBefore(2026), childrenFrom(LocalDate.of(2026, 1, 1)));
        assertThat(below.rows()).allSatisfy(r -> assertThat(r.funds()).isEmpty());
        assertThat(below.toString())
                .doesNotContain("продажа дома", "иной объект недвижимости", "транспортное средство");

        // with more income than deals, nothing either
        assertThat(Extract.of(
                                deals("x"),
                                2026,
                                Map.of(
                                        2023,
                                        household(),
                                        2024,
                                        household(),
                                        2025,
                                        new DeclarationContent(List.of(earner(Relation.DECLARANT, "5000000")))),
                                Checks.Settings.DEFAULT)
                        .rows())
                .allSatisfy(r -> assertThat(r.funds()).isEmpty());
    }

    @Test
    void identifiersInTheSourcesAreMaskedAndTheRestIsPublishedAsWritten() {
        assertThat(Extract.withoutIdentifiers("кредит ПАО Сбербанк, счёт 40817810099910004312"))
                .isEqualTo("кредит ПАО Сбербанк, счёт ***");
        assertThat(Extract.withoutIdentifiers("заём Иванова И. И., ИНН 771234567890, СНИЛС 123-456-789 01"))
                .isEqualTo("заём Иванова И. И., ИНН ***, СНИЛС ***");
        assertThat(Extract.withoutIdentifiers("паспорт 45 10 123456, тел. +7 (910) 123-45-67"))
                .isEqualTo("паспорт ***, тел. ***");
        assertThat(Extract.withoutIdentifiers("карта 4276 3800 1234 5678")).isEqualTo("карта ***");
        assertThat(Extract.withoutIdentifiers(
                        "продажа квартиры за 3 500 000 руб. по договору от 01.02.2024, накопления за 2021–2023 годы"))
                .isEqualTo(
                        "продажа квартиры за 3 500 000 руб. по договору от 01.02.2024, накопления за 2021–2023 годы");
        assertThat(Extract.withoutIdentifiers("ипотека 2 000 000,50 ₽")).isEqualTo("ипотека 2 000 000,50 ₽");
        assertThat(Extract.withoutIdentifiers(null)).isEmpty();
        assertThat(Extract.withoutIdentifiers("  ")).isEmpty();
    }
}

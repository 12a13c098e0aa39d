package ru.probity.declarations.spravki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.DeclarationContent.Relation;

/** The package as the product's content: every person, every row of each section, the income totals. */
class SpravkiContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"family-three.xsb", "family-all-sections.xsb"})
    void everyPersonAndRowIsCarriedOver(String file) throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/spravki-bk/" + file)) {
            bytes = in.readAllBytes();
        }
        SpravkiPackage pkg = new SpravkiReader().read(file, bytes);
        SpravkiContent.Mapped mapped = SpravkiContent.of(pkg);
        DeclarationContent content = mapped.content();

        assertThat(content.persons()).hasSameSizeAs(pkg.declarations());
        assertThat(content.declarant()).isPresent();
        for (int i = 0; i < pkg.declarations().size(); i++) {
            Spravka s = pkg.declarations().get(i);
            DeclarationContent.Person p = content.persons().get(i);
            Relation expected = switch (s.filedFor()) {
                case SELF -> Relation.DECLARANT;
                case SPOUSE -> Relation.SPOUSE;
                case MINOR_CHILD -> Relation.CHILD;
            };
            assertThat(p.relation()).isEqualTo(expected);
            assertThat(p.lastName()).isEqualTo(s.person().lastName());
            assertThat(p.firstName()).isEqualTo(s.person().firstName());
            assertThat(p.middleName()).isEqualTo(s.person().middleName());
            assertThat(p.birthDate()).isEqualTo(s.person().birthDate());
            assertThat(p.income()).isEqualByComparingTo(s.incomeTotal());
            assertThat(List.of(
                            p.incomes().size(),
                            p.expenses().size(),
                            p.realEstate().size(),
                            p.vehicles().size(),
                            p.digitalAssets().size(),
                            p.digitalCurrency().size(),
                            p.accounts().size(),
                            p.shares().size(),
                            p.securities().size(),
                            p.inUse().size(),
                            p.obligations().size(),
                            p.gifts().size()))
                    .isEqualTo(List.of(
                            s.income().size(),
                            s.expenses().size(),
                            s.realEstate().size(),
                            s.vehicles().size(),
                            s.digitalAssets().size(),
                            s.digitalCurrency().size(),
                            s.accounts().size(),
                            s.shares().size(),
                            s.otherSecurities().size(),
                            s.estateInUse().size(),
                            s.obligations().size(),
                            s.gifts().size()));
            for (int a = 0; a < s.accounts().size(); a++) {
                assertThat(p.accounts().get(a).inflows())
                        .isEqualTo(s.accounts().get(a).inflows());
                assertThat(p.accounts().get(a).balance())
                        .isEqualTo(s.accounts().get(a).balance());
            }
        }
        assertThat(content.totalIncome())
                .isEqualByComparingTo(pkg.declarations().stream()
                        .map(Spravka::incomeTotal)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        assertThat(mapped.warnings()).isEmpty();
    }
}

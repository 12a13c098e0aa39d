package ru.probity.training.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the starter question bank teaches (issue 18, item 14): the 2026 filing regime of municipal
 * servants (on events, no annual filing), the right acts and the right names of penalties.
 */
class StarterBankContentTest {

    private static List<Question> bank;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = StarterBankContentTest.class.getResourceAsStream("/training/starter-bank.xml")) {
            bank = MoodleXml.read(in, "starter-bank.xml");
        }
    }

    /** The question's text, explanation and right answers: what a learner takes away as true. */
    private static String taught(Question q) {
        return q.text() + " " + q.explanation() + " "
                + q.options().stream()
                        .filter(Question.Option::right)
                        .map(o -> o.text() + " " + (o.match() == null ? "" : o.match()))
                        .collect(Collectors.joining(" "));
    }

    private static Question named(String name) {
        return bank.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void noStarterQuestionTeachesAnnualFilingAsDueForMunicipalServants() {
        assertThat(bank).hasSize(84);
        for (Question q : bank) {
            String text = taught(q);
            assertThat(text)
                    .as(q.name())
                    .doesNotContainIgnoringCase("ежегодно представляет сведения")
                    .doesNotContainIgnoringCase("при ежегодном представлении")
                    .doesNotContainIgnoringCase("ежегодно представляются сведения")
                    .doesNotContain("ежегодной декларационной кампании");
            for (Question.Option o : q.options()) {
                if (o.right()) {
                    assertThat(o.text()).as(q.name()).isNotEqualTo("Не позднее 30 апреля года, следующего за отчётным");
                }
            }
        }
        Question when = named("Декларации: когда муниципальный служащий представляет сведения с 2026 года");
        String right = when.options().stream()
                .filter(Question.Option::right)
                .map(Question.Option::text)
                .findFirst()
                .orElseThrow();
        assertThat(right).contains("поступлении на службу", "перечня", "кадровый резерв", "30 апреля следующего года");
        assertThat(when.options().stream().filter(o -> !o.right()).map(Question.Option::text))
                .anyMatch(t -> t.startsWith("Ежегодно не позднее 30 апреля"));
    }

    @Test
    void theFixedAnswersNameTheRightActsAndPenalties() {
        String all = bank.stream().map(StarterBankContentTest::taught).collect(Collectors.joining("\n"));
        // 79-ФЗ ст.57: «предупреждение о неполном должностном соответствии» (25-ФЗ has no such penalty)
        assertThat(all).doesNotContain("неполном служебном соответствии");
        assertThat(bank.stream()
                        .filter(q -> q.name().equals("25-ФЗ ст.27.1: виды взысканий"))
                        .flatMap(q -> q.options().stream())
                        .filter(o -> !o.right())
                        .map(Question.Option::text))
                .contains("Предупреждение о неполном должностном соответствии");
        // Указ №821 is the commission's Положение; the checks of declarations are Указ №1065
        assertThat(all).doesNotContain("Положения о проверке и комиссиях");
        assertThat(named("Декларации: невозможность представить сведения о супруге")
                        .explanation())
                .contains("Положения о комиссиях", "№ 821", "№ 1065");
        // 230-ФЗ on a current date: the deals of 2026 against the income of 2023–2025
        assertThat(named("230-ФЗ: за какие годы считается доход").options().stream()
                        .filter(Question.Option::right)
                        .map(Question.Option::text))
                .containsExactly("За 2023, 2024 и 2025 годы");
    }
}

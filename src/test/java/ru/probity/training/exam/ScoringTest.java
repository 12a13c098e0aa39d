package ru.probity.training.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.probity.training.bank.Question;

class ScoringTest {

    private static Question question(Question.Kind kind, Question.Option... options) {
        return new Question("A", kind, null, "?", List.of(options), null, List.of());
    }

    private static Question.Option right(String text) {
        return new Question.Option(text, null, 100);
    }

    private static Question.Option wrong(String text) {
        return new Question.Option(text, null, 0);
    }

    @Test
    void oneAndSeveralAnswersScoreOnlyTheExactSetOfRightOnes() {
        Question single = question(Question.Kind.SINGLE, wrong("a"), right("b"), wrong("c"));
        assertThat(Scoring.mark(single, Scoring.Answer.choice(Set.of(1)))).isEqualTo(1);
        assertThat(Scoring.mark(single, Scoring.Answer.choice(Set.of(0)))).isZero();
        assertThat(Scoring.mark(single, Scoring.Answer.choice(Set.of()))).isZero();

        Question multiple = question(Question.Kind.MULTIPLE, right("a"), right("b"), wrong("c"));
        assertThat(Scoring.mark(multiple, Scoring.Answer.choice(Set.of(0, 1)))).isEqualTo(1);
        assertThat(Scoring.mark(multiple, Scoring.Answer.choice(Set.of(0)))).isZero();
        assertThat(Scoring.mark(multiple, Scoring.Answer.choice(Set.of(0, 1, 2))))
                .isZero();
    }

    @Test
    void matchingScoresTheShareOfPairsAndShortAnswersIgnoreCaseYoAndSpaces() {
        Question matching = question(
                Question.Kind.MATCHING,
                new Question.Option("Склонение", "ст. 9", 0),
                new Question.Option("Конфликт", "ст. 10", 0),
                new Question.Option("Бывшие служащие", "ст. 12", 0));
        assertThat(Scoring.mark(matching, Scoring.Answer.matching(List.of(0, 1, 2))))
                .isEqualTo(1);
        assertThat(Scoring.mark(matching, Scoring.Answer.matching(Arrays.asList(0, 2, null))))
                .isCloseTo(1.0 / 3, within(1e-9));

        Question shortAnswer = question(Question.Kind.SHORT, right("273-ФЗ"), right("Объём"));
        assertThat(Scoring.mark(shortAnswer, Scoring.Answer.text(" 273 - фз. ")))
                .isEqualTo(1);
        assertThat(Scoring.mark(shortAnswer, Scoring.Answer.text("объем"))).isEqualTo(1);
        assertThat(Scoring.mark(shortAnswer, Scoring.Answer.text("25-ФЗ"))).isZero();
        assertThat(Scoring.mark(shortAnswer, Scoring.Answer.text(""))).isZero();
    }

    @Test
    void itemAnalysisGivesFacilityAndFlagsAQuestionTheStrongGetWrong() {
        // ten examinees: question 1 answered rightly by the strong, question 2 only by the weak
        List<ItemAnalysis.Examinee> examinees = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean strong = i < 5;
            examinees.add(new ItemAnalysis.Examinee(
                    strong ? 10 - i : 3 - i * 0.1, Map.of(1L, strong ? 1.0 : 0.0, 2L, strong ? 0.0 : 1.0, 3L, 1.0)));
        }
        var items = ItemAnalysis.analyse(examinees);

        assertThat(items).extracting(ItemAnalysis.Item::questionId).containsExactly(1L, 2L, 3L);
        assertThat(items.get(0).facility()).isEqualTo(0.5);
        assertThat(items.get(0).discrimination()).isEqualTo(1.0);
        assertThat(items.get(1).discrimination()).isEqualTo(-1.0);
        assertThat(items.get(2).facility()).isEqualTo(1.0);
        assertThat(items.get(2).discrimination()).isZero();
    }
}

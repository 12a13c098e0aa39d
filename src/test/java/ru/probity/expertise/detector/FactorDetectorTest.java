package ru.probity.expertise.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector on the Методика's (ПП РФ №96) typical wordings, and on the wordings that are not factors. */
class FactorDetectorTest {

    private final FactorDetector detector = new FactorDetector();

    private List<String> factors(String text) {
        return detector.scan(text).stream()
                .map(h -> h.factor().code())
                .distinct()
                .toList();
    }

    @Test
    void theBodysVpraveIsThreeBButTheApplicantsIsNot() {
        assertThat(factors("2.3. Администрация вправе отказать в выдаче разрешения."))
                .contains("3б");
        assertThat(factors("2.4. Заявитель вправе отозвать заявление до принятия решения."))
                .doesNotContain("3б");
        assertThat(factors("Заявитель, не согласный с решением администрации, вправе обжаловать его в суд."))
                .doesNotContain("3б");
    }

    @Test
    void everyFormOfMozhetIsThreeBWhenTheBodyActsButNotInLimits() {
        assertThat(factors("Комиссия может запросить у заявителя пояснения в течение 5 дней."))
                .contains("3б");
        assertThat(factors("Должностные лица могут проводить внеплановые проверки в случае поступления жалоб."))
                .contains("3б");
        assertThat(factors("Срок рассмотрения не может быть менее 10 дней.")).isEmpty();
        assertThat(factors("Срок рассмотрения заявления не может превышать 30 календарных дней."))
                .isEmpty();
    }

    @Test
    void aHintCarriesTheClauseTheSpanAndAnExplanationCitingTheMetodika() {
        String text = "1. Общие положения\n2.3. Администрация вправе отказать в выдаче разрешения.";
        Hint hint = detector.scan(text).stream()
                .filter(h -> h.factor() == Factor.P3B)
                .findFirst()
                .orElseThrow();
        assertThat(hint.clause()).isEqualTo("2.3");
        assertThat(text.substring(hint.start(), hint.end()))
                .isEqualTo(hint.text())
                .isEqualTo("вправе");
        assertThat(hint.explanation()).startsWith("п.3 «б» Методики (ПП РФ № 96)");
    }

    @Test
    void evaluativeWordsInEveryFormAreFourV() {
        assertThat(factors("Органы обязаны своевременно информировать заявителей."))
                .contains("4в");
        assertThat(factors("В целях своевременного рассмотрения обращений.")).contains("4в");
        assertThat(factors("К заявлению прилагаются копия паспорта и иные документы."))
                .contains("4в");
        assertThat(factors("Ответ направляется в разумный срок.")).contains("4в");
    }
}

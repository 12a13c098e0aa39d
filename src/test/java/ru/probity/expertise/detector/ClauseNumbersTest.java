package ru.probity.expertise.detector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The clause numbers of an act as a conclusion cites them: the innermost number holding a span. */
class ClauseNumbersTest {

    private static String at(String text, String fragment) {
        return ClauseNumbers.of(text).at(text.indexOf(fragment));
    }

    @Test
    void dottedNumbersArticlesPointsAndSubitems() {
        String text = """
                ПОСТАНОВЛЕНИЕ от 12.03.2024 № 45
                Статья 4. Полномочия
                текст статьи
                1. Общие положения
                1.5 метра — не номер
                2.3. Заявитель представляет:
                1) заявление;
                а) подписанное;
                2.3.1 Документы
                п. 5 Срок
                2024 года — не номер
                """;
        assertThat(at(text, "ПОСТАНОВЛЕНИЕ")).isEmpty();
        assertThat(at(text, "текст статьи")).isEqualTo("4");
        assertThat(at(text, "Общие")).isEqualTo("1");
        assertThat(at(text, "метра")).as("«1.5 метра» is no clause").isEqualTo("1");
        assertThat(at(text, "Заявитель")).isEqualTo("2.3");
        assertThat(at(text, "заявление")).isEqualTo("2.3 1)");
        assertThat(at(text, "подписанное")).isEqualTo("2.3 1) а)");
        assertThat(at(text, "Документы")).isEqualTo("2.3.1");
        assertThat(at(text, "Срок")).isEqualTo("5");
        assertThat(at(text, "2024 года")).isEqualTo("5");
    }
}

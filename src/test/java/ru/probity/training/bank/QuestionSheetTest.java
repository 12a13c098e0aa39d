package ru.probity.training.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class QuestionSheetTest {

    private static final List<Question> QUESTIONS = List.of(
            new Question(
                    "Подарки",
                    Question.Kind.SINGLE,
                    "Стоимость подарка",
                    "Свыше какой стоимости подарок сдаётся по акту?",
                    List.of(
                            new Question.Option("3 000 рублей", null, 100),
                            new Question.Option("10 000 рублей", null, 0)),
                    "Постановление Правительства РФ от 09.01.2014 № 10",
                    List.of("подарки")),
            new Question(
                    "Подарки",
                    Question.Kind.MATCHING,
                    null,
                    "Сопоставьте",
                    List.of(new Question.Option("Склонение", "ст. 9", 0), new Question.Option("Конфликт", "ст. 10", 0)),
                    null,
                    List.of()),
            new Question(
                    "273-ФЗ",
                    Question.Kind.SHORT,
                    null,
                    "Номер закона о противодействии коррупции?",
                    List.of(new Question.Option("273-ФЗ", null, 100), new Question.Option("273", null, 100)),
                    null,
                    List.of()));

    @Test
    void aWrittenSheetReadsBackTheSame() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuestionSheet.write(QUESTIONS, out);

        assertThat(QuestionSheet.read(new ByteArrayInputStream(out.toByteArray()), "q.xlsx"))
                .isEqualTo(QUESTIONS);
    }

    @Test
    void everyBadRowIsNamedAndNothingIsTaken() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            String[][] rows = {
                QuestionSheet.COLUMNS,
                {"A", "один ответ", "", "Вопрос 1", "*да\nнет", "", ""},
                {"A", "эссе", "", "Вопрос 2", "x", "", ""},
                {"A", "один ответ", "", "Вопрос 3", "да\nнет", "", ""}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        assertThatThrownBy(() -> QuestionSheet.read(new ByteArrayInputStream(out.toByteArray()), "bad.xlsx"))
                .hasMessageContaining("строка 3: тип «эссе» неизвестен")
                .hasMessageContaining("строка 4: нужны не меньше двух вариантов и ровно один верный");
    }
}

package ru.probity.plans.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasureSheetTest {

    private static List<Map.Entry<Integer, List<Object>>> rows(Object[]... rows) {
        List<Map.Entry<Integer, List<Object>>> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(Map.entry(i + 1, Arrays.asList(rows[i])));
        }
        return list;
    }

    private static final Object[] HEADER = {"Раздел", "№", "Мероприятие", "Исполнитель", "Срок", "Основание"};

    @Test
    void measuresWithDatesAndPeriodicTermsAreReadAndAPlanExportReadsBack() {
        MeasureSheet.Parsed parsed = MeasureSheet.parse(rows(
                HEADER,
                new Object[] {"1. Меры", new BigDecimal("1.1"), "Комиссия", "Отдел кадров", "ежеквартально", null},
                new Object[] {"1. Меры", new BigDecimal("1.1"), "Комиссия", "Отдел кадров", "ежеквартально", null},
                new Object[] {"1. Меры", "1.2", "Перечень", null, "до 31.01.2026", "273-ФЗ"},
                new Object[] {"2. Просвещение", "2.1", "Обучение", null, LocalDate.of(2026, 6, 1), null},
                new Object[] {null, null, null, null, null, null}));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.drafts())
                .extracting(MeasureSheet.Draft::number, MeasureSheet.Draft::kind, MeasureSheet.Draft::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.1", TermKind.QUARTERLY, null),
                        org.assertj.core.groups.Tuple.tuple("1.2", TermKind.DATE, LocalDate.of(2026, 1, 31)),
                        org.assertj.core.groups.Tuple.tuple("2.1", TermKind.DATE, LocalDate.of(2026, 6, 1)));
        assertThat(MeasureSheet.periodic("раз в полугодие")).isEqualTo(TermKind.HALF_YEARLY);
        assertThat(MeasureSheet.periodic("ежегодно, до 25 декабря")).isEqualTo(TermKind.ANNUALLY);
    }

    @Test
    void anyWrongRowRefusesTheWholeSheetNamingTheRows() {
        MeasureSheet.Parsed parsed = MeasureSheet.parse(
                rows(HEADER, new Object[] {null, "1", "Хорошее", null, "31.12.2026", null}, new Object[] {
                    null, "2", "", null, "когда-нибудь", null
                }));
        assertThat(parsed.drafts()).isEmpty();
        assertThat(parsed.problems())
                .extracting(MeasureSheet.Problem::row, MeasureSheet.Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "plans.import.text"),
                        org.assertj.core.groups.Tuple.tuple(3, "plans.import.term"));
        assertThat(MeasureSheet.parse(rows(new Object[] {"Что-то", "другое"})).problems())
                .extracting(MeasureSheet.Problem::key)
                .containsExactly("plans.import.header");
    }
}

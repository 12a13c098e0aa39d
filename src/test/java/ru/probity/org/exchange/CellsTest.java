package ru.probity.org.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void turnsAllCapsNamesIntoTitleCaseAndKeepsMixedCase() {
        assertThat(Cells.name("  ИВАНОВА-ПЕТРОВА ")).isEqualTo("Иванова-Петрова");
        assertThat(Cells.name("СЕРГЕЙ")).isEqualTo("Сергей");
        assertThat(Cells.name("МАМЕДОВ   АЛИ ОГЛЫ")).isEqualTo("Мамедов Али Оглы");
        assertThat(Cells.name("ДиКаприо")).isEqualTo("ДиКаприо");
        assertThat(Cells.name("фон Бок")).isEqualTo("фон Бок");
        assertThat(Cells.name("И")).isEqualTo("И");
        assertThat(Cells.name("   ")).isNull();
    }

    @Test
    void readsRussianAndIsoDatesAndRejectsOthers() throws Exception {
        assertThat(Cells.date("05.03.1980")).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(Cells.date("5.3.1980")).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(Cells.date("05.03.1980 0:00:00")).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(Cells.date("1980-03-05")).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(Cells.date(LocalDate.of(1980, 3, 5))).isEqualTo(LocalDate.of(1980, 3, 5));
        assertThat(Cells.date(" ")).isNull();
        assertThatThrownBy(() -> Cells.date("05/03/1980")).hasMessageContaining("ДД.ММ.ГГГГ");
        assertThatThrownBy(() -> Cells.date("29.02.2023")).hasMessageContaining("нет такой даты");
    }

    @Test
    void readsYesAndNoInEveryAcceptedSpelling() throws Exception {
        for (String yes : new String[] {"да", "Да", "TRUE", "1", "+"}) {
            assertThat(Cells.flag(yes)).as(yes).isTrue();
        }
        for (String no : new String[] {"нет", "false", "0", "-", "", " "}) {
            assertThat(Cells.flag(no)).as(no).isFalse();
        }
        assertThat(Cells.flag(null)).isFalse();
        assertThat(Cells.flag(Boolean.TRUE)).isTrue();
        assertThatThrownBy(() -> Cells.flag("может быть")).hasMessageContaining("«да» или «нет»");
    }

    @Test
    void writesNumbersWithoutExponentOrFraction() {
        assertThat(Cells.text(new BigDecimal("17.0"))).isEqualTo("17");
        assertThat(Cells.text(new BigDecimal("4.02712345678E11"))).isEqualTo("402712345678");
        assertThat(Cells.identifier(new BigDecimal("1234567890"), 11)).isEqualTo("01234567890");
        assertThat(Cells.identifier("1234567890", 11)).isEqualTo("1234567890");
    }
}

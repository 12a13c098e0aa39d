package ru.probity.expertise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The accreditation order's number is kept as the Минюст register shows it, whatever an expert types before it. */
class AccreditationOrderTest {

    @Test
    void theWordsBeforeTheNumberAreDroppedSinceThePagesPrintThem() {
        assertThat(Submissions.orderNumber("1234-р")).isEqualTo("1234-р");
        assertThat(Submissions.orderNumber(" № 1234-р ")).isEqualTo("1234-р");
        assertThat(Submissions.orderNumber("распоряжение Минюста России № 1234-р"))
                .isEqualTo("1234-р");
        assertThat(Submissions.orderNumber("Распоряжение Минюста РФ от 12.03.2020 N 1234-р"))
                .isEqualTo("1234-р");
        assertThat(Submissions.orderNumber("  ")).isNull();
    }
}

package ru.probity.acts;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The start's warm-up writes both sheets without failing (a failure would only be logged there). */
class SheetWarmUpTest {

    @Test
    void writesTheDocxAndThePdfSheet() {
        assertThatCode(SheetWarmUp::sheets).doesNotThrowAnyException();
    }
}

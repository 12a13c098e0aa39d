package ru.probity.org;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The start's warm-up writes the people export without failing (a failure would only be logged there). */
class ExportWarmUpTest {

    @Test
    void writesThePeopleExport() {
        assertThatCode(ExportWarmUp::export).doesNotThrowAnyException();
    }
}

package ru.probity.acts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaperSignatureTest {

    private static final LocalDate SENT = LocalDate.of(2026, 12, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aSignatureOnPaperFallsBetweenTheSendingAndToday() {
        assertThat(PaperSignature.valid(SENT, SENT, TODAY)).isTrue();
        assertThat(PaperSignature.valid(TODAY, SENT, TODAY)).isTrue();
        assertThat(PaperSignature.valid(SENT.minusDays(1), SENT, TODAY)).isFalse();
        assertThat(PaperSignature.valid(TODAY.plusDays(1), SENT, TODAY)).isFalse();
        assertThat(PaperSignature.valid(null, SENT, TODAY)).isFalse();
    }
}

package ru.probity.expertise.independent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.probity.platform.Receipts;

/** The terms of the public expertise (172-ФЗ ст.5 ч.4; the period of the regional procedure) and the codes. */
class PublicExpertiseTermsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void theAnswerIsDueThirtyDaysAfterReceiptAndLateOnlyUnsentAfterThatDay() {
        assertThat(PublicExpertiseTerms.answerDue(MONDAY)).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(PublicExpertiseTerms.overdue(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 6), false))
                .isFalse();
        assertThat(PublicExpertiseTerms.overdue(LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 6), false))
                .isTrue();
        assertThat(PublicExpertiseTerms.overdue(LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 6), true))
                .isFalse();
    }

    @Test
    void thePeriodCountsBothEndsAndIsOpenFromItsFirstToItsLastDay() {
        assertThat(PublicExpertiseTerms.longEnough(MONDAY, MONDAY.plusDays(6), 7))
                .isTrue();
        assertThat(PublicExpertiseTerms.longEnough(MONDAY, MONDAY.plusDays(5), 7))
                .isFalse();
        assertThat(PublicExpertiseTerms.longEnough(MONDAY, MONDAY.minusDays(1), 0))
                .isFalse();
        assertThat(PublicExpertiseTerms.open(MONDAY, MONDAY, MONDAY.plusDays(6), false))
                .isTrue();
        assertThat(PublicExpertiseTerms.open(MONDAY.plusDays(6), MONDAY, MONDAY.plusDays(6), false))
                .isTrue();
        assertThat(PublicExpertiseTerms.open(MONDAY.plusDays(7), MONDAY, MONDAY.plusDays(6), false))
                .isFalse();
        assertThat(PublicExpertiseTerms.open(MONDAY.minusDays(1), MONDAY, MONDAY.plusDays(6), false))
                .isFalse();
        assertThat(PublicExpertiseTerms.open(MONDAY, MONDAY, MONDAY.plusDays(6), true))
                .isFalse();
    }

    @Test
    void aCodeIsReadBackHoweverItIsTyped() {
        String code = Receipts.newReceipt();
        assertThat(code).hasSize(20);
        String shown = Receipts.display(code);
        assertThat(shown).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
        assertThat(Receipts.normalize(" " + shown.toLowerCase() + " ")).contains(code);
        assertThat(Receipts.normalize("OOOO-IIII-LLLL-0000-1111")).contains("00001111111100001111");
        assertThat(Receipts.normalize("short")).isEmpty();
        assertThat(Receipts.normalize("UUUU-UUUU-UUUU-UUUU-UUUU")).isEmpty();
        assertThat(Receipts.hash(code)).hasSize(32).isEqualTo(Receipts.hash(code));
    }
}

package ru.probity.notifications.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ПП РФ №10 and the review's terms (Указ №821), as values. */
class GiftRulesTest {

    @Test
    void aGiftOverThreeThousandOrOfUnknownValueIsHandedOver() {
        assertThat(GiftRules.amount("ориентировочно 4 500,50 руб.")).isEqualByComparingTo(new BigDecimal("4500.50"));
        assertThat(GiftRules.needsHandover("3000")).isFalse();
        assertThat(GiftRules.needsHandover("3 000,00")).isFalse();
        assertThat(GiftRules.needsHandover("3000,01")).isTrue();
        assertThat(GiftRules.needsHandover(null)).isTrue();
        assertThat(GiftRules.needsHandover("неизвестна")).isTrue();
        assertThat(GiftRules.returnedAfterValuation(new BigDecimal("3000"))).isTrue();
        assertThat(GiftRules.returnedAfterValuation(new BigDecimal("3000.01"))).isFalse();
    }

    @Test
    void theNoticeIsDueInThreeWorkingDaysAndTheActInFive() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(GiftRules.noticeBy(friday)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(GiftRules.noticeLate(friday, LocalDate.of(2026, 12, 9))).isFalse();
        assertThat(GiftRules.noticeLate(friday, LocalDate.of(2026, 12, 10))).isTrue();
        assertThat(GiftRules.handoverBy(friday)).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(GiftRules.day("2026-12-04")).isEqualTo(friday);
        assertThat(GiftRules.day("04.12.2026")).isEqualTo(friday);
        assertThat(GiftRules.day("вчера")).isNull();
    }

    @Test
    void theReviewTermIsSevenWorkingDaysFromReceiptOrFortyFiveDaysWithRequests() {
        ReviewTerm term = new ReviewTerm(7, 45, 30);
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(term.from(friday)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(term.withRequests(friday)).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(term.extensionAllowed(30)).isTrue();
        assertThat(term.extensionAllowed(31)).isFalse();
        assertThat(term.extensionAllowed(0)).isFalse();
    }
}

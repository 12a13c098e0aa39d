package ru.probity.monitoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ratings' engine: bands, weights, shares, a zero denominator, yes/no items, places, periods. */
class RatingScoringTest {

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    private static final RatingItem CHECKED = MethodologyText.item(
            "procurement.checked", "procurement.contracts", "3", "0:0; 50:4; 80:7; 100:10", "", "");
    private static final RatingItem MEETINGS = MethodologyText.item("commission.meetings", "", "1", "1:10", "", "");
    private static final RatingItem PLAN = MethodologyText.item("plan.adopted", "", "2", "", "5", "0");

    private static Map<String, Reported> values(Object... pairs) {
        Map<String, Reported> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            values.put(
                    (String) pairs[i],
                    v == null
                            ? Reported.blank()
                            : v instanceof Boolean b ? Reported.flag(b) : Reported.number(n(v.toString())));
        }
        return values;
    }

    @Test
    void aShareFallsInTheBandOfItsGreatestStartNotAboveIt() {
        Scoring.ItemScore s = Scoring.item(CHECKED, values("procurement.checked", 17, "procurement.contracts", 20));
        assertThat(s.status()).isEqualTo(Scoring.Status.SCORED);
        assertThat(s.share()).isEqualByComparingTo("85");
        assertThat(s.band().from()).isEqualByComparingTo("80");
        assertThat(s.points()).isEqualByComparingTo("7");
        assertThat(s.weighted()).isEqualByComparingTo("21");
        assertThat(s.weightedMax()).isEqualByComparingTo("30");

        assertThat(Scoring.item(CHECKED, values("procurement.checked", 20, "procurement.contracts", 20))
                        .points())
                .isEqualByComparingTo("10");
        assertThat(Scoring.item(CHECKED, values("procurement.checked", 1, "procurement.contracts", 3))
                        .share())
                .isEqualByComparingTo("33.33");
    }

    @Test
    void belowTheFirstBandGivesNothing() {
        Scoring.ItemScore s = Scoring.item(MEETINGS, values("commission.meetings", 0));
        assertThat(s.band()).isNull();
        assertThat(s.points()).isEqualByComparingTo("0");
        assertThat(s.weightedMax()).isEqualByComparingTo("10");
    }

    @Test
    void aZeroDenominatorLeavesTheItemOutAndABlankValueCountsAsZero() {
        Scoring.Score zero = Scoring.score(
                List.of(CHECKED, MEETINGS),
                values("procurement.checked", 0, "procurement.contracts", 0, "commission.meetings", 2));
        assertThat(zero.items().getFirst().status()).isEqualTo(Scoring.Status.NOT_APPLICABLE);
        assertThat(zero.score()).as("only the meetings count").isEqualByComparingTo("100");

        Scoring.Score blank = Scoring.score(
                List.of(CHECKED, MEETINGS),
                values("procurement.checked", null, "procurement.contracts", 10, "commission.meetings", 2));
        assertThat(blank.items().getFirst().status()).isEqualTo(Scoring.Status.NO_VALUE);
        assertThat(blank.score()).as("10 of 40").isEqualByComparingTo("25");
    }

    @Test
    void weightsMakeTheScoreAndAnItemNotInTheFormIsLeftOut() {
        Scoring.Score s = Scoring.score(
                List.of(CHECKED, MEETINGS, PLAN),
                values("procurement.checked", 5, "procurement.contracts", 10, "commission.meetings", 0));
        // checked 50 % → 4 × 3 = 12 of 30; meetings 0 → 0 of 10; the plan is not in the form
        assertThat(s.items().get(2).status()).isEqualTo(Scoring.Status.NOT_IN_FORM);
        assertThat(s.weighted()).isEqualByComparingTo("12");
        assertThat(s.weightedMax()).isEqualByComparingTo("40");
        assertThat(s.score()).isEqualByComparingTo("30");
        assertThat(s.level()).isEqualTo(Level.LOW);
    }

    @Test
    void aYesNoItemGivesItsPoints() {
        Scoring.Score yes = Scoring.score(List.of(PLAN), values("plan.adopted", true));
        assertThat(yes.items().getFirst().weighted()).isEqualByComparingTo("10");
        assertThat(yes.score()).isEqualByComparingTo("100");
        assertThat(yes.level()).isEqualTo(Level.HIGH);
        Scoring.Score no = Scoring.score(List.of(PLAN), values("plan.adopted", false));
        assertThat(no.score()).isEqualByComparingTo("0");
        Scoring.Score blank = Scoring.score(List.of(PLAN), values("plan.adopted", null));
        assertThat(blank.items().getFirst().status()).isEqualTo(Scoring.Status.NO_VALUE);
    }

    @Test
    void decreasingBandsScoreWhatShouldBeFew() {
        RatingItem overdue = MethodologyText.item("plans.overdue", "", "1", "0:10; 1:5; 3:0", "", "");
        assertThat(Scoring.item(overdue, values("plans.overdue", 0)).points()).isEqualByComparingTo("10");
        assertThat(Scoring.item(overdue, values("plans.overdue", 2)).points()).isEqualByComparingTo("5");
        assertThat(Scoring.item(overdue, values("plans.overdue", 7)).points()).isEqualByComparingTo("0");
        assertThat(overdue.maxPoints()).isEqualByComparingTo("10");
    }

    @Test
    void noItemThatCountsGivesNoScore() {
        Scoring.Score s = Scoring.score(List.of(CHECKED), values());
        assertThat(s.score()).isNull();
        assertThat(s.level()).isNull();
    }

    @Test
    void levels() {
        assertThat(Level.of(n("80"))).isEqualTo(Level.HIGH);
        assertThat(Level.of(n("79.99"))).isEqualTo(Level.MEDIUM);
        assertThat(Level.of(n("50"))).isEqualTo(Level.MEDIUM);
        assertThat(Level.of(n("49.99"))).isEqualTo(Level.LOW);
    }

    @Test
    void equalScoresShareAPlace() {
        Map<Long, BigDecimal> scores = new HashMap<>();
        scores.put(1L, n("50"));
        scores.put(2L, n("90"));
        scores.put(3L, n("50.00"));
        scores.put(4L, null);
        scores.put(5L, n("10"));
        Map<Long, Integer> places = Ranking.places(scores);
        assertThat(places.keySet()).startsWith(2L).endsWith(4L);
        assertThat(places.get(2L)).isEqualTo(1);
        assertThat(places.get(1L)).isEqualTo(2);
        assertThat(places.get(3L)).isEqualTo(2);
        assertThat(places.get(5L)).isEqualTo(4);
        assertThat(places.get(4L)).isNull();
    }

    @Test
    void thePreviousPeriodCrossesTheYear() {
        assertThat(new ReportingPeriod("QUARTER", 2026, 1).previous())
                .isEqualTo(new ReportingPeriod("QUARTER", 2025, 4));
        assertThat(new ReportingPeriod("QUARTER", 2026, 3).previous())
                .isEqualTo(new ReportingPeriod("QUARTER", 2026, 2));
        assertThat(new ReportingPeriod("HALF_YEAR", 2026, 1).previous())
                .isEqualTo(new ReportingPeriod("HALF_YEAR", 2025, 2));
        assertThat(new ReportingPeriod("YEAR", 2026, 1).previous()).isEqualTo(new ReportingPeriod("YEAR", 2025, 1));
    }

    @Test
    void theTextReadsItemsAndRefusesWrongLines() {
        List<RatingItem> items = MethodologyText.parse("""
                # code | denominator | weight | bands | yes | no
                procurement.checked | procurement.contracts | 3 | 0:0; 50:4; 80:7; 100:10 | |

                plan.adopted | | 1,5 | | 5 | 0
                """);
        assertThat(items).hasSize(2);
        assertThat(items.get(1).weight()).isEqualByComparingTo("1.5");
        assertThat(items.get(1).flag()).isTrue();
        assertThat(MethodologyText.parse(MethodologyText.write(items))).isEqualTo(items);
        assertThatThrownBy(() -> MethodologyText.parse("a | | 1 | 0:x | |"))
                .isInstanceOf(MethodologyText.FormatException.class)
                .hasMessageContaining("Line 1");
        assertThatThrownBy(() -> MethodologyText.item("a", "", "0", "0:1", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MethodologyText.item("a", "", "1", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MethodologyText.bands("0:1; 0:2")).isInstanceOf(IllegalArgumentException.class);
    }
}

package ru.probity.monitoring.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The score of one report by a methodology's items, each item explained.
 *
 * <p>The score is {@code 100 × Σ points × weight / Σ most points × weight} over the items that count,
 * rounded to two decimals: an item counts when its indicators are in the form and, for a share, the
 * denominator is not zero; a value left blank counts with zero points. An item whose indicator the
 * form does not have, or whose denominator is zero (nothing to do: no contracts to check), does not
 * count either way. Without any item that counts there is no score.
 */
public final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {}

    /** How an item was scored. */
    public enum Status {
        /** Scored by its value. */
        SCORED,
        /** Left blank in the report (or its denominator was): zero points, counted. */
        NO_VALUE,
        /** The denominator is zero: nothing to do, not counted. */
        NOT_APPLICABLE,
        /** The form has no such indicator: not counted. */
        NOT_IN_FORM
    }

    /**
     * One item's part of the score.
     *
     * @param item the methodology's item
     * @param status how it was scored
     * @param value the indicator's number (null for yes/no or blank)
     * @param denominator the denominator's number, for a share
     * @param share the value's share of the denominator in per cent, two decimals
     * @param flag the «да»/«нет» of a yes/no item
     * @param band the band the value (or share) fell in, or null
     * @param points the points before the weight
     * @param maxPoints the most points the item gives before the weight
     * @param weighted points × weight (zero when not counted)
     * @param weightedMax most points × weight (zero when not counted)
     */
    public record ItemScore(
            RatingItem item,
            Status status,
            BigDecimal value,
            BigDecimal denominator,
            BigDecimal share,
            Boolean flag,
            Band band,
            BigDecimal points,
            BigDecimal maxPoints,
            BigDecimal weighted,
            BigDecimal weightedMax) {

        public boolean counted() {
            return status == Status.SCORED || status == Status.NO_VALUE;
        }
    }

    /** The score (0..100, or null), its level, the sums and the items. */
    public record Score(
            BigDecimal score, Level level, BigDecimal weighted, BigDecimal weightedMax, List<ItemScore> items) {}

    /** Scores a report's values (indicator code → what it gives; a code absent: not in the form). */
    public static Score score(List<RatingItem> items, Map<String, Reported> values) {
        List<ItemScore> scores = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weightedMax = BigDecimal.ZERO;
        for (RatingItem item : items) {
            ItemScore s = item(item, values);
            scores.add(s);
            weighted = weighted.add(s.weighted());
            weightedMax = weightedMax.add(s.weightedMax());
        }
        BigDecimal score = weightedMax.signum() == 0
                ? null
                : weighted.multiply(HUNDRED).divide(weightedMax, 2, RoundingMode.HALF_UP);
        return new Score(score, Level.of(score), weighted, weightedMax, List.copyOf(scores));
    }

    static ItemScore item(RatingItem item, Map<String, Reported> values) {
        Reported reported = values.get(item.code());
        BigDecimal max = item.maxPoints();
        if (reported == null || (item.share() && !values.containsKey(item.denominatorCode()))) {
            return notCounted(item, Status.NOT_IN_FORM, reported, null, max);
        }
        if (item.flag()) {
            if (reported.flag() == null) {
                return noValue(item, reported, null, max);
            }
            BigDecimal points = reported.flag() ? item.yesPoints() : item.noPoints();
            return new ItemScore(
                    item,
                    Status.SCORED,
                    null,
                    null,
                    null,
                    reported.flag(),
                    null,
                    points,
                    max,
                    points.multiply(item.weight()),
                    max.multiply(item.weight()));
        }
        if (!item.share()) {
            if (reported.number() == null) {
                return noValue(item, reported, null, max);
            }
            Band band = item.bandOf(reported.number());
            return scored(item, reported.number(), null, null, band, max);
        }
        BigDecimal denominator = values.get(item.denominatorCode()).number();
        if (denominator != null && denominator.signum() == 0) {
            return notCounted(item, Status.NOT_APPLICABLE, reported, denominator, max);
        }
        if (reported.number() == null || denominator == null) {
            return noValue(item, reported, denominator, max);
        }
        BigDecimal share = reported.number().multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
        return scored(item, reported.number(), denominator, share, item.bandOf(share), max);
    }

    private static ItemScore scored(
            RatingItem item, BigDecimal value, BigDecimal denominator, BigDecimal share, Band band, BigDecimal max) {
        BigDecimal points = band == null ? BigDecimal.ZERO : band.points();
        return new ItemScore(
                item,
                Status.SCORED,
                value,
                denominator,
                share,
                null,
                band,
                points,
                max,
                points.multiply(item.weight()),
                max.multiply(item.weight()));
    }

    private static ItemScore noValue(RatingItem item, Reported reported, BigDecimal denominator, BigDecimal max) {
        return new ItemScore(
                item,
                Status.NO_VALUE,
                reported.number(),
                denominator,
                null,
                reported.flag(),
                null,
                BigDecimal.ZERO,
                max,
                BigDecimal.ZERO,
                max.multiply(item.weight()));
    }

    private static ItemScore notCounted(
            RatingItem item, Status status, Reported reported, BigDecimal denominator, BigDecimal max) {
        return new ItemScore(
                item,
                status,
                reported == null ? null : reported.number(),
                denominator,
                null,
                reported == null ? null : reported.flag(),
                null,
                BigDecimal.ZERO,
                max,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }
}

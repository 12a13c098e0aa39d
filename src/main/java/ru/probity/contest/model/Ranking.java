package ru.probity.contest.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a contest: each work's score is the mean of the totals of the jurors who scored it
 * completely, rounded to hundredths; the works are ranked within their nomination and age group by
 * that mean, the highest first; equal means share a place and the next place skips as many
 * («1, 1, 3»); a work no juror scored completely has no place.
 */
public final class Ranking {

    /** The places that win a diploma of a degree (I, II, III). */
    public static final int PRIZE_PLACES = 3;

    private Ranking() {}

    /** A work to rank: its group (nomination, age group) and the complete totals of its jurors. */
    public record Work(long applicationId, long nominationId, long ageGroupId, List<Integer> totals) {}

    /** A work's result: how many jurors, the mean (null without any), the place (null without a mean). */
    public record Result(long applicationId, int jurors, BigDecimal mean, Integer place) {

        /** A prize-winner: place 1 to 3. */
        public boolean winner() {
            return place != null && place <= PRIZE_PLACES;
        }
    }

    /** The mean of the totals, to hundredths (half up); null for none. */
    public static BigDecimal mean(List<Integer> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        long sum = totals.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
    }

    /** The results of all works, in the order of the works given. */
    public static List<Result> rank(List<Work> works) {
        Map<List<Long>, List<Work>> groups = new LinkedHashMap<>();
        for (Work w : works) {
            groups.computeIfAbsent(List.of(w.nominationId(), w.ageGroupId()), k -> new ArrayList<>())
                    .add(w);
        }
        Map<Long, Result> results = new LinkedHashMap<>();
        for (List<Work> group : groups.values()) {
            List<Work> scored = new ArrayList<>(
                    group.stream().filter(w -> !w.totals().isEmpty()).toList());
            scored.sort(Comparator.comparing((Work w) -> mean(w.totals())).reversed());
            BigDecimal previous = null;
            int place = 0;
            for (int i = 0; i < scored.size(); i++) {
                Work w = scored.get(i);
                BigDecimal mean = mean(w.totals());
                if (previous == null || mean.compareTo(previous) != 0) {
                    place = i + 1;
                    previous = mean;
                }
                results.put(
                        w.applicationId(),
                        new Result(w.applicationId(), w.totals().size(), mean, place));
            }
            group.stream()
                    .filter(w -> w.totals().isEmpty())
                    .forEach(w -> results.put(w.applicationId(), new Result(w.applicationId(), 0, null, null)));
        }
        return works.stream().map(w -> results.get(w.applicationId())).toList();
    }
}

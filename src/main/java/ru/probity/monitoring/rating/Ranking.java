package ru.probity.monitoring.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places by score, highest first: equal scores share a place and the next place skips them
 * (1, 2, 2, 4). Those without a score get no place and come last.
 */
public final class Ranking {

    private Ranking() {}

    /** Organization id → place (null without a score), in the order of the places. */
    public static Map<Long, Integer> places(Map<Long, BigDecimal> scores) {
        List<Map.Entry<Long, BigDecimal>> entries = new ArrayList<>(scores.entrySet());
        entries.sort(Comparator.comparing(
                Map.Entry<Long, BigDecimal>::getValue, Comparator.nullsLast(Comparator.reverseOrder())));
        Map<Long, Integer> places = new LinkedHashMap<>();
        BigDecimal previous = null;
        int place = 0;
        for (int i = 0; i < entries.size(); i++) {
            BigDecimal score = entries.get(i).getValue();
            if (score == null) {
                places.put(entries.get(i).getKey(), null);
                continue;
            }
            if (previous == null || score.compareTo(previous) != 0) {
                place = i + 1;
            }
            previous = score;
            places.put(entries.get(i).getKey(), place);
        }
        return places;
    }
}

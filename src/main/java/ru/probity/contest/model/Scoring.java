package ru.probity.contest.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.probity.platform.Refusal;

/** A juror's scores of one work: a whole number from 0 to the criterion's maximum for every criterion. */
public final class Scoring {

    private Scoring() {}

    /** A criterion of a nomination. */
    public record Criterion(long id, String name, int maxPoints) {}

    /**
     * The scores given, criterion id → points, checked: every criterion scored, within its range;
     * refused naming the wrong fields ({@code score-<criterion>}) otherwise.
     */
    public static Map<Long, Integer> check(List<Criterion> criteria, Map<Long, String> given) {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            String value = given.get(c.id());
            Integer points = null;
            if (value != null && value.strip().matches("\\d{1,3}")) {
                points = Integer.parseInt(value.strip());
            }
            if (points == null || points > c.maxPoints()) {
                wrong.put("score-" + c.id(), "contest.error.points");
            } else {
                scores.put(c.id(), points);
            }
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalidFields(wrong);
        }
        return scores;
    }

    /** The total of a juror's scores of a work, or null unless every criterion is scored. */
    public static Integer total(List<Criterion> criteria, Map<Long, Integer> scores) {
        int total = 0;
        for (Criterion c : criteria) {
            Integer points = scores.get(c.id());
            if (points == null) {
                return null;
            }
            total += points;
        }
        return total;
    }
}

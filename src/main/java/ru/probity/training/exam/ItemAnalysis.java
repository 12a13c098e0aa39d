package ru.probity.training.exam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Classical item analysis of a test's results: for every question, its <b>facility</b> (the mean
 * mark, 0–1: the share who answered it rightly) and its <b>discrimination</b> (the upper-lower
 * index: the facility among the best 27 % of examinees by total score minus the facility among the
 * worst 27 %; negative means the strong get it wrong more often than the weak — a question to
 * review).
 */
public final class ItemAnalysis {

    private ItemAnalysis() {}

    /** One examinee: his total score and his mark per question id (absent = not asked). */
    public record Examinee(double total, java.util.Map<Long, Double> marks) {}

    public record Item(long questionId, int answered, double facility, Double discrimination) {}

    public static List<Item> analyse(List<Examinee> examinees) {
        List<Examinee> ranked = new ArrayList<>(examinees);
        ranked.sort(Comparator.comparingDouble(Examinee::total).reversed());
        int group = (int) Math.round(ranked.size() * 0.27);
        List<Examinee> upper = ranked.subList(0, group);
        List<Examinee> lower = ranked.subList(ranked.size() - group, ranked.size());
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
        examinees.forEach(e -> ids.addAll(e.marks().keySet()));
        List<Item> items = new ArrayList<>();
        for (long id : ids) {
            double[] all = facility(examinees, id);
            double[] top = facility(upper, id);
            double[] bottom = facility(lower, id);
            Double discrimination = top[1] > 0 && bottom[1] > 0 ? top[0] - bottom[0] : null;
            items.add(new Item(id, (int) all[1], all[0], discrimination));
        }
        return items;
    }

    /** {mean mark, how many answered} of the question among the given examinees. */
    private static double[] facility(List<Examinee> examinees, long id) {
        double sum = 0;
        int n = 0;
        for (Examinee e : examinees) {
            Double mark = e.marks().get(id);
            if (mark != null) {
                sum += mark;
                n++;
            }
        }
        return new double[] {n == 0 ? 0 : sum / n, n};
    }
}

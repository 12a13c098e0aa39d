package ru.probity.contest;

import java.util.List;
import java.util.Set;
import ru.probity.contest.model.Scoring;
import ru.probity.contest.model.WorkKind;

/** A nomination of a contest: the kinds of works it accepts and its scoring criteria. */
public record Nomination(long id, String title, Set<WorkKind> kinds, List<Scoring.Criterion> criteria) {

    public boolean acceptsVideo() {
        return kinds.contains(WorkKind.VIDEO);
    }

    public boolean acceptsFiles() {
        return kinds.stream().anyMatch(k -> k != WorkKind.VIDEO);
    }

    public int maxTotal() {
        return criteria.stream().mapToInt(Scoring.Criterion::maxPoints).sum();
    }
}

package ru.probity.contest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.probity.contest.model.ApplicationStatus;
import ru.probity.contest.model.JurorTies;
import ru.probity.org.RelationKind;

/**
 * The ties of the jurors to the participants through the people registry: each juror's employee
 * card and its relatives against each application's participant and parent ({@link JurorTies}). A
 * juror without a card has no known ties.
 */
@Component
class JuryTies {

    private final ContestStore store;

    JuryTies(ContestStore store) {
        this.store = store;
    }

    /** A juror excluded from a work, with the reason (message key) and the kinship (its label or null). */
    public record Exclusion(
            long applicationId,
            String number,
            String participant,
            long userId,
            String juror,
            String reasonKey,
            String relation) {}

    /** A juror's card and its relatives, read once. */
    record Registry(JurorTies.Person self, List<JurorTies.Relative> relatives) {}

    Registry registry(Long employeeId) {
        if (employeeId == null) {
            return new Registry(null, List.of());
        }
        return new Registry(store.card(employeeId).orElse(null), store.relatives(employeeId));
    }

    Optional<JurorTies.Tie> tie(Registry registry, Entry e) {
        return JurorTies.find(
                registry.self(),
                registry.relatives(),
                new JurorTies.Person(e.lastName(), e.firstName(), e.middleName(), e.birthDate()),
                e.parentName());
    }

    /** Every exclusion of the contest's jury from its applications that are not rejected. */
    List<Exclusion> exclusions(long contestId) {
        List<Entry> entries = store.entries(contestId).stream()
                .filter(e -> e.status() != ApplicationStatus.REJECTED)
                .toList();
        List<Exclusion> exclusions = new ArrayList<>();
        for (ContestStore.Juror juror : store.jurors(contestId)) {
            Registry registry = registry(juror.employeeId());
            for (Entry e : entries) {
                tie(registry, e)
                        .ifPresent(t -> exclusions.add(new Exclusion(
                                e.id(),
                                e.number(),
                                e.fullName(),
                                juror.userId(),
                                juror.fullName(),
                                t.reasonKey(),
                                relation(t.relation()))));
            }
        }
        return exclusions;
    }

    private static String relation(String kind) {
        return kind == null
                ? null
                : RelationKind.parse(kind).map(RelationKind::label).orElse(kind);
    }

    /** The works (application ids) each juror is excluded from. */
    Map<Long, List<Long>> excludedWorks(long contestId) {
        Map<Long, List<Long>> map = new HashMap<>();
        exclusions(contestId)
                .forEach(x ->
                        map.computeIfAbsent(x.userId(), k -> new ArrayList<>()).add(x.applicationId()));
        return map;
    }

    /** Whether the user, a juror, is tied to the participant of the application. */
    boolean excluded(Long employeeId, Entry entry) {
        return tie(registry(employeeId), entry).isPresent();
    }
}

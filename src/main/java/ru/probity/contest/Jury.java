package ru.probity.contest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.contest.model.ApplicationStatus;
import ru.probity.contest.model.Scoring;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;

/**
 * The jury's side: a juror sees the admitted works of his contest without the participants'
 * personal data, scores each on its nomination's criteria on his own, and sees no other juror's score
 * until the judging is closed. A juror tied to a participant through the people registry
 * ({@link JuryTies}) never opens or scores that work.
 */
@Service
@Transactional(readOnly = true)
public class Jury {

    private final ContestStore store;
    private final JuryTies ties;

    Jury(ContestStore store, JuryTies ties) {
        this.store = store;
        this.ties = ties;
    }

    /** A work as the jury sees it: no name, birth date, school or parent. */
    public record Work(
            long applicationId,
            String number,
            long nominationId,
            String nomination,
            int minAge,
            int maxAge,
            String workTitle,
            String videoUrl,
            List<Entry.EntryFile> files) {}

    /** A work in the juror's list, with whether he has scored it completely. */
    public record WorkRow(Work work, boolean scored) {}

    /** The juror's works of a contest and how many he is excluded from. */
    public record Works(Contest contest, List<WorkRow> works, int excluded) {
        public long left() {
            return works.stream().filter(w -> !w.scored()).count();
        }
    }

    /** Another juror's total of the work, shown once the judging is closed. */
    public record JurorTotal(String juror, Integer total) {}

    /** The scoring page: the work, the criteria, the juror's own scores and, once closed, everyone's totals. */
    public record Sheet(
            Contest contest,
            Work work,
            List<Scoring.Criterion> criteria,
            Map<Long, Integer> mine,
            List<JurorTotal> totals) {
        public boolean canScore() {
            return contest.status().judging();
        }
    }

    /** The juror's works of the contest. */
    public Works works(CurrentUser user, long contestId) {
        Contest contest = contest(user, contestId);
        Map<Long, List<Scoring.Criterion>> criteria = criteria(contestId);
        Long card = card(user, contestId);
        JuryTies.Registry registry = ties.registry(card);
        Map<Long, Map<Long, Integer>> mine = store.scoresOf(contestId, user.userId());
        List<WorkRow> rows = new ArrayList<>();
        int excluded = 0;
        for (Entry e : store.entries(contestId)) {
            if (e.status() != ApplicationStatus.ADMITTED) {
                continue;
            }
            if (ties.tie(registry, e).isPresent()) {
                excluded++;
                continue;
            }
            Integer total = Scoring.total(
                    criteria.getOrDefault(e.nominationId(), List.of()), mine.getOrDefault(e.id(), Map.of()));
            rows.add(new WorkRow(work(e, List.of()), total != null));
        }
        return new Works(contest, rows, excluded);
    }

    /** The scoring page of a work; 404 for a work not admitted, 403 for a juror tied to its participant. */
    public Sheet sheet(CurrentUser user, long contestId, long applicationId) {
        Contest contest = contest(user, contestId);
        Entry entry = admitted(user, contestId, applicationId);
        List<Scoring.Criterion> criteria = criteria(contestId).getOrDefault(entry.nominationId(), List.of());
        List<JurorTotal> totals = List.of();
        if (contest.status().scoresOpen()) {
            totals = store.jurors(contestId).stream()
                    .map(j -> new JurorTotal(
                            j.fullName(), Scoring.total(criteria, store.scores(applicationId, j.userId()))))
                    .toList();
        }
        return new Sheet(
                contest, work(entry, entry.files()), criteria, store.scores(applicationId, user.userId()), totals);
    }

    /** Saves the juror's scores of a work while the judging is open. */
    @Transactional
    public void score(CurrentUser user, long contestId, long applicationId, Map<Long, String> given) {
        Contest contest = contest(user, contestId);
        store.lock(contestId);
        if (!contest.status().judging()) {
            throw Refusal.conflict("contest.error.judgingClosed");
        }
        Entry entry = admitted(user, contestId, applicationId);
        List<Scoring.Criterion> criteria = criteria(contestId).getOrDefault(entry.nominationId(), List.of());
        store.saveScores(applicationId, user.userId(), Scoring.check(criteria, given));
    }

    /** A file of the work (never the consent) for the juror. */
    public ContestStore.StoredFile file(CurrentUser user, long contestId, long applicationId, long fileId) {
        contest(user, contestId);
        admitted(user, contestId, applicationId);
        return store.file(applicationId, fileId)
                .filter(f -> "WORK".equals(f.purpose()))
                .orElseThrow(() -> new NotFound("file", fileId));
    }

    /** The works the juror still has to score in his announced contests: contest → count. */
    List<Pending> pending(CurrentUser user) {
        List<Pending> pending = new ArrayList<>();
        for (Contest c : store.judgingContests(user.userId())) {
            long left = works(user, c.id()).left();
            if (left > 0) {
                pending.add(new Pending(c, (int) left));
            }
        }
        return pending;
    }

    record Pending(Contest contest, int count) {}

    private Contest contest(CurrentUser user, long contestId) {
        Contest contest = store.contest(contestId).orElseThrow(() -> new NotFound("contest", contestId));
        Contests.requireJuror(store, user, contestId);
        return contest;
    }

    private Entry admitted(CurrentUser user, long contestId, long applicationId) {
        Entry entry = store.entry(contestId, applicationId)
                .filter(e -> e.status() == ApplicationStatus.ADMITTED)
                .orElseThrow(() -> new NotFound("application", applicationId));
        if (ties.excluded(card(user, contestId), entry)) {
            throw new AccessDeniedException(
                    "Juror " + user.username() + " is tied to the participant of application " + applicationId);
        }
        return entry;
    }

    /** The employee card of the juror's account (the one the account is linked to). */
    private Long card(CurrentUser user, long contestId) {
        for (ContestStore.Juror j : store.jurors(contestId)) {
            if (j.userId() == user.userId()) {
                return j.employeeId();
            }
        }
        return null;
    }

    private Map<Long, List<Scoring.Criterion>> criteria(long contestId) {
        Map<Long, List<Scoring.Criterion>> map = new java.util.HashMap<>();
        store.nominations(contestId).forEach(n -> map.put(n.id(), n.criteria()));
        return map;
    }

    private static Work work(Entry e, List<Entry.EntryFile> files) {
        return new Work(
                e.id(),
                e.number(),
                e.nominationId(),
                e.nomination(),
                e.minAge(),
                e.maxAge(),
                e.workTitle(),
                e.videoUrl(),
                files.stream().filter(f -> !f.consent()).toList());
    }
}

package ru.probity.contest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.platform.NotFound;

/**
 * The demo's entry for the contests' past: applications sent on a day of a contest's past window
 * (checked as the public form checks them), and the days the judging was closed and the results
 * published. The present goes through {@link Contests}, {@link Entries} and {@link Jury}.
 */
@Service
public class ContestHistory {

    private final ContestStore store;
    private final Entries entries;

    ContestHistory(ContestStore store, Entries entries) {
        this.store = store;
        this.entries = entries;
    }

    /** An application to the contest as sent on {@code day}; its number. */
    @Transactional
    public String apply(long contestId, LocalDate day, Entries.NewEntry entry, List<Entries.Upload> work) {
        Contest contest = store.contest(contestId).orElseThrow(() -> new NotFound("contest", contestId));
        Entries.PublicContest page = entries.publicContest(contest.organizationId(), contestId);
        return entries.register(page, entry, work, null, day).number();
    }

    /** The id of the application numbered {@code number}. */
    public long applicationId(long contestId, String number) {
        return store.entries(contestId).stream()
                .filter(e -> e.number().equals(number))
                .map(Entry::id)
                .findFirst()
                .orElseThrow(() -> new NotFound("application", number));
    }

    /** Moves the closing of the judging and the publication of the results to their days. */
    @Transactional
    public void backdate(long contestId, Instant closedAt, Instant publishedAt) {
        store.backdate(contestId, closedAt, publishedAt);
    }
}

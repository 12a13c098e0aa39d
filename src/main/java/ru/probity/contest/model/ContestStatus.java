package ru.probity.contest.model;

import java.time.LocalDate;

/**
 * The lifecycle of a contest: prepared ({@code DRAFT}, not public), announced (public; applications
 * between its dates; the jury scores the admitted works), the judging closed (results computed, the
 * scores visible to the jury and the organizer), the results published.
 */
public enum ContestStatus {
    DRAFT,
    ANNOUNCED,
    JUDGING_CLOSED,
    RESULTS_PUBLISHED;

    /** The moves the organizer makes, one step forward at a time. */
    public boolean canMoveTo(ContestStatus next) {
        return next.ordinal() == ordinal() + 1;
    }

    /** Shown on the public pages. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /** The jury scores (and the organizer moderates) while the contest is announced. */
    public boolean judging() {
        return this == ANNOUNCED;
    }

    /** The scores of every juror may be shown: the judging is closed. */
    public boolean scoresOpen() {
        return this == JUDGING_CLOSED || this == RESULTS_PUBLISHED;
    }

    /** Whether the public form takes applications on {@code today}. */
    public boolean acceptsApplications(LocalDate today, LocalDate from, LocalDate to) {
        return this == ANNOUNCED && !today.isBefore(from) && !today.isAfter(to);
    }
}

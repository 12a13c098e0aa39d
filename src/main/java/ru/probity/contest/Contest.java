package ru.probity.contest;

import java.time.Instant;
import java.time.LocalDate;
import ru.probity.contest.model.ContestStatus;

/** A contest of an organizer: its rules (the organizer's act), terms and state. */
public record Contest(
        long id,
        long organizationId,
        String organization,
        String title,
        String rules,
        LocalDate applicationsFrom,
        LocalDate applicationsTo,
        LocalDate judgingUntil,
        LocalDate resultsOn,
        ContestStatus status,
        Instant judgingClosedAt,
        Instant resultsPublishedAt) {

    /** Whether the public form takes applications on {@code today}. */
    public boolean open(LocalDate today) {
        return status.acceptsApplications(today, applicationsFrom, applicationsTo);
    }

    public boolean published() {
        return status == ContestStatus.RESULTS_PUBLISHED;
    }
}

package ru.probity.contest.model;

/** An application: sent, then admitted to the contest or rejected with a reason by the moderator. */
public enum ApplicationStatus {
    SUBMITTED,
    ADMITTED,
    REJECTED;

    /** Only a sent application is moderated, once. */
    public boolean canMoveTo(ApplicationStatus next) {
        return this == SUBMITTED && next != SUBMITTED;
    }
}

package ru.probity.civil.model;

import java.time.Instant;

/**
 * Where a public discussion stands, from its times and seats: a draft (not announced yet), open for
 * registration, full (the limit reached), registration closed (the deadline passed, not held yet),
 * held (results not published), results published.
 */
public enum DiscussionStage {
    DRAFT,
    OPEN,
    FULL,
    CLOSED,
    HELD,
    RESULTS;

    /**
     * The stage at {@code now}: {@code limit} null for no limit; the registration is open until its
     * deadline and never after the discussion has started.
     */
    public static DiscussionStage of(
            boolean published,
            Instant registrationUntil,
            Instant startsAt,
            Integer limit,
            int registered,
            boolean resultsPublished,
            Instant now) {
        if (!published) {
            return DRAFT;
        }
        if (resultsPublished) {
            return RESULTS;
        }
        if (!now.isBefore(startsAt)) {
            return HELD;
        }
        if (!now.isBefore(registrationUntil)) {
            return CLOSED;
        }
        if (limit != null && registered >= limit) {
            return FULL;
        }
        return OPEN;
    }

    /** Whether a citizen may register now. */
    public boolean registrationOpen() {
        return this == OPEN;
    }

    /** Whether questions may still be sent in advance (before the discussion starts). */
    public boolean questionsOpen() {
        return this == OPEN || this == FULL || this == CLOSED;
    }
}

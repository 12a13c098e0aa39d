package ru.probity.procurement.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a finding stands in the anti-corruption officers' workflow: NEW → UNDER_REVIEW → CONFIRMED
 * or DISMISSED, a decided (or stale) finding reopened to UNDER_REVIEW. A re-check that no longer
 * finds an undecided finding marks it GONE; found again, it is NEW once more.
 */
public enum FindingStatus {
    NEW,
    UNDER_REVIEW,
    CONFIRMED,
    DISMISSED,
    STALE,
    GONE;

    /** The statuses the findings page counts, in its order. */
    public static final List<FindingStatus> SHOWN = List.of(NEW, UNDER_REVIEW, CONFIRMED, DISMISSED, STALE);

    /** Whether an officer may move a finding of this status to {@code next}. */
    public boolean canMoveTo(FindingStatus next) {
        return next().contains(next);
    }

    /** Every status an officer may move a finding of this one to. */
    public Set<FindingStatus> next() {
        return switch (this) {
            case NEW, CONFIRMED, DISMISSED, STALE -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(CONFIRMED, DISMISSED);
            case GONE -> EnumSet.noneOf(FindingStatus.class);
        };
    }

    /** A decision: the officer has to give his reasons, kept as the finding's resolution. */
    public boolean decision() {
        return this == CONFIRMED || this == DISMISSED;
    }

    /** Nobody has decided on it yet: a re-check that no longer finds it marks it {@link #GONE}. */
    public boolean open() {
        return this == NEW || this == UNDER_REVIEW;
    }

    /** The status of this name, or null for a name that is none (a tampered form). */
    public static FindingStatus parse(String name) {
        if (name == null) {
            return null;
        }
        for (FindingStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }
}

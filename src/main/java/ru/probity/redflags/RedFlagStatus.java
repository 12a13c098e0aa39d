package ru.probity.redflags;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a red flag stands: NEW → dismissed with a reason, or sent to review (UNDER_REVIEW) →
 * CONFIRMED or DISMISSED; a decided flag may be sent to review again. A recompute that no longer
 * finds an undecided flag marks it GONE; found again, it is NEW once more.
 */
enum RedFlagStatus {
    NEW,
    UNDER_REVIEW,
    CONFIRMED,
    DISMISSED,
    GONE;

    /** The statuses the page counts, in its order. */
    static final List<RedFlagStatus> SHOWN = List.of(NEW, UNDER_REVIEW, CONFIRMED, DISMISSED);

    Set<RedFlagStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(UNDER_REVIEW, DISMISSED);
            case UNDER_REVIEW -> EnumSet.of(CONFIRMED, DISMISSED);
            case CONFIRMED, DISMISSED -> EnumSet.of(UNDER_REVIEW);
            case GONE -> EnumSet.noneOf(RedFlagStatus.class);
        };
    }

    boolean canMoveTo(RedFlagStatus next) {
        return next().contains(next);
    }

    /** A decision: the officer gives his reasons, kept as the flag's resolution. */
    boolean decision() {
        return this == CONFIRMED || this == DISMISSED;
    }

    boolean open() {
        return this == NEW || this == UNDER_REVIEW;
    }

    static RedFlagStatus parse(String name) {
        for (RedFlagStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }
}

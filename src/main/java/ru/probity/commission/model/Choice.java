package ru.probity.commission.model;

import java.util.Optional;

/** A member's vote on a question. */
public enum Choice {
    FOR,
    AGAINST,
    ABSTAIN;

    /** The choice a form or a ballot names; empty for anything else (no vote recorded). */
    public static Optional<Choice> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Choice c : values()) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

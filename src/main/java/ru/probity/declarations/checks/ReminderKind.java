package ru.probity.declarations.checks;

/** A reminder of an obligation's term, each sent at most once: the term is near, or it has passed. */
public enum ReminderKind {
    DUE,
    OVERDUE;

    public static ReminderKind of(boolean overdue) {
        return overdue ? OVERDUE : DUE;
    }

    /** The part of the letter's message keys: {@code declarations.mail.<key>.subject}. */
    public String mailKey() {
        return this == OVERDUE ? "overdue" : "due";
    }
}

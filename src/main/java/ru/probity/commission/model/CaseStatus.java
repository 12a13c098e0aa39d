package ru.probity.commission.model;

/**
 * Where a case before the commission is: it waits (PENDING), is on a planned meeting's agenda
 * (SCHEDULED) and is decided there (DECIDED) — or goes back to wait when it is taken off the agenda
 * or its meeting closes without a decision.
 */
public enum CaseStatus {
    PENDING,
    SCHEDULED,
    DECIDED;

    /** Not yet decided. */
    public boolean open() {
        return this != DECIDED;
    }

    public boolean canMoveTo(CaseStatus next) {
        return switch (this) {
            case PENDING -> next == SCHEDULED;
            case SCHEDULED -> next == PENDING || next == DECIDED;
            case DECIDED -> false;
        };
    }
}

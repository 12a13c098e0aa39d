package ru.probity.visits.model;

/** A visit of the plan: planned, then held or cancelled; a held or cancelled visit stays so. */
public enum VisitStatus {
    PLANNED,
    HELD,
    CANCELLED;

    public boolean canMoveTo(VisitStatus next) {
        return this == PLANNED && next != PLANNED;
    }
}

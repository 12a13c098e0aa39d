package ru.probity.acts.model;

/** Where an employee's acknowledgement of an act stands: asked, then signed (online or on paper). */
public enum AcknowledgementStatus {
    PENDING,
    ACKNOWLEDGED;

    /** Whether an acknowledgement in this state may move to {@code next}: only a pending one is signed, once. */
    public boolean canMoveTo(AcknowledgementStatus next) {
        return this == PENDING && next == ACKNOWLEDGED;
    }
}

package ru.probity.monitoring.model;

/** The life of a monitoring form. */
public enum FormStatus {
    /** Being defined: its sections and indicators may change. */
    DRAFT,
    /** Sent to the organizations: its sections and indicators are frozen. */
    ASSIGNED,
    /** Closed: nothing more is expected. */
    CLOSED;

    public boolean editable() {
        return this == DRAFT;
    }
}

package ru.probity.reports;

/** Where a report stands. */
public enum ReportStatus {
    /** Received (through the website or redirected here), not yet registered. */
    NEW,
    /** Registered: the terms of 59-ФЗ run. */
    REGISTERED,
    /** Answered: closed with an answer. */
    ANSWERED,
    /** Closed without an answer (anonymous, forwarded, or nothing to answer). */
    CLOSED;

    public boolean open() {
        return this == NEW || this == REGISTERED;
    }
}

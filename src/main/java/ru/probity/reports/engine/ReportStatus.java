package ru.probity.reports.engine;

/**
 * Where a report stands, and where it may go from there: a new report is registered; a registered
 * one is answered or forwarded to an external competent body (59-ФЗ ст.8 ч.3, ст.11 ч.1); an open
 * one (new or registered) is redirected to another organization of the tree (and is new there) or
 * closed without an answer; an answered, forwarded or closed one stays as it is.
 */
public enum ReportStatus {
    /** Received (through the website or redirected here), not yet registered. */
    NEW,
    /** Registered: the terms of 59-ФЗ run. */
    REGISTERED,
    /** Answered: closed with an answer. */
    ANSWERED,
    /** Closed without an answer (anonymous, or nothing to answer). */
    CLOSED,
    /** Forwarded to an external competent body (police, prosecutor, another authority) by an outgoing letter. */
    FORWARDED;

    public boolean open() {
        return this == NEW || this == REGISTERED;
    }

    /** Whether a report in this status may move to {@code next}. */
    public boolean canMoveTo(ReportStatus next) {
        return switch (next) {
            case NEW, CLOSED -> open();
            case REGISTERED -> this == NEW;
            case ANSWERED, FORWARDED -> this == REGISTERED;
        };
    }
}

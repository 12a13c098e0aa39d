package ru.probity.reports.engine;

/**
 * Where a report stands, and where it may go from there: a new report is registered; a registered
 * one is answered; an open one (new or registered) is redirected to another organization (and is
 * new there) or closed without an answer; an answered or closed one stays as it is.
 */
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

    /** Whether a report in this status may move to {@code next}. */
    public boolean canMoveTo(ReportStatus next) {
        return switch (next) {
            case NEW, CLOSED -> open();
            case REGISTERED -> this == NEW;
            case ANSWERED -> this == REGISTERED;
        };
    }
}

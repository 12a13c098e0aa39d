package ru.probity.notifications.model;

/**
 * Where a notification is in its course: filed online (SUBMITTED) or entered from paper, registered
 * (REGISTERED), reviewed with the motivated conclusion (REVIEWED, rewritable until sent), then sent to
 * the commission (SENT_TO_COMMISSION) and decided by it (DECIDED), or closed without it (CLOSED).
 */
public enum NotificationStatus {
    /** Filed online by the employee, awaiting registration (it is registered the day it arrives). */
    SUBMITTED,
    /** Registered; the officer's preliminary review is due. */
    REGISTERED,
    /** The motivated conclusion is written; to be sent to the commission or closed. */
    REVIEWED,
    /** Sent to the commission on official conduct and conflicts of interest. */
    SENT_TO_COMMISSION,
    /** The commission has decided. */
    DECIDED,
    /** Closed without the commission, with the result written down. */
    CLOSED;

    /** Still with the officer: files may be added, it may be registered, reviewed, sent or closed. */
    public boolean open() {
        return this == SUBMITTED || this == REGISTERED || this == REVIEWED;
    }

    /**
     * Whether the course allows the step: registration of what was filed; the conclusion (again) on
     * a registered or reviewed one; sending a reviewed one; closing a registered or reviewed one; the
     * commission's decision on one sent to it (recorded again if it comes again).
     */
    public boolean canMoveTo(NotificationStatus next) {
        return switch (next) {
            case SUBMITTED -> false;
            case REGISTERED -> this == SUBMITTED;
            case REVIEWED, CLOSED -> this == REGISTERED || this == REVIEWED;
            case SENT_TO_COMMISSION -> this == REVIEWED;
            case DECIDED -> this == SENT_TO_COMMISSION || this == DECIDED;
        };
    }
}

package ru.probity.notifications;

/** Where a notification is in its course. */
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

    public boolean open() {
        return this == SUBMITTED || this == REGISTERED || this == REVIEWED;
    }
}

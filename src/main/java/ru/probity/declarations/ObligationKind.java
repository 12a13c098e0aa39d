package ru.probity.declarations;

/** Why an employee has to file a declaration. */
public enum ObligationKind {
    /** The annual campaign: by 30 April for the previous year. */
    ANNUAL,
    /** Entry into municipal service. */
    ENTRY,
    /** Appointment to a post on the declaration list. */
    APPOINTMENT,
    /** Transfer to another post on the list. */
    TRANSFER,
    /** Inclusion in the personnel reserve. */
    RESERVE,
    /** A deal that triggers expense control (230-ФЗ ст.3). */
    DEAL
}

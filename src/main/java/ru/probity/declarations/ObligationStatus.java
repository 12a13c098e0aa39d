package ru.probity.declarations;

/** Where an obligation stands. */
public enum ObligationStatus {
    /** Not filed yet, the term has not passed. */
    EXPECTED,
    /** Not filed and the term has passed. */
    OVERDUE,
    /** Filed by the term. */
    RECEIVED,
    /** Filed after the term. */
    LATE,
    /** Filed and corrected (a new version within one month after the term). */
    CORRECTED,
    /**
     * Not filed, and no longer imposed: an annual obligation of a category that files on events
     * only for that year (docs/declarations.md «The filing regime»). Never overdue, never reminded.
     */
    NOT_REQUIRED;

    static ObligationStatus of(
            java.time.LocalDate dueOn, java.time.LocalDate firstFiled, int versions, java.time.LocalDate today) {
        if (firstFiled == null) {
            return today.isAfter(dueOn) ? OVERDUE : EXPECTED;
        }
        if (versions > 1) {
            return CORRECTED;
        }
        return firstFiled.isAfter(dueOn) ? LATE : RECEIVED;
    }
}

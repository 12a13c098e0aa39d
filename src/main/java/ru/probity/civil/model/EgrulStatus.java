package ru.probity.civil.model;

import java.time.LocalDate;

/**
 * The outcome of checking a public organization's ИНН against the ЕГРЮЛ loaded in procurement, when
 * the record was saved: found and active, found but terminated, not found, or no register loaded (not
 * checked). Only a wrong check digit refuses the record; the others are shown to the officer.
 */
public enum EgrulStatus {
    VERIFIED,
    TERMINATED,
    NOT_FOUND,
    NOT_LOADED;

    /** The status of a check: whether the register is loaded, and the record's termination day if found. */
    public static EgrulStatus of(boolean loaded, boolean found, LocalDate terminatedOn) {
        if (!loaded) {
            return NOT_LOADED;
        }
        if (!found) {
            return NOT_FOUND;
        }
        return terminatedOn == null ? VERIFIED : TERMINATED;
    }

    /** Whether the officer should look at it. */
    public boolean warning() {
        return this == TERMINATED || this == NOT_FOUND;
    }
}

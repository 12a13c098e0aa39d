package ru.probity.acts.model;

import java.time.LocalDate;

/**
 * The day of a signature on paper recorded by the officer: the employee signed the sheet after the
 * act was sent to him for acknowledgement and not later than today — a date before the sending or
 * in the future cannot be a real signature of this acknowledgement.
 */
public final class PaperSignature {

    private PaperSignature() {}

    /** Whether {@code signedOn} may be recorded for an acknowledgement sent on {@code sentOn}, {@code today}. */
    public static boolean valid(LocalDate signedOn, LocalDate sentOn, LocalDate today) {
        return signedOn != null && !signedOn.isAfter(today) && !signedOn.isBefore(sentOn);
    }
}

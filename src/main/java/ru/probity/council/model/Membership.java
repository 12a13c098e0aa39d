package ru.probity.council.model;

import java.time.LocalDate;

/**
 * The dates of a membership in the council: from the day of the act that included the member, to
 * the day of the act that excluded him (none while he is a member).
 */
public record Membership(LocalDate from, LocalDate to) {

    /** Whether the member belongs to the council on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }

    /** Whether the dates are in order: the end, if any, not before the start. */
    public boolean valid() {
        return from != null && (to == null || !to.isBefore(from));
    }
}

package ru.probity.declarations.checks;

import java.time.LocalDate;

/**
 * Where a declaration version stands with the commission on official conduct (Указ №821 п.16 «а»):
 * not sent, sent once, decided. The commission's decision may come again (a later meeting's
 * decision replaces the earlier one); a version is never sent twice.
 */
public enum CommissionStage {
    NOT_SENT,
    SENT,
    DECIDED;

    /** The stage of a version from the dates it was sent and decided on (either may be null). */
    public static CommissionStage of(LocalDate sentOn, LocalDate decidedOn) {
        if (sentOn == null) {
            return NOT_SENT;
        }
        return decidedOn == null ? SENT : DECIDED;
    }

    public boolean canMoveTo(CommissionStage next) {
        return switch (this) {
            case NOT_SENT -> next == SENT;
            case SENT, DECIDED -> next == DECIDED;
        };
    }
}

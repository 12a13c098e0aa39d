package ru.probity.declarations.checks;

import java.util.List;

/**
 * The rules a declaration is checked by. Each finding's text is the bundle's {@link
 * #messageKey(List)} with the finding's arguments; it cites the norm.
 */
public enum Rule {
    /** A spouse or minor child in the people registry is not in the declaration (273-ФЗ ст.8 ч.1). */
    FAMILY_MISSING,
    /** Real estate that the previous year's declaration did not have. */
    ESTATE_APPEARED,
    /**
     * Real estate of the previous year's declaration that is gone; with four arguments it is listed in
     * §7 as given away free of charge (the recipient and the basis are the last two).
     */
    ESTATE_DISAPPEARED,
    VEHICLE_APPEARED,
    /** As {@link #ESTATE_DISAPPEARED}, for vehicles. */
    VEHICLE_DISAPPEARED,
    /** Income grew beyond the configured factor against the previous year. */
    INCOME_JUMP,
    /** A deal above the income of the declarant and spouse for the three preceding years (230-ФЗ ст.3). */
    EXPENSE_CONTROL,
    /** Not all three preceding years are on file: the 230-ФЗ comparison used fewer. */
    EXPENSE_HISTORY_INCOMPLETE,
    /** Acquisitions and the growth of account balances exceed the household's income of the year. */
    NOT_COVERED_BY_INCOME,
    /** A share in a commercial organization (§5.1) the previous year's declaration did not have. */
    SHARE_NEW,
    /**
     * A digital financial asset or right (§3.3), a digital currency (§3.4) or a security (§5.2) the
     * previous year's declaration did not have.
     */
    HOLDING_NEW;

    /**
     * The bundle key of a finding's text: {@code declarations.rule.<CODE>}, and for a disappearance
     * that §7 explains (four arguments) {@code declarations.rule.<CODE>.givenAway}.
     */
    public String messageKey(List<String> args) {
        boolean givenAway = (this == ESTATE_DISAPPEARED || this == VEHICLE_DISAPPEARED) && args.size() == 4;
        return "declarations.rule." + name() + (givenAway ? ".givenAway" : "");
    }
}

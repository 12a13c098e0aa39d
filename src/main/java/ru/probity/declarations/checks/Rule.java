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
    /**
     * The total of the reporting period's deals of the declarant, spouse and minor children above the
     * income of the declarant and spouse for the three preceding years (230-ФЗ ст.3 ч.1). Findings
     * stored before the total was compared have five arguments (one deal) and their own text.
     */
    EXPENSE_CONTROL,
    /** Not all three preceding years are on file: the 230-ФЗ comparison used fewer. */
    EXPENSE_HISTORY_INCOMPLETE,
    /** Acquisitions and the growth of account balances exceed the household's income of the year. */
    NOT_COVERED_BY_INCOME,
    /** A share in a commercial organization (§5.1) the previous year's declaration did not have. */
    SHARE_NEW,
    /**
     * A digital financial asset or right (§3.3), a digital currency (§3.5) or a security (§5.2) the
     * previous year's declaration did not have.
     */
    HOLDING_NEW,
    /** A §5.1 share of the previous year's declaration that this one does not have. */
    SHARE_GONE,
    /** A §4 account (bank, kind and currency) the previous year's declaration did not have. */
    ACCOUNT_APPEARED,
    /** A §4 account of the previous year's declaration that this one does not have. */
    ACCOUNT_DISAPPEARED,
    /** A §6.2 obligation (role, other party, content) the previous year's declaration did not have. */
    OBLIGATION_APPEARED,
    /** A §6.2 obligation of the previous year's declaration that this one does not have. */
    OBLIGATION_DISAPPEARED,
    /**
     * A person's income changed by at least {@code income-change-percent} against the previous year
     * (a growth beyond the {@link #INCOME_JUMP} factor is reported as that instead).
     */
    INCOME_CHANGE,
    /**
     * Inflows to a §4 account above the income of the person and spouse for the reporting year and
     * the two before it: the form wants a statement of the account then (Указ №460, footnote to §4).
     * With six arguments some of those years are not on file (the last one names them).
     */
    ACCOUNT_INFLOWS;

    /**
     * The bundle key of a finding's text: {@code declarations.rule.<CODE>}; for a disappearance that
     * §7 explains (four arguments) {@code declarations.rule.<CODE>.givenAway}; for an expense-control
     * finding stored before the total was compared (five arguments) {@code .deal}; for inflows
     * compared with incomplete years (six arguments) {@code .incomplete}.
     */
    public String messageKey(List<String> args) {
        boolean givenAway = (this == ESTATE_DISAPPEARED || this == VEHICLE_DISAPPEARED) && args.size() == 4;
        if (givenAway) {
            return "declarations.rule." + name() + ".givenAway";
        }
        if (this == EXPENSE_CONTROL && args.size() == 5) {
            return "declarations.rule.EXPENSE_CONTROL.deal";
        }
        if (this == ACCOUNT_INFLOWS && args.size() == 6) {
            return "declarations.rule.ACCOUNT_INFLOWS.incomplete";
        }
        return "declarations.rule." + name();
    }
}

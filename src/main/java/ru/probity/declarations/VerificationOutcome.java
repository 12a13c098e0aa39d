package ru.probity.declarations;

/**
 * The outcome the report of a проверка proposes (Указ №1065 п.22 as the model; message {@code
 * verifications.outcome.<name>}): no grounds for a penalty, a penalty, the materials to the
 * commission, or — for the control of expenses — the materials to the prosecutor (230-ФЗ ст.16).
 */
public enum VerificationOutcome {
    NO_GROUNDS,
    PENALTY,
    COMMISSION,
    PROSECUTOR;

    /** Whether the outcome fits the kind: only the control of expenses sends materials to the prosecutor. */
    public boolean fits(VerificationKind kind) {
        return this != PROSECUTOR || kind == VerificationKind.EXPENSES;
    }
}

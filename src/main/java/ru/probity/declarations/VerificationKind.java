package ru.probity.declarations;

/**
 * What a проверка is about (message {@code verifications.kind.<name>}): the completeness and
 * accuracy of a declaration, the compliance with restrictions and prohibitions (25-ФЗ ст.15 and the
 * regional law, Указ №1065 as the model), or the control of expenses (230-ФЗ ст.4–5).
 */
public enum VerificationKind {
    DECLARATION,
    RESTRICTIONS,
    EXPENSES
}

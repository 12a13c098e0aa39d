package ru.probity.declarations;

/**
 * The disciplinary penalties of a municipal servant for a corruption offence (25-ФЗ ст.27 ч.1,
 * ст.27.1; message {@code verifications.penalty.<name>}).
 */
public enum VerificationPenalty {
    REMARK,
    REPRIMAND,
    DISMISSAL
}

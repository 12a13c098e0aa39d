package ru.probity.declarations;

/**
 * Who gave the information in writing that grounds a проверка (Указ №1065 п.4 as the model; 230-ФЗ
 * ст.4 ч.1 for the control of expenses; message {@code verifications.ground.<name>}). Anonymous
 * information is no ground (Указ №1065 п.5, 230-ФЗ ст.4 ч.3), so it has no value here.
 */
public enum VerificationGround {
    /** Law-enforcement and other state bodies, local self-government bodies and their officials. */
    AUTHORITIES,
    /** The prevention unit (the officers), e.g. from the analysis of the declarations. */
    PREVENTION_UNIT,
    /** The standing governing bodies of political parties and registered public associations. */
    PARTIES,
    /** The Public Chamber of the Russian Federation (or of the region). */
    PUBLIC_CHAMBER,
    /** All-Russian mass media. */
    MEDIA
}

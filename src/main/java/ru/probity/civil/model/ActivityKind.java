package ru.probity.civil.model;

/**
 * What a public organization did: a public control event (212-ФЗ ст.18: public monitoring, check,
 * expertise), a round table, a monitoring visit, public hearings, something else.
 */
public enum ActivityKind {
    PUBLIC_CONTROL,
    ROUND_TABLE,
    MONITORING_VISIT,
    PUBLIC_HEARING,
    OTHER
}

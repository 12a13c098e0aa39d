package ru.probity.visits.model;

/** The team's finding on one checklist item. */
public enum Verdict {
    COMPLIANT,
    NOT_COMPLIANT,
    NOT_APPLICABLE
}

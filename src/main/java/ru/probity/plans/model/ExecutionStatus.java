package ru.probity.plans.model;

/** What a report says of a measure's execution for one of its due dates. */
public enum ExecutionStatus {
    EXECUTED,
    PARTIAL,
    NOT_EXECUTED
}

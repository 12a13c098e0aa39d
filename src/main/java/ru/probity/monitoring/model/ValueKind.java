package ru.probity.monitoring.model;

/** What an indicator of a monitoring form asks for. */
public enum ValueKind {
    /** A count or an amount (pre-filled from Probity's figures when it has a source). */
    NUMBER,
    /** Yes or no. */
    YES_NO,
    /** A text. */
    TEXT,
    /** A file (a scan, a document). */
    FILE
}

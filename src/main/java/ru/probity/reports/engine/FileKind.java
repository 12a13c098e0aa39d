package ru.probity.reports.engine;

/** What a report's file belongs to. */
public enum FileKind {
    /** Sent with the report. */
    ATTACHMENT,
    /** Sent with a message. */
    MESSAGE,
    /** Sent with the answer. */
    ANSWER
}

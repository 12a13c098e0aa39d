package ru.probity.reports.engine;

/** The kinds of a report's messages: the channel with the reporter, notices, the officers' comments. */
public enum MessageKind {
    /** The officer's question or message to the reporter. */
    TO_REPORTER,
    /** The reporter's message. */
    FROM_REPORTER,
    /** A notice to the reporter: an extension, a redirection. */
    NOTICE,
    /** An officers' comment the reporter never sees. */
    INTERNAL;

    /** Whether the reporter's page shows messages of this kind (and their files). */
    public boolean reporterSees() {
        return this != INTERNAL;
    }
}

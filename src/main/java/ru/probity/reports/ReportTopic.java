package ru.probity.reports;

/** What a report is about, as the reporter or the officer chooses it (for routing and statistics). */
public enum ReportTopic {
    BRIBERY,
    ABUSE_OF_POWER,
    CONFLICT_OF_INTEREST,
    PROCUREMENT,
    MISUSE_OF_FUNDS,
    OTHER
}

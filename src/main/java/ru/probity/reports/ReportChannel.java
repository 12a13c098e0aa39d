package ru.probity.reports;

/** How a report arrived. */
public enum ReportChannel {
    WEB,
    HOTLINE,
    LETTER,
    EMAIL,
    VISIT
}

package ru.probity.reports;

/** A file of a report without its content: the name is opened only for who may read the report. */
public record ReportFile(long id, String kind, String name, String contentType, int size) {}

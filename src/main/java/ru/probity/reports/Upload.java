package ru.probity.reports;

/** A file as received from a form, before checks. */
public record Upload(String name, byte[] content) {}

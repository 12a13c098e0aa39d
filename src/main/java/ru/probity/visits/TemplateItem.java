package ru.probity.visits;

/** An item of a checklist: its section, what is checked and the legal basis of the check. */
public record TemplateItem(long id, long templateId, int position, String section, String text, String legalBasis) {}

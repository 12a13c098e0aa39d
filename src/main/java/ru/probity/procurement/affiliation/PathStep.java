package ru.probity.procurement.affiliation;

/** One edge of a finding's path, with human-readable labels: «Иванов Иван Иванович (ИНН …)» — «супруга» — … */
public record PathStep(String from, String relation, String to) {}

package ru.probity.monitoring;

/**
 * What the reporter typed for one indicator: the number as text (a comma or a point), yes/no
 * ({@code "true"}, {@code "false"} or blank), the text, the reason of a changed pre-filled number.
 */
public record ValueInput(String number, String flag, String text, String reason) {}

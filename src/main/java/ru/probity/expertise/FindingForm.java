package ru.probity.expertise;

/**
 * A finding as the expert enters or edits it: the factor's code («3а» … «4в»), the clause, the
 * quoted fragment (found in the version's text) and the proposal for its elimination.
 */
public record FindingForm(String factor, String clause, String quote, String proposal) {}

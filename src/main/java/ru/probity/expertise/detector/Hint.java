package ru.probity.expertise.detector;

/**
 * A candidate corruptogenic fragment found by the detector: the factor, the number of the act's
 * clause it lies in (e.g. «2.3», empty when the text has no numbering), the span as character
 * offsets into the extracted text ({@code end} exclusive), the fragment itself, and a one-line
 * explanation in Russian citing the Методика.
 */
public record Hint(Factor factor, String clause, int start, int end, String text, String explanation) {}

package ru.probity.org.exchange;

/**
 * A problem found in a people file.
 *
 * @param line the 1-based line (the header is line 1); 0 for a problem with the file as a whole
 * @param column the column title as the format names it, or null when the problem is not in one
 *     column
 * @param message the full text for the user in Russian, e.g. «Строка 7, столбец «ИНН»: неверная
 *     контрольная цифра ИНН»
 */
public record RowError(int line, String column, String message) {

    static RowError ofFile(String reason) {
        return new RowError(0, null, reason);
    }

    static RowError ofLine(int line, String reason) {
        return new RowError(line, null, "Строка " + line + ": " + reason);
    }

    public static RowError of(int line, String column, String reason) {
        return new RowError(line, column, "Строка " + line + ", столбец «" + column + "»: " + reason);
    }
}

package ru.probity.procurement.eis;

/**
 * An error in a contract table, for the user.
 *
 * @param line the line of the CSV file or the row of the sheet (1-based; the header is line 1)
 * @param column the column (1-based), 0 when the error concerns the whole line or file
 * @param header the column's header, null when {@code column} is 0
 * @param message what is wrong, in Russian
 */
public record TableError(int line, int column, String header, String message) {

    /** «Строка 5, столбец 11 «ИНН поставщика»: неверная контрольная цифра ИНН». */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Строка ").append(line);
        if (column > 0) {
            sb.append(", столбец ").append(column);
            if (header != null) {
                sb.append(" «").append(header).append('»');
            }
        }
        return sb.append(": ").append(message).toString();
    }
}

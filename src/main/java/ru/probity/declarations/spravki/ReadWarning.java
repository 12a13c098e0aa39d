package ru.probity.declarations.spravki;

/**
 * Something in the file the reader did not understand and left out (an element or field name of a
 * newer program version, a value that is not a date or a number): {@code where} is the path in the
 * package, as «Справка 2 › Счета › Счет 3 › Поле»; {@code message} is in Russian.
 */
public record ReadWarning(String where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}

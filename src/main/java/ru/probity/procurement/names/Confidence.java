package ru.probity.procurement.names;

/**
 * How sure a match of two person records is.
 *
 * <ul>
 *   <li>{@link #HIGH}: identifiers agree (the same INN or SNILS);
 *   <li>{@link #MEDIUM}: the same name plus corroboration (birth date, phone, e-mail, address,
 *       region…);
 *   <li>{@link #LOW}: the name only — a lead for a person to check, never a violation.
 * </ul>
 */
public enum Confidence {
    HIGH,
    MEDIUM,
    LOW;

    public boolean atLeast(Confidence other) {
        return ordinal() <= other.ordinal();
    }
}

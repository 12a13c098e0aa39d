package ru.probity.procurement.model;

/**
 * A person's name as a source gives it (registers: upper case; HR: mixed case; documents: possibly
 * declined or with initials). The middle name (patronymic) may be absent.
 */
public record PersonName(String lastName, String firstName, String middleName) {

    @Override
    public String toString() {
        return lastName + " " + firstName + (middleName == null || middleName.isBlank() ? "" : " " + middleName);
    }
}

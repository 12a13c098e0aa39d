package ru.probity.org;

import java.time.LocalDate;

/** A relative of an employee in one of the kinds the laws name. */
public record Relative(
        long id,
        long employeeId,
        RelationKind relation,
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        String inn,
        String snils,
        String phone,
        String address,
        String workplace) {

    public String fullName() {
        return lastName + " " + firstName + (middleName == null ? "" : " " + middleName);
    }
}

package ru.probity.org;

import java.time.LocalDate;

/**
 * A person employed in an organization of the tree, with his post and procurement roles.
 *
 * @param category his category (DOMAIN.md «Who is who»), null when not stated
 */
public record Employee(
        long id,
        long organizationId,
        String organizationName,
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        String inn,
        String snils,
        String phone,
        String email,
        String address,
        String post,
        LocalDate appointedOn,
        LocalDate dismissedOn,
        boolean declarationRequired,
        boolean headOfCustomer,
        boolean contractServiceHead,
        boolean contractManager,
        boolean procurementCommissionMember,
        boolean active,
        EmployeeCategory category,
        boolean candidate) {

    public String fullName() {
        return lastName + " " + firstName + (middleName == null ? "" : " " + middleName);
    }

    /** SNILS as people write it: 123-456-789 01. */
    public String snilsFormatted() {
        return ru.probity.identifiers.Identifiers.formatSnils(snils);
    }

    /** Holds one of the posts that 44-ФЗ ст.31 ч.1 п.9 names on the customer's side. */
    public boolean hasProcurementRole() {
        return headOfCustomer || contractServiceHead || contractManager || procurementCommissionMember;
    }
}

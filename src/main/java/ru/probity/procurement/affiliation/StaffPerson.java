package ru.probity.procurement.affiliation;

import java.time.LocalDate;
import ru.probity.org.RelationKind;
import ru.probity.procurement.model.PersonName;

/**
 * A person of the customers' people file: an employee ({@code relativeOf == null}) or a relative of
 * one. Any field but the id and the name may be null.
 *
 * @param organizationInn the INN of the employee's organization (the customer)
 * @param role the employee's part in procurement; null for a relative
 * @param relativeOf for a relative, the personId of his employee
 * @param relation for a relative, how he is related to the employee; null when the file says
 *     «other» — then he is a close relative under neither law
 */
public record StaffPerson(
        String personId,
        PersonName name,
        LocalDate birthDate,
        String inn,
        String snils,
        String phone,
        String email,
        String address,
        String organizationInn,
        String position,
        ProcurementRole role,
        String relativeOf,
        RelationKind relation) {

    public boolean isEmployee() {
        return relativeOf == null;
    }

    /** A convenience for tests and callers: an employee with a name, INN, organization and role. */
    public static StaffPerson employee(
            String personId,
            PersonName name,
            String inn,
            String organizationInn,
            String position,
            ProcurementRole role) {
        return new StaffPerson(
                personId, name, null, inn, null, null, null, null, organizationInn, position, role, null, null);
    }

    /** A convenience for tests and callers: a relative with a name and INN. */
    public static StaffPerson relative(
            String personId, PersonName name, String inn, String employeeId, RelationKind relation) {
        return new StaffPerson(
                personId, name, null, inn, null, null, null, null, null, null, null, employeeId, relation);
    }
}

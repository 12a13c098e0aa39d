package ru.probity.org.exchange;

import java.time.LocalDate;
import ru.probity.org.EmployeeCategory;
import ru.probity.org.RelationKind;

/**
 * One validated row of a people file: an employee ({@code relation == null}) or a relative of the
 * employee above it. Names are trimmed with spaces collapsed; INN and SNILS hold digits only.
 * Employee-only fields are null/false on relatives; {@code workplace} is null on employees.
 *
 * @param line the 1-based line of the file (the header is line 1)
 * @param employeeId «Код сотрудника»: the registry id an export writes, so that a re-imported row
 *     updates the same employee; null for new people and for relatives
 * @param category «Категория» of an employee, null when not stated (and on relatives)
 */
public record PersonRow(
        int line,
        Long organizationId,
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
        RelationKind relation,
        String workplace,
        Long employeeId,
        EmployeeCategory category) {

    public boolean isRelative() {
        return relation != null;
    }

    /** «Фамилия Имя Отчество». */
    public String fullName() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    /** The same row at another line: for comparing rows read from different files. */
    public PersonRow withLine(int newLine) {
        return new PersonRow(
                newLine,
                organizationId,
                lastName,
                firstName,
                middleName,
                birthDate,
                inn,
                snils,
                phone,
                email,
                address,
                post,
                appointedOn,
                dismissedOn,
                declarationRequired,
                headOfCustomer,
                contractServiceHead,
                contractManager,
                procurementCommissionMember,
                relation,
                workplace,
                employeeId,
                category);
    }
}

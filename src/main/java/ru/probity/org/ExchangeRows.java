package ru.probity.org;

import ru.probity.org.exchange.PersonRow;

/** Converts registry records to rows of the exchange file and back. */
final class ExchangeRows {

    private ExchangeRows() {}

    static PersonRow of(Employee e) {
        return new PersonRow(
                0,
                e.organizationId(),
                e.lastName(),
                e.firstName(),
                e.middleName(),
                e.birthDate(),
                e.inn(),
                e.snils(),
                e.phone(),
                e.email(),
                e.address(),
                e.post(),
                e.appointedOn(),
                e.dismissedOn(),
                e.declarationRequired(),
                e.headOfCustomer(),
                e.contractServiceHead(),
                e.contractManager(),
                e.procurementCommissionMember(),
                null,
                null,
                e.id(),
                e.category());
    }

    static PersonRow of(Relative r) {
        return new PersonRow(
                0,
                null,
                r.lastName(),
                r.firstName(),
                r.middleName(),
                r.birthDate(),
                r.inn(),
                r.snils(),
                r.phone(),
                null,
                r.address(),
                null,
                null,
                null,
                false,
                false,
                false,
                false,
                false,
                r.relation(),
                r.workplace(),
                null,
                null);
    }

    static EmployeeForm employeeForm(PersonRow row) {
        return new EmployeeForm(
                row.organizationId(),
                row.lastName(),
                row.firstName(),
                row.middleName(),
                row.birthDate(),
                row.inn(),
                row.snils(),
                row.phone(),
                row.email(),
                row.address(),
                row.post(),
                row.appointedOn(),
                row.dismissedOn(),
                row.declarationRequired(),
                row.headOfCustomer(),
                row.contractServiceHead(),
                row.contractManager(),
                row.procurementCommissionMember(),
                row.category());
    }
}

package ru.probity.org;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.probity.identifiers.Identifiers;

/** What a user (or an import, or the API) enters for an employee. */
public record EmployeeForm(
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
        EmployeeCategory category) {

    static EmployeeForm empty(Long organizationId) {
        return new EmployeeForm(
                organizationId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                false,
                false,
                null);
    }

    /** The same form with the post marked as on the declaration list (a candidate's). */
    EmployeeForm onList() {
        return new EmployeeForm(
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
                true,
                headOfCustomer,
                contractServiceHead,
                contractManager,
                procurementCommissionMember,
                category);
    }

    static EmployeeForm of(Employee e) {
        return new EmployeeForm(
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
                e.category());
    }

    EmployeeForm normalized() {
        return new EmployeeForm(
                organizationId,
                Text.clean(lastName),
                Text.clean(firstName),
                Text.clean(middleName),
                birthDate,
                Identifiers.digits(inn),
                Identifiers.digits(snils),
                Text.clean(phone),
                Text.clean(email),
                Text.clean(address),
                Text.clean(post),
                appointedOn,
                dismissedOn,
                declarationRequired,
                headOfCustomer,
                contractServiceHead,
                contractManager,
                procurementCommissionMember,
                category);
    }

    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (organizationId == null) {
            errors.put("organizationId", "person.error.organizationRequired");
        }
        PersonChecks.names(lastName, firstName, errors);
        PersonChecks.birthDate(birthDate, errors);
        PersonChecks.identifiers(inn, snils, errors);
        if (email != null && !Text.looksLikeEmail(email)) {
            errors.put("email", "error.email");
        }
        if (post == null) {
            errors.put("post", "person.error.postRequired");
        }
        if (appointedOn != null && dismissedOn != null && dismissedOn.isBefore(appointedOn)) {
            errors.put("dismissedOn", "person.error.dismissedBeforeAppointed");
        }
        return errors;
    }
}

package ru.probity.org;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.probity.identifiers.Identifiers;

/** What a user enters for a relative of an employee. */
public record RelativeForm(
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

    static RelativeForm empty() {
        return new RelativeForm(null, null, null, null, null, null, null, null, null, null);
    }

    static RelativeForm of(Relative r) {
        return new RelativeForm(
                r.relation(),
                r.lastName(),
                r.firstName(),
                r.middleName(),
                r.birthDate(),
                r.inn(),
                r.snils(),
                r.phone(),
                r.address(),
                r.workplace());
    }

    RelativeForm normalized() {
        return new RelativeForm(
                relation,
                Text.clean(lastName),
                Text.clean(firstName),
                Text.clean(middleName),
                birthDate,
                Identifiers.digits(inn),
                Identifiers.digits(snils),
                Text.clean(phone),
                Text.clean(address),
                Text.clean(workplace));
    }

    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (relation == null) {
            errors.put("relation", "relative.error.relationRequired");
        }
        PersonChecks.names(lastName, firstName, errors);
        PersonChecks.birthDate(birthDate, errors);
        PersonChecks.identifiers(inn, snils, errors);
        return errors;
    }
}

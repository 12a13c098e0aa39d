package ru.probity.org;

import java.time.LocalDate;
import java.util.Map;
import ru.probity.identifiers.Identifiers;

/** Checks shared by employees and relatives. */
final class PersonChecks {

    private PersonChecks() {}

    static void names(String lastName, String firstName, Map<String, String> errors) {
        if (lastName == null) {
            errors.put("lastName", "person.error.lastNameRequired");
        }
        if (firstName == null) {
            errors.put("firstName", "person.error.firstNameRequired");
        }
    }

    static void birthDate(LocalDate birthDate, Map<String, String> errors) {
        if (birthDate != null && (birthDate.isAfter(LocalDate.now()) || birthDate.getYear() < 1900)) {
            errors.put("birthDate", "person.error.birthDate");
        }
    }

    static void identifiers(String inn, String snils, Map<String, String> errors) {
        if (inn != null) {
            Identifiers.checkPersonInn(inn).ifPresent(e -> errors.put("inn", e));
        }
        if (snils != null) {
            Identifiers.checkSnils(snils).ifPresent(e -> errors.put("snils", e));
        }
    }
}

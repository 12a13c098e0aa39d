package ru.probity.procurement.names;

import java.time.LocalDate;
import ru.probity.procurement.model.PersonName;

/**
 * What is known about a person on one side of a comparison. Any field but the name may be null.
 *
 * @param region the two-digit region code (from the INN or the address), if known
 */
public record PersonFacts(
        PersonName name,
        String inn,
        String snils,
        LocalDate birthDate,
        String phone,
        String email,
        String address,
        String region) {

    public static PersonFacts named(PersonName name, String inn) {
        return new PersonFacts(name, inn, null, null, null, null, null, null);
    }
}

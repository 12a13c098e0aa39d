package ru.probity.procurement.names;

import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether two person records are the same person: the same INN (or SNILS) means the same
 * person, different INNs mean different people, otherwise the same canonical name plus
 * corroboration gives a medium confidence and the name alone a low one.
 */
public final class PersonMatcher {

    private final NameFrequencies frequencies;

    public PersonMatcher(NameFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    /** Empty when the records are (or may be assumed to be) different people. */
    public Optional<Match> match(PersonFacts a, PersonFacts b) {
        if (a.inn() != null && b.inn() != null) {
            return a.inn().equals(b.inn())
                    ? Optional.of(new Match(Confidence.HIGH, "совпадает ИНН " + a.inn()))
                    : Optional.empty();
        }
        if (a.snils() != null && b.snils() != null) {
            return a.snils().equals(b.snils())
                    ? Optional.of(new Match(Confidence.HIGH, "совпадает СНИЛС"))
                    : Optional.empty();
        }
        NormalName x = PersonNames.normalize(a.name());
        NormalName y = PersonNames.normalize(b.name());
        if (!x.equals(y)) {
            return Optional.empty();
        }
        if (a.birthDate() != null && Objects.equals(a.birthDate(), b.birthDate())) {
            return Optional.of(new Match(Confidence.MEDIUM, "совпадают ФИО и дата рождения"));
        }
        return Optional.of(new Match(Confidence.LOW, "совпадают только ФИО"));
    }

    NameFrequencies frequencies() {
        return frequencies;
    }
}

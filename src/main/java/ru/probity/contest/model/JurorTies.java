package ru.probity.contest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a juror has a personal tie to a participant, which excludes him from scoring that work:
 * a relative of the juror in the people registry (his employee card's relatives) is the participant
 * — the same full name, and the same birth date where the registry knows it — or is the
 * participant's parent (legal representative) named in the application; or the juror himself is
 * that parent. A shared surname alone is not a tie. Names are compared in lower case, ё as е, with
 * single spaces.
 */
public final class JurorTies {

    private JurorTies() {}

    /** A person as the registry or the application names him. */
    public record Person(String lastName, String firstName, String middleName, LocalDate birthDate) {
        String fullName() {
            return normal(lastName + " " + firstName + " " + (middleName == null ? "" : middleName));
        }
    }

    /** A relative of the juror's card, with the kind of kinship (its message key). */
    public record Relative(Person person, String relation) {}

    /** Why the juror is excluded: the reason's message key and the relative's kinship key (or null). */
    public record Tie(String reasonKey, String relation) {}

    /**
     * The tie of the juror ({@code self}: his card, null without one; {@code relatives}: its
     * relatives) to the participant and the parent named in the application (may be null), if any.
     */
    public static Optional<Tie> find(Person self, List<Relative> relatives, Person participant, String parentName) {
        String parent = parentName == null || parentName.isBlank() ? null : normal(parentName);
        for (Relative r : relatives) {
            if (same(r.person(), participant)) {
                return Optional.of(new Tie("contest.tie.participant", r.relation()));
            }
        }
        if (parent != null) {
            if (self != null && self.fullName().equals(parent)) {
                return Optional.of(new Tie("contest.tie.self", null));
            }
            for (Relative r : relatives) {
                if (r.person().fullName().equals(parent)) {
                    return Optional.of(new Tie("contest.tie.parent", r.relation()));
                }
            }
        }
        return Optional.empty();
    }

    /** The same full name, and the same birth date when both are known. */
    static boolean same(Person registry, Person participant) {
        if (!registry.fullName().equals(participant.fullName())) {
            return false;
        }
        return registry.birthDate() == null
                || participant.birthDate() == null
                || registry.birthDate().equals(participant.birthDate());
    }

    /** Lower case, ё as е, single spaces, trimmed. */
    public static String normal(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s+", " ")
                .strip();
    }
}

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
 * single spaces; a patronymic missing on either side (the registry or the application leaves it out)
 * does not tell two people apart, as a birth date missing does not.
 */
public final class JurorTies {

    private JurorTies() {}

    /** A person as the registry or the application names him. */
    public record Person(String lastName, String firstName, String middleName, LocalDate birthDate) {
        String fullName() {
            return normal(lastName + " " + firstName + " " + (middleName == null ? "" : middleName));
        }

        /** The same surname and first name, and the same patronymic when both are known. */
        boolean sameName(String last, String first, String middle) {
            String mine = middleName == null ? "" : normal(middleName);
            String theirs = middle == null ? "" : normal(middle);
            return normal(lastName).equals(normal(last))
                    && normal(firstName).equals(normal(first))
                    && (mine.isEmpty() || theirs.isEmpty() || mine.equals(theirs));
        }

        /** Whether the full name typed in a form ("surname name [patronymic]") names this person. */
        boolean named(String typed) {
            String[] words = normal(typed).split(" ");
            if (words.length < 2 || words.length > 3) {
                return fullName().equals(normal(typed));
            }
            return sameName(words[0], words[1], words.length == 3 ? words[2] : null);
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
        String parent = parentName == null || parentName.isBlank() ? null : parentName;
        for (Relative r : relatives) {
            if (same(r.person(), participant)) {
                return Optional.of(new Tie("contest.tie.participant", r.relation()));
            }
        }
        if (parent != null) {
            if (self != null && self.named(parent)) {
                return Optional.of(new Tie("contest.tie.self", null));
            }
            for (Relative r : relatives) {
                if (r.person().named(parent)) {
                    return Optional.of(new Tie("contest.tie.parent", r.relation()));
                }
            }
        }
        return Optional.empty();
    }

    /** The same name (the patronymic when both are known), and the same birth date when both are known. */
    static boolean same(Person registry, Person participant) {
        if (!registry.sameName(participant.lastName(), participant.firstName(), participant.middleName())) {
            return false;
        }
        return registry.birthDate() == null
                || participant.birthDate() == null
                || registry.birthDate().equals(participant.birthDate());
    }

    /** Lower case, ё as е, single spaces, trimmed. */
    public static String normal(String name) {
        if (name == null) {
            return "";
        }
        return name.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s+", " ")
                .strip();
    }
}

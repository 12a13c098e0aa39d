package ru.probity.procurement.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many people of a population carry each name, so that a match of a very common name (a
 * namesake) is not asserted on the name alone. Build it once over the registers' persons: add each
 * person once, or pass a person id to {@link #add(NormalName, String)} so that the same person
 * seen in several registers is counted once.
 */
public final class NameFrequencies {

    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Integer> byInitials = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    public void add(NormalName name) {
        counts.merge(full(name), 1, Integer::sum);
        byInitials.merge(initials(name), 1, Integer::sum);
    }

    /** Adds a person once however many times the same id is passed. */
    public void add(NormalName name, String personId) {
        if (personId == null || seen.add(personId + "\u0000" + full(name))) {
            add(name);
        }
    }

    /** How many people of the population have exactly this full name. */
    public int count(NormalName name) {
        return counts.getOrDefault(full(name), 0);
    }

    /**
     * How many people of the population have this surname and these initials (Иванов И. И. counts
     * every Иван Иванович, Илья Игоревич…): the namesake measure for a name known by initials.
     */
    public int countByInitials(NormalName name) {
        return byInitials.getOrDefault(initials(name), 0);
    }

    private static String full(NormalName name) {
        return name.key() + " " + name.middle();
    }

    private static String initials(NormalName name) {
        return name.last() + " " + initial(name.first()) + " " + initial(name.middle());
    }

    private static String initial(String part) {
        return part.isEmpty() ? "" : part.substring(0, 1);
    }
}

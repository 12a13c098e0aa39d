package ru.probity.procurement.names;

import java.util.HashMap;
import java.util.Map;

/**
 * How many people of a population carry each name, so that a match of a very common name (a
 * namesake) is not asserted on the name alone. Build it once over the registers' persons.
 */
public final class NameFrequencies {

    private final Map<String, Integer> counts = new HashMap<>();

    public void add(NormalName name) {
        counts.merge(name.key() + " " + name.middle(), 1, Integer::sum);
    }

    /** How many people of the population have exactly this full name. */
    public int count(NormalName name) {
        return counts.getOrDefault(name.key() + " " + name.middle(), 0);
    }
}

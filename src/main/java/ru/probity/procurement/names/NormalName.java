package ru.probity.procurement.names;

/**
 * A name in canonical form: nominative case, lower case Cyrillic, ё as е, single spaces, hyphens
 * kept in double surnames. A part known only by its initial is one letter; an unknown part is
 * empty.
 */
public record NormalName(String last, String first, String middle) {

    /** The key two records must share to be compared at all: surname and first name (or initial). */
    public String key() {
        return last + " " + first;
    }

    public boolean firstIsInitial() {
        return first.length() == 1;
    }

    public boolean middleIsInitial() {
        return middle.length() == 1;
    }

    @Override
    public String toString() {
        return (last + " " + first + " " + middle).strip();
    }
}

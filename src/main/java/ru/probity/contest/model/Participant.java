package ru.probity.contest.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The participant's age and what follows from it. A person under 18 is a minor (ГК РФ ст.21 ч.1);
 * a minor's personal data are processed, and his work sent, with the consent of his legal
 * representative — a parent, adoptive parent or guardian (152-ФЗ ст.9 ч.6; ГК РФ ст.26, 28).
 */
public final class Participant {

    /** The age of majority (ГК РФ ст.21 ч.1). */
    public static final int MAJORITY = 18;

    private Participant() {}

    /** An age group of a contest: full years, both ends included. */
    public record AgeGroup(long id, int minAge, int maxAge) {
        public boolean contains(int age) {
            return age >= minAge && age <= maxAge;
        }
    }

    /** Full years on {@code on}. */
    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** Under 18 on {@code on}. */
    public static boolean minor(LocalDate birthDate, LocalDate on) {
        return age(birthDate, on) < MAJORITY;
    }

    /** The group the age on {@code on} falls in (the first of overlapping ones), if any. */
    public static Optional<AgeGroup> group(List<AgeGroup> groups, LocalDate birthDate, LocalDate on) {
        int age = age(birthDate, on);
        return groups.stream().filter(g -> g.contains(age)).findFirst();
    }
}

package ru.probity.org;

import java.util.Set;

/**
 * The people whose records a signed-in official must not see or handle (273-ФЗ ст.10–11: his
 * personal interest): himself and his relatives, as the people registry knows them — the ids of
 * {@code employee} rows ({@code employees}) and of {@code relative} rows ({@code relatives}).
 * Empty for a user who is no official or has no employee record. See {@link Interests}.
 */
public record OwnPeople(Set<Long> employees, Set<Long> relatives) {

    public static final OwnPeople NONE = new OwnPeople(Set.of(), Set.of());

    public OwnPeople {
        employees = Set.copyOf(employees);
        relatives = Set.copyOf(relatives);
    }

    public boolean isEmpty() {
        return employees.isEmpty() && relatives.isEmpty();
    }

    /** Whether a record about this employee (may be null) concerns the user. */
    public boolean employee(Long employeeId) {
        return employeeId != null && employees.contains(employeeId);
    }

    /** Whether a record about this relative (may be null) concerns the user. */
    public boolean relative(Long relativeId) {
        return relativeId != null && relatives.contains(relativeId);
    }

    /** The employees as an array, for {@code x.employee_id = any(cast(:own as bigint[]))}; never null. */
    public Long[] employeeArray() {
        return employees.toArray(Long[]::new);
    }

    /** The relatives as an array, for {@code x.relative_id = any(cast(:own as bigint[]))}; never null. */
    public Long[] relativeArray() {
        return relatives.toArray(Long[]::new);
    }
}

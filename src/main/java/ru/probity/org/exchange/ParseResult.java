package ru.probity.org.exchange;

import java.util.List;

/**
 * What a people file holds: the employees with their relatives, and every problem found. Rows with
 * errors (and the relatives of an employee row with errors) are left out of {@code employees}, so a
 * caller may preview what is valid, but should store nothing unless {@link #ok()}.
 */
public record ParseResult(List<ImportedEmployee> employees, List<RowError> errors) {

    public ParseResult {
        employees = List.copyOf(employees);
        errors = List.copyOf(errors);
    }

    static ParseResult failed(String reason) {
        return new ParseResult(List.of(), List.of(RowError.ofFile(reason)));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Employees and relatives together. */
    public int personCount() {
        return employees.stream().mapToInt(e -> 1 + e.relatives().size()).sum();
    }
}

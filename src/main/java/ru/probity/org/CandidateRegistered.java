package ru.probity.org;

import java.time.LocalDate;

/**
 * A candidate for a post on the declaration list was registered (273-ФЗ ст.8 ч.1 п.1: a citizen
 * applying for such a post files before he is appointed): an inactive card marked {@code
 * candidate}. Published synchronously within the registration's transaction, like {@link
 * EmployeeAppointed}: the declarations module obliges him to file, so a refusal there undoes it.
 *
 * @param on the day of the registration
 */
public record CandidateRegistered(long employeeId, long organizationId, LocalDate on) {}

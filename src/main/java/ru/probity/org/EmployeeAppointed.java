package ru.probity.org;

import java.time.LocalDate;

/**
 * A person was appointed to a post on the declaration list: a new card of an employee marked
 * {@code declaration_required} (entry), or a card newly marked so (appointment to a listed post) —
 * by the form, the API or the people file (a new row only with its appointment date). Published synchronously within the change's transaction, like {@link
 * EmployeeTransferred}: the declarations module obliges him to file (docs/declarations.md «The
 * filing regime»), so a refusal there undoes the change.
 *
 * @param entry a new card (entry into the service) rather than a change of post
 * @param on the day of the appointment: the card's appointment date, else today
 */
public record EmployeeAppointed(long employeeId, long organizationId, boolean entry, LocalDate on) {}

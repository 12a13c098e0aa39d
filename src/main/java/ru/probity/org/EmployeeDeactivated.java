package ru.probity.org;

/**
 * An employee left the registry's active staff — deactivated, or dismissed (a dismissal date of
 * today or earlier), by hand, through the API or by an import. Published synchronously within the
 * change's transaction: the accounts module disables the person's account at once (issue 16, item
 * 1), so a refusal there undoes the change.
 *
 * @param reason {@code deactivated} or {@code dismissed}
 */
public record EmployeeDeactivated(long employeeId, long organizationId, String reason) {

    public static final String DEACTIVATED = "deactivated";
    public static final String DISMISSED = "dismissed";
}

package ru.probity.org;

/**
 * An employee's card moved to another organization — by the form, the API or a people import (issue
 * 16, item 1). Published synchronously within the change's transaction, like {@link
 * EmployeeDeactivated}: the accounts module moves the person's account with him at once, so his
 * scope follows the registry and a refusal there undoes the transfer.
 */
public record EmployeeTransferred(long employeeId, long fromOrganizationId, long toOrganizationId) {}

package ru.probity.accounts;

import ru.probity.access.Role;

/**
 * What an administrator enters to open an account: a personal account names its person ({@code
 * employeeId}); an account of no person is marked {@code technical} (issue 16, item 1).
 */
record NewAccount(
        String username,
        String fullName,
        Role role,
        Long organizationId,
        Long employeeId,
        String password,
        Boolean technical) {

    boolean isTechnical() {
        return Boolean.TRUE.equals(technical);
    }

    NewAccount withFullName(String name) {
        return new NewAccount(username, name, role, organizationId, employeeId, password, technical);
    }
}

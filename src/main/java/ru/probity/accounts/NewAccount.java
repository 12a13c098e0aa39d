package ru.probity.accounts;

import ru.probity.access.Role;

/** What an administrator enters to open an account. */
record NewAccount(String username, String fullName, Role role, Long organizationId, Long employeeId, String password) {}

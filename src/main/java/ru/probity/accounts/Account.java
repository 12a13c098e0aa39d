package ru.probity.accounts;

import java.time.Instant;
import ru.probity.access.Role;

/**
 * An account as the user administration page shows it.
 *
 * @param employeeId the person the account belongs to; null for a technical account
 * @param technical an account of no person (marked so explicitly: issue 16, item 1)
 */
record Account(
        long id,
        String username,
        String fullName,
        Role role,
        long organizationId,
        String organizationName,
        boolean enabled,
        boolean locked,
        Instant lastLoginAt,
        Long employeeId,
        boolean technical) {}

package ru.probity.accounts;

import java.time.Instant;
import ru.probity.access.Role;

/** An account as the user administration page shows it. */
record Account(
        long id,
        String username,
        String fullName,
        Role role,
        long organizationId,
        String organizationName,
        boolean enabled,
        boolean locked,
        Instant lastLoginAt) {}

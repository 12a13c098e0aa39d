/**
 * Accounts: local user accounts with roles and an organization, sign-in with lockout after
 * repeated failures, optional sign-in through the organization's directory (LDAP / Active Directory;
 * its rules without Spring in {@code accounts.ldap}), password change, user administration, and the
 * security configuration of the pages and the API.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"access", "audit", "org", "platform", "portal", "sealing"})
package ru.probity.accounts;

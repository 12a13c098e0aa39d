/**
 * Organizations and people: the organization tree of the region (region → municipalities →
 * administrations and departments → subordinate institutions and enterprises) and the people
 * registry — employees with their posts, declaration duty and procurement roles, and their
 * relatives in the sense of 273-ФЗ ст.10 and 44-ФЗ ст.31. Every read is limited to the user's
 * subtree and written to the access log.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organizations and people",
        allowedDependencies = {"access", "audit", "identifiers", "platform"})
package ru.probity.org;

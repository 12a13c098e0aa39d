/**
 * Audit: the append-only access log of personal data (152-ФЗ) — every read and change, by whom,
 * when and in which organization — and the page to search it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"access", "platform"})
package ru.probity.audit;

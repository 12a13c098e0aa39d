/**
 * Legal acts and documents: the register of federal, regional, municipal and local acts, letters,
 * methodological materials and forms with their versions, files and searchable text; distribution
 * of a version to an audience for acknowledgement "под роспись" with a due date and an optional
 * quiz; the acknowledgement by re-entering one's password; the acknowledgement sheet.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Legal acts",
        allowedDependencies = {"access", "accounts", "audit", "org", "platform", "portal", "region", "tasks"})
package ru.probity.acts;

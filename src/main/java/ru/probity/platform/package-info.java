/**
 * Platform: what every business area stands on — the embedded PostgreSQL server, start-up checks
 * with clear messages, the page layout and the common web configuration.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {"access"})
package ru.probity.platform;

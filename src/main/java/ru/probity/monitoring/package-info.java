/**
 * The region's monitoring of the municipalities' anti-corruption work (issue 20, items 1–2): report
 * forms of sections and indicators defined by the regional body for a period, assigned to
 * municipalities and their bodies with a due date; the reports filled in — pre-filled from Probity's
 * own figures through {@link ru.probity.region.PeriodFigures} with their source, corrected with a
 * reason — submitted, returned with remarks or accepted, with versions and history; the
 * consolidation per indicator across municipalities with the change against the previous period
 * (DOCX, XLSX); the ratings of the municipalities by a versioned scoring methodology.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monitoring of municipalities",
        allowedDependencies = {"access", "audit", "org", "platform", "portal", "region", "tasks"})
package ru.probity.monitoring;

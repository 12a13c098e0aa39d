/**
 * The rules of the monitoring reports as plain values (no framework code): the reporting periods
 * ({@link ru.probity.monitoring.model.PeriodKind}: a quarter, a half-year, a year and their days),
 * the kinds of values, the lifecycles of a form and of a report with the moves they allow, and when
 * a changed pre-filled number needs its reason ({@link ru.probity.monitoring.model.ReportValues}).
 * Exposed so that other modules (the demo, the consolidation) can name periods and statuses.
 */
@org.springframework.modulith.NamedInterface("model")
package ru.probity.monitoring.model;

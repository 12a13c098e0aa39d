package ru.probity.reports;

/**
 * Published when an officer sends a registered report of corruption to the commission on official
 * conduct and conflicts of interest, after the transaction's work (listeners that must see the
 * committed report use {@code @ApplicationModuleListener}). Carries no content of the report.
 *
 * @param reportId the report
 * @param organizationId the organization the report is registered in
 * @param employeeId the employee of that organization's subtree the report is about, if named
 * @param registrationNumber the report's registration number, {@code <n>/<year>}
 */
public record ReportSentToCommission(long reportId, long organizationId, Long employeeId, String registrationNumber) {}

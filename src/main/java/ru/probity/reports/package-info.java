/**
 * Reports of corruption (59-ФЗ, 273-ФЗ): the public virtual reception with a receipt code and a
 * two-way channel that needs no account, the intake of calls, letters, e-mails and visits by
 * officers, the register with the legal terms, assignment, answers and redirection. Everything a
 * reporter wrote is sealed at rest; only the assigned officer reads it, the custodian alone sees
 * the reporter's identity, and every read is written to the access log. Services: {@link
 * ru.probity.reports.PublicReports}, {@link ru.probity.reports.Reports}, {@link
 * ru.probity.reports.ReportHandling}, {@link ru.probity.reports.ReportStatistics}; the SQL is in the
 * stores ({@code *Store}); engines (the status lifecycle, receipts, proof of work, terms) live in
 * {@code reports.engine}, free of Spring; the cryptography is the module {@code ru.probity.sealing}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reports of corruption",
        allowedDependencies = {"access", "audit", "org", "platform", "portal", "region", "sealing", "tasks"})
package ru.probity.reports;

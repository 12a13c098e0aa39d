/**
 * Reports of corruption (59-ФЗ, 273-ФЗ): the public virtual reception with a receipt code and a
 * two-way channel that needs no account, the intake of calls, letters, e-mails and visits by
 * officers, the register with the legal terms, assignment, answers and redirection. Everything a
 * reporter wrote is sealed at rest; only the assigned officer reads it, the custodian alone sees
 * the reporter's identity, and every read is written to the access log. Engines (cryptography,
 * receipts, proof of work, terms, upload checks) live in {@code reports.engine}, free of Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports of corruption")
package ru.probity.reports;

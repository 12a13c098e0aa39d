/**
 * Agreements of the region with the municipalities and with other bodies — the prosecutor's
 * office, universities, public organizations (issue 20, item 4): the register with number, date,
 * parties (organizations of the tree or external names), subject, term, obligations with the party
 * responsible and their terms, files; the status computed from the dates; search and filters. The
 * regional administrator keeps the register; the auditor reads it; a municipality's officer reads
 * the agreements an organization of his subtree is party to (docs/monitoring.md).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Agreements",
        allowedDependencies = {"access", "org", "platform"})
package ru.probity.agreements;

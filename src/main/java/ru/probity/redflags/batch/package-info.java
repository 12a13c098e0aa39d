/**
 * The red flags from the command line, without the web application: {@code flags} (ЕИС documents and
 * register extracts → JSON lines of flags), {@code redflags-generate} and {@code redflags-evaluate}
 * (the seeded generator and the precision and recall per indicator). Plain Java with picocli.
 */
@org.springframework.modulith.NamedInterface("batch")
package ru.probity.redflags.batch;

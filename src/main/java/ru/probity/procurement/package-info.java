/**
 * Procurement: every contract of every organization checked for affiliation and conflict of
 * interest (44-ФЗ ст.31 ч.1 п.9, 273-ФЗ ст.10) against the company registers (ЕГРЮЛ, ЕГРИП), the
 * procurement protocols and the organization's people and their relatives.
 *
 * <p>Subpackages {@code model}, {@code fns}, {@code eis} and {@code affiliation} are engines: plain
 * Java with no framework code, usable from the web application and from the batch command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procurement")
package ru.probity.procurement;

/**
 * A seeded generator of realistic procurement data (ЕГРЮЛ/ЕГРИП XML, ЕИС contracts and protocols,
 * the people CSV) with planted links of every rule and their truth, and the evaluation that scores
 * the batch check's findings against it ({@code generate} and {@code evaluate} subcommands). Plain
 * Java; exposed to the application's command dispatch.
 */
@org.springframework.modulith.NamedInterface("generator")
package ru.probity.procurement.generator;

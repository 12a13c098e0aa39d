/**
 * The batch command of the procurement checks ({@code java -jar probity.jar check …}): reads
 * register, contract, protocol and people files, runs the affiliation engine and writes findings.
 * Exposed to the application's command dispatch.
 */
@org.springframework.modulith.NamedInterface("batch")
package ru.probity.procurement.batch;

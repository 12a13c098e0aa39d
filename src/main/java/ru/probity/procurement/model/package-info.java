/**
 * The data the affiliation engine works on, as the registers and ЕИС give it: companies and
 * entrepreneurs with their people, contracts with their suppliers, protocols with their commissions;
 * and the lifecycles of what the product keeps of them — {@code FindingStatus} (the officers'
 * workflow), {@code RegisterFileStatus} and {@code ExtractStatus} (the review of municipal register
 * files), {@code CheckOutcome} — each with the moves it allows. Plain records and enums, no
 * framework code. Exposed so that other modules (the demo) can hand data over.
 */
@org.springframework.modulith.NamedInterface("model")
package ru.probity.procurement.model;

/**
 * The data the affiliation engine works on, as the registers and ЕИС give it: companies and
 * entrepreneurs with their people, contracts with their suppliers, protocols with their commissions.
 * Plain records, no framework code. Exposed so that other modules (the demo) can hand data over.
 */
@org.springframework.modulith.NamedInterface("model")
package ru.probity.procurement.model;

/**
 * The data the affiliation engine works on, as the registers and ЕИС give it: companies and
 * entrepreneurs with their people, contracts with their suppliers, protocols with their commissions.
 * Plain records, no framework code.
 */
package ru.probity.procurement.model;

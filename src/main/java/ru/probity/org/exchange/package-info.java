/**
 * The people file exchange engine: reads employees and their relatives from XLSX or CSV tables
 * kept by HR officers and writes them back to XLSX. Plain Java with no framework code: the org
 * module stores what {@link ru.probity.org.exchange.PeopleFile#read} returns.
 */
package ru.probity.org.exchange;

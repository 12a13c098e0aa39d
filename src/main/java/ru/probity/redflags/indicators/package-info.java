/**
 * The red-flag engine: each indicator a plain-Java rule over a {@link
 * ru.probity.redflags.indicators.Dataset} of contracts, notices, protocols with their bids, contract
 * changes and register extracts; {@link ru.probity.redflags.indicators.RedFlags} runs the catalogue.
 * No framework code: the web application and the {@code flags} command use it alike.
 */
package ru.probity.redflags.indicators;

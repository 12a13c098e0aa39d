/**
 * The rules of the civil society area without framework code: the kinds of activities, the outcome
 * of the ЕГРЮЛ check, the stage of a public discussion from its times and seats, the month grid of
 * the calendar and the iCalendar file.
 */
@org.springframework.modulith.NamedInterface("model")
package ru.probity.civil.model;

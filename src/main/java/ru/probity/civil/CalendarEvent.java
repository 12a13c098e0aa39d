package ru.probity.civil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An event of the calendar: an activity of a public organization or a public discussion, its day and
 * time (null: the whole day), title, organizer, place, its public page ({@code publicPath}) and the
 * officer's page ({@code officerPath}).
 */
public record CalendarEvent(
        String kind,
        long id,
        LocalDate day,
        LocalTime time,
        Instant start,
        String title,
        String organizer,
        String place,
        String publicPath,
        String officerPath) {}

package ru.probity.training;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a session as posted: the start in the region's time, minutes, place, link. */
record SessionForm(
        @DateTimeFormat(pattern = MINUTE, fallbackPatterns = SECOND)
        LocalDateTime startsAt,

        Integer durationMinutes,
        String place,
        String link) {

    static final String MINUTE = "yyyy-MM-dd'T'HH:mm";
    static final String SECOND = "yyyy-MM-dd'T'HH:mm:ss";
    static final int DURATION = 90;

    int minutes() {
        return durationMinutes == null ? DURATION : durationMinutes;
    }
}

package ru.probity.council;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.probity.council.model.MeetingStatus;

/**
 * A meeting of a council: its date, time and place, whether it was held, the public summary and
 * whether the meeting is published on the council's organization's public section.
 */
public record Meeting(
        long id,
        long councilId,
        String councilName,
        long organizationId,
        String organizationName,
        LocalDate heldOn,
        LocalTime startsAt,
        String place,
        MeetingStatus status,
        String summary,
        boolean published,
        Instant updatedAt) {

    public boolean held() {
        return status == MeetingStatus.HELD;
    }
}

package ru.probity.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.probity.commission.model.MeetingStatus;

/**
 * A meeting of a commission: PLANNED until the secretary closes it (CLOSED); {@code invitees}: who else
 * attended (invited persons with their roles, as the minutes list them).
 */
public record Meeting(
        long id,
        long commissionId,
        String commissionName,
        long organizationId,
        String organizationName,
        int year,
        int number,
        LocalDate heldOn,
        LocalTime startsAt,
        String place,
        MeetingStatus status,
        Instant closedAt,
        String invitees) {

    public boolean planned() {
        return status == MeetingStatus.PLANNED;
    }
}

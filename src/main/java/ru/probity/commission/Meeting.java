package ru.probity.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.probity.commission.model.MeetingStatus;

/**
 * A meeting of a commission: PLANNED until the secretary closes it (CLOSED); {@code invitees}: who else
 * attended (invited persons with their roles, as the minutes list them). {@code service}: the service of
 * the people the commission judges, as the minutes word its outside members — MUNICIPAL (a municipal
 * body's commission, 25-ФЗ), STATE_CIVIL (a regional body's, 79-ФЗ) or MUNICIPAL_POSTS (the commission on
 * persons holding municipal posts, 273-ФЗ ст.12.1) — from the nearest body or municipality above.
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
        String invitees,
        String service) {

    public boolean planned() {
        return status == MeetingStatus.PLANNED;
    }
}

package ru.probity.civil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.probity.civil.model.ActivityKind;

/** An activity of a public organization with its results; {@code startsAt} null for a whole day. */
public record Activity(
        long id,
        long civilOrganizationId,
        String organizationName,
        long ownerId,
        ActivityKind kind,
        String title,
        LocalDate heldOn,
        LocalTime startsAt,
        String place,
        String description,
        String results,
        Instant updatedAt) {}

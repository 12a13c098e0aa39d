package ru.probity.civil;

import java.time.Instant;
import java.time.LocalDateTime;
import ru.probity.civil.model.DiscussionStage;

/**
 * A public discussion of {@code ownerId}: its announcement, registration and results; the times also
 * in the region's local time for the pages.
 */
public record Discussion(
        long id,
        long ownerId,
        String ownerName,
        String topic,
        String description,
        Instant startsAt,
        LocalDateTime startsAtLocal,
        String place,
        String onlineLink,
        Instant registrationUntil,
        LocalDateTime registrationUntilLocal,
        Integer participantLimit,
        int registered,
        Instant publishedAt,
        String results,
        Instant resultsPublishedAt,
        String minutesName,
        DiscussionStage stage) {

    /** Seats left, null without a limit. */
    public Integer seatsLeft() {
        return participantLimit == null ? null : Math.max(0, participantLimit - registered);
    }
}

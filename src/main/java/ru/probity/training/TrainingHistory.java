package ru.probity.training;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.training.model.EventKind;

/**
 * Training events written as they were, without a user and without the rules of "now" — for the
 * demo region, which loads its history through it instead of writing the tables itself.
 */
@Service
@Transactional
public class TrainingHistory {

    private final TrainingEventStore events;
    private final SessionStore sessions;
    private final RegionTime regionTime;

    TrainingHistory(TrainingEventStore events, SessionStore sessions, RegionTime regionTime) {
        this.events = events;
        this.sessions = sessions;
        this.regionTime = regionTime;
    }

    /**
     * An event organized by {@code organizationId} for the audience (organizations with their
     * subtrees), with no session yet; {@code onboardingDays} not null makes it mandatory for the
     * newly appointed. Returns its id.
     */
    public long event(
            long organizationId,
            EventKind kind,
            String title,
            String description,
            Integer capacity,
            Integer onboardingDays,
            List<Long> audience,
            String author) {
        TrainingEvents.Details details =
                new TrainingEvents.Details(kind, title, description, capacity, null, onboardingDays, null, audience);
        long id = events.insert(organizationId, details, author);
        events.replaceAudience(id, audience);
        return id;
    }

    /** A session of the event, starting at the region's local time {@code startsAt}. */
    public void session(
            long eventId, LocalDateTime startsAt, int durationMinutes, String place, String link, String author) {
        sessions.insert(
                eventId,
                regionTime.instant(startsAt),
                Math.max(1, durationMinutes),
                RussianFormats.blankToNull(place),
                RussianFormats.blankToNull(link),
                author);
    }
}

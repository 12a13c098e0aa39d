package ru.probity.training;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.RussianFormats;
import ru.probity.training.model.SessionDates;

/**
 * The certificate of participation in a training event: for those who attended every session and
 * passed the linked test, if any (the view {@code training_participation} says who completed it);
 * printed by the participant or by an officer or head of his subtree ({@link EventCertificate}).
 */
@Service
@Transactional
public class EventCertificates {

    private final EnrolmentStore enrolments;
    private final SessionStore sessions;
    private final EventAccess access;
    private final RegionTime regionTime;

    EventCertificates(EnrolmentStore enrolments, SessionStore sessions, EventAccess access, RegionTime regionTime) {
        this.regionTime = regionTime;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.access = access;
    }

    /** What the certificate says. */
    public record CertificateData(
            long number,
            String name,
            TrainingEvents.Event event,
            LocalDateTime from,
            LocalDateTime to,
            int sessions,
            int hours,
            String testTitle,
            Instant issuedAt) {}

    /**
     * The certificate of participation of a completed enrolment — the participant's own, or one of
     * the officer's subtree; null when the participant has not completed the event. The first issue
     * is recorded.
     */
    public CertificateData certificate(CurrentUser user, long enrolmentId) {
        long eventId = enrolments
                .eventOf(enrolmentId)
                .orElseThrow(() -> new AccessDeniedException("No training enrolment " + enrolmentId));
        TrainingEvents.Event event = access.find(eventId);
        Enrolments.Participant p = enrolments.participant(enrolmentId).orElseThrow();
        boolean own = user.employeeId() != null && user.employeeId() == p.employeeId();
        if (!own) {
            if (!access.follows(user, event)) {
                throw new AccessDeniedException("Certificate " + enrolmentId + " is not " + user.username() + "'s");
            }
            access.requireInSubtree(user, enrolmentId);
        }
        if (!p.completed()) {
            return null;
        }
        List<EventSessions.Session> all = sessions.ofEvent(eventId);
        List<Instant> starts =
                all.stream().map(s -> regionTime.instant(s.startsAt())).toList();
        if (!SessionDates.certificateOpen(starts, Instant.now())) {
            throw Refusal.conflict(
                    "training.events.error.certificateEarly",
                    RussianFormats.dateTime(all.getLast().startsAt()));
        }
        Instant issued = enrolments.issueCertificate(enrolmentId);
        int minutes =
                all.stream().mapToInt(EventSessions.Session::durationMinutes).sum();
        return new CertificateData(
                enrolmentId,
                p.name(),
                event,
                all.getFirst().startsAt(),
                all.getLast().startsAt(),
                all.size(),
                Math.max(1, Math.round(minutes / 60f)),
                event.testTitle(),
                issued);
    }
}

package ru.probity.training;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.training.model.EnrolmentSource;
import ru.probity.training.model.Seats;

/**
 * Mandatory onboarding: the newly appointed — active employees of an onboarding event's audience
 * appointed within its number of days — are enrolled by themselves (see {@link OnboardingJob}).
 */
@Service
@Transactional
public class Onboarding {

    private static final String ACTOR = "system";

    private final TrainingEventStore events;
    private final EnrolmentStore enrolments;
    private final Enrolments seats;

    Onboarding(TrainingEventStore events, EnrolmentStore enrolments, Enrolments seats) {
        this.events = events;
        this.enrolments = enrolments;
        this.seats = seats;
    }

    /**
     * Enrols the newly appointed into every mandatory onboarding event still to come, within its
     * capacity; an employee once enrolled (even if his enrolment was cancelled since) is not
     * enrolled again. Returns how many were enrolled.
     */
    public int enrolNewcomers() {
        int enrolled = 0;
        for (TrainingEventStore.OnboardingEvent event : events.onboardingToCome()) {
            Seats room = seats.lockSeats(event.id());
            if (room.hasRoom()) {
                enrolled += enrolments.enrol(
                        event.id(),
                        new EnrolmentStore.Whom(null, null, null, event.days()),
                        EnrolmentSource.ONBOARDING,
                        ACTOR,
                        room.room());
            }
        }
        return enrolled;
    }
}

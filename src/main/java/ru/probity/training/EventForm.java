package ru.probity.training;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import ru.probity.training.model.EventKind;

/**
 * The form of a training event as posted (the names of its fields are the record's): the details,
 * and on creation the first session.
 */
record EventForm(
        EventKind kind,
        String title,
        String description,
        Integer capacity,
        String posts,
        Boolean onboarding,
        Integer onboardingDays,
        Long testId,
        List<Long> audience,

        @DateTimeFormat(pattern = SessionForm.MINUTE, fallbackPatterns = SessionForm.SECOND)
        LocalDateTime startsAt,

        Integer durationMinutes,
        String place,
        String link) {

    /** Days of onboarding when none are given. */
    static final int ONBOARDING_DAYS = 30;

    TrainingEvents.Details details() {
        return new TrainingEvents.Details(
                kind,
                title,
                description,
                capacity,
                posts,
                Boolean.TRUE.equals(onboarding) ? (onboardingDays == null ? ONBOARDING_DAYS : onboardingDays) : null,
                testId,
                audience);
    }

    TrainingEvents.Form withFirstSession() {
        return new TrainingEvents.Form(
                details(), startsAt, durationMinutes == null ? SessionForm.DURATION : durationMinutes, place, link);
    }
}

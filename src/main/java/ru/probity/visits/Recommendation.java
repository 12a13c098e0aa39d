package ru.probity.visits;

import java.time.LocalDate;
import ru.probity.visits.model.RecommendationStatus;

/**
 * A recommendation of a visit with its term and the state of its execution; with the visit's
 * organization and subject for the lists. {@code overdue}: waits on a report after its term.
 */
public record Recommendation(
        long id,
        long visitId,
        Long itemId,
        String text,
        LocalDate dueOn,
        RecommendationStatus status,
        long organizationId,
        String organizationName,
        String visitSubject,
        boolean overdue) {}

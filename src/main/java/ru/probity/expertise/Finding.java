package ru.probity.expertise;

import java.time.Instant;
import ru.probity.expertise.detector.Factor;

/**
 * A corruptogenic factor the expert found in a version (ПП РФ №96 and its Правила: the conclusion names
 * each factor with the provision that holds it and proposes how to eliminate it): accepted from a
 * hint ({@code DETECTOR}) or found by the expert ({@code EXPERT}); with the developer's answer once
 * given — {@code ELIMINATED} in the version {@code answerVersion}, or {@code DISAGREED} with the reason.
 */
public record Finding(
        long id,
        long versionId,
        int versionNumber,
        Long hintId,
        String origin,
        Factor factor,
        String clause,
        int start,
        int end,
        String quote,
        String proposal,
        String decidedBy,
        String answer,
        Integer answerVersion,
        String answerReason,
        String answeredBy,
        Instant answeredAt) {

    public static final String DETECTOR = "DETECTOR";
    public static final String EXPERT = "EXPERT";
    public static final String ELIMINATED = "ELIMINATED";
    public static final String DISAGREED = "DISAGREED";

    public boolean answered() {
        return answer != null;
    }
}

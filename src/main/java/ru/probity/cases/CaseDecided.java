package ru.probity.cases;

import java.time.LocalDate;

/**
 * The commission has decided a case at a meeting. Published in the voting transaction and heard
 * synchronously ({@code @EventListener}) by the area the case came from, which acts only on its own
 * {@code sourceType} and writes the decision in the same transaction — a failure there undoes the
 * vote, as it should: the minutes and the source never disagree.
 *
 * @param sourceType the constant the source owns and gave the case when it sent it (e.g.
 *     {@code NotificationSentToCommission.SOURCE_TYPE})
 * @param sourceId the source's own id (the notification's, the declaration's)
 * @param decidedOn the day of the meeting
 * @param minuted the decision as the minutes word it: «Протокол № n от dd.MM.yyyy: …»
 */
public record CaseDecided(String sourceType, long sourceId, LocalDate decidedOn, String minuted) {

    /** Whether the case came from the given source. */
    public boolean from(String type) {
        return sourceType.equals(type);
    }
}

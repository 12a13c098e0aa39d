package ru.probity.civil;

import java.time.Instant;

/** A question sent in advance for a discussion. */
public record Question(long id, Long participantId, String authorName, String text, Instant submittedAt) {}

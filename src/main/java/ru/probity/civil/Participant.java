package ru.probity.civil;

import java.time.Instant;

/** A citizen registered for a discussion: personal data, read by the officer with the access log. */
public record Participant(
        long id,
        String name,
        String email,
        String phone,
        String organizationName,
        Instant consentAt,
        Instant registeredAt) {

    /** Without the personal data. */
    @Override
    public String toString() {
        return "Participant[" + id + "]";
    }
}

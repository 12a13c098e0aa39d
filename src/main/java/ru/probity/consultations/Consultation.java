package ru.probity.consultations;

import java.time.Instant;

/** A consultation of the log with everything about it (the asker's personal data included). */
public record Consultation(
        long id,
        long organizationId,
        String organization,
        long askerOrganizationId,
        String askerOrganization,
        String askerName,
        String askerPost,
        String askerContact,
        Channel channel,
        long topicId,
        String topic,
        String question,
        String answer,
        String answeredBy,
        String answeredByName,
        Instant answeredAt,
        Instant askedAt,
        Integer minutes,
        String faqQuestion,
        String faqAnswer,
        Instant faqPublishedAt,
        String faqPublishedBy,
        String createdBy) {

    public boolean answered() {
        return answer != null && !answer.isBlank();
    }

    public boolean published() {
        return faqPublishedAt != null;
    }
}

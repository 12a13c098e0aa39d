package ru.probity.consultations;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** A consultation as entered on its form; {@link #validate()} gives the field errors. */
public record ConsultationForm(
        Long askerOrganizationId,
        String askerName,
        String askerPost,
        String askerContact,
        Channel channel,
        Long topicId,
        String question,
        String answer,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime askedAt,
        Integer minutes) {

    /** Field → message key of what is wrong; empty when the form is fine. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (askerOrganizationId == null) {
            errors.put("askerOrganizationId", "consultations.error.organization");
        }
        if (askerName == null || askerName.isBlank()) {
            errors.put("askerName", "consultations.error.askerName");
        } else if (askerName.length() > 300) {
            errors.put("askerName", "consultations.error.long");
        }
        if (askerPost != null && askerPost.length() > 500) {
            errors.put("askerPost", "consultations.error.long");
        }
        if (askerContact != null && askerContact.length() > 300) {
            errors.put("askerContact", "consultations.error.long");
        }
        if (channel == null) {
            errors.put("channel", "consultations.error.channel");
        }
        if (topicId == null) {
            errors.put("topicId", "consultations.error.topic");
        }
        if (question == null || question.isBlank()) {
            errors.put("question", "consultations.error.question");
        } else if (question.length() > 20_000) {
            errors.put("question", "consultations.error.long");
        }
        if (answer != null && answer.length() > 50_000) {
            errors.put("answer", "consultations.error.long");
        }
        if (askedAt == null) {
            errors.put("askedAt", "consultations.error.askedAt");
        }
        if (minutes != null && (minutes < 0 || minutes > 1440)) {
            errors.put("minutes", "consultations.error.minutes");
        }
        return errors;
    }
}

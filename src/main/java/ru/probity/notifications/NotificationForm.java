package ru.probity.notifications;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.probity.notifications.model.GiftRules;
import ru.probity.platform.RussianFormats;

/**
 * What an employee writes in a notification, or what the officer copies from a paper one (then
 * also the organization, the person and the day it arrived). Bound from the page's form and from
 * the API's JSON.
 */
public class NotificationForm {

    static final int MAX_TEXT = 4000;

    private NotificationKind kind;
    private String summary;
    private Map<String, String> details = new LinkedHashMap<>();
    private boolean attendMeeting;
    // paper registration only
    private Long organizationId;
    private String personName;
    private String personPost;
    private String sender;
    private LocalDate receivedOn;

    public NotificationKind getKind() {
        return kind;
    }

    public void setKind(NotificationKind kind) {
        this.kind = kind;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Map<String, String> getDetails() {
        return details;
    }

    public void setDetails(Map<String, String> details) {
        this.details = details == null ? new LinkedHashMap<>() : details;
    }

    public boolean isAttendMeeting() {
        return attendMeeting;
    }

    public void setAttendMeeting(boolean attendMeeting) {
        this.attendMeeting = attendMeeting;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonPost() {
        return personPost;
    }

    public void setPersonPost(String personPost) {
        this.personPost = personPost;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    /** The kind's details, trimmed, without blanks and without fields the kind does not have. */
    Map<String, String> cleanDetails() {
        Map<String, String> clean = new LinkedHashMap<>();
        if (kind == null) {
            return clean;
        }
        for (String field : kind.fields()) {
            String value = RussianFormats.blankToNull(details.get(field));
            if (value != null && NotificationKind.dateField(field) && GiftRules.day(value) != null) {
                value = GiftRules.format(GiftRules.day(value));
            }
            if (value != null) {
                clean.put(field, value);
            }
        }
        return clean;
    }

    /** Field errors as message keys: {@code summary} or {@code details[field]}. */
    Map<String, String> validate(boolean paper) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "notifications.error.kind");
            return errors;
        }
        String text = RussianFormats.blankToNull(summary);
        if (text == null) {
            errors.put("summary", "notifications.error.summary");
        } else if (text.length() > MAX_TEXT) {
            errors.put("summary", "notifications.error.tooLong");
        }
        for (String field : kind.fields()) {
            String value = RussianFormats.blankToNull(details.get(field));
            if (value == null && kind.isRequired(field)) {
                errors.put("details[" + field + "]", "notifications.error.required");
            } else if (value != null && value.length() > MAX_TEXT) {
                errors.put("details[" + field + "]", "notifications.error.tooLong");
            } else if (value != null && NotificationKind.dateField(field)) {
                LocalDate day = GiftRules.day(value);
                if (day == null || day.isAfter(LocalDate.now())) {
                    errors.put("details[" + field + "]", "notifications.error.day");
                } else if (paper && receivedOn != null && day.isAfter(receivedOn)) {
                    errors.put("details[" + field + "]", "notifications.error.giftAfterNotice");
                }
            }
        }
        if (paper) {
            if (organizationId == null) {
                errors.put("organizationId", "notifications.error.organization");
            }
            if (RussianFormats.blankToNull(personName) == null) {
                errors.put("personName", "notifications.error.personName");
            }
            if (kind == NotificationKind.NEW_EMPLOYER_NOTICE && RussianFormats.blankToNull(sender) == null) {
                errors.put("sender", "notifications.error.sender");
            }
            LocalDate today = LocalDate.now();
            if (receivedOn != null && (receivedOn.isAfter(today) || receivedOn.isBefore(today.minusYears(1)))) {
                errors.put("receivedOn", "notifications.error.receivedOn");
            }
        }
        return errors;
    }
}

package ru.probity.notifications;

import java.util.Map;

/** A form with field errors (message keys by field). */
public class InvalidNotification extends RuntimeException {

    private final transient Map<String, String> errors;

    InvalidNotification(Map<String, String> errors) {
        super("Invalid notification: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}

package ru.probity.org;

import java.util.Map;

/** Input that breaks a rule; field name → message key (or Russian text from an engine). */
public class ValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public ValidationException(Map<String, String> errors) {
        super("Invalid input: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}

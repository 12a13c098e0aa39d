package ru.probity.acts;

import java.util.Map;

/** Field errors of an act's form: field → message key. */
public class InvalidActException extends RuntimeException {

    private final Map<String, String> errors;

    InvalidActException(Map<String, String> errors) {
        super("Invalid act: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}

package ru.probity.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one way a rule says no: a message key of the bundle with its arguments (the user reads it in
 * Russian), an HTTP status for the API, and optionally which form fields are wrong. Services and
 * pure rules throw it; the one page advice ({@code ErrorPages}) turns it into a flash message on
 * the page the form was posted from (or an error page for a GET), the one API advice
 * ({@code ApiProblems}) into an RFC 9457 problem detail. Free of framework types, so engines may
 * throw it too. A missing record is {@link NotFound}; a forbidden one is
 * {@code access.AccessDeniedException} (logged as a refusal).
 */
public class Refusal extends RuntimeException {

    /** Bad input: a missing or malformed value. */
    public static final int INVALID = 400;
    /** The record's state or the rules forbid it now (already decided, over capacity, term passed). */
    public static final int CONFLICT = 409;

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;
    private final Map<String, String> fields;

    Refusal(int status, String messageKey, Object[] arguments, Map<String, String> fields, String logMessage) {
        super(logMessage);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    private Refusal(int status, String messageKey, Object[] arguments, Map<String, String> fields) {
        this(
                status,
                messageKey,
                arguments,
                fields,
                "Refused (" + status + "): " + messageKey + (fields.isEmpty() ? "" : " " + fields.keySet()));
    }

    /** Bad input (HTTP 400); {@code messageKey} names the problem in the bundle. */
    public static Refusal invalid(String messageKey, Object... arguments) {
        return new Refusal(INVALID, messageKey, arguments, Map.of());
    }

    /**
     * Input with wrong fields (HTTP 400): field name → message key (pass a {@code LinkedHashMap} to
     * keep their order); the first one is the message.
     */
    public static Refusal invalidFields(Map<String, String> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("no field errors");
        }
        return new Refusal(INVALID, fields.values().iterator().next(), new Object[0], fields);
    }

    /** The rules or the record's state forbid it (HTTP 409). */
    public static Refusal conflict(String messageKey, Object... arguments) {
        return new Refusal(CONFLICT, messageKey, arguments, Map.of());
    }

    /** The HTTP status the API answers with. */
    public int status() {
        return status;
    }

    /** The bundle's key of the Russian message (an engine may give Russian text instead). */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Wrong form fields, field name → message key, in the order they were found; empty if none. */
    public Map<String, String> fields() {
        return fields;
    }
}
